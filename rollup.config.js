// Two bundles a city page can load with one script tag:
//  - dist/participation-calendar.js: ES module; code only some feeds need
//    (the recurrence engine) is split into chunks next to it and loaded on demand
//    through relative URLs, so copying the whole dist/ folder anywhere works;
//  - dist/participation-calendar.iife.js: classic script, one self-contained file.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

/**
 * rrule's natural-language module (RRule.fromText / toText, English only) is
 * imported by its core but never used by us: ~1.5 KB gzip every page would pay.
 * A stub takes its place; calling those two methods would throw.
 */
const withoutRruleText = {
  name: 'without-rrule-text',
  resolveId(source, importer) {
    if (source === './nlp/index' && importer?.includes('/node_modules/rrule/')) return '\0rrule-nlp-stub';
    return null;
  },
  load(id) {
    if (id !== '\0rrule-nlp-stub') return null;
    return [
      "const unsupported = () => { throw new Error('participation-calendar ships rrule without RRule.fromText/toText'); };",
      'export const fromText = unsupported, parseText = unsupported, toText = unsupported, isFullyConvertible = () => false;',
    ].join('\n');
  },
};

/** rrule's modules only define classes and tables: unused ones (RRuleSet, rrulestr) may go. */
const treeshake = { moduleSideEffects: (id) => !id.includes('/node_modules/rrule/') };

/**
 * The classic script stays one file within 45 KB gzip, so it leaves out what
 * the ES build fetches on demand for some feeds and clicks: ical.js (~23 KB
 * gzip; it reads JSON feeds and says so for an iCalendar one), the .ics writer
 * and the sliced parser for very large feeds.
 */
const STUBS = {
  '../data/ics-import.js':
    "export function icsToFeed() { throw new Error('iCalendar feeds need the ES module build (participation-calendar.js); the classic script reads JSON feeds'); }",
  // Nor can it carry the .ics writer for "add to my calendar": the buttons are left out.
  './controllers/ics-download.js': 'export const icsDownloadAvailable = false; export async function downloadIcs() {}',
  // Big feeds are parsed with one JSON.parse (a longer pause at 10,000+ events) instead of in slices.
  './json-slices.js': 'export const parseJsonInSlices = async (text) => JSON.parse(text);',
};
const withoutIcs = {
  name: 'without-ics',
  resolveId(source) {
    return source in STUBS ? `\0stub:${source}` : null;
  },
  load(id) {
    return id.startsWith('\0stub:') ? STUBS[id.slice(6)] : null;
  },
};

/** The bundles take rrule's ES build by name (see src/data/rrule-engine.ts for Node's case). */
const rruleForBrowsers = {
  name: 'rrule-for-browsers',
  resolveId(source, importer) {
    if (source === './rrule-engine.js' && importer?.endsWith('/src/data/series-engine.ts')) {
      return new URL('./src/data/rrule-engine.browser.ts', import.meta.url).pathname;
    }
    return null;
  },
};

const plugins = (module) => [
  rruleForBrowsers,
  withoutRruleText,
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
    plugins: [withoutIcs, ...plugins(false)],
  },
];
