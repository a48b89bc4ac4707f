#!/usr/bin/env node
// Keeps the data flow visible in the tree (checked in CI, see DEVELOPERS.md):
//  1. no import cycle anywhere in src/ (static, dynamic and type imports alike:
//     a cycle through a type is still two files that must be read together);
//  2. src/data/ is pure and one-way: its stages import only earlier stages
//     (time -> load -> validate -> recurrence -> occurrences -> ics -> filter -> check,
//     the feed check last, over all of them), never views, controllers, Lit or the DOM.
// Prints each violation and exits 1.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SRC = join(ROOT, 'src');

/** The data stages in pipeline order; a stage may import any earlier one and the shared files. */
export const STAGES = ['time', 'load', 'validate', 'sources', 'recurrence', 'occurrences', 'ics', 'filter', 'check'];
/** Files at the root of src/data/, usable by every stage: the types, time slicing, memoization. */
const SHARED = new Set(['event.ts', 'access-facts.ts', 'slicer.ts', 'memoize-one.ts']);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;

/** file -> [{ target (absolute .ts path) or bare package name, spec }] */
export function importGraph(files = filesUnder(SRC)) {
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
    const edges = [];
    for (const [, , spec] of text.matchAll(SPECIFIER)) {
      if (spec.startsWith('.')) edges.push({ spec, target: resolve(dirname(file), spec).replace(/\.js$/, '.ts') });
      else edges.push({ spec, target: null });
    }
    graph.set(file, edges);
  }
  return graph;
}

export function findCycles(graph) {
  const cycles = [];
  const state = new Map(); // 1 = on the stack, 2 = done
  const stack = [];
  const visit = (file) => {
    state.set(file, 1);
    stack.push(file);
    for (const { target } of graph.get(file) ?? []) {
      if (!target || !graph.has(target)) continue;
      if (state.get(target) === 1) cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 2);
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

/** Where a file sits in the data layer: a stage name, 'shared', or null outside src/data/. */
function placeOf(file) {
  const rel = relative(join(SRC, 'data'), file);
  if (rel.startsWith('..')) return null;
  const [first, ...rest] = rel.split('/');
  if (!rest.length) return SHARED.has(first) ? 'shared' : 'unplaced';
  return STAGES.includes(first) ? first : 'unplaced';
}

export function layerViolations(graph) {
  const problems = [];
  for (const [file, edges] of graph) {
    const place = placeOf(file);
    if (place === null) continue;
    const name = relative(ROOT, file);
    if (place === 'unplaced') problems.push(`${name} is in no stage folder of src/data/ (${STAGES.join(', ')}) and not a shared file`);
    const text = readFileSync(file, 'utf8');
    if (/\b(?:document|window|customElements|HTMLElement)\b\s*[.(]/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) {
      problems.push(`${name} uses the DOM; src/data/ must run in Node and in a worker unchanged`);
    }
    for (const { spec, target } of edges) {
      if (!target) {
        if (/^lit\b|^@lit\//.test(spec)) problems.push(`${name} imports ${spec}; src/data/ has no Lit`);
        continue;
      }
      const to = placeOf(target);
      if (to === null) problems.push(`${name} imports ${relative(ROOT, target)}, outside src/data/`);
      else if (to !== 'shared' && to !== 'unplaced' && place !== 'shared' && STAGES.indexOf(to) > STAGES.indexOf(place)) {
        problems.push(`${name} (${place}) imports ${relative(ROOT, target)} (${to}), a later stage`);
      } else if (place === 'shared' && to !== 'shared') {
        problems.push(`${name} is shared by every stage but imports ${relative(ROOT, target)}`);
      }
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const graph = importGraph();
  const problems = [
    ...findCycles(graph).map((cycle) => `import cycle: ${cycle.map((f) => relative(ROOT, f)).join(' -> ')}`),
    ...layerViolations(graph),
  ];
  for (const p of problems) console.error(`imports: ${p}`);
  if (problems.length) process.exit(1);
  console.log(`imports: ${graph.size} files in src/, no cycle; src/data/ stages import only earlier stages`);
}
