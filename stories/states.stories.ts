import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { calendarIn, calendarMeta, shadowElement, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';

export default { title: 'Calendar/States', ...calendarMeta({ src: FEEDS.sample, date: SHOWN_DAY, lang: 'de' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

/** The feed never answers: the loading state (announced in a live region) stays. */
export const Loading: Story = {
  args: { src: FEEDS.slow, timeout: 600_000 },
  // For test/stories/stories.test.mjs: this story's final state is the loading state.
  tags: ['loading-state'],
};

/** The server answers 500: a message and "Erneut versuchen". The retry gets the feed. */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  args: { src: FEEDS.flaky },
  play: async ({ canvasElement }) => {
    await shadowElement(calendarIn(canvasElement), '[part~="state"][part~="error"]');
  },
};

/** The same, with the retry clicked: the month appears. */
export const ErrorRetried: Story = {
  name: 'Error, retried',
  args: { src: FEEDS.flaky },
  play: async ({ canvasElement }) => {
    const el = calendarIn(canvasElement);
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('load', (e) => resolve(e as CustomEvent), { once: true }));
    (await shadowElement(el, '[part~="retry"]')).click();
    await expect((await loaded).detail.count).toBeGreaterThan(0);
    await shadowElement(el, '[part~="event"]');
  },
};

/** Nothing in November: the widget says so and offers the next month with events. */
export const EmptyMonth: Story = {
  name: 'Empty month',
  args: { src: FEEDS.empty },
  play: async ({ canvasElement }) => {
    await shadowElement(calendarIn(canvasElement), '[part~="next-events"]');
  },
};

/** Three events of the feed are broken: the other two show, a notice under the calendar says three are missing and why. */
export const IncompleteFeed: Story = {
  name: 'Incomplete feed',
  args: { src: FEEDS.incomplete },
  play: async ({ canvasElement }) => {
    const notice = (await shadowElement(calendarIn(canvasElement), '[part~="incomplete"]')) as HTMLDetailsElement;
    notice.open = true;
    await expect(notice.querySelectorAll('li').length).toBe(3);
  },
};
