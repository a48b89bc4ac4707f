import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { calendarMeta, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';

export default { title: 'Calendar/List view', ...calendarMeta({ src: FEEDS.sample, date: SHOWN_DAY, lang: 'de', view: 'list' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

/** The sample month as a list: phases that run on first ("bis 29. November"), then day by day. */
export const List: Story = {};

export const English: Story = { args: { lang: 'en' } };

export const Narrow375: Story = {
  name: 'Narrow screen (375 px)',
  decorators: [(story) => html`<div style="max-width: 375px">${story()}</div>`],
};
