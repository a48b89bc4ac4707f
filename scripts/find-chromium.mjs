#!/usr/bin/env node
// Finds a Chromium for the browser tests and prints its path. Browsers cannot be
// downloaded on the machines we build on, so we use the system's package:
// CHROME_PATH first, then the usual install paths; as root on Debian/Ubuntu we
// install the `chromium` package ourselves, otherwise we say what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * Flags every headless Chromium of ours starts with: as root it needs
 * --no-sandbox; /dev/shm is small in containers; and on a closed network the
 * background services (updates, sync, first-run) only produce failed requests.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function found() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH is set to ${fromEnv}, but no file is there; trying the usual paths.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function isRootOnDebian() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function findChromium({ install = true } = {}) {
  let path = found();
  if (path || !install) return path;
  if (isRootOnDebian()) {
    console.log('No Chromium found; installing Debian\'s "chromium" package (apt-get) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    path = found();
  }
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = findChromium();
  if (!path) {
    console.error(
      'No Chromium or Chrome found for the browser tests.\n' +
        'Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  console.log(`Chromium for tests: ${path}`);
}
