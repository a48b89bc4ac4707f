/**
 * Command-line arguments of `participation-calendar`. Pure: returns what to
 * do, or a message saying what is wrong with the arguments.
 */
import { parseIsoDayNumber } from '../data/time/plain-date.js';
import { canonicalTimeZone } from '../data/time/time-zone.js';
import { LANGUAGES, type Language } from '../i18n/index.js';

export const USAGE = `Usage: participation-calendar render <feed> [options]

Prints static, accessible HTML of the upcoming events of a feed, with schema.org
Event JSON-LD, to paste inside the <participation-calendar> tag.

<feed>  a JSON feed (feed.json), an iCalendar file (feed.ics), an http(s) URL,
        or - to read the feed from standard input

Options:
  --lang de|en          language of the list (default: de)
  --months N            number of months to list, 1 to 24 (default: 3)
  --from YYYY-MM-DD     first day to list (default: today)
  --timezone ZONE       IANA time zone of the days and times shown
                        (default: the feed's timezone, else Europe/Berlin)
  --feed-lang TAG       language the feed's texts are written in, for the
                        JSON-LD inLanguage and lang attributes (default: --lang)
  --base-url URL        resolve relative links of a feed file against URL
                        (a URL feed resolves them against its own URL)
  --id-prefix PREFIX    prefix of the HTML ids, for two lists on one page
                        (default: pc-static)
  -o, --output FILE     write to FILE instead of standard output; FILE is
                        replaced only when rendering succeeded
  -h, --help            show this text
  -v, --version         show the version

Exit status: 0 when the HTML was written (skipped events are reported on
standard error), 1 when the feed or the options cannot be used.`;

export interface RenderCommand {
  command: 'render';
  input: string;
  lang: Language;
  months: number;
  /** Day number, or undefined for today. */
  fromDay?: number;
  timeZone?: string;
  feedLang?: string;
  baseUrl?: string;
  idPrefix?: string;
  output?: string;
}

export type Parsed = RenderCommand | { command: 'help' } | { command: 'version' } | { error: string };

const MAX_MONTHS = 24;
const VALUE_OPTIONS = new Set(['lang', 'months', 'from', 'timezone', 'feed-lang', 'base-url', 'id-prefix', 'output']);
const SHORT: Record<string, string> = { o: 'output', h: 'help', v: 'version' };

export function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const values = new Map<string, string>();
  let help = false, version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const long = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    const short = /^-([a-z])$/.exec(arg);
    const name = long ? long[1] : short ? SHORT[short[1]] : undefined;
    if (name === 'help' || name === 'version') {
      if (long?.[2] !== undefined) return { error: `--${name} takes no value` };
      if (name === 'help') help = true;
      else version = true;
      continue;
    }
    if (name === undefined || !VALUE_OPTIONS.has(name)) return { error: `unknown option '${arg}'` };
    let value = long?.[2];
    if (value === undefined) {
      if (i + 1 >= argv.length) return { error: `option --${name} needs a value` };
      value = argv[++i];
    }
    if (values.has(name)) return { error: `option --${name} is given twice` };
    values.set(name, value);
  }
  if (help) return { command: 'help' };
  if (version) return { command: 'version' };

  const [command, input, ...rest] = positional;
  if (command === undefined) return { error: 'missing command: participation-calendar render <feed> [options]' };
  if (command !== 'render') return { error: `unknown command '${command}'; the command is 'render'` };
  if (input === undefined || input === '') return { error: 'missing feed: give a file (feed.json, feed.ics), an http(s) URL, or - for standard input' };
  if (rest.length) return { error: `unexpected argument '${rest[0]}' (only one feed can be rendered at a time)` };

  const result: RenderCommand = { command: 'render', input, lang: 'de', months: 3 };

  const lang = values.get('lang');
  if (lang !== undefined) {
    const primary = lang.trim().toLowerCase();
    if (!(LANGUAGES as readonly string[]).includes(primary)) return { error: `--lang '${lang}' is not one of ${LANGUAGES.join(', ')}` };
    result.lang = primary as Language;
  }

  const months = values.get('months');
  if (months !== undefined) {
    if (!/^\d+$/.test(months.trim()) || +months < 1 || +months > MAX_MONTHS) {
      return { error: `--months '${months}' is not a whole number from 1 to ${MAX_MONTHS}` };
    }
    result.months = +months;
  }

  const from = values.get('from');
  if (from !== undefined) {
    const day = parseIsoDayNumber(from.trim());
    if (day === null) return { error: `--from '${from}' is not a date in the form YYYY-MM-DD` };
    result.fromDay = day;
  }

  const timeZone = values.get('timezone');
  if (timeZone !== undefined) {
    const canonical = canonicalTimeZone(timeZone.trim());
    if (!canonical) return { error: `--timezone '${timeZone}' is not an IANA time zone such as 'Europe/Berlin'` };
    result.timeZone = canonical;
  }

  const feedLang = values.get('feed-lang');
  if (feedLang !== undefined) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(feedLang.trim())) return { error: `--feed-lang '${feedLang}' is not a language tag such as 'de' or 'en'` };
    result.feedLang = feedLang.trim();
  }

  const baseUrl = values.get('base-url');
  if (baseUrl !== undefined) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(baseUrl);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) return { error: `--base-url '${baseUrl}' is not an absolute http(s) URL` };
    result.baseUrl = parsed.href;
  }

  const idPrefix = values.get('id-prefix');
  if (idPrefix !== undefined) {
    if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) return { error: `--id-prefix '${idPrefix}' must start with a letter and contain only letters, digits, - and _` };
    result.idPrefix = idPrefix;
  }

  const output = values.get('output');
  if (output !== undefined) {
    if (output === '' || output === '-') return { error: '--output needs a file name (leave it out to write to standard output)' };
    result.output = output;
  }
  return result;
}
