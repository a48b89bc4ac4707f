// The accent colour's contrast check in the configurator: WCAG's ratio, and the
// nearest colour of the same hue that reaches 4.5:1 when the editor's does not.
import { expect } from '@open-wc/testing';
import { contrast, nearestPassing, parseHex, toHex, worstContrast, type Rgb } from '../../../src/configurator/contrast.js';

const rgb = (hex: string) => parseHex(hex)!;
const WHITE = rgb('#ffffff');

describe('accent contrast', () => {
  it('measures black on white as 21:1 and a colour on itself as 1:1', () => {
    expect(contrast(rgb('#000'), WHITE)).to.be.closeTo(21, 1e-9);
    expect(contrast(rgb('#0b5cad'), rgb('#0b5cad'))).to.equal(1);
  });

  it('gives the built-in accent more than 4.5:1 on white', () => {
    expect(contrast(rgb('#0b5cad'), WHITE)).to.be.greaterThan(4.5);
  });

  it('reads #rgb and #rrggbb, with or without #, and refuses anything else', () => {
    expect(parseHex('#fa0')).to.deep.equal([255, 170, 0]);
    expect(parseHex('0B5CAD')).to.deep.equal([11, 92, 173]);
    expect(parseHex('blue')).to.equal(null);
    expect(parseHex('#12345')).to.equal(null);
  });

  it('keeps a colour that already passes', () => {
    expect(toHex(nearestPassing(rgb('#0b5cad'), [WHITE])!)).to.equal('#0b5cad');
  });

  it('offers a darker colour of the same hue for a light one on white, that just passes', () => {
    const light = rgb('#ffaa00');
    const nearest = nearestPassing(light, [WHITE])!;
    expect(worstContrast(nearest, [WHITE])).to.be.at.least(4.5);
    // Nearest: one step lighter would not pass any more.
    expect(worstContrast(nearest, [WHITE])).to.be.below(4.8);
    const [r, g, b] = nearest;
    expect(r).to.be.greaterThan(g);
    expect(b).to.be.below(5);
  });

  it('finds none when the colour must stand on the light and the dark background alike (theme "auto")', () => {
    const both: Rgb[] = [WHITE, rgb('#16191d')];
    expect(nearestPassing(rgb('#808080'), both)).to.equal(null);
  });
});
