// Minifies the static text of Lit's css`` and html`` templates in our sources.
// terser leaves template literals alone, yet whitespace and comments in them are
// about a tenth of the bundle. Only the literal parts change; expressions stay.
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

const TAGS = new Set(['css', 'html', 'svg']);

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // No space is needed around braces, semicolons and child combinators,
    // after commas and colons (`a: b`; `a :b` in a selector stays), or before !important.
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/([,:]) /g, '$1')
    .replace(/ !important/g, '!important')
    // The last declaration of a block needs no semicolon.
    .replace(/;}/g, '}')
    // `* 1.5` and `/ 2` in calc(): spaces are only required around + and -.
    .replace(/\) ([*/]) (?=[\d.])/g, ')$1')
    // 0.5em → .5em
    .replace(/([\s:,(/*])0\.(\d)/g, '$1.$2');
}

// Runs of whitespace render as one space in HTML; nothing else is touched.
const minifyHtml = (text) => text.replace(/\s+/g, ' ');

export function minifyTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      walk(ast, {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
          const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const small = minify(raw);
            if (small !== raw) s.overwrite(quasi.start, quasi.end, small || ' ');
          }
        },
      });
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
