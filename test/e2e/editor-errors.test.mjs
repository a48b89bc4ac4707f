// What an editor sees when the calendar is installed wrongly, in every engine
// (PC_ENGINES): a copy of dist/ without chunks/ names the missing program file instead
// of blaming the feed's server, a page opened from the disk (file://) says it needs a
// web server, and so does the configurator opened that way.
//
//   node --test test/e2e/editor-errors.test.mjs      (needs a build: npm run build)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSampleFeed } from '../../demo/sample-feed.mjs';
import { send, startStaticServer } from '../../scripts/static-server.mjs';
import { ENGINES } from '../support/browsers.mjs';
import { launch } from '../support/drive.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const engines = (process.env.PC_ENGINES ?? 'chromium').split(',').filter((e) => ENGINES.includes(e));

const tmp = mkdtempSync(join(tmpdir(), 'pc-editor-errors-'));
/** A site whose editor copied dist/ without chunks/, and a folder opened from the disk. */
const SITE = join(tmp, 'site');
const DISK = join(tmp, 'disk');
const page = (script) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Termine</title><link rel="icon" href="data:,">${script}</head>
<body><participation-calendar src="feed.json" lang="de"><p><a href="https://www.musterstadt.example/termine">Alle Termine</a></p></participation-calendar></body></html>
`;

let server;
before(async () => {
  assert.ok(existsSync(join(DIST, 'participation-calendar.js')), 'dist/ is missing: run `npm run build` first');
  const feed = JSON.stringify(buildSampleFeed(new Date()));
  cpSync(DIST, join(SITE, 'dist'), { recursive: true, filter: (src) => !/[\\/](chunks|esm|types)$/.test(src) });
  writeFileSync(join(SITE, 'index.html'), page('<script type="module" src="dist/participation-calendar.js"></script>'));
  writeFileSync(join(SITE, 'feed.json'), feed);
  cpSync(DIST, join(DISK, 'dist'), { recursive: true, filter: (src) => !/[\\/](esm|types)$/.test(src) });
  writeFileSync(join(DISK, 'classic.html'), page('<script src="dist/participation-calendar.iife.js" defer></script>'));
  writeFileSync(join(DISK, 'feed.json'), feed);
  server = await startStaticServer({ folders: { '': SITE }, routes: { '/favicon.ico': (req, res) => send(res, 204, '') } });
});
after(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** In the page: the calendar's state message, if it shows one. */
const stateText = () => document.querySelector('participation-calendar')?.shadowRoot?.querySelector('[part~="state"] p')?.textContent.trim() ?? null;

describe('editor errors', () => {
  for (const engine of engines) {
    describe(engine, () => {
      let browser;
      before(async () => {
        browser = await launch(engine, { timeZone: 'Europe/Berlin' });
      });
      after(() => browser?.close());

      test(`[${engine}] dist/ copied without chunks/: the calendar names the missing program file, not the server`, async () => {
        const tab = await browser.newPage({ width: 1280, height: 900 });
        try {
          await tab.goto(`${server.origin}/index.html`);
          assert.ok(await tab.waitFor(() => {
            const text = document.querySelector('participation-calendar')?.shadowRoot?.querySelector('[part~="state"] p')?.textContent ?? '';
            return text && !text.includes('geladen …');
          }, undefined, 20_000), 'the calendar shows a message');
          const text = await tab.evaluate(stateText);
          // WebKit does not name the file in its import error: then "chunks/…".
          assert.match(text, new RegExp(`^Eine Programmdatei des Kalenders fehlt: (${server.origin}/dist/chunks/[\\w.-]+\\.js|chunks/…); kopieren Sie den ganzen Ordner dist/\\.$`));
        } finally {
          await tab.close();
        }
      });

      test(`[${engine}] a page opened from the disk (file://): the calendar says it needs a web server`, async () => {
        const tab = await browser.newPage({ width: 1280, height: 900 });
        try {
          await tab.goto(pathToFileURL(join(DISK, 'classic.html')).href);
          const said = await tab.waitFor(() => {
            const root = document.querySelector('participation-calendar')?.shadowRoot;
            const text = root?.querySelector('[part~="state"] p')?.textContent ?? '';
            return (text && !text.includes('geladen …')) || root?.querySelector('[part~="event"]');
          }, undefined, 20_000);
          assert.ok(said, 'the calendar shows something');
          const shown = await tab.evaluate(() => ({
            events: document.querySelector('participation-calendar').shadowRoot.querySelectorAll('[part~="event"]').length,
            text: document.querySelector('participation-calendar').shadowRoot.querySelector('[part~="state"] p')?.textContent.trim() ?? null,
          }));
          // Firefox lets a file read the files beside it: there the calendar simply works.
          if (engine === 'firefox' && shown.events > 0) return;
          assert.equal(shown.text, 'Der Kalender braucht einen Webserver: Diese Seite ist als Datei (file://) geöffnet.');
        } finally {
          await tab.close();
        }
      });

      test(`[${engine}] the configurator opened from the disk: it starts, or says that it needs a web server`, async () => {
        const tab = await browser.newPage({ width: 1280, height: 900 });
        try {
          await tab.goto(pathToFileURL(join(DISK, 'dist/configurator.html')).href);
          // Its message appears after two seconds unless the script has replaced it.
          await new Promise((resolve) => setTimeout(resolve, 2500));
          const shown = await tab.evaluate(() => ({
            started: Boolean(document.querySelector('#feed-url')),
            boot: (() => {
              const boot = document.querySelector('.boot');
              return boot && getComputedStyle(boot).visibility === 'visible' ? boot.textContent.replace(/\s+/g, ' ').trim() : null;
            })(),
          }));
          assert.ok(shown.started || shown.boot?.startsWith('Diese Seite startet nicht. Sie braucht JavaScript und muss über einen Webserver aufgerufen werden'), JSON.stringify(shown));
          // Chromium runs no module script from file://: there the message must show.
          if (engine === 'chromium') assert.ok(shown.boot, 'Chromium shows the message');
        } finally {
          await tab.close();
        }
      });
    });
  }
});
