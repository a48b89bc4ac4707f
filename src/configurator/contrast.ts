/**
 * Colour contrast for the accent colour an editor picks (WCAG 2.2, 1.4.3):
 * the ratio against each background it will stand on, and the nearest colour
 * of the same hue that reaches 4.5:1 when it does not. Pure.
 */

export type Rgb = readonly [number, number, number];

export const MIN_CONTRAST = 4.5;

/** `#rgb` or `#rrggbb` (the `#` optional), or null. */
export function parseHex(text: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

export const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rs, gs, bs] = [r / 255, g / 255, b / 255];
  const max = Math.max(rs, gs, bs), min = Math.min(rs, gs, bs);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rs ? (gs - bs) / d + (gs < bs ? 6 : 0) : max === gs ? (bs - rs) / d + 2 : (rs - gs) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: [number, number, number]): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p;
    return v * 255;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}

/** The lowest contrast of `colour` against every one of `others`. */
export const worstContrast = (colour: Rgb, others: readonly Rgb[]) => Math.min(...others.map((o) => contrast(colour, o)));

/**
 * The colour of the same hue and saturation, only lighter or darker, that is
 * closest to `colour` and reaches `min` against every one of `others`; null
 * when no lightness does (a background and a text colour that pull apart).
 */
export function nearestPassing(colour: Rgb, others: readonly Rgb[], min = MIN_CONTRAST): Rgb | null {
  if (worstContrast(colour, others) >= min) return colour;
  const [h, s, l] = toHsl(colour);
  // In steps of 0.5 % lightness, both ways at once: the first that passes is the nearest.
  for (let step = 1; step <= 200; step++) {
    for (const candidate of [l - step / 200, l + step / 200]) {
      if (candidate < 0 || candidate > 1) continue;
      // Rounded to what a hex code can say, so the colour shown is the colour checked.
      const rgb = fromHsl([h, s, candidate]).map(Math.round) as unknown as Rgb;
      if (worstContrast(rgb, others) >= min) return rgb;
    }
  }
  return null;
}
