import { html, svg } from 'lit';
import type { AccessFact } from '../data/event.js';

/** Simple shapes, always beside their word: a ramp, a toilet, a loop, a hand, captions, a page, a child. */
const RAMP = svg`<path d="M1 13h14V5z"/>`;
const TOILET = svg`<path d="M4 2h4v5H4zM3 8h9c0 2.6-1.7 4.3-4 4.8V15H6v-2.2C4.3 12.2 3 10.4 3 8z"/>`;
const LOOP = svg`<path fill-rule="evenodd" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2a5 5 0 1 1 0 10A5 5 0 0 1 8 3zm0 2.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z"/>`;
const HAND = svg`<path d="M4 9V5.5a1 1 0 0 1 2 0V8V3a1 1 0 0 1 2 0v5V3.5a1 1 0 0 1 2 0V8V5a1 1 0 0 1 2 0v5c0 3-2 5-4.5 5S3.5 13.5 2.5 11.5L1.8 10a1 1 0 0 1 1.8-.9z"/>`;
const CAPTIONS = svg`<path fill-rule="evenodd" d="M1 3h14v10H1zm2 5v1.5h6V8zm8 0v1.5h2V8zM3 10.5V12h2v-1.5zm4 0V12h6v-1.5z"/>`;
const PAGE = svg`<path fill-rule="evenodd" d="M3 1h7l3 3v11H3zm2 5v1.5h6V6zm0 3v1.5h6V9zm0 3v1.5h4V12z"/>`;
const CHILD = svg`<path d="M8 1.5a2.2 2.2 0 1 1 0 4.4 2.2 2.2 0 0 1 0-4.4zM5 7h6l1.5 4H11l-.5 4h-5L5 11H3.5z"/>`;

const ICONS: Record<AccessFact, ReturnType<typeof svg>> = {
  'step-free': RAMP,
  'accessible-toilet': TOILET,
  'hearing-loop': LOOP,
  'sign-language': HAND,
  'sign-language-on-request': HAND,
  'speech-to-text': CAPTIONS,
  'easy-language': PAGE,
  childcare: CHILD,
  'childcare-registration': CHILD,
};

/** A fact's icon, hidden from screen readers: its word is always beside it. */
export const accessIcon = (fact: AccessFact) =>
  html`<svg class="access-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">${ICONS[fact]}</svg>`;
