#!/usr/bin/env node
// participation-calendar render <feed.json|feed.ics|URL|->... [--lang de|en] [--months 3] [--from YYYY-MM-DD] [--timezone Europe/Berlin]
// participation-calendar check | merge | split …   (--help lists every command's options)
//
// Prints static, accessible HTML of a feed's upcoming events with schema.org Event
// JSON-LD, to paste inside the <participation-calendar> tag; checks, merges and
// splits feeds. The logic is src/cli/*.ts, compiled with the rest of src/ to
// dist/esm/ by `npm run build`; this file only connects it to the file system and the process.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const NAME = 'participation-calendar';

// A nightly job must end. The limits in src/data/ bound every step we know of; this
// guard covers those we do not: the command runs in a child process, and one still
// running after the time limit is killed and the run fails (exit 1). Killing a child
// also stops synchronous work, which no timer inside the process could interrupt.
const WORKER = 'PARTICIPATION_CALENDAR_WORKER';
const LIMIT_VARIABLE = 'PARTICIPATION_CALENDAR_TIME_LIMIT';
const DEFAULT_LIMIT_S = 120;

if (!process.env[WORKER]) {
  const setting = process.env[LIMIT_VARIABLE];
  const limit = setting === undefined || setting === '' ? DEFAULT_LIMIT_S : Number(setting);
  if (!(limit > 0 && limit <= 86_400)) {
    process.stderr.write(`${NAME}: ${LIMIT_VARIABLE}='${setting}' is not a number of seconds from 1 to 86400\n`);
    process.exit(1);
  }
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [WORKER]: '1' },
  });
  const timer = setTimeout(() => {
    child.kill('SIGKILL');
    process.stderr.write(`${NAME}: stopped after ${limit} s without finishing (the limit is ${LIMIT_VARIABLE}); no --output file was replaced\n`);
    process.exit(1);
  }, limit * 1000);
  // cron or systemd stopping the job stops the work too.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    clearTimeout(timer);
    process.exit(code ?? (signal ? 1 : 0));
  });
  // The rest of this file is the child's: here it waits for the exit above.
  await new Promise(() => {});
}

let main;
try {
  ({ main } = await import('../dist/esm/cli/main.js'));
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write(`${NAME}: the compiled code (dist/esm/) is missing; run 'npm run build' in the package first.\n`);
    process.exit(1);
  }
  throw error;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes next to the target, then renames: readers never see half a file, and a failed run leaves the old one. */
async function replaceFile(path, text) {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}

async function version() {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

/** Waits until everything written to stdout has been flushed (a pipe may be slow). */
const write = (stream, text) => new Promise((resolve) => { stream.write(text, () => resolve()); });

// `… | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const pending = [];
process.exitCode = await main(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  writeFile: replaceFile,
  makeDirectory: async (path) => { await mkdir(path, { recursive: true }); },
  stdout: (text) => pending.push(write(process.stdout, text)),
  stderr: (text) => process.stderr.write(text),
  fetch: globalThis.fetch,
  parseArgs,
  version: await version(),
});
await Promise.all(pending);
