import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { calendarIn, calendarMeta, shadowElement, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';

export default { title: 'Calendar/Details', ...calendarMeta({ src: FEEDS.sample, date: SHOWN_DAY, lang: 'de' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

/** Opens an event as a reader would: by clicking it. */
async function openEvent(canvasElement: HTMLElement, selector: string) {
  const el = calendarIn(canvasElement);
  const event = await shadowElement(el, selector);
  event.click();
  const dialog = await shadowElement<HTMLDialogElement>(el, 'dialog[open]');
  await expect(dialog.querySelector('h2, h3, [id="details-title"]')?.textContent?.trim()).toBeTruthy();
  return dialog;
}

/** The details dialog of a hybrid workshop: time, place, online link, registration, accessibility. */
export const DetailsOpen: Story = {
  name: 'Details open',
  play: async ({ canvasElement }) => {
    await openEvent(canvasElement, '[part~="event"][data-event-id="buergerwerkstatt-gruenes-band-2026-11-07"]');
  },
};

/** A cancelled event's details say so first. */
export const CancelledDetails: Story = {
  name: 'Details of a cancelled event',
  play: async ({ canvasElement }) => {
    const dialog = await openEvent(canvasElement, '[part~="event"][part~="cancelled"]');
    await expect(dialog.querySelector('[part~="notice"]')).toBeTruthy();
  },
};

export const DetailsEnglish: Story = {
  name: 'Details open (English)',
  args: { lang: 'en' },
  play: DetailsOpen.play,
};
