/**
 * `npm run check`: validates everything under content/ (or CONTENT_DIR) and
 * prints either one line saying all is well, or every problem with its file,
 * line, field and fix. Exits 1 on any problem.
 */
export {};

try {
  // Imported here rather than at the top so that even a broken install ends
  // in a plain sentence instead of a stack trace.
  const { runContentCheck } = await import('../src/validation/run-check.ts');
  const run = await runContentCheck('npm run check');
  process.exitCode = run.ok ? 0 : 1;
} catch (error) {
  console.error(`Kontrollen kunne ikke starte: ${error instanceof Error ? error.message : String(error)}. Gi beskjed til en utvikler.`);
  process.exitCode = 1;
}
