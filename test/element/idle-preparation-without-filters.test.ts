import { expect } from '@open-wc/testing';

// Its own file: no other test's calendar has fetched the filter code in this page.
// As on a city page, the calendar is in the document before the script runs.
const feed = JSON.stringify([{ id: '1', title: 'Bürgerforum', start: '2026-11-10T18:00:00+01:00' }]);
const calendar = document.createElement('participation-calendar');
calendar.setAttribute('filters', 'none');
calendar.setAttribute('running', 'none');
calendar.setAttribute('src', `/feeds/echo?${new URLSearchParams({ body: feed })}`);
const loaded = new Promise((resolve) => calendar.addEventListener('load', resolve, { once: true }));
document.body.append(calendar);
await import('./helpers.js');

const filterCode = () => performance.getEntriesByType('resource').some((entry) => /\/features\/panels\.[jt]s/.test(entry.name));
// WebKit has no requestIdleCallback (define.ts then waits 200 ms): wait for either.
const idle = () => new Promise<void>((resolve) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 400));

describe('the script, once the page is idle, where every calendar shows no filters and no strip', () => {
  it('does not fetch the filter code', async () => {
    await loaded;
    await idle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await idle();
    expect(calendar.shadowRoot!.querySelector('[part~="filters"], [part~="running"]'), 'a panel or strip is shown').to.equal(null);
    expect(filterCode(), 'the filter code was fetched').to.equal(false);
  });
});
