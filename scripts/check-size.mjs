#!/usr/bin/env node
// Size budget, checked in CI by comparing bytes (never times): a city page pays
// for every byte of the bundle on every visit. Fails when a bundle grows past it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { dirname, join } from 'node:path';

const KB = 1024;
const BUDGETS = [
  // What a page downloads for the ES module before any feed arrives: the entry
  // and the chunks it imports statically. On-demand chunks (recurrence engine,
  // English) are fetched only by feeds and pages that need them.
  { file: 'dist/participation-calendar.js', gzipBudget: 30 * KB, withStaticImports: true },
  // The classic script is one self-contained file.
  { file: 'dist/participation-calendar.iife.js', gzipBudget: 45 * KB },
];

/** The file plus every chunk it imports statically (`import … from "./chunks/…"`), recursively. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    withStaticImports(join(dirname(file), spec), seen);
  }
  return seen;
}

const sizes = (path) => {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
let failed = false;

const files = ['dist/participation-calendar.js', 'dist/participation-calendar.iife.js'];
if (existsSync('dist/chunks')) files.push(...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => join('dist/chunks', f)));

for (const file of files) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run npm run build first.`);
    process.exit(1);
  }
  const budget = BUDGETS.find((b) => b.file === file);
  const closure = budget?.withStaticImports ? [...withStaticImports(file)] : [file];
  const s = closure.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
  if (closure.length > 1) console.log(`size: ${file} loads ${closure.slice(1).join(', ')} statically; counted together`);
  const verdict = budget ? (s.gzip <= budget.gzipBudget ? `within ${fmt(budget.gzipBudget)} gzip budget` : `OVER the ${fmt(budget.gzipBudget)} gzip budget`) : '';
  if (budget && s.gzip > budget.gzipBudget) failed = true;
  console.log(`size: ${file.padEnd(48)} ${fmt(s.raw).padStart(9)} raw ${fmt(s.gzip).padStart(8)} gzip ${fmt(s.brotli).padStart(8)} brotli  ${verdict}`);
}
if (failed) {
  console.error('size: a bundle is over its budget.');
  process.exit(1);
}
