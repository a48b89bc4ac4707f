// What every story of <participation-calendar> shares: controls derived from the custom
// elements manifest (so a new attribute in the element's JSDoc header shows up here by
// itself after `npm run analyze`), a render function that sets attributes as a web editor
// would, and small helpers for play functions that look into the shadow root.
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { waitFor } from 'storybook/test';
import manifest from '../../custom-elements.json';
import { defineParticipationCalendar, type ParticipationCalendar } from '../../src/index.ts';

// Called, not just imported: package.json's `sideEffects` lists only the built bundles,
// so a bare `import '…/src/index.ts'` would be tree-shaken out of the Storybook build.
defineParticipationCalendar();

export const TAG = 'participation-calendar';

export type CalendarArgs = Record<string, string | number | boolean | undefined>;

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Described {
  name: string;
  description?: string;
}
interface ManifestElement {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: (Described & { kind: string; attribute?: string; static?: boolean; privacy?: string; type?: { text: string } })[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const element = (manifest.modules as { declarations?: ManifestElement[] }[])
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === TAG);
if (!element) throw new Error(`custom-elements.json has no <${TAG}>: run \`npm run analyze\`.`);

export const attributes: ManifestAttribute[] = element.attributes ?? [];
const eventNames = (element.events ?? []).map((e) => e.name);

/** The choices an attribute takes, from its type (`'auto' | 'light'`) or its description ("`month` (default) or `list`"). */
function choices(attr: ManifestAttribute): string[] {
  const literals = [...(attr.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (literals.length >= 2) return literals;
  const description = attr.description ?? '';
  if (!description.startsWith('`')) return [];
  const beforeDefault = description.split(/\bDefault\b/)[0];
  const spans = [...beforeDefault.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]);
  return spans.length >= 2 ? [...new Set(spans)] : [];
}

function control(attr: ManifestAttribute): ArgTypes[string]['control'] {
  const type = (attr.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');
  if (type === 'number') return { type: 'number' };
  if (type === 'boolean') return { type: 'boolean' };
  const options = choices(attr);
  if (options.length) return { type: 'select' };
  return { type: 'text' };
}

/** Controls for every attribute, and the events, parts and custom properties for the docs table. */
export function argTypesFromManifest(): ArgTypes<CalendarArgs> {
  const argTypes: ArgTypes<CalendarArgs> = {};
  for (const attr of attributes) {
    const options = choices(attr);
    argTypes[attr.name] = {
      name: attr.name,
      description: attr.description,
      control: control(attr),
      ...(options.length ? { options } : {}),
      table: { category: 'attributes', type: { summary: attr.type?.text ?? 'string' } },
    };
  }
  for (const member of element!.members ?? []) {
    if (member.kind !== 'field' || member.static || member.attribute || (member.privacy ?? 'public') !== 'public') continue;
    argTypes[member.name] = {
      name: member.name,
      description: member.description,
      control: false,
      table: { category: 'properties', type: { summary: member.type?.text ?? '' } },
    };
  }
  const tableOnly = (items: Described[] | undefined, category: string) => {
    for (const item of items ?? []) {
      argTypes[`${category}:${item.name}`] = { name: item.name, description: item.description, control: false, table: { category } };
    }
  };
  tableOnly(element!.events, 'events');
  tableOnly(element!.cssParts, 'css parts');
  tableOnly(element!.cssProperties, 'css custom properties');
  return argTypes;
}

/** Creates the element with the story's attributes, reporting its events in the Actions panel. */
export function renderCalendar(args: CalendarArgs): ParticipationCalendar {
  const el = document.createElement(TAG);
  for (const { name } of attributes) {
    const value = args[name];
    if (value === undefined || value === '' || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const name of eventNames) el.addEventListener(name, (e) => action(name)((e as CustomEvent).detail));
  return el;
}

/**
 * What every story file's meta shares. Storybook reads `title` statically, so each file
 * writes `export default { title: '…', ...calendarMeta(args) }` itself.
 */
export function calendarMeta(args: CalendarArgs = {}): Omit<Meta<CalendarArgs>, 'title'> {
  return {
    component: TAG,
    render: renderCalendar,
    argTypes: argTypesFromManifest(),
    args,
  };
}

export function calendarIn(canvasElement: HTMLElement): ParticipationCalendar {
  const el = canvasElement.querySelector(TAG);
  if (!el) throw new Error(`The story rendered no <${TAG}>.`);
  return el;
}

/** Waits until the calendar's shadow root has an element matching `selector`, and returns it. */
export async function shadowElement<T extends Element = HTMLElement>(el: ParticipationCalendar, selector: string, timeout = 5000): Promise<T> {
  return waitFor(
    () => {
      const found = el.shadowRoot?.querySelector<T & Element>(selector);
      if (!found) throw new Error(`<${TAG}> shows no ${selector} yet.`);
      return found as T;
    },
    { timeout },
  );
}
