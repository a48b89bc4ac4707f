// The browsers the tests run in: Chromium, Firefox and WebKit (the engine under
// Safari), from the system's packages. Browsers cannot be downloaded by npm on the
// machines we build on (Playwright's and puppeteer's downloads fail), so each is
// looked for in the environment variable, then at the usual paths; as root on
// Debian/Ubuntu the missing Debian packages are installed; otherwise the error
// names the package to install.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

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

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

const MINIBROWSER_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'];

/** What each engine needs: the executables, where to look, and the Debian packages that bring them. */
const NEEDS = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    packages: ['chromium'],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    packages: ['firefox-esr'],
  },
  webkit: {
    env: 'WEBKIT_MINIBROWSER',
    // The MiniBrowser of WebKitGTK (libwebkit2gtk-4.1-0), driven by WebKitWebDriver; German
    // hyphenation (hyphen-de) so that long words break as they do in Safari.
    paths: MINIBROWSER_DIRS.flatMap((dir) => [`${dir}/webkit2gtk-4.1/MiniBrowser`, `${dir}/webkit2gtk-4.0/MiniBrowser`]),
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth', 'xdotool', 'hyphen-de'],
    extra: () => ({ driver: which('WebKitWebDriver', 'WEBKIT_DRIVER'), xvfbRun: which('xvfb-run'), xdotool: which('xdotool') }),
  },
};

function which(name, envName) {
  const fromEnv = envName && process.env[envName];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return (process.env.PATH ?? '/usr/bin').split(':').map((dir) => `${dir}/${name}`).find((path) => existsSync(path));
}

function lookup(engine) {
  const need = NEEDS[engine];
  const fromEnv = process.env[need.env];
  if (fromEnv && !existsSync(fromEnv)) console.warn(`${need.env} is set to ${fromEnv}, but no file is there; trying the usual paths.`);
  const path = fromEnv && existsSync(fromEnv) ? fromEnv : need.paths.find((p) => existsSync(p));
  const extra = need.extra?.() ?? {};
  return path && Object.values(extra).every(Boolean) ? { engine, path, ...extra } : null;
}

const isRootOnDebian = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

/**
 * The engine's executables, or null. With `install`, as root on Debian/Ubuntu,
 * missing Debian packages are installed first (once per process).
 * @returns {{ engine: string, path: string, driver?: string, xvfbRun?: string } | null}
 */
export function findBrowser(engine, { install = false } = {}) {
  let found = lookup(engine);
  if (found || !install || !isRootOnDebian()) return found;
  const packages = NEEDS[engine].packages;
  console.log(`No ${engine} found; installing Debian's ${packages.join(', ')} (apt-get) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  found = lookup(engine);
  return found;
}

/** What to tell a contributor whose machine lacks an engine. */
export function installHint(engine) {
  const need = NEEDS[engine];
  return `No ${engine} for the tests: install it (Debian/Ubuntu: \`sudo apt-get install ${need.packages.join(' ')}\`) or set ${need.env} to its executable` +
    (engine === 'webkit' ? ' (and WEBKIT_DRIVER to WebKitWebDriver)' : '') +
    '; to test without it, choose the other engines: `npm test -- --engines chromium,firefox`.';
}

/** Kept for scripts that only ever use Chromium (bench, screenshots). */
export function findChromium({ install = true } = {}) {
  return findBrowser('chromium', { install })?.path;
}

/** Versions, for the summary line ("Chromium 156.0…, Firefox 153.8esr, WebKitGTK 2.50"). */
export function browserVersion(found) {
  try {
    if (found.engine === 'webkit') {
      const dir = found.path.replace(/\/webkit2gtk-[\d.]+\/MiniBrowser$/, '');
      const lib = readdirSync(dir).find((f) => /^libwebkit2gtk-4\.[01]\.so\.\d+\.\d+\.\d+$/.test(f));
      const pkg = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).trim();
      return `WebKitGTK ${pkg || lib}`;
    }
    return execFileSync(found.path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return found.engine;
  }
}

/**
 * Gives the browser windows on the X display the input focus. Under Xvfb there is
 * no window manager to do it, and a WebKit window without focus applies neither
 * :focus nor :focus-visible (document.hasFocus() is false): focus rings could not
 * be tested. A no-op without a display or xdotool.
 */
export function focusBrowserWindows() {
  if (!process.env.DISPLAY) return;
  const xdotool = which('xdotool');
  if (!xdotool) return;
  let ids = [];
  try {
    ids = execFileSync(xdotool, ['search', '--onlyvisible', '--name', ''], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    return;
  }
  for (const id of ids) {
    try {
      execFileSync(xdotool, ['windowfocus', id], { stdio: 'ignore' });
    } catch {
      // A window that cannot take focus (not a top-level one): the next may.
    }
  }
}
