import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { calendarIn, calendarMeta, shadowElement, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';

export default { title: 'Calendar/Who can take part', ...calendarMeta({ src: FEEDS.access, date: SHOWN_DAY, lang: 'de', view: 'list' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

async function openDetails(canvasElement: HTMLElement, id: string) {
  const el = calendarIn(canvasElement);
  (await shadowElement(el, `[part~="event"][data-event-id="${id}"]`)).click();
  const dialog = await shadowElement<HTMLDialogElement>(el, 'dialog[open]');
  await expect(dialog.querySelector('.access-facts')).toBeTruthy();
}

/** The list: each access fact a word with an icon, the languages by name. */
export const List: Story = {};

/** Details of a step-free hybrid workshop: the facts, the sign-language request counting down, the note. */
export const Details: Story = {
  name: 'Details with access facts',
  play: async ({ canvasElement }) => openDetails(canvasElement, 'access-werkstatt'),
};

/** A Turkish-language evening with childcare, in English: languages named in the widget's language. */
export const DetailsEnglish: Story = {
  name: 'Languages and audience (English)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => openDetails(canvasElement, 'access-tuerkisch'),
};

/** The widget in Leichte Sprache: its own texts, and the event's Leichte-Sprache description first. */
export const EasyGerman: Story = {
  name: 'Leichte Sprache (lang="de-x-ls")',
  args: { lang: 'de-x-ls' },
  play: async ({ canvasElement }) => openDetails(canvasElement, 'access-tuerkisch'),
};

/** The month in Leichte Sprache. */
export const EasyGermanMonth: Story = { name: 'Leichte Sprache, month', args: { lang: 'de-x-ls', view: 'month' } };

/** The filter group "Barrierefreiheit und Teilhabe", with "Auf Türkisch" chosen: every choice must hold. */
export const FilterGroup: Story = {
  name: 'Filter group, a language chosen',
  args: { view: 'month', access: 'tr' },
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    await shadowElement(el, '#filter-access-hint');
    await shadowElement(el, '[part~="chips"]');
  },
};
