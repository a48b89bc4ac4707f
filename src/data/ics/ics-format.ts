/**
 * The RFC 5545 spelling of values and content lines, for the ICS export.
 * No dependency: this ships with the export, which must stay tiny.
 */

/**
 * Escapes a TEXT value (§3.3.11). Newlines in any convention become `\n`;
 * other control characters are dropped because the grammar has no room for them.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

/**
 * A parameter value (§3.2): quoted when asked or when it holds `:;,`. A double quote cannot
 * be written at all inside a parameter, so it becomes a single one.
 */
export function paramValue(text: string, quote = false): string {
  const value = text.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/"/g, "'");
  return quote || /[:;,]/.test(value) ? `"${value}"` : value;
}

/**
 * Folds a content line at 75 octets (§3.1). Counts UTF-8 bytes per code point,
 * so a multi-byte character (umlaut, emoji) is never split across lines, which
 * some clients would show as two broken characters.
 */
export function foldLine(line: string): string {
  // Fast path: 75 UTF-16 units of which every one is ASCII fit as they are.
  if (line.length <= 75 && !/[^\u0000-\u007F]/.test(line)) return line;
  let out = '';
  let width = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (width + bytes > 75) {
      out += '\r\n ';
      width = 1;
    }
    out += ch;
    width += bytes;
  }
  return out;
}

/** `20261110T180000` from "UTC that means wall-clock" ms (see time-zone.ts). */
export function localDateTime(wallMs: number): string {
  return new Date(Math.floor(wallMs / 1000) * 1000).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** `20261110T170000Z` for an instant. */
export function utcDateTime(instant: number): string {
  return `${localDateTime(instant)}Z`;
}

/** `20261102` for a day number (see plain-date.ts). */
export function icsDate(day: number): string {
  return localDateTime(day * 86_400_000).slice(0, 8);
}

/** `+0100`, `-0430`; seconds only when a (historical) offset has them. */
export function icsOffset(offsetMs: number): string {
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = total % 60;
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}${seconds ? pad(seconds) : ''}`;
}
