// The one piece of rrule we use. Node (the CLI, scripts) loads rrule's CommonJS
// build, where named imports fail; the bundles use rrule-engine.browser.ts
// instead (see rollup.config.js), whose named re-export lets the bundler leave
// out the rest of rrule (RRuleSet, rrulestr).
import * as rrule from 'rrule';

type RRuleClass = typeof rrule.RRule;
const commonJs = (rrule as unknown as { default?: { RRule: RRuleClass } }).default;

export const RRule: RRuleClass = rrule.RRule ?? commonJs!.RRule;
// Travels with rrule: only feeds that need rrule download it.
export { rruleIterator } from './rrule-iterator.js';
