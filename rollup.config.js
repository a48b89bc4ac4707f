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
 * The classic script stays one file, so it cannot fetch ical.js (~23 KB gzip)
 * on demand: it reads JSON feeds, and says so for an iCalendar one.
 */
const withoutIcsImport = {
  name: 'without-ics-import',
  resolveId(source) {
    return source === '../data/ics-import.js' ? '\0ics-import-stub' : null;
  },
  load(id) {
    if (id !== '\0ics-import-stub') return null;
    return "export function icsToFeed() { throw new Error('iCalendar feeds need the ES module build (participation-calendar.js); the classic script reads JSON feeds'); }";
  },
};

const plugins = (module) => [
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
      manualChunks: (id) => (id.includes('/node_modules/rrule/') || id.endsWith('/src/data/rrule-engine.ts') ? 'rrule' : undefined),
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
    plugins: [withoutIcsImport, ...plugins(false)],
  },
];
