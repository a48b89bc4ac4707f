import { expect, waitUntil } from '@open-wc/testing';
import './helpers.js';

// Its own file: no calendar in this page has asked for the filter code yet.
describe('the script, once the page is idle', () => {
  it('fetches the filter code every calendar shows by default, before any calendar asks for it', async () => {
    const filterCode = () => performance.getEntriesByType('resource').some((entry) => /\/features\/panels\.[jt]s/.test(entry.name));
    expect(document.querySelector('participation-calendar'), 'no calendar on the page').to.equal(null);
    await waitUntil(filterCode, 'the filter code fetched while idle', { timeout: 4000 });
  });
});
