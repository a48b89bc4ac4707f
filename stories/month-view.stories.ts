import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { calendarIn, calendarMeta, shadowElement, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';

export default { title: 'Calendar/Month view', ...calendarMeta({ src: FEEDS.sample, date: SHOWN_DAY, lang: 'de' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

/** The sample month: workshops, evenings, two participation phases, a cancelled and a postponed event. */
export const Month: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** 20 events on 18 November: the day folds into "+N weitere"; the play function expands it. */
export const CrowdedDay: Story = {
  args: { src: FEEDS.crowded },
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    const more = await shadowElement(el, '[part~="more"]');
    more.click();
    await expect(await shadowElement(el, '[part~="more"][aria-expanded="true"]')).toBeTruthy();
  },
};

/** A phone (375 px): the month turns into a compact grid with the chosen day's events below it. */
export const Narrow375: Story = {
  name: 'Narrow screen (375 px)',
  decorators: [(story) => html`<div style="max-width: 375px">${story()}</div>`],
};

/** Six phases open at once beside day events: four lanes of bars, the rest folded into "+N" per day. */
export const CrowdedPhases: Story = {
  name: 'Crowded week of phases',
  args: { src: FEEDS.crowdedPhases },
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    await shadowElement(el, '[part~="event"][part~="bar"]');
    await shadowElement(el, '[part~="more"]');
  },
};

/**
 * 640 px: too narrow for titles, so the compact month (dots, a band for phases) with the
 * chosen day's agenda below it, phases open that day included.
 */
export const Compact640: Story = {
  name: 'Compact month (640 px)',
  args: { src: FEEDS.phase, date: '2026-11-19' },
  decorators: [(story) => html`<div style="max-width: 640px">${story()}</div>`],
};
