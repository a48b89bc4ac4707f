/**
 * Whether the calendar's program files are all next to this page: a dist/
 * copied without its chunks/ folder (or with some of it) works until a page
 * needs the missing part. The entry and every file it can load are asked for
 * once, following the imports the build wrote into them; only files of this
 * page's own folder are requested.
 */
import { finding, type Finding } from '../data/check/finding.js';

/** `import("./chunks/x.js")` and `from"../participation-calendar.js"` as the build writes them. */
const RELATIVE_IMPORT = /(?:import\(|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/** A 'missing-file' finding listing every file that did not arrive, or null when all are there. */
export async function missingProgramFiles(entry: URL): Promise<Finding | null> {
  const seen = new Set<string>([entry.href]);
  const missing: string[] = [];
  let wave = [entry.href];
  while (wave.length) {
    const texts = await Promise.all(wave.map(async (url) => {
      try {
        const response = await fetch(url, { cache: 'no-cache' });
        if (response.ok) return { url, text: await response.text() };
      } catch {
        // Reported below, like a 404.
      }
      missing.push(url);
      return null;
    }));
    wave = [];
    for (const file of texts) {
      if (!file) continue;
      for (const [, spec] of file.text.matchAll(RELATIVE_IMPORT)) {
        const url = new URL(spec, file.url).href;
        if (!seen.has(url)) {
          seen.add(url);
          wave.push(url);
        }
      }
    }
  }
  if (!missing.length) return null;
  missing.sort();
  return finding('missing-file', missing.map((url) => ({ detail: url })), { file: missing[0] });
}
