// The published JSON Schema and the FeedEvent type must describe the same format.
import { expect } from '@open-wc/testing';
import type { Feed, FeedEvent } from '../../../src/data/event.js';
import { parseFeed } from '../../../src/data/validate/validate.js';

type Schema = Record<string, unknown>;
// Our own fixture and the demo's generated November feed.
const FIXTURES = ['/test/fixtures/sample-feed.json', '/test/fixtures/sample-feed-2026-11.json'];

// Records typed by the interfaces: adding a property to FeedEvent without
// listing it here is a compile error, and the test then demands it in the schema.
const FEED_EVENT_KEYS: Record<keyof FeedEvent, true> = {
  id: true, title: true, start: true, end: true, rrule: true, exdates: true, description: true, format: true, categories: true,
  district: true, location: true, onlineUrl: true, url: true, registration: true, organizer: true, status: true, accessibility: true,
  languages: true, audience: true, easyDescription: true, sources: true, timezone: true,
};
const FEED_KEYS: Record<keyof Feed, true> = { name: true, timezone: true, subscribeUrl: true, events: true };

async function load(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Checks `value` against the subset of JSON Schema the feed schema uses
 * ($ref, type, enum, pattern, minLength, required, properties, items, anyOf,
 * oneOf). Returns the problems found, with JSON-pointer-ish paths.
 */
function check(schema: Schema, value: unknown, root: Schema, path = ''): string[] {
  if (typeof schema.$ref === 'string') {
    const target = (schema.$ref as string).slice(2).split('/').reduce<Schema>((s, k) => s[k] as Schema, root);
    const { $ref: _ref, ...rest } = schema;
    return [...check(target, value, root, path), ...check(rest, value, root, path)];
  }
  const problems: string[] = [];
  const typeOf = (v: unknown) => v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  if (schema.type) {
    const types = ([] as string[]).concat(schema.type as string);
    const t = typeOf(value);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${path || '/'}: ${t} is not ${types.join(' or ')}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern as string).test(value)) problems.push(`${path}: '${value}' does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) problems.push(`${path}: too short`);
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) problems.push(`${path}: missing ${key}`);
    for (const [key, sub] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
      if (key in obj) problems.push(...check(sub, obj[key], root, `${path}/${key}`));
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...check(schema.items as Schema, item, root, `${path}/${i}`)));
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => check(s, value, root, path).length === 0)) problems.push(`${path}: matches none of anyOf`);
  if (schema.oneOf && (schema.oneOf as Schema[]).filter((s) => check(s, value, root, path).length === 0).length !== 1) {
    problems.push(`${path || '/'}: does not match exactly one of oneOf`);
  }
  return problems;
}

describe('feed schema', () => {
  let schema: Schema;
  before(async () => {
    schema = await load('/schema/participation-feed.schema.json') as Schema;
  });

  it('is a JSON Schema 2020-12 document with a description', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.description).to.be.a('string');
  });

  it('describes every property of FeedEvent, and nothing else', () => {
    const properties = ((schema.$defs as Schema).event as Schema).properties as Record<string, Schema>;
    expect(Object.keys(properties).sort()).to.deep.equal(Object.keys(FEED_EVENT_KEYS).sort());
    for (const [key, sub] of Object.entries(properties)) {
      const documented = typeof sub.description === 'string' || typeof sub.$ref === 'string';
      expect(documented, `event property '${key}' has no description`).to.equal(true);
    }
  });

  it('describes every property of Feed', () => {
    const properties = ((schema.$defs as Schema).feed as Schema).properties as Schema;
    expect(Object.keys(properties).sort()).to.deep.equal(Object.keys(FEED_KEYS).sort());
  });

  it("accepts its own examples and the repo's fixture feeds", async () => {
    for (const example of schema.examples as unknown[]) expect(check(schema, example, schema), 'schema example').to.deep.equal([]);
    for (const path of FIXTURES) {
      const feed = await load(path);
      expect(check(schema, feed, schema), path).to.deep.equal([]);
      expect(check(schema, (feed as Feed).events, schema), `${path} as a bare array`).to.deep.equal([]);
    }
  });

  it('validates the fixture feeds without skipped events or warnings', async () => {
    for (const path of FIXTURES) {
      const parsed = parseFeed(await load(path), { baseUrl: 'https://stadt.example/feeds/events.json' });
      expect([...parsed.skipped, ...parsed.warnings].map((p) => p.reason), path).to.deep.equal([]);
    }
  });

  it('rejects what the validator rejects: missing title, bad start, unknown format', () => {
    const bad = [{ id: 1, start: '2026-11-03' }, { id: 1, title: 'A', start: '3.11.2026' }, { id: 1, title: 'A', start: '2026-11-03', format: 'zoom' }];
    for (const event of bad) expect(check(schema, [event], schema), JSON.stringify(event)).not.to.deep.equal([]);
  });
});
