// Two bundles a city page can load with one script tag (and, third, the configurator page for editors):
//  - dist/participation-calendar.js: ES module; code only some feeds need
//    (the recurrence engine) is split into chunks next to it and loaded on demand
//    through relative URLs, so copying the whole dist/ folder anywhere works;
//  - dist/participation-calendar.iife.js: classic script, one self-contained file.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

/**
 * Parts of rrule that its core imports but our use of it never reaches: stubs
 * take their place (~1.5 KB gzip for the text module, ~2 KB for the rest, in
 * the classic script and in the ES build's on-demand rrule chunk). We only call
 * `new RRule(options, true)` with `tzid: null` and `between` with a callback, on
 * rules rrule-syntax.ts has checked, with options read by rrule-options.ts
 * (series-engine.ts).
 */
const RRULE_STUBS = {
  // The natural-language module (RRule.fromText / toText, English only): calling those would throw.
  './nlp/index': [
    "const unsupported = () => { throw new Error('participation-calendar ships rrule without RRule.fromText/toText'); };",
    'export const fromText = unsupported, parseText = unsupported, toText = unsupported, isFullyConvertible = () => false;',
  ].join('\n'),
  // RRule.parseString / RRule.fromString: src/data/recurrence/rrule-options.ts reads our (normalized) rules instead.
  './parsestring': [
    "const unsupported = () => { throw new Error('participation-calendar ships rrule without RRule.parseString'); };",
    'export const parseString = unsupported, parseDtstart = unsupported;',
  ].join('\n'),
  // RRule#toString / RRule.optionsToString.
  './optionstostring':
    "export function optionsToString() { throw new Error('participation-calendar ships rrule without RRule#toString'); }",
  // The result cache, made only without `noCache`: one that never remembers is equivalent.
  './cache': 'export class Cache { _cacheAdd() {} _cacheGet() { return false; } }',
  // BYEASTER is not RFC 5545 and rrule-syntax.ts rejects it.
  './easter': "export function easter() { throw new Error('participation-calendar ships rrule without BYEASTER'); }",
  // Time-zone conversion for a `tzid`; ours is always null (UTC that means wall-clock).
  '../datewithzone': [
    'export class DateWithZone {',
    "  constructor(date, tzid) { if (tzid) throw new Error('participation-calendar ships rrule without tzid'); this.date = date; }",
    '  rezonedDate() { return this.date; }',
    '}',
  ].join('\n'),
  // tslib's helpers as rrule's ES5 output uses them: modern equivalents, without the fallbacks.
  tslib: [
    'export const __assign = Object.assign;',
    'export function __extends(d, b) {',
    '  Object.setPrototypeOf(d, b);',
    '  d.prototype = Object.create(b.prototype, { constructor: { value: d, writable: true, configurable: true } });',
    '}',
    'export const __spreadArray = (to, from) => to.concat(Array.from(from));',
  ].join('\n'),
};
/**
 * Replaces modules by stubs. Keys are import specifiers as written by the
 * importers `from` matches. A stub that no import reaches any more (a file was
 * renamed, rrule changed) fails the build instead of silently shipping the
 * real module: every stub must be used at least once per bundle.
 */
function stubs(name, table, from) {
  const used = new Set();
  return {
    name,
    buildStart() {
      used.clear();
    },
    resolveId(source, importer) {
      if (!Object.hasOwn(table, source) || !importer || !from(importer)) return null;
      used.add(source);
      return `\0${name}:${source}`;
    },
    load(id) {
      return id.startsWith(`\0${name}:`) ? table[id.slice(name.length + 2)] : null;
    },
    buildEnd(error) {
      const unused = Object.keys(table).filter((source) => !used.has(source));
      if (!error && unused.length) this.error(`${name}: no module imports ${unused.join(', ')} any more; update rollup.config.js`);
    },
  };
}
const trimRrule = () => stubs('trim-rrule', RRULE_STUBS, (importer) => importer.includes('/node_modules/rrule/'));

/** rrule's modules only define classes and tables: unused ones (RRuleSet, rrulestr) may go. */
const treeshake = { moduleSideEffects: (id) => !id.includes('/node_modules/rrule/') };

/**
 * The classic script stays one file within 45 KB gzip, so it leaves out what
 * the ES build fetches on demand for some feeds and clicks: ical.js (~23 KB
 * gzip; it reads JSON feeds and says so for an iCalendar one), the .ics writer,
 * the URL state, the rrule library, English and Leichte Sprache, several sources and the sliced parser for very large feeds.
 * Keys are the files in src/.
 */
/**
 * A language the classic script leaves out: German instead, said on the
 * console when the widget first speaks it (not when the script runs: the
 * classic script runs every module's top level at once).
 */
const germanInstead = (tag, name) => [
  "import { de } from './de.js';",
  'let said = false;',
  `export const ${name} = new Proxy(de, { get(target, key) {`,
  `  if (!said) console.warn('participation-calendar: lang ${tag} needs the ES module build; the classic script speaks German');`,
  '  said = true;',
  '  return target[key];',
  '} });',
  "export { staticList, check, configurator } from './de.js';",
].join('\n');

const CLASSIC_STUBS = {
  'src/data/ics/ics-import.ts':
    "export function icsToFeed() { throw new Error('iCalendar feeds need the ES module build; the classic script reads JSON feeds'); }",
  // Nor can it carry the .ics writer for "add to my calendar": the buttons are left out.
  'src/features/ics-download.ts': 'export const icsDownloadAvailable = false; export async function downloadIcs() {}',
  // Nor does it keep the widget's state in the page URL (`url-state`): it says so once.
  'src/controllers/url-state.ts': [
    'export class UrlStateController {',
    "  constructor() { console.warn('participation-calendar: url-state needs the ES module build; the classic script leaves the URL alone'); }",
    '  read() { return null; }',
    '  sync() {}',
    '}',
  ].join('\n'),
  // Nor the rrule library (6.5 KB gzip): the common rules are expanded without it (simple-rule.ts); a
  // series with a rule beyond them (BYSETPOS, BYWEEKNO, HOURLY …) is skipped with this reason, which
  // the console and the notice under the calendar show.
  'src/data/recurrence/rrule-engine.browser.ts': [
    'export class RRule {}',
    "export function rruleIterator() { throw new Error('this rule needs the ES module build (participation-calendar.js): the classic script leaves out the rrule library'); }",
  ].join('\n'),
  // Nor Leichte Sprache (2.4 KB gzip): `lang="de-x-ls"` speaks standard German there, and says so once.
  'src/i18n/de-x-ls.ts': germanInstead('de-x-ls', 'deXLs'),
  // Nor English (2.4 KB gzip), likewise.
  'src/i18n/en.ts': germanInstead('en', 'en'),
  // Nor the access facts' icons (0.6 KB gzip): their words are shown without them.
  'src/views/access-icons.ts': 'export const accessIcon = () => null;',
  // Nor the access facts of an \`accessibility\` object: its note is shown, the facts need the ES build.
  'src/data/validate/access-fields.ts': [
    "export function readAccess(value, event) { if (typeof value?.note === 'string' && value.note.trim()) event.accessibility = value.note.trim(); }",
  ].join('\n'),
  // Nor the filter group "Barrierefreiheit und Teilhabe": the facts show in list and details, but
  // are not offered as filters there (an \`access\` preset is reported as unknown and ignored).
  'src/data/filter/access-keys.ts': [
    'export const accessKeysOf = () => [];',
    'export const hasAccessKey = () => false;',
    'export const readAccessKey = () => null;',
    'export const orderAccessKeys = () => [];',
    'export const accessKeysNamed = () => [];',
  ].join('\n'),
  // Nor several sources (merging, their names and notice, ~1.7 KB gzip), nor a feed fetched month by month:
  // of several addresses in \`src\` it shows the first that loads, of a \`{from}\`/\`{to}\` template the first
  // month, and says so; a nightly \`participation-calendar merge\` makes one feed of several.
  'src/features/several-sources.ts': [
    "import { css } from 'lit';",
    'export function combine(sources) {',
    "  console.warn('participation-calendar: several sources, or one by months, need the ES module build; the classic script shows the first');",
    '  const s = sources.find((o) => o.feed);',
    "  sources.forEach((o) => (o.name = o.url || ''));",
    '  return { feed: s.feed, merged: [] };',
    '}',
    'export const outcomes = () => undefined, news = () => undefined, showMonth = () => {}, sourcesNotice = () => null, sourcesStyles = css``;',
  ].join('\n'),
  // …nor the words of its options and chips.
  'src/views/filters/access-label.ts': 'export const accessLabel = (key) => key;',
  // Nor the filter group "Quelle" of a widget with several feeds: each event still names its source,
  // but the sources are not offered as filters there (a \`sources\` preset is reported as unknown and ignored).
  'src/data/filter/source-facet.ts': 'export const sourceNamesOf = () => [], sourceOptions = () => [], hasSource = () => false;',
  'src/views/filters/source-swatch.ts': "import { css, nothing } from 'lit'; export const swatch = () => nothing; export const swatchStyles = css``;",
  // Big feeds are parsed with one JSON.parse (a longer pause at 10,000+ events) instead of in slices.
  'src/data/load/json-slices.ts': 'export const parseJsonInSlices = async (text) => JSON.parse(text);',
};
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
/** Replaces whole source files by their stub, by resolved path; every one must be imported somewhere. */
const classicStubs = {
  name: 'classic-stubs',
  buildStart() {
    for (const file of Object.keys(CLASSIC_STUBS)) {
      if (!existsSync(here(file))) this.error(`classic-stubs: ${file} does not exist; update rollup.config.js`);
    }
    this.stubbed = new Set();
  },
  load(id) {
    const file = Object.keys(CLASSIC_STUBS).find((f) => here(f) === id);
    if (!file) return null;
    this.stubbed.add(file);
    return CLASSIC_STUBS[file];
  },
  buildEnd(error) {
    const unused = Object.keys(CLASSIC_STUBS).filter((f) => !this.stubbed.has(f));
    if (!error && unused.length) this.error(`classic-stubs: nothing imports ${unused.join(', ')} any more; update rollup.config.js`);
  },
};

/** The bundles take rrule's ES build by name (see src/data/recurrence/rrule-engine.ts for Node's case). */
const rruleForBrowsers = {
  name: 'rrule-for-browsers',
  resolveId(source, importer) {
    if (source === './rrule-engine.js' && importer === here('src/data/recurrence/series-engine.ts')) {
      this.redirected = true;
      return here('src/data/recurrence/rrule-engine.browser.ts');
    }
    return null;
  },
  buildStart() {
    this.redirected = false;
  },
  buildEnd(error) {
    if (!error && !this.redirected) this.error('rrule-for-browsers: series-engine.ts no longer imports ./rrule-engine.js; update rollup.config.js');
  },
};

// The classic script carries no rrule (see CLASSIC_STUBS): nothing of it to trim there.

/** The configurator's page and styles, copied beside its script (dist/configurator.*). */
const CONFIGURATOR_ASSETS = ['configurator.html', 'configurator.css'];
const configuratorAssets = {
  name: 'configurator-assets',
  buildStart() {
    for (const name of CONFIGURATOR_ASSETS) this.addWatchFile(here(`src/configurator/${name}`));
  },
  generateBundle() {
    for (const name of CONFIGURATOR_ASSETS) this.emitFile({ type: 'asset', fileName: name, source: readFileSync(here(`src/configurator/${name}`)) });
  },
};

const plugins = (module) => [
  rruleForBrowsers,
  ...(module ? [trimRrule()] : []),
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  esbuild({ target: 'es2021', tsconfig: './tsconfig.json', minify: false }),
  minifyTemplates(),
  // terser's `module: true` drops the IIFE's global: only ES output gets it.
  terser({ module, ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'src/index.ts',
    // Lets the entry itself export what the on-demand chunks share with it,
    // instead of becoming a facade that loads a second file before anything shows.
    preserveEntrySignatures: 'allow-extension',
    treeshake,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'participation-calendar.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(true),
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/participation-calendar.iife.js',
      format: 'iife',
      name: 'ParticipationCalendar',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    treeshake,
    plugins: [classicStubs, ...plugins(false)],
  },
  {
    // The configurator for editors: a file of its own, never part of the widget's bundles.
    // One file (the check's ical.js and rrule inlined) so that it starts even when
    // chunks/ is missing, and can tell the editor so. It loads the widget beside it
    // by URL at run time (see src/configurator/main.ts).
    input: 'src/configurator/main.ts',
    treeshake,
    output: {
      file: 'dist/configurator.js',
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [configuratorAssets, ...plugins(true)],
  },
];
