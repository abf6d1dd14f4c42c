/** Writes a small archive in the content format (issues + comments + config) for site build tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serializeMarkdownFile } from '../../../src/lib/archive/markdown-file.ts';
import { commentPath, issuePath } from '../../../src/lib/archive/paths.ts';
import { COMMENT_KEYS, ISSUE_KEYS, type CommentFrontmatter, type IssueFrontmatter } from '../../../src/lib/archive/records.ts';

export const XSS_COMMENT = [
  'Thanks all! <script>alert("xss")</script> <img src=x onerror=alert(1)>',
  '[click](javascript:alert(1)) <a href="jAvAsCrIpT:alert(2)">x</a> <iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(3)></svg> <form action="https://evil.example"><input name=q></form> <style>body{display:none}</style>',
].join('\n\n');

const TEAMS = ['Platform', 'Web', 'Data'];
const PEOPLE = ['alice', 'bob', 'carol', 'dave'];

function teamComment(team: string, sprint: number): string {
  const p = (k: number) => PEOPLE[(sprint + k) % PEOPLE.length];
  return `# Team ${team}

**Support hero:** @${p(0)}
**Off:** @${p(1)} 2 days

## Retro
- ✅ Ship the ${team} dashboard @${p(2)}
- 🔴 Write the zanzibar postmortem @${p(3)}

## OKRs
- 🟢 Objective: ${team} is fast
  - 🟡 KR: p95 under 200 ms

## High priority
- [ ] Roll out flags for ${team} @${p(1)} #${sprint * 10}
- [x] Fix flaky tests @${p(2)}

![chart](chart.png)
`;
}

/** Writes `sprints` sprint issues with one comment per team, a discussion comment full of XSS, and a config. */
export function writeArchive(dir: string, sprints: number, title: string): void {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('archive.config.json', JSON.stringify({ title, repos: ['acme/planning'] }));
  let databaseId = 100;
  for (let number = 1; number <= sprints; number++) {
    const day = String(number * 14).padStart(3, '0');
    const start = new Date(Date.UTC(2024, 0, 1) + (number - 1) * 14 * 864e5);
    const iso = (offset: number) => new Date(start.getTime() + offset * 864e5).toISOString().replace(/\.\d+Z$/, 'Z');
    const label = (d: Date) => d.toLocaleString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const issue: IssueFrontmatter = {
      repo: 'acme/planning',
      number,
      title: `Sprint ${number} - ${label(start)} to ${label(new Date(start.getTime() + 11 * 864e5))} <script>alert("${day}")</script>`,
      url: `https://github.com/acme/planning/issues/${number}`,
      state: number === sprints ? 'OPEN' : 'CLOSED',
      author: 'alice',
      authorType: 'User',
      createdAt: iso(-1),
      updatedAt: iso(12),
      closedAt: number === sprints ? null : iso(12),
      lastEditedAt: null,
      labels: ['sprint'],
    };
    write(issuePath(issue.repo, number), serializeMarkdownFile(issue, ISSUE_KEYS, '## Goals\n\n```md\n# Team X\n- item\n```\n'));
    const bodies = [...TEAMS.map((team) => teamComment(team, number)), XSS_COMMENT];
    bodies.forEach((body, index) => {
      const id = databaseId++;
      const comment: CommentFrontmatter = {
        repo: issue.repo,
        issue: number,
        id: `IC_test${id}`,
        databaseId: id,
        url: `${issue.url}#issuecomment-${id}`,
        author: PEOPLE[index % PEOPLE.length]!,
        authorType: 'User',
        createdAt: iso(index / 10),
        updatedAt: iso(index / 10),
        isMinimized: false,
        minimizedReason: null,
      };
      write(commentPath(issue.repo, number, id), serializeMarkdownFile(comment, COMMENT_KEYS, body));
    });
  }
}
