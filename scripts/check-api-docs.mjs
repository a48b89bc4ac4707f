#!/usr/bin/env node
// Keeps README.md's API tables in step with the element's JSDoc header, through the
// custom elements manifest (custom-elements.json, written by `npm run analyze`):
//  - every attribute, public property, event, CSS part and CSS custom property in the
//    manifest must appear in README.md ("Attributes, properties and events" and
//    "Theming" sections);
//  - every attribute, property, event and custom property the README's tables list
//    must exist in the manifest.
// Exits 1 with a list of what to add or remove.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// --readme <file> / --manifest <file> check other copies (used to test this script).
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const MANIFEST = arg('--manifest') ?? `${ROOT}custom-elements.json`;
const README = arg('--readme') ?? `${ROOT}README.md`;
const TAG = 'participation-calendar';

if (!existsSync(MANIFEST)) {
  console.error('check-api-docs: custom-elements.json is missing; run `npm run analyze` (or `npm run build`) first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const readme = readFileSync(README, 'utf8');

const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.customElement && d.tagName === TAG);
if (!element) {
  console.error(`check-api-docs: custom-elements.json has no <${TAG}>; check custom-elements-manifest.config.mjs.`);
  process.exit(1);
}

const api = {
  attribute: (element.attributes ?? []).map((a) => a.name),
  property: (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.attribute && (m.privacy ?? 'public') === 'public')
    .map((m) => m.name),
  event: (element.events ?? []).map((e) => e.name),
  'CSS part': (element.cssParts ?? []).map((p) => p.name),
  'CSS custom property': (element.cssProperties ?? []).map((p) => p.name),
};

/** The text of a `## heading` section, up to the next `## `. */
function section(title) {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Markdown tables of a text, as arrays of rows of cells (header row first, separator dropped). */
function tables(text) {
  const found = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (/^\s*\|/.test(line)) {
      const cells = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      (current ??= []).push(cells);
    } else if (current) {
      found.push(current);
      current = null;
    }
  }
  if (current) found.push(current);
  return found;
}

const codeSpans = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1].trim());

/** The code spans in the first column of the table whose first header cell is `header`. */
function firstColumn(text, header) {
  const table = tables(text ?? '').find((t) => t[0][0].toLowerCase() === header);
  return table ? table.slice(1).flatMap((row) => codeSpans(row[0])) : null;
}

const problems = [];
const apiSection = section('Attributes, properties and events');
const themingSection = section('Theming');
if (apiSection === null) problems.push('README.md has no "## Attributes, properties and events" section.');
if (themingSection === null) problems.push('README.md has no "## Theming" section.');

const documented = {
  attribute: firstColumn(apiSection, 'attribute'),
  property: firstColumn(apiSection, 'property'),
  event: firstColumn(apiSection, 'event'),
  'CSS custom property': firstColumn(themingSection, 'custom property'),
  // Parts are a paragraph ("Parts for `::part()`: `toolbar`, …"), not a table.
  'CSS part': (() => {
    const paragraph = (themingSection ?? '').split(/\n\s*\n/).find((p) => /::part\(\)/.test(p) && /^Parts\b/.test(p.trim()));
    return paragraph ? codeSpans(paragraph) : null;
  })(),
};
const where = {
  attribute: 'the attribute table under "Attributes, properties and events"',
  property: 'the property table under "Attributes, properties and events"',
  event: 'the event table under "Attributes, properties and events"',
  'CSS custom property': 'the custom property table under "Theming"',
  'CSS part': 'the "Parts for `::part()`" paragraph under "Theming"',
};
// The README lists part states (`today`, `retry`, …) beside the parts, so parts are
// checked one way only; everything else both ways.
const bothWays = new Set(['attribute', 'property', 'event', 'CSS custom property']);

for (const [kind, names] of Object.entries(api)) {
  const inReadme = documented[kind];
  if (inReadme === null) {
    if (names.length) problems.push(`README.md has no ${where[kind]} (the manifest has ${plural(names.length, kind)}).`);
    continue;
  }
  for (const name of names) {
    if (!inReadme.includes(name)) problems.push(`${kind} \`${name}\` is in the element's JSDoc header but not in README.md (${where[kind]}).`);
  }
  if (bothWays.has(kind)) {
    for (const name of new Set(inReadme)) {
      if (!names.includes(name)) problems.push(`README.md documents ${kind} \`${name}\` (${where[kind]}), but the element has no such ${kind}.`);
    }
  }
}

const plural = (n, kind) => `${n} ${n === 1 ? kind : kind.replace(/y$/, 'ie')}${n === 1 ? '' : 's'}`;
const counts = Object.entries(api).map(([kind, names]) => plural(names.length, kind)).join(', ');
if (problems.length) {
  console.error(`check-api-docs: README.md and the element's API (custom-elements.json) disagree:\n- ${problems.join('\n- ')}`);
  console.error('Fix README.md, or the JSDoc header of src/participation-calendar.ts and `npm run analyze`.');
  process.exit(1);
}
console.log(`check-api-docs: README.md documents the whole API (${counts}).`);
