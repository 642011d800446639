/** The text `npm run check` and `npm run build` print after validating. */
import { formatProblem, type Problem } from './problem.ts';
import { countOf } from './wording.ts';

/**
 * One line per problem, then a last line saying how many there are and what
 * to do. `rerun` is the command to run again, e.g. «npm run check».
 */
export function problemLines(problems: readonly Problem[], rerun: string): string[] {
  const files = new Set(problems.map((problem) => problem.file).filter(Boolean)).size;
  const found = countOf(problems.length, 'problem', 'problemer');
  const it = problems.length === 1 ? 'det' : 'dem';
  // A problem without a file (the content folder itself) has no file to fix it in.
  const last =
    files === 0
      ? `Fant ${found}. Rett ${it} slik det står over, og kjør «${rerun}» igjen.`
      : `Fant ${found} i ${countOf(files, 'fil', 'filer')}. ` +
        `Rett ${it} i ${files === 1 ? 'filen' : 'filene'} som er nevnt over, og kjør «${rerun}» igjen.`;
  return [...problems.map(formatProblem), '', last];
}

/** The message for a failure of the validator itself: plain words, no stack trace. */
export function crashLine(file: string | undefined, message: string): string {
  const where = file ? ` under lesing av ${file}` : '';
  return `Kontrollen stoppet uventet${where}: ${message}. Dette er en feil i kontrollprogrammet, ikke nødvendigvis i innholdet; gi beskjed til en utvikler.`;
}
