/**
 * What every command of `participation-calendar` works with: the process as
 * bin/participation-calendar.mjs passes it in (`CliIo`; the commands stay
 * testable and free of Node's API and types), the shape of an entry in main.ts's
 * command table, and the one-line failures printed on stderr.
 */
import type { Options, ParseArgs } from './args.js';
import { LANGUAGES, type Language } from '../i18n/index.js';

export const NAME = 'participation-calendar';

export interface CliIo {
  /** Reads a UTF-8 file; rejects with an error carrying a Node `code` (ENOENT …). */
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  /** Replaces the file with `text` (atomically: written next to it, then renamed). */
  writeFile(path: string, text: string): Promise<void>;
  /** Makes the folder (and its parents) unless it exists. */
  makeDirectory(path: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  fetch: typeof fetch;
  /** Node's `util.parseArgs`. */
  parseArgs: ParseArgs;
  /** Package version, for --version. */
  version: string;
  /** "Now" in ms. Default `Date.now()`. */
  now?: () => number;
}

/** One entry of the command table: `participation-calendar <name> …`. */
export interface Command {
  /** What follows the program's name: `render <feed> [options]`. */
  synopsis: string;
  /** The text of --help. */
  usage: string;
  /** The options it takes besides --help and --version. */
  options: Options;
  /**
   * Checks the operands (the arguments after the command's name) and the
   * option values: returns the run they ask for, or what is wrong with them.
   * A run may return the exit status (a check that found the calendar empty
   * did its work, yet a build job must fail); otherwise it is 0. `lists`
   * holds the values of options that may be given more than once.
   */
  prepare(
    operands: readonly string[], values: ReadonlyMap<string, string>, lists: ReadonlyMap<string, readonly string[]>,
  ): { run(io: CliIo): Promise<void | number> } | { error: string };
}

/** A failure that is the input's or the system's, not a bug: its message alone goes to stderr. */
export class CliError extends Error {}

/** The command's result: to `--output` when given (written whole or not at all, see the bin), else to stdout. */
export async function writeOutput(io: CliIo, output: string | undefined, text: string): Promise<void> {
  if (output === undefined) return io.stdout(text);
  try {
    await io.writeFile(output, text);
  } catch (error) {
    throw new CliError(`cannot write '${output}': ${systemMessage(error)}`);
  }
}

/** "no such file or directory" rather than "ENOENT: no such file or directory, open 'x'". */
export function systemMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EISDIR': return 'it is a directory, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ECONNREFUSED': return 'connection refused';
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'host not found';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** `--lang`'s value as a language the widget speaks (any case, spaces trimmed), or the error to print. */
export function languageOption(value: string): Language | { error: string } {
  const tag = value.trim().toLowerCase();
  return (LANGUAGES as readonly string[]).includes(tag) ? (tag as Language) : { error: `--lang '${value}' is not one of ${LANGUAGES.join(', ')}` };
}

/** `--base-url`'s value as an absolute http(s) URL, or what is wrong with it. */
export function baseUrlOption(value: string): string | { error: string } {
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    parsed = null;
  }
  return parsed && /^https?:$/.test(parsed.protocol) ? parsed.href : { error: `--base-url '${value}' is not an absolute http(s) URL` };
}

/** `--output`'s value, or what is wrong with it. */
export function outputOption(value: string): string | { error: string } {
  return value === '' || value === '-' ? { error: '--output needs a file name (leave it out to write to standard output)' } : value;
}
