import { describe, expect, it } from 'vitest';
import { escapeAttributeBrackets } from '../../src/lib/site/escape-attributes.ts';

describe('escapeAttributeBrackets', () => {
  it('escapes angle brackets inside attribute values', () => {
    expect(escapeAttributeBrackets('<meta content="Sprint <script>alert(1)</script>">')).toBe('<meta content="Sprint &lt;script&gt;alert(1)&lt;/script&gt;">');
  });

  it('leaves text, tags and entities alone', () => {
    const html = '<p class="a">x &gt; y &amp; <b>z</b> a=">"</p>';
    expect(escapeAttributeBrackets(html)).toBe(html);
  });

  it('leaves scripts, styles, titles and comments untouched', () => {
    const html = '<title>a > b</title><script>if (a > b && c < d) x = "<b>";</script><style>a > b { color: red }</style><!-- <x y=">"> -->';
    expect(escapeAttributeBrackets(html)).toBe(html);
  });

  it('handles several attributes and single quotes in one tag', () => {
    expect(escapeAttributeBrackets(`<a title="<i>" data-x='>' href="/">t</a>`)).toBe(`<a title="&lt;i&gt;" data-x='&gt;' href="/">t</a>`);
  });
});
