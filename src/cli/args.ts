/**
 * The command line, read with Node's `util.parseArgs` (passed in through
 * `CliIo`) and checked here, so that the messages for an unknown option, a
 * missing value or an option given twice are the program's own and do not
 * change with Node's version. Pure: returns what was given, or what is wrong.
 */

/** Options in the form `util.parseArgs` takes them; `multiple` ones may be given more than once (`--name A --name B`). */
export type Options = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** An argument as `util.parseArgs` reads it with `tokens: true` (the fields used here). */
type Token =
  | { kind: 'option'; index: number; name: string; value?: string | undefined }
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number };

/** The part of Node's `util.parseArgs` used here. */
export type ParseArgs = (config: {
  args: string[];
  options: Options;
  strict: false;
  allowPositionals: true;
  tokens: true;
}) => { tokens: Token[] };

/** Options of the program, whatever the command. */
const GLOBAL_OPTIONS: Options = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

export type CommandLine =
  /** `command`: the first operand, when --help follows a command's name (`check --help`). */
  | { help: true; command?: string }
  | { version: true }
  /** `operands[0]` is the command's name, if any; `lists` the values of `multiple` options, in the order given. */
  | { operands: string[]; values: Map<string, string>; lists: Map<string, string[]> }
  | { error: string };

/**
 * Reads `argv` with `options` besides --help and --version. A command's
 * boolean option (--json) is in `values` with the value 'true'; a `multiple`
 * option's values are in `lists`.
 */
export function readCommandLine(argv: readonly string[], parseArgs: ParseArgs, options: Options): CommandLine {
  const known: Options = { ...options, ...GLOBAL_OPTIONS };
  // Not strict: every problem comes back as a token naming its option, in the
  // order given. Strict mode names the option only in Node's English text, and
  // gives a missing value and a value after --help the same error code.
  const { tokens } = parseArgs({ args: [...argv], options: known, strict: false, allowPositionals: true, tokens: true });
  const operands: string[] = [];
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  let help = false, version = false;
  for (const token of tokens) {
    if (token.kind === 'positional') operands.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, value } = token;
    const arg = argv[token.index];
    // One short option per argument: `-hv` and `-ofile` are not taken apart.
    if (!Object.hasOwn(known, name) || /^-[^-]./s.test(arg)) return { error: `unknown option '${arg}'` };
    if (known[name].type === 'boolean') {
      if (value !== undefined) return { error: `--${name} takes no value` };
      if (name === 'help') help = true;
      else if (name === 'version') version = true;
      else values.set(name, 'true');
    } else if (value === undefined) {
      return { error: `option --${name} needs a value` };
    } else if (known[name].multiple) {
      lists.set(name, [...lists.get(name) ?? [], value]);
    } else if (values.has(name)) {
      return { error: `option --${name} is given twice` };
    } else {
      values.set(name, value);
    }
  }
  if (help) return operands.length ? { help: true, command: operands[0] } : { help: true };
  if (version) return { version: true };
  return { operands, values, lists };
}
