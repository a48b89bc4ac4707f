import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import '../../src/index.js';
import type { ParticipationCalendar } from '../../src/participation-calendar.js';
import type { Feed, FeedInput } from '../../src/data/event.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

export interface MountOptions {
  attrs?: Record<string, string>;
  events?: FeedInput | Feed[];
  /** Width of the box the widget sits in (px). */
  width?: number;
  /** Resolve on this event instead of `load`/`error`. */
  waitFor?: 'load' | 'error' | 'none';
}

/** Mounts the widget as an editor would and waits until it reports its outcome. */
export async function mount(options: MountOptions = {}): Promise<ParticipationCalendar> {
  const box = document.createElement('div');
  box.style.width = `${options.width ?? 1100}px`;
  const el = document.createElement('participation-calendar');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  if (options.events) el.events = options.events;
  const outcome = new Promise<Event | null>((resolve, reject) => {
    if (options.waitFor === 'none') return resolve(null);
    const timer = setTimeout(() => reject(new Error('the widget fired neither load nor error within 8 s')), 8000);
    const done = (e: Event) => {
      clearTimeout(timer);
      resolve(e);
    };
    el.addEventListener('load', done, { once: true });
    el.addEventListener('error', done, { once: true });
  });
  box.append(el);
  document.body.append(box);
  mounted.push(box);
  const event = await outcome;
  if (options.waitFor && options.waitFor !== 'none') expect(event?.type, 'outcome event').to.equal(options.waitFor);
  await el.updateComplete;
  return el;
}

export function nextEvent<T = CustomEvent>(el: Element, type: string): Promise<T> {
  return new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as T), { once: true }));
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Text as a user would read it (line breaks count as spaces), whitespace collapsed. */
export const text = (node: Element | null) =>
  ((node as HTMLElement | null)?.innerText || node?.textContent || '').replace(/\s+/g, ' ').trim();

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

let axeLoaded: Promise<unknown> | undefined;

/** Runs axe-core with the WCAG 2.0–2.2 A and AA rules; fails listing every violation. */
export async function expectAccessible(el: Element) {
  axeLoaded ??= import('axe-core/axe.min.js' as string);
  await axeLoaded;
  // Let colour transitions (hover and pressed states) finish: axe must judge what stays on screen.
  await Promise.all((el.shadowRoot?.getAnimations() ?? []).filter((a) => !(a.effect?.getTiming().iterations === Infinity)).map((a) => a.finished));
  const results = await window.axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  const violations = results.violations
    .map((v) => (v.id === 'label-content-name-mismatch' ? { ...v, nodes: v.nodes.filter((n) => !isDayCell(n.html)) } : v))
    .filter((v) => v.nodes.length);
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n');
  expect(violations.length, `axe found violations:\n${report}`).to.equal(0);
}

/**
 * The one rule whose finding on a day cell is not a failure: WCAG 2.5.3 (label
 * in name) asks that a control's name contain its visible label. A day cell's
 * visible label is its day number, which its name ("Dienstag, 8. Dezember
 * 2026: 1 Termin") contains; axe takes all text inside the cell as its label,
 * the titles of the events in it too, which are controls with names of their
 * own. Naming the cell by all of them is what a screen-reader user must not
 * hear on every arrow key. Test: month-view.test.ts checks the cells' names.
 */
export const isDayCell = (html: string) => /^<div role="gridcell"/.test(html);

/** Serves a feed through the test server's echo route: a real HTTP response. */
export function echoUrl(body: unknown, { status = 200, type = 'application/json', wait = 0 } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `/feeds/echo?status=${status}&type=${encodeURIComponent(type)}${wait ? `&wait=${wait}` : ''}&body=${encodeURIComponent(text)}`;
}
