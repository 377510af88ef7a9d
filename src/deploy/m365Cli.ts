/**
 * CLI for Microsoft 365 (`m365`) as the deployment commands use it: each step one `m365` command,
 * shown before it runs and checked after; in a dry run only shown. `m365` is not a dependency of this
 * project: a missing, signed-out or wrongly-clouded CLI is said before anything in the tenant changes.
 *
 * Nothing here reads or prints a token: `m365 status` is never run with `--debug` (which would print
 * the CLI's access tokens), and no command that creates a secret is used.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SHAREPOINT_EMBEDDED_CLOUDS, sharePointEmbeddedAvailable, type CloudName } from '../auth/clouds';

/** A failure the admin can act on; `exitCode` 2 is a usage mistake, 1 anything else. */
export class DeployError extends Error {
  public readonly exitCode: number;

  public constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'DeployError';
    this.exitCode = exitCode;
  }
}

export interface M365Result {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `m365 <args>` to the end; `undefined` when there is no `m365` to run. */
export type RunM365 = (args: readonly string[]) => M365Result | undefined;

export const INSTALL_HELP = `CLI for Microsoft 365 (the \`m365\` command) was not found on PATH.
This project does not install it. To get it:
  npm install -g @pnp/cli-microsoft365
  m365 setup        # once: creates the Entra app the CLI signs in with
  m365 login
Documentation: https://pnp.github.io/cli-microsoft365/
Then run this command again.`;

/** What a re-run does after any failure; every step reads the tenant before it changes it. */
export const RERUN_HINT =
  'Nothing is left that a re-run cannot finish: run the same command again. It reads what exists and does only the rest.';

/**
 * cmd.exe runs `m365.cmd` on Windows (Node spawns .cmd files only through a shell), so each argument
 * is quoted; the characters cmd.exe would still interpret inside quotes are refused, never escaped.
 */
function quoteForWindowsShell(arg: string): string {
  if (/["%\r\n]/.test(arg)) {
    throw new DeployError(`This value cannot be passed safely to m365 on Windows: ${arg}`, 2);
  }
  return `"${arg}"`;
}

/** The real CLI, found on the PATH of `env`. */
export function spawnM365(env: NodeJS.ProcessEnv = process.env): RunM365 {
  return (args) => {
    const windows = process.platform === 'win32';
    const result = spawnSync('m365', windows ? args.map(quoteForWindowsShell) : [...args], {
      shell: windows,
      encoding: 'utf8',
      env,
      // The CLI may prompt for a missing option or an ambiguous name; nothing here answers, so it must
      // not wait for input.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.error !== undefined) return undefined;
    return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
  };
}

/** An argument as a POSIX shell reads it back, for commands shown to the admin (and dry runs). */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(args: readonly string[]): string {
  return ['m365', ...args].map(shellQuote).join(' ');
}

export interface M365Step {
  /** What the step does, in the admin's words: "Creating the app registration". */
  readonly title: string;
  readonly args: readonly string[];
  /**
   * A dry run's stand-in for the answer: the tenant as a first run finds it (nothing there yet), and
   * placeholders for ids that only exist once a command has run.
   */
  readonly dryRunAnswer?: string;
}

export interface M365Session {
  readonly dryRun: boolean;
  /** Runs one step and returns what it printed; throws a DeployError naming the step when it fails. */
  run(step: M365Step): string;
  /** Prints a line for the admin on the same output as the commands. */
  say(line: string): void;
}

export interface SessionOptions {
  readonly dryRun: boolean;
  readonly runM365: RunM365;
  readonly say: (line: string) => void;
}

export function createM365Session({ dryRun, runM365, say }: SessionOptions): M365Session {
  return {
    dryRun,
    say,
    run(step) {
      say(`  ${commandLine(step.args)}`);
      if (dryRun) return step.dryRunAnswer ?? '';
      const result = runM365(step.args);
      if (result === undefined) throw new DeployError(INSTALL_HELP);
      if (result.status !== 0) {
        const answer = result.stderr.trim() || result.stdout.trim() || `exit code ${result.status}`;
        throw new DeployError(
          `${step.title} failed (${commandLine(step.args.slice(0, 3))} …):\n${answer}\n${RERUN_HINT}`,
        );
      }
      return result.stdout;
    },
  };
}

/** The answer of a step that prints JSON, checked by `guard`; a DeployError when it is something else. */
export function parseAnswer<T>(step: M365Step, output: string, guard: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(output);
  } catch {
    value = undefined;
  }
  if (!guard(value)) {
    throw new DeployError(
      `${step.title}: m365 answered something this command does not understand:\n${output.trim().slice(0, 500)}\n${RERUN_HINT}`,
    );
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isArrayOf<T>(guard: (value: unknown) => value is T): (value: unknown) => value is T[] {
  return (value): value is T[] => Array.isArray(value) && value.every(guard);
}

/** `m365 status`'s `cloudType` (CLI for Microsoft 365's CloudType) and the tool's cloud it serves. */
const CLI_CLOUDS: Readonly<Record<string, Exclude<CloudName, 'local'>>> = {
  Public: 'global',
  // GCC uses the commercial cloud's endpoints (graph-api.md §6).
  USGov: 'global',
  USGovHigh: 'usGovL4',
  USGovDoD: 'usGovL5',
  China: 'china',
};

/** The `cloudType` that `m365 login --cloud` takes for a cloud of this tool. */
const LOGIN_CLOUD: Readonly<Record<string, string>> = { global: 'Public', china: 'China' };

export interface SignedIn {
  readonly connectedAs: string;
  readonly cloud: Exclude<CloudName, 'local'>;
}

/**
 * Checks that `m365` is installed, signed in, and signed in to a cloud where SharePoint Embedded runs
 * (the one `expectedCloud` names, when given), before any step changes the tenant. `role` names who must
 * sign in.
 */
export function ensureSignedIn(
  session: M365Session,
  role: string,
  expectedCloud?: Exclude<CloudName, 'local'>,
): SignedIn {
  const dryRunCloud = expectedCloud ?? 'global';
  let version: string;
  try {
    version = session.run({
      title: 'Checking CLI for Microsoft 365',
      args: ['--version'],
      dryRunAnswer: '(dry run)',
    });
  } catch {
    // On Windows a missing command is the shell's non-zero exit rather than a spawn error.
    throw new DeployError(INSTALL_HELP);
  }
  const statusStep: M365Step = {
    title: 'Checking the CLI for Microsoft 365 sign-in',
    args: ['status', '--output', 'json'],
    dryRunAnswer: JSON.stringify({ connectedAs: '(dry run)', cloudType: LOGIN_CLOUD[dryRunCloud] }),
  };
  let status: unknown;
  try {
    status = JSON.parse(session.run(statusStep));
  } catch (error) {
    // A CLI that cannot even say its status (an expired sign-in fails the command) is signed out for us.
    if (error instanceof DeployError && error.message === INSTALL_HELP) throw error;
    status = undefined;
  }
  // Signed out, `m365 status` answers the JSON string "Logged out".
  if (!isRecord(status) || typeof status.connectedAs !== 'string') {
    throw new DeployError(
      `CLI for Microsoft 365 is not signed in. Run \`m365 login\` as ${role}, then run this command again.`,
    );
  }
  const cloudType = typeof status.cloudType === 'string' ? status.cloudType : 'Public';
  const cloud = CLI_CLOUDS[cloudType];
  if (cloud === undefined) {
    throw new DeployError(
      `CLI for Microsoft 365 is signed in to a cloud this command does not know: ${cloudType}.`,
    );
  }
  if (!sharePointEmbeddedAvailable(cloud)) {
    throw new DeployError(
      `CLI for Microsoft 365 is signed in to ${cloudType} (${cloud}), where SharePoint Embedded is not available (${unavailableReason()}). Nothing was changed.`,
    );
  }
  if (expectedCloud !== undefined && cloud !== expectedCloud) {
    throw new DeployError(
      `CLI for Microsoft 365 is signed in to ${cloudType}, but --cloud is ${expectedCloud}. Sign in to that cloud (\`m365 login --cloud ${LOGIN_CLOUD[expectedCloud] ?? expectedCloud}\`, with an Entra app registered there) or pass --cloud ${cloud}. Nothing was changed.`,
    );
  }
  if (!session.dryRun)
    session.say(`CLI for Microsoft 365 ${version.trim()}, signed in as ${status.connectedAs}.`);
  return { connectedAs: status.connectedAs, cloud };
}

/** Why a cloud is refused, for messages (the availability is the cloud table's, src/auth/clouds.ts). */
export function unavailableReason(): string {
  return `Microsoft offers it in the commercial cloud, GCC and 21Vianet, not in GCC High or DoD; this tool works in ${SHAREPOINT_EMBEDDED_CLOUDS.filter((cloud) => cloud !== 'local').join(' and ')}`;
}

export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** How `m365` is run (default: the one on PATH). */
  readonly runM365?: RunM365;
}

/**
 * A deployment command's frame: options (`undefined` for --help, which needs no m365), a session that
 * runs or only prints, and the exit code (0 done, 1 failed, 2 a usage mistake).
 */
export function runDeployCommand<T extends { readonly dryRun: boolean }>(
  argv: readonly string[],
  io: CommandIo,
  command: {
    readonly usage: string;
    readonly parse: (argv: readonly string[]) => T | undefined;
    readonly run: (options: T, session: M365Session) => void;
  },
): number {
  try {
    const options = command.parse(argv);
    if (options === undefined) {
      io.out(command.usage);
      return 0;
    }
    const session = createM365Session({
      dryRun: options.dryRun,
      runM365: io.runM365 ?? spawnM365(),
      say: (line) => io.out(`${line}\n`),
    });
    command.run(options, session);
    return 0;
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof DeployError ? error.exitCode : 1;
  }
}

/** Runs `command` with the process's arguments when `moduleUrl` is the script node was started with. */
export function runIfMain(
  moduleUrl: string,
  command: (argv: readonly string[], io: CommandIo) => number,
): void {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(resolve(process.argv[1])).href) return;
  process.exitCode = command(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}

/**
 * The command line's options as Node reads them (strict: an unknown option or a missing value is a
 * mistake), or a `DeployError` (exit code 2) that names the mistake above the usage.
 */
export function readOptions(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    throw new DeployError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
}
