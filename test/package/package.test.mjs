// Proves the package works for a project that installs it (`npm test -- --only package`):
//  1. `npm pack` the current build (run `npm run build` first) into a temp dir and check
//     the tarball holds every file package.json's `exports`, `types` and `files` promise;
//  2. copy test/package-consumer/ next to it, point its dependency at the tarball and
//     `npm install` it (offline-friendly: lit & co. come from npm's cache when they can);
//  3. type-check the consumer with the repo's TypeScript (strict, moduleResolution
//     bundler, the package's .d.ts files included): the element's tag, events and feed
//     types resolve, and the @ts-expect-error lines prove wrong types are rejected;
//  4. in Node, resolve `participation-calendar/schema` (valid JSON Schema), the manifest
//     and the other subpath exports.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONSUMER = join(ROOT, 'test/package-consumer');
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

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

describe('the packed package', () => {
  let tmp, tarball, filename, packed, consumer, probe;

  before(() => {
    const missingBuild = ['dist/participation-calendar.js', 'dist/types/index.d.ts', 'custom-elements.json'].filter((f) => !existsSync(join(ROOT, f)));
    assert.deepEqual(missingBuild, [], 'missing build output: run `npm run build` first');
    tmp = mkdtempSync(join(tmpdir(), 'pc-package-'));
  });
  after(() => tmp && rmSync(tmp, { recursive: true, force: true }));

  test('npm pack makes a tarball', () => {
    const pack = run('npm', ['pack', '--json', '--pack-destination', tmp], ROOT);
    assert.equal(pack.status, 0, `npm pack failed:\n${pack.out}`);
    const [result] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
    filename = result.filename;
    tarball = join(tmp, filename);
    packed = new Set(result.files.map((f) => f.path));
  });

  test('the tarball holds every file of exports, types, customElements, bin and files', () => {
    assert.ok(packed, 'no tarball');
    const promised = [
      ...exportTargets(pkg.exports).filter(([, target]) => !target.includes('*')).map(([subpath, target]) => [`exports["${subpath}"]`, target]),
      ['types', pkg.types],
      ['customElements', pkg.customElements],
      ...Object.values(typeof pkg.bin === 'string' ? { bin: pkg.bin } : (pkg.bin ?? {})).map((target) => ['bin', target]),
      ...(pkg.files ?? []).filter((f) => !f.includes('*')).map((f) => ['files', f]),
    ];
    const missing = promised.filter(([, target]) => {
      const path = target.replace(/^\.\//, '');
      return !packed.has(path) && ![...packed].some((p) => p.startsWith(`${path}/`));
    });
    assert.deepEqual(missing.map(([field, target]) => `${field}: ${target}`), [], 'promised by package.json but not in the tarball');
    assert.ok([...packed].some((p) => p.startsWith('themes/') && p.endsWith('.css')), 'themes/*.css are in the tarball');
    // The README sends editors to the configurator in their copy of dist/.
    for (const file of ['dist/configurator.html', 'dist/configurator.js', 'dist/configurator.css']) assert.ok(packed.has(file), `${file} is in the tarball`);
  });

  test('a fresh project installs the tarball', () => {
    assert.ok(tarball, 'no tarball');
    consumer = join(tmp, 'consumer');
    cpSync(CONSUMER, consumer, { recursive: true, filter: (src) => !src.includes('node_modules') });
    const consumerPkgPath = join(consumer, 'package.json');
    writeFileSync(consumerPkgPath, readFileSync(consumerPkgPath, 'utf8').replace('PACKAGE_TARBALL', tarball));
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock'], consumer);
    assert.equal(install.status, 0, `npm install of the tarball failed:\n${install.out}`);
  });

  test('the consumer type-checks against the installed package (tag map, events, feed types, ./element; every @ts-expect-error is an error)', () => {
    assert.ok(consumer, 'not installed');
    const tsc = run(TSC, ['-p', join(consumer, 'tsconfig.json')], consumer);
    assert.equal(tsc.status, 0, tsc.out.replaceAll(consumer, '<consumer>'));
  });

  describe('in Node, as a bundler or a tool resolves it', () => {
    before(() => {
      assert.ok(consumer, 'not installed');
      const code = `
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
      const node = run(process.execPath, ['--no-warnings', '--input-type=module', '-e', code], consumer);
      assert.equal(node.status, 0, node.out);
      probe = JSON.parse(node.stdout.trim().split('\n').pop());
    });

    test('every subpath export resolves to a file', () => {
      const absent = Object.entries(probe.resolved).filter(([, url]) => !existsSync(fileURLToPath(url)));
      assert.deepEqual(absent.map(([spec, url]) => `${spec} -> ${url}`), []);
    });

    test("import('participation-calendar/schema') is a JSON Schema", () => {
      const { schema } = probe;
      assert.ok(schema.$schema?.includes('json-schema.org'), JSON.stringify(schema));
      assert.ok(['type', 'oneOf', 'anyOf', 'allOf', '$ref', 'properties'].some((k) => schema.keys.includes(k)), JSON.stringify(schema));
    });

    test('the shipped custom-elements.json describes <participation-calendar>', () => {
      assert.ok(probe.element?.length, 'no attributes for participation-calendar');
    });
  });
});
