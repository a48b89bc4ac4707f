// Custom elements manifest (custom-elements.json): generated from the JSDoc header of
// src/participation-calendar.ts by `npm run analyze` (part of `npm run build`), shipped
// in the package, read by Storybook (controls) and scripts/check-api-docs.mjs (README).

/**
 * The class header's `@attr name - text` is the public documentation; a comment on the
 * decorated field is a note for maintainers. The analyzer lets the field comment win
 * (e.g. `lang` would read "Mirrors the `lang` attribute without shadowing …"), so this
 * puts the header's text back on the attributes.
 */
function headerAttributeDocs() {
  const fromHeader = new Map(); // "path:ClassName" -> Map(attribute -> description)
  return {
    name: 'pc-header-attribute-docs',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const docs = new Map();
      for (const jsDoc of node.jsDoc ?? []) {
        const text = jsDoc.getText().replace(/^\s*\/?\*+\/?/gm, '');
        const tag = /@attr(?:ibute)?\s+(?:\{[^}]*\}\s+)?([\w-]+)\s+-\s+([\s\S]*?)(?=\n\s*@|$)/g;
        for (const [, name, description] of text.matchAll(tag)) docs.set(name, description.replace(/\s+/g, ' ').trim());
      }
      if (docs.size) fromHeader.set(`${moduleDoc.path}:${node.name.getText()}`, docs);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const docs = fromHeader.get(`${mod.path}:${decl.name}`);
          for (const attr of decl.attributes ?? []) {
            if (docs?.has(attr.name)) attr.description = docs.get(attr.name);
          }
        }
      }
    },
  };
}

/**
 * The analyzer lists a `const` declared inside a method (`skipped` in reportOutcome) as a
 * module-level variable. Only what a module exports is API: drop the rest.
 */
function onlyExportedDeclarations() {
  return {
    name: 'pc-only-exported-declarations',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name ?? e.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement || exported.has(d.name));
      }
    },
  };
}

export default {
  globs: ['src/participation-calendar.ts', 'src/index.ts'],
  exclude: ['**/*.test.ts', 'test/**', 'stories/**'],
  outdir: '.',
  litelement: true,
  // package.json already says `"customElements": "custom-elements.json"`; by default the
  // analyzer rewrites package.json on every run, which races with anyone editing it.
  packagejson: false,
  plugins: [headerAttributeDocs(), onlyExportedDeclarations()],
};
