import { expect } from '@open-wc/testing';
import { emulateMedia, requires, sendKeys } from './engine.js';
import { $, expectAccessible, mount } from './helpers.js';
import { crowdedDay, novemberEvents } from './feeds.js';

const THEMES = ['default', 'dark', 'city'] as const;

async function useTheme(name: string) {
  const style = document.createElement('style');
  style.textContent = await (await fetch(`/themes/${name}.css`)).text();
  document.head.append(style);
  return style;
}

/** WCAG relative luminance contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const feed = [...novemberEvents, ...crowdedDay('2026-11-18')];

describe('themes', () => {
  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      let style: HTMLStyleElement;
      beforeEach(async () => {
        style = await useTheme(theme);
      });
      afterEach(() => style.remove());

      it('keeps every text at 4.5:1 or more (axe color-contrast) in month and list view', async () => {
        const el = await mount({ attrs: { date: '2026-11-10' }, events: feed, waitFor: 'load' });
        await expectAccessible(el);
        el.setAttribute('view', 'list');
        await el.updateComplete;
        await expectAccessible(el);
      });

      it('shows a focus ring of at least 3:1 against the background', async () => {
        const el = await mount({ attrs: { date: '2026-11-10' }, events: feed, waitFor: 'load' });
        // Into the grid with the keyboard, as a keyboard user arrives (WebKit shows no ring for a
        // programmatic focus): Tab to a button after the widget, Shift+Tab back; then an arrow key.
        const after = document.createElement('button');
        after.textContent = 'after';
        el.parentElement!.after(after);
        $(el, '[role="gridcell"][tabindex="0"]')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement, 'Tab leaves the grid').to.equal(after);
        await sendKeys({ press: 'Shift+Tab' });
        after.remove();
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const cell = el.shadowRoot!.activeElement as HTMLElement;
        expect(cell.getAttribute('role')).to.equal('gridcell');
        const ring = getComputedStyle(cell);
        expect(ring.outlineStyle).to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        const background = getComputedStyle($(el, '.root')!).backgroundColor;
        expect(contrast(ring.outlineColor, background), `${ring.outlineColor} on ${background}`).to.be.at.least(3);
      });
    });
  }

  it('turns dark by itself when the reader prefers dark, unless the page says theme="light"', async function () {
    requires(this, 'media-emulation');
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    try {
      const auto = await mount({ attrs: { date: '2026-11-10' }, events: feed, waitFor: 'load' });
      const light = await mount({ attrs: { date: '2026-11-10', theme: 'light' }, events: feed, waitFor: 'load' });
      expect(getComputedStyle($(auto, '.root')!).backgroundColor).to.equal('rgb(22, 25, 29)');
      expect(getComputedStyle($(light, '.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      await expectAccessible(auto);
    } finally {
      await emulateMedia({ 'prefers-color-scheme': 'light' });
    }
  });

  it('can be forced dark with theme="dark"', async () => {
    const el = await mount({ attrs: { date: '2026-11-10', theme: 'dark' }, events: feed, waitFor: 'load' });
    expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expectAccessible(el);
  });
});
