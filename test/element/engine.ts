/**
 * The engine a test runs in, and the one place that says which tests an engine's
 * driver cannot run and why (README: "Browsers"). A test that needs such tooling
 * calls `requires(this, 'media-emulation')`: in an engine without it the test is
 * skipped with the reason on the console, and counted as skipped in the summary
 * per engine (test/run.mjs), never passed silently.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = /\bFirefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

const LIMITS = {
  /** Emulating prefers-reduced-motion and prefers-color-scheme (web-test-runner's emulateMedia). */
  'media-emulation': {
    firefox: 'puppeteer emulates media features over CDP only, and Firefox is driven over WebDriver BiDi',
    webkit: 'WebDriver (WebKitWebDriver) has no media emulation',
  },
  /** A viewport narrower than ~450 px (the MiniBrowser's window has a minimum width). */
  'narrow-window': {
    webkit: "the MiniBrowser's window is at least 447 px wide; the end-to-end suite checks 320 px in WebKit inside an iframe",
  },
  /** Reading the accessibility tree the browser computes (roles, names, descriptions). */
  'a11y-tree': {
    firefox: 'puppeteer reads the accessibility tree over CDP only, and Firefox is driven over WebDriver BiDi',
    webkit: 'WebDriver (WebKitWebDriver) exposes no accessibility tree',
  },
  /** Emulating forced-colors (Windows high contrast). */
  'forced-colors': {
    firefox: 'no driver command emulates forced-colors in Firefox',
    webkit: 'WebDriver (WebKitWebDriver) has no media emulation',
  },
} satisfies Record<string, Partial<Record<Engine, string>>>;

export type Tooling = keyof typeof LIMITS;

export function requires(context: Mocha.Context, tooling: Tooling) {
  const reason = (LIMITS[tooling] as Partial<Record<Engine, string>>)[engine];
  if (!reason) return;
  console.info(`skipped in ${engine} (${tooling}): ${reason}`);
  context.skip();
}

/** The page's viewport, in every engine (WebKit: the window's inner size; its window is at least ~450 px wide). */
export async function setViewport(size: { width: number; height: number }) {
  await executeServerCommand('pc-viewport', size);
}

/** Emulates media features where the engine's driver can (see LIMITS); says whether it did. */
export async function emulateMedia(features: { 'prefers-reduced-motion'?: 'reduce' | 'no-preference'; 'prefers-color-scheme'?: 'light' | 'dark' }) {
  return (await executeServerCommand('pc-media', features)) === true;
}

/** Emulates forced colours (Windows high contrast) where the engine's driver can; says whether it did. */
export async function forcedColors(active: boolean) {
  return (await executeServerCommand('pc-forced-colors', { active })) === true;
}

/**
 * Real key events in every engine: `{ type: 'text' }`, or `{ press: 'Shift+PageDown' }`
 * (keys joined by +, held in order and released in reverse). Named keys as in
 * KeyboardEvent.key; the space bar is ' '.
 */
export async function sendKeys(keys: { type: string } | { press: string }) {
  await executeServerCommand('pc-keys', keys);
}

export interface AccessibleNode {
  role: string;
  name: string;
  description: string;
}

/**
 * The role, name and description the browser's accessibility tree gives each
 * element a selector finds (`>>>` pierces shadow roots:
 * `participation-calendar >>> [role="gridcell"]`). Chromium only: call
 * `requires(this, 'a11y-tree')` first.
 */
export async function accessibleNodes(selector: string): Promise<(AccessibleNode | null)[]> {
  return (await executeServerCommand('pc-a11y', { selector })) as (AccessibleNode | null)[];
}
