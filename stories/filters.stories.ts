import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { calendarIn, calendarMeta, shadowElement, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';

export default { title: 'Calendar/Filters', ...calendarMeta({ src: FEEDS.sample, date: SHOWN_DAY, lang: 'de' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

const width = (px: number) => (story: () => unknown) => html`<div style="max-width: ${px}px">${story()}</div>`;

/** Wide enough for the side panel: groups of more than five options start folded. */
export const SidePanel: Story = { name: 'Side panel (1280 px)', decorators: [width(1280)] };

/** Presets by attribute: the chips name them; options that would show nothing are disabled. */
export const Presets: Story = {
  args: { formats: 'online', districts: 'Innenstadt' },
  decorators: [width(1280)],
  play: async ({ canvasElement }) => {
    await shadowElement(calendarIn(canvasElement), '[part~="chips"]');
  },
};

/** Below the side-panel width the filters open as a dialog that ends with "N Ergebnisse anzeigen". */
export const Dialog: Story = {
  name: 'Dialog (768 px)',
  decorators: [width(768)],
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    (await shadowElement(el, '[part~="filter-toggle"]')).click();
    const show = await shadowElement(el, '[part~="show-results"]');
    await expect(show.textContent).toMatch(/\d+ Ergebnis/);
  },
};

/**
 * A calendar of two sources: the group "Quelle" lists them in the feed's order with counts,
 * each name beside the colour the editor gave it (`--pc-source-1`, `--pc-source-2`).
 */
export const Sources: Story = {
  name: 'Sources with colour tokens',
  args: { src: FEEDS.twoSources },
  decorators: [
    width(1280),
    (story) => html`<div style="--pc-source-1: #8a1c3c; --pc-source-2: #0b6e4f">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    await shadowElement(calendarIn(canvasElement), '[part~="filters"] fieldset');
  },
};

/** A date typed that is no day stays as typed and is marked, in the widget's language. */
export const InvalidDate: Story = {
  name: 'Date typed that is no day',
  decorators: [width(1280)],
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    await shadowElement(el, '[part~="filters"]');
    // Narrower than the side panel (a small Storybook canvas): the filters are behind their button.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filter-toggle"]')?.click();
    const from = (await shadowElement(el, '#filter-from')) as HTMLInputElement;
    from.value = '31.02.2026';
    from.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await shadowElement(el, '#filter-from[aria-invalid="true"]');
  },
};
