// How the command-line scripts end: with their exit code, after their output has gone out.

/**
 * Ends the process with `code` once everything written to stdout and stderr has gone out. process.exit() right after a
 * large console.log cuts a piped output short (at 64 KB: the rest is still queued for the pipe).
 */
export function exitAfterOutput(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
