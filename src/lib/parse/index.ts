/** Public surface of the parser: Markdown of sprint issues → the parsed model (pure, no I/O). */
export { parseTeamComment } from './comment/parse-team-comment.ts';
export type { ParsedComment, ParsedOkr, ParseCommentOptions } from './comment/types.ts';
export { statusFromWords, statusFromPhrase, readLegendPairs, statusOfEmoji, DEFAULT_EMOJI_STATUS, type Legend } from './status.ts';
export { parseSprintTitle } from './sprint-title.ts';
export { parseSprint } from './parse-sprint.ts';
export * from './types.ts';
