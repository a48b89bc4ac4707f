import { expect } from '@open-wc/testing';
import { $, $$, echoUrl, expectAccessible, mount, nextEvent, text } from './helpers.js';
import type { ErrorDetail, LoadDetail } from '../../src/participation-calendar.js';
import { novemberEvents } from './feeds.js';

describe('loading', () => {
  it('shows and announces a polite loading state until the feed arrives', async () => {
    const el = await mount({ attrs: { src: '/feeds/hang', timeout: '5000' }, waitFor: 'none' });
    await el.updateComplete;
    expect(text($(el, '[part~="loading"]'))).to.equal('Termine werden geladen …');
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.equal('Termine werden geladen …');
    await expectAccessible(el);
  });

  it('loads a feed over HTTP and fires load with the number of events', async () => {
    const el = await mount({ attrs: { src: echoUrl({ timezone: 'Europe/Berlin', events: novemberEvents }), date: '2026-11-10' }, waitFor: 'none' });
    const event = await nextEvent<CustomEvent<LoadDetail>>(el, 'load');
    expect(event.detail.count).to.equal(novemberEvents.length);
    expect(event.detail.skipped).to.deep.equal([]);
    await el.updateComplete;
    expect($$(el, '[data-event-id="werkstatt"]').length).to.equal(1);
  });
});

describe('a feed with broken events', () => {
  const feed = [
    { id: 1, title: 'Bürgerforum', start: '2026-13-01' },
    { id: 2, title: 'Planungswerkstatt', start: '2026-11-10T18:00:00+01:00' },
    { title: 'Ohne Kennung', start: '2026-11-11' },
    { id: 4, title: 'Infoabend', start: '2026-11-12T19:00:00+01:00', url: 'javascript:alert(1)' },
  ];

  it('renders the good ones and reports the skipped ones in the load event', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', view: 'list' }, waitFor: 'none' });
    const loaded = nextEvent<CustomEvent<LoadDetail>>(el, 'load');
    el.events = feed as never;
    const { detail } = await loaded;
    expect(detail.count).to.equal(2);
    expect(detail.skipped.map((s) => s.reason)).to.deep.equal([
      "event 1 'Bürgerforum': start '2026-13-01' is not a date",
      detail.skipped[1].reason,
    ]);
    expect(detail.skipped[1].reason).to.match(/^event #3 'Ohne Kennung': .*id/);
    expect(detail.warnings.length).to.equal(1);
    await el.updateComplete;
    expect($$(el, '[part~="event"]').map((e) => e.dataset.eventId)).to.deep.equal(['2', '4']);
  });

  it('says under the calendar how many events could not be shown, the reasons behind a disclosure, axe-clean open', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', lang: 'de' }, events: feed as never, waitFor: 'load' });
    const notice = $<HTMLDetailsElement>(el, '[part~="incomplete"]')!;
    expect(text(notice.querySelector('summary'))).to.equal('2 Termine aus der Termindatei konnten nicht angezeigt werden.');
    expect(notice.open).to.equal(false);
    notice.querySelector('summary')!.click();
    expect(notice.open).to.equal(true);
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)[0]).to.equal("event 1 'Bürgerforum': start '2026-13-01' is not a date");
    await expectAccessible(el);
  });

  it('counts a series whose rule can never match as skipped, not as shown', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, waitFor: 'none' });
    const loaded = nextEvent<CustomEvent<LoadDetail>>(el, 'load');
    el.events = [
      { id: 'ok', title: 'Arbeitskreis', start: '2026-11-03T18:00:00+01:00', rrule: 'FREQ=WEEKLY;COUNT=3' },
      { id: 'never', title: 'Unmöglich', start: '2026-01-05T18:00:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=20' },
    ];
    const { detail } = await loaded;
    expect(detail.count).to.equal(1);
    expect(detail.skipped.map((s) => s.id)).to.deep.equal(['never']);
    await el.updateComplete;
    expect($$(el, '[data-event-id="ok"]').length).to.equal(3);
  });

  it('tells the feed maintainer on the console what was skipped and why', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await mount({ attrs: { src: echoUrl(feed) }, waitFor: 'load' });
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain("event 1 'Bürgerforum': start '2026-13-01' is not a date");
    expect(warnings.join('\n')).to.contain('skipped 2 of 4 events');
  });

  it('never renders feed text as HTML nor a javascript: link', async () => {
    const evil = [
      { id: 'x', title: '<img src=x onerror="window.__pwned=1">Forum', start: '2026-11-10T18:00:00+01:00', url: ' JaVaScRiPt:window.__pwned=2', onlineUrl: 'data:text/html,<script>1</script>', description: '<b>fett</b>' },
    ];
    const el = await mount({ attrs: { date: '2026-11-10', view: 'list' }, events: evil as never, waitFor: 'load' });
    $(el, '[data-event-id="x"]')!.click();
    await el.updateComplete;
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'b')).to.equal(null);
    expect(text($(el, '#details-title'))).to.equal('<img src=x onerror="window.__pwned=1">Forum');
    expect($$(el, 'a').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('a feed that cannot be used', () => {
  const cases: [string, string, string][] = [
    ['answers 500', '/feeds/status-500', 'Der Server hat einen Fehler gemeldet (Fehler 500).'],
    ['answers 404', '/feeds/status-404', 'Die Termindatei wurde nicht gefunden (Fehler 404).'],
    ['is an HTML page', '/feeds/html-page', 'Statt der Termine kam eine Webseite zurück.'],
    ['is not JSON', '/feeds/not-json', 'Die Termindatei ist beschädigt.'],
    ['has the wrong shape', '/feeds/wrong-shape', 'nicht das erwartete Format'],
    ['drops the connection', '/feeds/drop', 'Die Verbindung zum Server ist fehlgeschlagen.'],
  ];
  for (const [what, src, message] of cases) {
    it(`${what}: says so in words, offers a retry and fires error`, async () => {
      const el = await mount({ attrs: { src }, waitFor: 'none' });
      const event = await nextEvent<CustomEvent<ErrorDetail>>(el, 'error');
      await el.updateComplete;
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain(message);
      expect(event.detail.message).to.contain(message);
      expect(text(alert.querySelector('button'))).to.equal('Erneut versuchen');
    });
  }

  it('times out after the timeout and says the server did not answer', async () => {
    const el = await mount({ attrs: { src: '/feeds/hang', timeout: '300' }, waitFor: 'error' });
    expect(text($(el, '[role="alert"]'))).to.contain('Der Server hat nicht rechtzeitig geantwortet.');
  });

  it('speaks English when asked to', async () => {
    const el = await mount({ attrs: { src: '/feeds/status-500', lang: 'en' }, waitFor: 'error' });
    expect(text($(el, '[role="alert"]'))).to.equal(
      'The events could not be loaded: the server reported an error (error 500). Try again',
    );
  });

  it('loads the feed again on retry', async () => {
    const el = await mount({ attrs: { src: `/feeds/flaky?id=${Math.random()}` }, waitFor: 'error' });
    const loaded = nextEvent<CustomEvent<LoadDetail>>(el, 'load');
    $(el, '[part~="retry"]')!.click();
    expect((await loaded).detail.count).to.equal(1);
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('passes axe (WCAG 2.2 AA) in the error state', async () => {
    const el = await mount({ attrs: { src: '/feeds/status-500' }, waitFor: 'error' });
    await expectAccessible(el);
  });
});

describe('an empty month', () => {
  it('says so and points to the next month that has events', async () => {
    const el = await mount({
      attrs: { date: '2026-12-05' },
      events: [{ id: 1, title: 'Bürgerforum', start: '2027-02-09T18:00:00+01:00' }],
      waitFor: 'load',
    });
    expect(text($(el, '[part~="empty"] p'))).to.equal('Im Dezember 2026 gibt es keine Beteiligungstermine.');
    const next = $(el, '[part~="next-events"]')!;
    expect(text(next)).to.equal('Zu den Terminen im Februar 2027');
    await expectAccessible(el);
    next.click();
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Februar 2027');
    expect($$(el, '[data-event-id="1"]').length).to.equal(1);
  });

  it('says when nothing further is announced', async () => {
    const el = await mount({ attrs: { date: '2026-12-05', view: 'list' }, events: [], waitFor: 'load' });
    expect(text($(el, '[part~="empty"]'))).to.contain('Danach sind keine weiteren Termine angekündigt.');
    await expectAccessible(el);
  });
});

describe('an iCalendar feed', () => {
  it('is read like a JSON feed when src points at a .ics file (Google Calendar export)', async () => {
    const el = await mount({ attrs: { src: '/test/fixtures/ics/google-calendar.ics', view: 'list', date: '2026-11-01' }, waitFor: 'none' });
    const { detail } = await nextEvent<CustomEvent<LoadDetail>>(el, 'load');
    expect(detail.count).to.be.greaterThan(0);
    await el.updateComplete;
    expect($$(el, '[part~="event"]').length).to.be.greaterThan(0);
  });

  it('reports an unreadable VEVENT as skipped and shows the rest', async () => {
    const el = await mount({ attrs: { src: '/test/fixtures/ics/broken.ics' }, waitFor: 'none' });
    const { detail } = await nextEvent<CustomEvent<LoadDetail>>(el, 'load');
    expect(detail.skipped.map((s) => s.reason).join('\n')).to.match(/DTSTART is missing/);
    expect(detail.count).to.be.greaterThan(0);
  });

  it('says the file is damaged when a text/calendar answer is not iCalendar', async () => {
    const el = await mount({ attrs: { src: echoUrl('BEGIN:VCALENDAR\nthis is not iCalendar', { type: 'text/calendar' }) }, waitFor: 'error' });
    expect(text($(el, '[role="alert"]'))).to.contain('Die Termindatei ist beschädigt.');
  });
});
