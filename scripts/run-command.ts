import { pathToFileURL } from 'node:url';

/** True when the module is the script Node was started with, not a module a test imported. */
export function isEntryPoint(moduleUrl: string): boolean {
  return !!process.argv[1] && moduleUrl === pathToFileURL(process.argv[1]).href;
}

/** Runs an operator command: exits with the code it returns (0 when none), or says why it failed and exits 1. */
export function runCommand(name: string, command: () => Promise<number | void>): void {
  command().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
