#!/usr/bin/env node
// Proves the package works for a project that installs it (`npm run test:package`):
//  1. `npm pack` the current build (run `npm run build` first) into a temp dir and check
//     the tarball holds every file package.json's `exports`, `types` and `files` promise;
//  2. copy test/package-consumer/ next to it, point its dependency at the tarball and
//     `npm install` it (offline-friendly: lit & co. come from npm's cache when they can);
//  3. type-check the consumer with the repo's TypeScript (strict, moduleResolution
//     bundler, the package's .d.ts files included): the element's tag, events and feed
//     types resolve, and the @ts-expect-error lines prove wrong types are rejected;
//  4. in Node, resolve `participation-calendar/schema` (valid JSON Schema), the manifest
//     and the other subpath exports.
// Prints one line per check and `N passed, M failed`; exits 1 when a check failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONSUMER = join(ROOT, 'test/package-consumer');
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const keep = process.argv.includes('--keep');
const started = Date.now();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

let failures = 0;
let passes = 0;
const ok = (what) => {
  passes += 1;
  console.log(`ok   ${what}`);
};
const fail = (what, detail = '') => {
  failures += 1;
  console.log(`FAIL ${what}${detail ? `\n${detail.replace(/^/gm, '       ')}` : ''}`);
};

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(), stdout: result.stdout ?? '' };
}

/** Every file an `exports` entry (string or conditions object) points to. */
function exportTargets(exportsField) {
  const targets = [];
  for (const [subpath, value] of Object.entries(exportsField ?? {})) {
    const walk = (v) => (typeof v === 'string' ? targets.push([subpath, v]) : Object.values(v ?? {}).forEach(walk));
    walk(value);
  }
  return targets;
}

const missingBuild = ['dist/participation-calendar.js', 'dist/types/index.d.ts', 'custom-elements.json'].filter((f) => !existsSync(join(ROOT, f)));
if (missingBuild.length) {
  console.error(`test-package: ${missingBuild.join(', ')} missing: run \`npm run build\` first.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'pc-package-'));
try {
  // 1. Pack.
  const pack = run('npm', ['pack', '--json', '--pack-destination', tmp], ROOT);
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.out}`);
  const [{ filename, files, size }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
  const tarball = join(tmp, filename);
  const packed = new Set(files.map((f) => f.path));
  ok(`npm pack: ${filename}, ${files.length} files, ${(size / 1024).toFixed(1)} KB`);

  const promised = [
    ...exportTargets(pkg.exports).filter(([, target]) => !target.includes('*')).map(([subpath, target]) => [`exports["${subpath}"]`, target]),
    ['types', pkg.types],
    ['customElements', pkg.customElements],
    ...Object.values(typeof pkg.bin === 'string' ? { bin: pkg.bin } : (pkg.bin ?? {})).map((target) => ['bin', target]),
    ...(pkg.files ?? []).filter((f) => !f.includes('*')).map((f) => [`files`, f]),
  ];
  const missing = promised.filter(([, target]) => {
    const path = target.replace(/^\.\//, '');
    return !packed.has(path) && ![...packed].some((p) => p.startsWith(`${path}/`));
  });
  if (missing.length) fail('the tarball holds what package.json promises', missing.map(([field, target]) => `${field}: ${target} is not in the tarball`).join('\n'));
  else ok(`the tarball holds every file of exports, types, customElements, bin and files (${promised.length} entries)`);
  const themes = [...packed].filter((p) => p.startsWith('themes/') && p.endsWith('.css'));
  if (!themes.length) fail('themes/*.css are in the tarball');

  // 2. Install into a copy of the consumer project.
  const consumer = join(tmp, 'consumer');
  cpSync(CONSUMER, consumer, { recursive: true, filter: (src) => !src.includes('node_modules') });
  const consumerPkgPath = join(consumer, 'package.json');
  writeFileSync(consumerPkgPath, readFileSync(consumerPkgPath, 'utf8').replace('PACKAGE_TARBALL', tarball));
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock'], consumer);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.out}`);
  ok(`npm install ${filename} in a fresh project`);

  // 3. Type-check the consumer.
  const tsc = run(TSC, ['-p', join(consumer, 'tsconfig.json')], consumer);
  if (tsc.status !== 0) fail('the consumer type-checks against the installed package (tsc, strict)', tsc.out.replaceAll(consumer, '<consumer>'));
  else ok('the consumer type-checks against the installed package: tag map, events, feed types, ./element; every @ts-expect-error is an error');

  // 4. Resolve the subpath exports in Node, as a bundler or a tool would.
  const probe = `
    const resolved = {};
    for (const spec of ['participation-calendar', 'participation-calendar/element', 'participation-calendar/schema',
                        'participation-calendar/custom-elements.json', 'participation-calendar/package.json',
                        'participation-calendar/themes/dark.css']) {
      resolved[spec] = import.meta.resolve(spec);
    }
    const { default: schema } = await import('participation-calendar/schema', { with: { type: 'json' } });
    const { default: manifest } = await import('participation-calendar/custom-elements.json', { with: { type: 'json' } });
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'participation-calendar');
    console.log(JSON.stringify({ resolved, schema: { $schema: schema.$schema, keys: Object.keys(schema) }, element: element && element.attributes.map((a) => a.name) }));
  `;
  const node = run(process.execPath, ['--no-warnings', '--input-type=module', '-e', probe], consumer);
  if (node.status !== 0) {
    fail('participation-calendar/schema and the other subpaths resolve in Node', node.out);
  } else {
    const { resolved, schema, element } = JSON.parse(node.stdout.trim().split('\n').pop());
    const absent = Object.entries(resolved).filter(([, url]) => !existsSync(fileURLToPath(url)));
    if (absent.length) fail('every subpath export resolves to a file', absent.map(([spec, url]) => `${spec} -> ${url}`).join('\n'));
    else ok(`every subpath export resolves to a file (${Object.keys(resolved).join(', ')})`);
    const describesSomething = ['type', 'oneOf', 'anyOf', 'allOf', '$ref', 'properties'].some((k) => schema.keys.includes(k));
    if (!schema.$schema?.includes('json-schema.org') || !describesSomething) {
      fail('participation-calendar/schema is a JSON Schema', JSON.stringify(schema));
    } else ok(`import('participation-calendar/schema') is valid JSON and a JSON Schema (${schema.$schema})`);
    if (!element?.length) fail('the shipped custom-elements.json describes <participation-calendar>');
    else ok(`the shipped custom-elements.json describes <participation-calendar> (attributes: ${element.join(', ')})`);
  }
} catch (error) {
  fail('test-package', error.message);
} finally {
  if (keep) console.log(`(kept ${tmp})`);
  else rmSync(tmp, { recursive: true, force: true });
}

const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
console.log(failures ? `test-package: the packed package has problems (${took})` : `test-package: the packed package installs, type-checks and resolves (${took})`);
// The same closing line as the end-to-end checks and test-stories, for scripts/run-tests.mjs.
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
