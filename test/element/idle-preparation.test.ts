import { expect, waitUntil } from '@open-wc/testing';
import { filterFeatureIfLoaded } from '../../src/features/load-filters.js';
import { $, mount } from './helpers.js';

// Its own file: no earlier calendar in this page has loaded the filter code.
describe('a calendar created after the page went idle', () => {
  it('shows the filter panel in its very first render: its code was fetched while the page was idle', async () => {
    await waitUntil(() => filterFeatureIfLoaded() !== undefined, 'filter code fetched while idle', { timeout: 4000 });
    const el = await mount({ attrs: { src: '/feeds/hang', timeout: '5000' }, waitFor: 'none' });
    await el.updateComplete;
    expect($(el, '.state.loading'), 'still loading').to.exist;
    expect($(el, 'input[type="search"]'), 'search field in the first render').to.exist;
  });
});
