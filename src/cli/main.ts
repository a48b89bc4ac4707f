/**
 * `participation-calendar <command> …`: reads the command line and runs the
 * command of the table. The file system and process live in
 * bin/participation-calendar.mjs, which passes them in as `CliIo`: the
 * commands stay testable and free of Node types.
 *
 * Exit status: 0 when the command did its work (what it skipped is reported
 * on stderr); 1 with one line on stderr when the options, the input or the
 * feed cannot be used; `check` also 1 when a feed has no event to show.
 */
import { FeedError } from '../data/load/feed-error.js';
import { readCommandLine, type Options } from './args.js';
import { CliError, NAME, type CliIo, type Command } from './command.js';
import { check } from './check-command.js';
import { merge } from './merge-command.js';
import { render } from './render-command.js';
import { split } from './split-command.js';

/** A new command is a module like render-command.ts and a line here. */
const COMMANDS: Record<string, Command> = { render, check, merge, split };

const quote = (name: string) => `'${name}'`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`${NAME}: ${message}\nRun '${NAME} --help' for the options.\n`);
    return 1;
  };
  // Options are read before the command is known: those of every command.
  const options: Options = Object.fromEntries(Object.values(COMMANDS).flatMap((command) => Object.entries(command.options)));
  const line = readCommandLine(argv, io.parseArgs, options);
  if ('error' in line) return fail(line.error);
  if ('help' in line) {
    // `check --help` shows that command's options; a bare --help every command's.
    const asked = line.command !== undefined && Object.hasOwn(COMMANDS, line.command) ? [COMMANDS[line.command]] : Object.values(COMMANDS);
    io.stdout(`${asked.map((command) => command.usage).join('\n\n')}\n`);
    return 0;
  }
  if ('version' in line) {
    io.stdout(`${io.version}\n`);
    return 0;
  }

  const [name, ...operands] = line.operands;
  if (name === undefined) return fail(`missing command: ${Object.values(COMMANDS).map((command) => `${NAME} ${command.synopsis}`).join(' or ')}`);
  if (!Object.hasOwn(COMMANDS, name)) {
    const names = Object.keys(COMMANDS);
    return fail(`unknown command '${name}'; ${names.length === 1 ? 'the command is' : 'the commands are'} ${names.map(quote).join(', ')}`);
  }
  const command = COMMANDS[name];
  const foreign = [...line.values.keys(), ...line.lists.keys()].find((option) => !Object.hasOwn(command.options, option));
  if (foreign !== undefined) return fail(`option --${foreign} is not an option of '${name}'`);
  const prepared = command.prepare(operands, line.values, line.lists);
  if ('error' in prepared) return fail(prepared.error);
  try {
    return (await prepared.run(io)) ?? 0;
  } catch (error) {
    const message = error instanceof CliError || error instanceof FeedError ? error.message
      : `unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
    io.stderr(`${NAME}: ${message}\n`);
    return 1;
  }
}
