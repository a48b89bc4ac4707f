import { html, svg } from 'lit';
import type { EventFormat } from '../data/event.js';
import type { Messages } from '../i18n/messages.js';

/** Shapes, not colours: a pin for on site, a screen for online, both for hybrid. */
const PIN = svg`<path d="M6 1a4 4 0 0 0-4 4c0 2.9 4 7.5 4 7.5S10 7.9 10 5a4 4 0 0 0-4-4zm0 5.5A1.5 1.5 0 1 1 6 3.5a1.5 1.5 0 0 1 0 3z"/>`;
const SCREEN = svg`<path fill-rule="evenodd" d="M5 3h10v7H5zm1.2 1.2v4.6h7.6V4.2zM8 11.2h4v1.3H8z"/>`;
const SHAPES: Record<EventFormat, ReturnType<typeof svg>> = {
  'in-person': svg`<g transform="translate(2 1)">${PIN}</g>`,
  online: svg`<g transform="translate(-2 1)">${SCREEN}</g>`,
  hybrid: svg`<g transform="translate(-1 0) scale(.8)">${PIN}</g><g transform="translate(3 4) scale(.75)">${SCREEN}</g>`,
};

/**
 * The format as a shape, its word as a tooltip: the month has no room for the
 * word itself; the event's name says it to screen readers, and the legend
 * under the month explains the shapes.
 */
export function formatIcon(format: EventFormat | undefined, m: Messages) {
  if (!format) return null;
  return html`<span class="format-icon" title=${m.formats[format]}><svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">${SHAPES[format]}</svg></span>`;
}
