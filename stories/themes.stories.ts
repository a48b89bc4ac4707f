import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { calendarMeta, type CalendarArgs } from './support/calendar.ts';
import { FEEDS, SHOWN_DAY } from './support/feeds.ts';
import defaultTheme from '../themes/default.css?inline';
import darkTheme from '../themes/dark.css?inline';
import cityTheme from '../themes/city.css?inline';

export default { title: 'Calendar/Themes', ...calendarMeta({ src: FEEDS.sample, date: SHOWN_DAY, lang: 'de' }) } satisfies Meta<CalendarArgs>;

type Story = StoryObj<CalendarArgs>;

/**
 * Puts a theme file on the page as a city would (a plain stylesheet) around a page
 * background of that theme; the <style> goes away with the story.
 */
function withTheme(css: string, pageBackground: string): Decorator<CalendarArgs> {
  return (story) => {
    const style = document.createElement('style');
    style.textContent = css;
    return html`${style}<div style="background: ${pageBackground}; padding: 1rem">${story()}</div>`;
  };
}

/** themes/default.css: the built-in colours written out. */
export const Default: Story = { decorators: [withTheme(defaultTheme, '#ffffff')] };

/** themes/dark.css on a dark page. */
export const Dark: Story = { decorators: [withTheme(darkTheme, '#0e1013')] };

/** themes/city.css: a municipal red, square corners. */
export const City: Story = { decorators: [withTheme(cityTheme, '#ffffff')] };

/** No theme file: `theme="dark"` switches to the built-in dark palette. */
export const DarkAttribute: Story = {
  name: 'theme="dark" (built-in)',
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0e1013; padding: 1rem">${story()}</div>`],
};
