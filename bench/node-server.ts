import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../src/paths.js';

/** The path of a file compiled by `npm run build`: the server under benchmark is the production build. */
export function builtScript(path: string): string {
  const file = fromRoot(join('dist', path));
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm run bench does)`);
  return file;
}

/** Node flags that let a child process run the benchmark's own TypeScript helpers (the baseline, the fake platform). */
export const runTypeScript = ['--import', import.meta.resolve('tsx')];

const SAMPLE_EVERY_MS = 200;
const MiB = 2 ** 20;

/** Resident memory of a process, from /proc (Linux): current and the kernel's high-water mark, in bytes. */
function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kib('VmRSS'), peak: kib('VmHWM') };
  } catch {
    return undefined;
  }
}

export interface NodeServerOptions {
  /** The script to run, e.g. the built `dist/src/main.js`. */
  script: string;
  env: Record<string, string>;
  port: number;
  /** GET path answering 200 once the server takes requests. */
  readyPath: string;
  nodeArgs?: string[];
}

/**
 * A server under benchmark in its own Node process, started in a scratch directory (no .env) with only the
 * given environment; its resident memory is sampled every 200 ms and its output kept in a log file.
 */
export class NodeServer {
  readonly url: string;
  private phasePeak = 0;
  private readonly sampler: NodeJS.Timeout;

  /** What the server wrote, kept once it has stopped and its scratch directory is gone. */
  private finalLog?: string;

  private constructor(
    private readonly child: ChildProcess,
    port: number,
    private readonly dir: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.sampler = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
  }

  static async start(options: NodeServerOptions): Promise<NodeServer> {
    const dir = mkdtempSync(join(tmpdir(), 'bhyt-bench-'));
    const logFile = join(dir, 'server.log');
    const log = openSync(logFile, 'a');
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    const server = new NodeServer(child, options.port, dir);
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) {
        await server.stop();
        throw new Error(`${options.script} exited with code ${child.exitCode}:\n${server.log()}`);
      }
      try {
        if ((await fetch(server.url + options.readyPath)).ok) return server;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`${options.script} was not ready within 30 s:\n${server.log()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** The highest resident memory the kernel saw for the process since it started, in MiB. */
  peakRssMiB(): number {
    return (memoryOf(this.pid)?.peak ?? 0) / MiB;
  }

  /** The highest sampled resident memory since the last call, in MiB (a phase's own peak). */
  takePhasePeakMiB(): number {
    this.sample();
    const peak = this.phasePeak;
    this.phasePeak = 0;
    return peak / MiB;
  }

  /** What the server wrote (warnings and errors: the benchmarks run it at LOG_LEVEL=warn). */
  log(): string {
    if (this.finalLog !== undefined) return this.finalLog;
    try {
      return readFileSync(join(this.dir, 'server.log'), 'utf8');
    } catch {
      return '';
    }
  }

  /** SIGTERM, as an orchestrator would; SIGKILL if it has not exited after 20 s. */
  async stop(): Promise<void> {
    clearInterval(this.sampler);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      const kill = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(kill);
    }
    this.finalLog ??= this.log();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private sample(): void {
    const memory = memoryOf(this.pid);
    if (memory) this.phasePeak = Math.max(this.phasePeak, memory.rss);
  }
}

/**
 * The heap settings production runs with (the Dockerfile's CMD and `npm start`; a unit test keeps the three
 * alike). Left to itself V8 lets the heap grow to about four times what is live before it collects (~30 MiB
 * live, 120 MiB heap, 250+ MiB resident under load); 1.5 times, with 8 MiB semi-spaces, keeps the process
 * under 150 MiB for little more GC time (docs/benchmarks.md).
 */
export const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=50'];

/**
 * Node flags for the server under benchmark: production's, then from the command line: `--cpu-prof` writes
 * CPU profiles to bench/profiles/; `--node-arg=<flag>` (repeatable) adds or overrides a V8/Node flag, e.g.
 * `--node-arg=--max-semi-space-size=4`.
 */
export function serverNodeArgs(argv: readonly string[] = process.argv): string[] {
  const flags = [...PRODUCTION_NODE_FLAGS, ...argv.filter((a) => a.startsWith('--node-arg=')).map((a) => a.slice('--node-arg='.length))];
  if (argv.includes('--cpu-prof')) flags.push('--cpu-prof', '--cpu-prof-dir', fromRoot('bench/profiles'));
  return flags;
}
