// The one piece of rrule we use, re-exported so the bundler can leave out the
// rest (RRuleSet, rrulestr): recurrence.ts loads this module on demand.
export { RRule } from 'rrule';
