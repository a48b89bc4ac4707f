// Storybook for participation-calendar, set up by hand (see /work/shared/toolchain-notes.md:
// `storybook init` and `upgrade` try to download packages this machine cannot reach).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // msw is wired in preview.ts (mswLoader); it needs no manager addon.
  addons: ['@storybook/addon-a11y'],
  // Serves public/mockServiceWorker.js at /mockServiceWorker.js: msw's worker only
  // intercepts requests within its own scope, so it must sit at the site root.
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Without pre-bundling, `storybook dev` loads Lit twice ("Multiple versions of
      // Lit loaded"): the framework imports lit/directive-helpers.js unbundled.
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js', 'lit/decorators.js', '@lit/task'] },
      // Storybook's own preview and axe-core are large by nature; the widget's budget is checked elsewhere.
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
