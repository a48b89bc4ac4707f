import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { calendarIn, calendarMeta, shadowElement, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';

/**
 * Several sources in one tag: the city's JSON feed and the youth council's
 * iCalendar feed (Google Calendar, times in UTC), each event naming its source
 * in the details; one source down.
 */
export default {
  title: 'Calendar/Several sources',
  ...calendarMeta({ src: `${FEEDS.city} ${FEEDS.youthCouncilIcs}`, date: SHOWN_DAY, lang: 'de' }),
} satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

/** Two sources merged: the skatepark evening both publish is shown once; the filter group "Quelle" lists both. */
export const TwoSourcesMerged: Story = {
  name: 'Two sources merged',
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    await shadowElement(el, '[data-event-id^="jr-sitzung"]');
    const chips = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].filter((c) => c.textContent?.includes('Skatepark'));
    await expect(chips.length).toBe(1);
  },
};

/** The same with the editor's colour tokens beside the sources in the filter group. */
export const SourceColours: Story = {
  name: 'Source facet with colour tokens',
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    el.style.setProperty('--pc-source-1', '#8a1c3c');
    el.style.setProperty('--pc-source-2', '#0b6e4f');
    await shadowElement(el, '[data-event-id^="jr-sitzung"]');
  },
};

/** The district councils' server is down: the others are shown, a notice under the calendar names the missing source with a retry of its own. */
export const OneSourceDown: Story = {
  name: 'One source down',
  args: { src: `${FEEDS.city} ${FEEDS.youthCouncilIcs} ${FEEDS.districtsDown}`, 'source-names': ', , Bezirksbeiräte' },
  play: async ({ canvasElement }) => {
    const notice = await shadowElement(calendarIn(canvasElement), '[part="sources"]');
    await expect(notice.textContent).toContain('Bezirksbeiräte');
  },
};
