import { readAccessKey } from '../../data/filter/access-keys.js';
import { languageName } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

/**
 * An access key's option and chip text: "Stufenlos erreichbar", "Auf Türkisch",
 * "Für Familien". Left out of the classic script with the access group (rollup.config.js).
 */
export function accessLabel(key: string, m: Messages): string {
  const k = readAccessKey(key);
  if (!k) return key;
  return k.kind === 'fact' ? m.access.facts[k.fact] : k.kind === 'language' ? m.access.inLanguage(languageName(k.tag, m)) : m.access.forAudience(k.audience);
}
