// @ts-check
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';
import netlify from '@netlify/vite-plugin';

/**
 * Parts of Mermaid that Tiller's diagram text can never reach, replaced by modules that fail
 * loudly if that ever changes (27 KB gzip off every diagram page):
 * - js-yaml (bundled inside Mermaid's chunks): reads `---` front matter and `@{ … }` node data;
 *   src/diagrams/* write neither, and `{` `}` in user text are entity codes;
 * - marked: Markdown labels (`"`…`"`); a backtick in user text is an entity code too;
 * - every theme but `base` (the one Tiller draws with) and `default` (Mermaid's own default);
 * - every node shape but the two src/diagrams/hierarchy.ts writes: `["…"]` (squareRect) for a
 *   goal, `(["…"])` (stadium) for a measure (test/unit/diagrams/hierarchy.test.ts reads every node line as
 *   one of the two). Mermaid throws "No such shape" for any other.
 * A Mermaid release that moves these only makes the bundle bigger again (the page-js bench shows
 * it), never a diagram wrong.
 */
function mermaidUnreachable() {
  const stub = (what) => `const unreachable = () => { throw new Error('Tiller built Mermaid without ${what}'); };`;
  const STUBS = {
    marked: `${stub('Markdown labels')}\nexport const marked = { lexer: unreachable, parse: unreachable };\n`,
    yaml: `${stub('YAML front matter')}\nexport const JSON_SCHEMA = {};\nexport const load = unreachable;\n`,
  };
  const KEPT_THEMES = ['base', 'default'];
  const KEPT_SHAPES = ['squareRect', 'stadium'];
  const fromMermaid = (importer) => !!importer && /[\\/]node_modules[\\/]mermaid[\\/]/.test(importer);
  return {
    name: 'tiller-mermaid-unreachable',
    enforce: /** @type {const} */ ('pre'),
    resolveId(id, importer) {
      if (id === 'marked' && fromMermaid(importer)) return '\0tiller-stub:marked';
      return null;
    },
    load(id) {
      if (id === '\0tiller-stub:marked') return STUBS.marked;
      return null;
    },
    transform(code, id) {
      // Mermaid's chunk that is js-yaml and nothing else, exporting what Mermaid uses of it.
      if (
        fromMermaid(id) &&
        code.includes('/node_modules/js-yaml/') &&
        /export\s*\{\s*JSON_SCHEMA,\s*load\s*\};?\s*(\/\/# sourceMappingURL=\S+\s*)?$/.test(code)
      )
        return { code: STUBS.yaml, map: null };
      // Mermaid's theme table: unlisted themes' classes are then dropped as unused code.
      const themes = fromMermaid(id)
        ? /(\/\/ src\/themes\/index\.js\s*var themes_default = \{)([\s\S]*?)(\n\};)/.exec(code)
        : null;
      if (themes) {
        const kept = [
          ...themes[2].matchAll(/\n  "?([\w-]+)"?: \{\s*getThemeVariables(?::\s*getThemeVariables\d*)?\s*\}/g),
        ].filter((m) => KEPT_THEMES.includes(m[1]));
        if (kept.length === KEPT_THEMES.length)
          return {
            code: (
              code.slice(0, themes.index) +
              themes[1] +
              kept.map((m) => m[0]).join(',') +
              themes[3] +
              code.slice(themes.index + themes[0].length)
            )
              // A class's `static { __name(this, "Theme") }` counts as a side effect and would keep it.
              .replace(/static \{\s*__name\(this, "Theme"\);\s*\}/g, ''),
            map: null,
          };
      }
      const shapes = fromMermaid(id) ? keepShapes(code) : null;
      if (shapes) return { code: shapes, map: null };
      return null;
    },
  };

  /** Mermaid's shape table with only KEPT_SHAPES, so the other shapes' code is dropped as unused. */
  function keepShapes(code) {
    const start = code.indexOf('// src/rendering-util/rendering-elements/shapes.ts\nvar shapesDefs = [');
    const extra = /\n  const undocumentedShapes = \{[\s\S]*?\n  \};/.exec(code);
    if (start < 0 || !extra) return null;
    const open = code.indexOf('[', start);
    const close = code.indexOf('\n];', open);
    const entries = code.slice(open + 1, close).split(/(?<=\n {2}\}),(?=\n {2}\{)/);
    const kept = entries.filter((e) => KEPT_SHAPES.some((name) => e.includes(`\n    handler: ${name}\n`)));
    if (kept.length !== KEPT_SHAPES.length) return null;
    const table = code.slice(0, open + 1) + kept.join(',') + code.slice(close);
    // `__name(shape, "shape");` after each function counts as a use and would keep it.
    return table.replace(extra[0], '\n  const undocumentedShapes = {};').replace(/^__name\(\w+, "\w+"\);$/gm, '');
  }
}

export default defineConfig({
  output: 'static',
  integrations: [solid()],
  server: { port: 4321, host: '127.0.0.1' },
  vite: {
    // Emulates netlify/functions inside `astro dev`. Edge functions would download Deno and the
    // database feature starts an unrelated Postgres, so both stay off (offline machines).
    plugins: [
      netlify({ edgeFunctions: { enabled: false }, database: { enabled: false }, images: { enabled: false } }),
      mermaidUnreachable(),
    ],
  },
});
