// rrule-engine.ts for the bundles: a named re-export the bundler can tree-shake.
export { RRule } from 'rrule';
// Travels with rrule: only feeds that need rrule download it.
export { rruleIterator } from './rrule-iterator.js';
