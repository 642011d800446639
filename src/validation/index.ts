/**
 * Content validation for `npm run check` and `npm run build`: plain
 * TypeScript with no `astro:` imports, so it starts fast and runs anywhere.
 */
export { okLine, validateContent, ValidatorCrash, type ContentCounts, type ValidationOptions, type ValidationResult } from './validate-content.ts';
export { formatProblem, compareProblems, formatField, type Problem } from './problem.ts';
export { problemLines, crashLine } from './report.ts';
export type { ContentItem, LoadedContent } from '../content-model/read/read-content.ts';
