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
 * - every theme but `base` (the one Tiller draws with) and `default` (Mermaid's own default).
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
      if (fromMermaid(id) && code.includes('/node_modules/js-yaml/') && /export\s*\{\s*JSON_SCHEMA,\s*load\s*\};?\s*(\/\/# sourceMappingURL=\S+\s*)?$/.test(code))
        return { code: STUBS.yaml, map: null };
      // Mermaid's theme table: unlisted themes' classes are then dropped as unused code.
      const themes = fromMermaid(id) ? /(\/\/ src\/themes\/index\.js\s*var themes_default = \{)([\s\S]*?)(\n\};)/.exec(code) : null;
      if (themes) {
        const kept = [...themes[2].matchAll(/\n  "?([\w-]+)"?: \{\s*getThemeVariables(?::\s*getThemeVariables\d*)?\s*\}/g)].filter((m) => KEPT_THEMES.includes(m[1]));
        if (kept.length === KEPT_THEMES.length)
          return {
            code: (code.slice(0, themes.index) + themes[1] + kept.map((m) => m[0]).join(',') + themes[3] + code.slice(themes.index + themes[0].length))
              // A class's `static { __name(this, "Theme") }` counts as a side effect and would keep it.
              .replace(/static \{\s*__name\(this, "Theme"\);\s*\}/g, ''),
            map: null,
          };
      }
      return null;
    },
  };
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
