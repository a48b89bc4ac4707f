import type { AccessFact } from './event.js';

/** Every access fact, in the order the widget lists them (validation sorts an event's facts so). */
export const ACCESS_FACTS: readonly AccessFact[] = [
  'step-free', 'accessible-toilet', 'hearing-loop', 'sign-language', 'sign-language-on-request',
  'speech-to-text', 'easy-language', 'childcare', 'childcare-registration',
];
