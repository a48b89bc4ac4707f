import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { feedHandlers } from '../stories/support/feeds.ts';

const preview: Preview = {
  // Starts msw's service worker once (mswLoader resets its handlers per story); the
  // feeds of every story are added fresh before each render (see stories/support/feeds.ts).
  loaders: [mswLoader()],
  beforeEach({ msw }) {
    msw.use(...feedHandlers());
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    a11y: {
      // The same rule set as the element tests and `npm run test:stories`: WCAG 2.0–2.2 A and AA.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      context: 'participation-calendar',
      test: 'error',
    },
  },
};

export default preview;
