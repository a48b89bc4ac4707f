import { css, html, nothing } from 'lit';

/**
 * A source's colour beside its name in the filter panel, when the editor gave
 * one (`--pc-source-1` … `--pc-source-8`): never the colour alone. Classes, not
 * a style attribute: a strict CSP forbids inline styles. A module of its own so
 * that the classic script can leave it out with the source facet (rollup.config.js).
 */
export const swatch = (position: number | undefined) => (position && position <= 8 ? html`<span class="swatch src${position}"></span>` : nothing);

export const swatchStyles = css`
  /*
   * A source's colour (--pc-source-N, no default) beside its name. The border shorthand is the one
   * declaration that needs the token: without one it is invalid at computed-value time, its styles
   * fall back to none, and there is neither swatch nor gap. The end border, transparent, is the gap.
   */
  .swatch {
    display: inline-block;
    height: 0.85em;
    vertical-align: -0.1em;
    border-inline: solid var(--_source);
    border-inline-width: 0.85em 0.4em;
    border-inline-end-color: transparent;
  }
  .src1 {
    --_source: var(--pc-source-1);
  }
  .src2 {
    --_source: var(--pc-source-2);
  }
  .src3 {
    --_source: var(--pc-source-3);
  }
  .src4 {
    --_source: var(--pc-source-4);
  }
  .src5 {
    --_source: var(--pc-source-5);
  }
  .src6 {
    --_source: var(--pc-source-6);
  }
  .src7 {
    --_source: var(--pc-source-7);
  }
  .src8 {
    --_source: var(--pc-source-8);
  }
  /* Colours are the system's here: the name says which source it is. */
  @media (forced-colors: active) {
    .swatch {
      display: none;
    }
  }
`;
