import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { calendarIn, calendarMeta, shadowElement, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY, TAKE_PART_DAY, WORKSHOP_DAY } from './support/feeds.ts';

export default { title: 'Calendar/Take part', ...calendarMeta({ date: TAKE_PART_DAY, lang: 'de' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

/** "Jetzt mitmachen": phases open today, soonest to close first, and the subscription box below. */
export const TakePartNow: Story = { name: 'Take part now and subscribe', args: { src: FEEDS.takePart } };

export const TakePartNowEnglish: Story = { name: 'Take part now and subscribe (English)', args: { src: FEEDS.takePart, lang: 'en' } };

/** A registration deadline with the days left, in the list. */
export const Deadlines: Story = { name: 'Registration deadline (list)', args: { src: FEEDS.takePart, view: 'list', date: WORKSHOP_DAY } };

/** The details of an event with "In meinen Kalender" and its deadline. */
export const AddToCalendar: Story = {
  name: 'Add to my calendar (details)',
  args: { src: FEEDS.takePart, view: 'list', date: WORKSHOP_DAY },
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    (await shadowElement(el, '[data-event-id="tp-werkstatt"]')).click();
    await shadowElement(el, '[part~="add-to-calendar"]');
  },
};

/** An iCalendar feed exported by Google Calendar, read like a JSON feed. */
export const GoogleCalendarFeed: Story = { name: 'iCalendar feed (Google Calendar)', args: { src: FEEDS.googleIcs, date: SHOWN_DAY } };

/** An Outlook/Exchange export with Windows time zone names and a moved occurrence. */
export const OutlookFeed: Story = { name: 'iCalendar feed (Outlook, list)', args: { src: FEEDS.outlookIcs, date: SHOWN_DAY, view: 'list' } };
