/**
 * TZIDs as calendar programs write them -> IANA zones. Outlook and Exchange
 * write Windows names (`W. Europe Standard Time`) or even display names
 * (`(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien`); old Lightning
 * and libical prefix the IANA name with a vendor path
 * (`/mozilla.org/20050126_1/Europe/Berlin`).
 */
import { canonicalTimeZone } from '../time/time-zone.js';

/**
 * The Windows zones a German city's calendar is likely to meet, mapped as
 * CLDR's windowsZones.xml does for the default territory ("001").
 */
const WINDOWS_ZONES: Record<string, string> = {
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'turkey standard time': 'Europe/Istanbul',
  'russian standard time': 'Europe/Moscow',
  'israel standard time': 'Asia/Jerusalem',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'tokyo standard time': 'Asia/Tokyo',
  'china standard time': 'Asia/Shanghai',
  'india standard time': 'Asia/Kolkata',
  'aus eastern standard time': 'Australia/Sydney',
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
};

const IANA_TAIL = /(?:^|\/)((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/;

/** The IANA zone a TZID stands for, or null when it is not recognised. */
export function ianaZone(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const windows = WINDOWS_ZONES[name.toLowerCase()];
  if (windows) return canonicalTimeZone(windows);
  const direct = canonicalTimeZone(name);
  if (direct) return direct;
  const tail = IANA_TAIL.exec(name)?.[1];
  if (tail && canonicalTimeZone(tail)) return canonicalTimeZone(tail);
  // Outlook's display name for W. Europe Standard Time, in any UI language.
  if (/\bBerlin\b/.test(name)) return 'Europe/Berlin';
  return null;
}

/** As in validate.ts: the zone when the file names none. */
const DEFAULT_ZONE = 'Europe/Berlin';

/** The first of the names given (X-WR-TIMEZONE, VTIMEZONE TZIDs) that is a known zone, else the default. */
export function feedZone(names: unknown[], fallback: string | undefined): string {
  for (const name of names) {
    const zone = typeof name === 'string' ? ianaZone(name) : null;
    if (zone) return zone;
  }
  return (fallback && canonicalTimeZone(fallback)) || DEFAULT_ZONE;
}
