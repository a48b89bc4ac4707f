// The feed loader against the test server's real HTTP fixtures (test/server/feed-fixtures.mjs).
import { expect } from '@open-wc/testing';
import { FeedError, type FeedErrorKind } from '../../../src/data/load/feed-error.js';
import {
  fetchFeedText, isCalendarBody, parseJsonBody, parseJsonBodyInSlices, type FetchFeedOptions,
} from '../../../src/data/load/feed.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { timeSlicer } from '../../../src/data/slicer.js';

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    const value = await promise;
    throw new Error(`expected a FeedError, but the feed loaded: ${JSON.stringify(value)}`);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return error;
  }
}
/** A JSON feed's answer, loaded and parsed. */
async function loadJson(url: string, options: FetchFeedOptions = {}): Promise<unknown> {
  const body = await fetchFeedText(url, options);
  return parseJsonBody(body.text, body.contentType, body.url);
}
async function expectKind(load: string | Promise<unknown>, kind: FeedErrorKind, options = {}): Promise<FeedError> {
  const error = await failure(typeof load === 'string' ? loadJson(load, options) : load);
  expect(error.kind, `${typeof load === 'string' ? load : 'load'}: ${error.message}`).to.equal(kind);
  return error;
}
const echo = (body: string, params: Record<string, string> = {}) => `/feeds/echo?${new URLSearchParams({ body, ...params })}`;

describe('fetchFeedText, then parseJsonBody', () => {
  it('returns the parsed JSON of a good feed', async () => {
    const feed = [{ id: 1, title: 'Bürgerforum', start: '2026-11-03' }];
    expect(await loadJson(echo(JSON.stringify(feed)))).to.deep.equal(feed);
  });

  it('accepts JSON served with another content type, and a leading BOM', async () => {
    expect(await loadJson(echo('\uFEFF  {"events": []}', { type: 'text/plain' }))).to.deep.equal({ events: [] });
  });

  it('sends only a CORS-safelisted Accept (JSON, or iCalendar), as a simple GET (no CORS preflight)', async () => {
    const answer = await loadJson('/feeds/request-headers') as { method: string; headers: Record<string, string> };
    expect(answer.method).to.equal('GET');
    expect(answer.headers.accept).to.equal('application/json, text/calendar;q=0.9');
    expect(answer.headers).not.to.have.property('content-type');
  });

  it('parses a big feed in slices, the slicing parser fetched while the rest of the feed still arrives', async () => {
    performance.setResourceTimingBufferSize(1000);
    const url = new URL('/feeds/big-slow?wait=500', location.href).href;
    const slicer = timeSlicer(8);
    const feed = await parseJsonBodyInSlices(await fetchFeedText(url, { slicer }), slicer) as { timezone: string; events: { id: string; title: string; description: string }[] };
    expect(feed.timezone).to.equal('Europe/Berlin');
    expect(feed.events.map((e) => e.id)).to.deep.equal(Array.from({ length: 3000 }, (_, i) => `e${i}`));
    expect(feed.events[2999].title).to.equal('Bürgerforum 2999');
    expect(new Set(feed.events.map((e) => e.description))).to.deep.equal(new Set(['Wir möchten mit Ihnen sprechen. '.repeat(4)]));
    const [answer] = performance.getEntriesByName(url) as PerformanceResourceTiming[];
    const parser = performance.getEntriesByType('resource').find((entry) => /\/json-slices\.[jt]s/.test(entry.name));
    expect(parser, 'the slicing parser was fetched').to.exist;
    expect(parser!.startTime, 'the parser requested before the last 200 ms of the answer').to.be.below(answer.responseEnd - 200);
  });

  it('resolves a relative URL against baseUrl', async () => {
    expect(await loadJson('echo?body=%5B1%5D', { baseUrl: `${location.origin}/feeds/index.html` })).to.deep.equal([1]);
  });

  it("reports a server error as 'http' with its status", async () => {
    const error = await expectKind('/feeds/status-500', 'http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('HTTP 500');
  });

  it("reports a missing feed as 'http' 404, even though the 404 page is HTML", async () => {
    expect((await expectKind('/feeds/status-404', 'http')).status).to.equal(404);
  });

  it("reports an HTML page served with status 200 as 'html'", async () => {
    await expectKind('/feeds/html-page', 'html');
  });

  it("reports HTML served as JSON as 'html' (body starts with <)", async () => {
    await expectKind(echo('\uFEFF \n<!doctype html><p>Login</p>'), 'html');
  });

  it("reports broken JSON as 'not-json'", async () => {
    const error = await expectKind('/feeds/not-json', 'not-json');
    expect(error.message).to.contain('not valid JSON');
  });

  it('loads a wrong-shaped feed, which validation then rejects as shape', async () => {
    const json = await loadJson('/feeds/wrong-shape');
    expect(() => parseFeed(json)).to.throw(FeedError, /found an object with the keys data/);
  });

  it("reports a dropped connection as 'network'", async () => {
    await expectKind('/feeds/drop', 'network');
  });

  it("reports a cross-origin feed without CORS headers as 'network'", async () => {
    const otherOrigin = `${location.protocol}//127.0.0.1:${location.port}/feeds/echo?body=%5B%5D`;
    if (location.hostname === '127.0.0.1') return; // the trick needs a second name for the same server
    await expectKind(otherOrigin, 'network');
  });

  it("gives up on a hanging server after timeoutMs with 'timeout'", async () => {
    const t0 = performance.now();
    const error = await expectKind('/feeds/hang', 'timeout', { timeoutMs: 300 });
    expect(performance.now() - t0, 'ms until giving up').to.be.within(250, 3000);
    expect(error.message).to.contain('300 ms');
  });

  it("reports the caller's abort as 'aborted', not as a timeout or network error", async () => {
    const controller = new AbortController();
    const pending = loadJson('/feeds/hang', { signal: controller.signal, timeoutMs: 5000 });
    setTimeout(() => controller.abort(), 50);
    await expectKind(pending, 'aborted');
  });

  it("rejects with 'aborted' at once when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expectKind('/feeds/echo', 'aborted', { signal: controller.signal });
  });

  it('asks the fetch it is given instead of the global one (the CLI passes Node\'s)', async () => {
    const asked: string[] = [];
    const body = await fetchFeedText('https://feeds.example/termine.json', {
      fetch: async (input) => {
        asked.push(String(input));
        return new Response('[1]', { headers: { 'content-type': 'application/json' } });
      },
    });
    expect(asked).to.deep.equal(['https://feeds.example/termine.json']);
    expect(body).to.deep.equal({ text: '[1]', contentType: 'application/json', url: 'https://feeds.example/termine.json' });
  });

  it('is a FeedError with name, kind and an English message', async () => {
    const error = await expectKind('/feeds/status-500', 'http');
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('FeedError');
  });
});

describe('isCalendarBody', () => {
  const body = (text: string, contentType = '', url = 'https://example.org/feed') => ({ text, contentType, url });
  it('tells iCalendar by its content type, a .ics address, or its first line in any case', () => {
    expect(isCalendarBody(body('', 'text/calendar; charset=utf-8'))).to.equal(true);
    expect(isCalendarBody(body('', '', 'https://example.org/termine.ics?v=2'))).to.equal(true);
    expect(isCalendarBody(body('\uFEFF\r\nBEGIN:VCALENDAR\r\n'))).to.equal(true);
    expect(isCalendarBody(body('begin:vcalendar\r\n'))).to.equal(true);
    expect(isCalendarBody(body('{"events": []}', 'application/json'))).to.equal(false);
  });
});

describe('parseJsonBody', () => {
  it('tells an HTML content type apart from broken JSON', () => {
    expect(() => parseJsonBody('{}', 'text/html; charset=utf-8')).to.throw(FeedError, /HTML page/);
    expect(() => parseJsonBody('{"a": ', 'application/json')).to.throw(FeedError, /not valid JSON/);
    expect(parseJsonBody(' [1] ', 'application/json')).to.deep.equal([1]);
  });
});
