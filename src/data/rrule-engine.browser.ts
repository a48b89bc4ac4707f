// rrule-engine.ts for the bundles: a named re-export the bundler can tree-shake.
export { RRule } from 'rrule';
