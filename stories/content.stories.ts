import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { calendarMeta, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';

export default { title: 'Calendar/Content', ...calendarMeta({ date: SHOWN_DAY, lang: 'de' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

/** Titles, places and organisers far longer than a cell, with unbreakable German compounds. */
export const LongTexts: Story = { name: 'Very long titles and place names', args: { src: FEEDS.longTexts } };

export const LongTextsList: Story = { name: 'Very long titles and place names (list)', args: { src: FEEDS.longTexts, view: 'list' } };

/** A cancelled and a postponed event beside a scheduled one. */
export const CancelledAndPostponed: Story = { name: 'Cancelled and postponed', args: { src: FEEDS.cancelledAndPostponed } };

export const CancelledAndPostponedList: Story = {
  name: 'Cancelled and postponed (list)',
  args: { src: FEEDS.cancelledAndPostponed, view: 'list' },
};

/** A four-week online survey: a bar across the days it runs, continued row by row; once in the list. */
export const WeeksLongPhase: Story = { name: 'Weeks-long phase', args: { src: FEEDS.phase } };

export const WeeksLongPhaseList: Story = { name: 'Weeks-long phase (list)', args: { src: FEEDS.phase, view: 'list' } };
