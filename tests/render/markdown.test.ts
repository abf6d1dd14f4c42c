import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/render/markdown.ts';

const context = { repo: 'acme/planning', baseUrl: 'https://github.com/acme/planning/issues/7' };
const render = (source: string, extra = {}) => renderMarkdown(source, { ...context, ...extra });

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jAvAsCrIpT:alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '![x](javascript:alert(1))',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<iframe src="https://evil.example"></iframe>',
  '<form action="https://evil.example"><input name=q><button>go</button></form>',
  '<style>body{display:none}</style>',
  '<p style="position:fixed;inset:0">cover</p>',
  '<details open ontoggle=alert(1)><summary>x</summary></details>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<scr<script>ipt>alert(1)</script>',
  '<<script>script>alert(1)<</script>/script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<div id="__proto__" name="x" class="evil">clobber</div>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<video><source onerror=alert(1)></video>',
  '`<script>alert(1)</script>` and ```\n<script>alert(1)</script>\n```',
];

const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'form', 'style', 'object', 'embed', 'meta', 'base', 'link', 'svg', 'math', 'button', 'noscript', 'video', 'textarea', 'select']);

/** Parses the output like a browser would and checks every element and attribute that survived. */
function assertSafe(html: string): void {
  const problems: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (FORBIDDEN_TAGS.has(node.tagName)) problems.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`${node.tagName}.${name}`);
      if (name === 'style') problems.push(`${node.tagName}.style`);
      if (name === 'className' && String(value).includes('evil')) problems.push(`${node.tagName}.class`);
      if (['href', 'src', 'action', 'formAction', 'cite'].includes(name) && /^\s*(?:javascript|vbscript|data):/i.test(String(value).replace(/[\s\u0000-\u001f]/g, ''))) {
        problems.push(`${node.tagName}.${name}=${String(value)}`);
      }
    }
    if (node.tagName === 'input' && node.properties['type'] !== 'checkbox') problems.push('non-checkbox input');
  });
  expect(problems).toEqual([]);
}

describe('renderMarkdown sanitizes', () => {
  for (const payload of PAYLOADS) {
    it(`removes everything dangerous from ${JSON.stringify(payload).slice(0, 60)}`, () => {
      assertSafe(render(payload));
      assertSafe(render(`# Team X\n\n- ${payload}\n\n<details><summary>s</summary>\n\n${payload}\n\n</details>`));
    });
  }

  it('removes every payload when they all come in one comment', () => {
    assertSafe(render(PAYLOADS.join('\n\n')));
  });

  it('keeps code that shows a script as escaped text', () => {
    expect(render('`<script>alert(1)</script>`')).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('prefixes user ids so a comment cannot clobber page globals', () => {
    expect(render('<div id="search">x</div>')).toContain('id="user-content-search"');
  });
});

describe('renderMarkdown renders like GitHub', () => {
  it('renders tables inside a scrollable wrapper', () => {
    expect(render('| a | b |\n|---|---|\n| 1 | 2 |')).toMatch(/<div class="table-wrap"><table>[\s\S]*<td>1<\/td>/);
  });

  it('gives task-list checkboxes an accessible name', () => {
    const html = render('- [x] shipped\n- [ ] not yet');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Done">');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Not done">');
  });

  it('renders strikethrough, autolinks and details', () => {
    const html = render('~~old~~ see https://example.com/x\n\n<details><summary>More</summary>\n\nhidden\n\n</details>');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<a href="https://example.com/x">https://example.com/x</a>');
    expect(html).toMatch(/<details><summary>More<\/summary>\s*<p>hidden<\/p>/);
  });

  it('links mentions, team mentions and issue references relative to the sprint repository', () => {
    const html = render('Ask @alice-b and @acme/web about #12 and other/repo#3, not a@b.com or C#9.');
    expect(html).toContain('<a href="https://github.com/alice-b">@alice-b</a>');
    expect(html).toContain('<a href="https://github.com/orgs/acme/teams/web">@acme/web</a>');
    expect(html).toContain('<a href="https://github.com/acme/planning/issues/12">#12</a>');
    expect(html).toContain('<a href="https://github.com/other/repo/issues/3">other/repo#3</a>');
    expect(html).toContain('a@b.com');
    expect(html).not.toContain('issues/9');
  });

  it('shows bare links to issues and pull requests as GitHub does: #12 here, owner/repo#3 elsewhere', () => {
    const html = render(
      'https://github.com/acme/planning/issues/12 and https://github.com/other/repo/pull/3 and ' +
        'https://github.com/other/repo/issues/4#issuecomment-99 but [named](https://github.com/other/repo/pull/5) ' +
        'and https://github.com/other/repo/pull/6/files stay',
    );
    expect(html).toContain('<a href="https://github.com/acme/planning/issues/12">#12</a>');
    expect(html).toContain('<a href="https://github.com/other/repo/pull/3">other/repo#3</a>');
    expect(html).toContain('<a href="https://github.com/other/repo/issues/4#issuecomment-99">other/repo#4 (comment)</a>');
    expect(html).toContain('<a href="https://github.com/other/repo/pull/5">named</a>');
    expect(html).toContain('<a href="https://github.com/other/repo/pull/6/files">https://github.com/other/repo/pull/6/files</a>');
  });

  it('leaves mentions inside code and links alone', () => {
    const html = render('`@alice #1` [@bob](https://example.com)');
    expect(html).toContain('<code>@alice #1</code>');
    expect(html).not.toContain('github.com/bob');
  });

  it('replaces emoji shortcodes and keeps unknown ones', () => {
    expect(render(':tada: :not_an_emoji_name:')).toContain('🎉 :not_an_emoji_name:');
  });

  it('makes images lazy and resolves relative paths against the issue instead of failing', () => {
    const html = render('![chart](chart.png) ![remote](https://github.com/user-attachments/assets/1)');
    expect(html).toContain('<img src="https://github.com/acme/planning/issues/chart.png" alt="chart" loading="lazy" decoding="async">');
    expect(html).toContain('src="https://github.com/user-attachments/assets/1"');
  });

  it('moves headings under the page outline without gaps', () => {
    const html = render('# Team X\n\n### Retro\n\n#### Item');
    expect(html).toMatch(/<h3>Team X<\/h3>[\s\S]*<h4>Retro<\/h4>[\s\S]*<h5>Item<\/h5>/);
  });

  it('folds code blocks when asked, for issue templates', () => {
    const html = render('```md\n# Team\n- a\n```', { collapseCode: true });
    expect(html).toMatch(/<details class="code-fold"><summary>Code block \(2 lines\)<\/summary><pre>/);
  });
});

describe('renderMarkdown line breaks', () => {
  it('keeps single line breaks inside a paragraph, as GitHub comments do', () => {
    expect(render('Support hero: @alice\nAway: @bob')).toBe(
      '<p>Support hero: <a href="https://github.com/alice">@alice</a><br>Away: <a href="https://github.com/bob">@bob</a></p>',
    );
  });

  it('adds no break between blocks or before a nested list', () => {
    const html = render('- parent\n  - child\n\npara');
    expect(html).not.toContain('<br>');
  });

  it('drops the newlines between blocks but keeps spaces between inline elements and in code', () => {
    const html = render('- a\n- b\n\n> quote\n\n<span>x</span>\n<span>y</span>\n\n```\none\n\ntwo\n```');
    expect(html).toContain('<ul><li>a</li><li>b</li></ul><blockquote><p>quote</p></blockquote>');
    expect(html).toMatch(/<span>x<\/span>\s+<span>y<\/span>/);
    expect(html).toContain('one\n\ntwo');
  });

  it('leaves line breaks in code blocks alone', () => {
    expect(render('```\na\nb\n```')).toBe('<pre><code>a\nb\n</code></pre>');
  });
});

describe('renderMarkdown heading outline', () => {
  it('never lets a heading skip a level, whatever order the comment uses', () => {
    const html = render('# Team\n\n#### Jovan\n\n## Retro\n\n###### Deep');
    const levels = [...html.matchAll(/<h(\d)>/g)].map((match) => Number(match[1]));
    expect(levels[0]).toBe(3);
    levels.forEach((level, index) => {
      if (index > 0) expect(level - levels[index - 1]!).toBeLessThanOrEqual(1);
    });
  });
});
