// What the overview page's HTML loads, by a static walk of the build (imports, preload maps).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, kb, type Reporter } from './lib.ts';

// ---------- page JS ----------
interface JsSet {
  files: string[];
  raw: number;
  gzip: number;
}

/** Attributes of one HTML start tag (quoted or bare values, entities left as they are). */
function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g))
    out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&');
  return out;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A reference from HTML or JS to an emitted JS file in `dist`, or null (external, bare, CSS …). */
function resolveAsset(dist: string, spec: string, fromDir: string): string | null {
  const clean = spec.split(/[?#]/)[0]!;
  if (!/\.m?js$/.test(clean) || /^([a-z]+:)?\/\//i.test(clean)) return null;
  const candidates: string[] = [];
  if (clean.startsWith('/')) {
    candidates.push(path.join(dist, clean));
    const at = clean.indexOf('/_astro/'); // a configured `base` prefixes the asset folder
    if (at > 0) candidates.push(path.join(dist, clean.slice(at)));
  } else if (clean.startsWith('./') || clean.startsWith('../')) {
    candidates.push(path.resolve(fromDir, clean));
  } else {
    // Vite's preload map lists deps relative to the site root ("_astro/x.js").
    candidates.push(path.resolve(dist, clean), path.resolve(fromDir, clean));
  }
  const hit = candidates.find((c) => c.startsWith(dist) && isFile(c));
  return hit ?? null;
}

const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+?)\1/g;
const STRING_JS = /(["'`])([^"'`\s]+?\.m?js)(?:[?#][^"'`\s]*)?\1/g;

/** Static imports of a JS text, and every other JS file it names (import(), preload maps). */
function references(dist: string, code: string, fromDir: string): { statics: string[]; dynamics: string[] } {
  const statics = new Set<string>();
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const hit = resolveAsset(dist, m[2]!, fromDir);
    if (hit) statics.add(hit);
  }
  const dynamics = new Set<string>();
  for (const m of code.matchAll(STRING_JS)) {
    const hit = resolveAsset(dist, m[2]!, fromDir);
    if (hit && !statics.has(hit)) dynamics.add(hit);
  }
  return { statics: [...statics], dynamics: [...dynamics] };
}

function analysePage(dist: string, html: string) {
  const htmlDir = dist;
  const entries: { kind: string; url: string; file: string }[] = [];
  const inlineModules: string[] = [];
  const tag = /<(script|astro-island|link)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  for (const m of html.matchAll(tag)) {
    const name = m[1]!.toLowerCase();
    const a = attributes(m[2]!);
    const add = (kind: string, url: string | undefined) => {
      if (!url) return;
      const file = resolveAsset(dist, url, htmlDir);
      if (file) entries.push({ kind, url, file });
    };
    if (name === 'script') {
      if (a.src) add(`script${a.type ? `[type=${a.type}]` : ''}`, a.src);
      else {
        const end = html.indexOf('</script>', m.index! + m[0].length);
        if (end > 0) inlineModules.push(html.slice(m.index! + m[0].length, end));
      }
    } else if (name === 'astro-island') {
      const directive = a.client ? `client:${a.client}` : 'island';
      add(`island ${directive} component`, a['component-url']);
      add(`island ${directive} renderer`, a['renderer-url']);
      add(`island ${directive} before-hydration`, a['before-hydration-url']);
    } else if (name === 'link' && /\bmodulepreload\b/i.test(a.rel ?? '')) add('modulepreload', a.href);
  }

  // The closure over static imports is what loads before anything is shown; every file named
  // only through import() or a preload map (and its own static imports) loads lazily.
  const cache = new Map<string, { statics: string[]; dynamics: string[] }>();
  const refs = (file: string) => {
    let r = cache.get(file);
    if (!r) cache.set(file, (r = references(dist, readFileSync(file, 'utf8'), path.dirname(file))));
    return r;
  };
  const initial = new Set<string>();
  const dynamicRefs = new Set<string>();
  const visitStatic = (roots: Iterable<string>, into: Set<string>) => {
    const stack = [...roots];
    while (stack.length) {
      const f = stack.pop()!;
      if (into.has(f)) continue;
      into.add(f);
      const r = refs(f);
      stack.push(...r.statics);
      r.dynamics.forEach((d) => dynamicRefs.add(d));
    }
  };
  const inlineRefs = inlineModules.map((code) => references(dist, code, htmlDir));
  visitStatic([...entries.map((e) => e.file), ...inlineRefs.flatMap((r) => r.statics)], initial);
  inlineRefs.forEach((r) => r.dynamics.forEach((d) => dynamicRefs.add(d)));

  // First lazy level: what the page's own import() calls load (Vite preloads their static
  // imports in parallel), e.g. `await import('mermaid')`.
  const firstLevel = new Set<string>();
  const firstRoots = [...dynamicRefs].filter((f) => !initial.has(f));
  dynamicRefs.clear();
  {
    const seen = new Set(initial);
    visitStatic(firstRoots, seen);
    for (const f of seen) if (!initial.has(f)) firstLevel.add(f);
  }
  // Everything reachable at all through further import() calls (an upper bound: Mermaid
  // loads one diagram type's chunks, not all of them).
  const everything = new Set([...initial, ...firstLevel]);
  let frontier = [...dynamicRefs].filter((f) => !everything.has(f));
  while (frontier.length) {
    dynamicRefs.clear();
    visitStatic(frontier, everything);
    frontier = [...dynamicRefs].filter((f) => !everything.has(f));
  }
  const lazy = [...everything].filter((f) => !initial.has(f));
  // What drawing a Mermaid flowchart adds on top of the first level: the flowchart diagram
  // chunk and the dagre layout, each with its static imports (found by Mermaid's chunk names).
  const named = (re: RegExp) => lazy.filter((f) => re.test(path.basename(f)));
  const flowRoots = [...named(/^flowDiagram-/), ...named(/^dagre-/)];
  const flowchart = new Set<string>();
  for (const root of flowRoots) for (const f of closureOf(root, refs)) if (!initial.has(f) && !firstLevel.has(f)) flowchart.add(f);

  const measure = (files: Iterable<string>): JsSet => {
    const list = [...files].sort();
    let raw = 0;
    let gzip = 0;
    for (const f of list) {
      const buf = readFileSync(f);
      raw += buf.length;
      gzip += gzipSync(buf, { level: 9 }).length;
    }
    return { files: list.map((f) => path.relative(dist, f)), raw, gzip };
  };
  const inlineCode = inlineModules.join('\n');
  return {
    entries: entries.map((e) => ({ kind: e.kind, url: e.url, staticClosure: measure(closureOf(e.file, refs)).gzip })),
    initial: measure(initial),
    inline: { scripts: inlineModules.length, raw: Buffer.byteLength(inlineCode), gzip: inlineCode ? gzipSync(inlineCode, { level: 9 }).length : 0 },
    firstLevel: measure(firstLevel),
    flowchart: flowRoots.length ? measure(flowchart) : null,
    // The page's message catalog is imported with top-level await: it loads with the page.
    catalog: measure(named(/^en\.[\w-]+\.js$/).filter((f) => firstLevel.has(f))),
    lazy: measure(lazy),
  };
}

function closureOf(file: string, refs: (f: string) => { statics: string[] }): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...refs(f).statics);
  }
  return seen;
}

function findPage(dist: string): string | null {
  const direct = path.join(dist, 'index.html');
  if (isFile(direct)) return direct;
  // An i18n site may emit the overview under a language folder only (dist/en/index.html).
  for (const d of readdirSync(dist, { withFileTypes: true }))
    if (d.isDirectory() && !d.name.startsWith('_') && isFile(path.join(dist, d.name, 'index.html'))) return path.join(dist, d.name, 'index.html');
  return null;
}

export default function pageJs(r: Reporter) {
  const dist = path.resolve(ROOT, process.env.BENCH_DIST || 'dist');
  const page = existsSync(dist) ? findPage(dist) : null;
  if (!page) {
    r.add({ name: 'Overview page JS at load (gzip)', unit: 'KB gzip', note: 'run npm run build first' });
    r.add({ name: 'Lazy JS via import() (gzip)', unit: 'KB gzip', note: 'run npm run build first' });
    return;
  }
  let built: string;
  let a: ReturnType<typeof analysePage>;
  try {
    built = statSync(page).mtime.toISOString();
    a = analysePage(dist, readFileSync(page, 'utf8'));
  } catch (e) {
    // A build running at the same time replaces dist/ under our feet.
    r.add({ name: 'Overview page JS at load (gzip)', unit: 'KB gzip', note: `could not read ${path.relative(ROOT, dist)}: ${(e as Error).message}; run again` });
    return;
  }
  const where = `${path.relative(ROOT, page)}, built ${built.slice(0, 16).replace('T', ' ')} UTC`;
  r.add({
    name: 'Overview page JS at load (gzip)',
    value: kb(a.initial.gzip + a.inline.gzip),
    unit: 'KB gzip',
    note: `${a.initial.files.length} files, ${kb(a.initial.raw + a.inline.raw)} KB raw; ` + `${where}; ${a.inline.scripts} inline script(s), ${kb(a.inline.gzip)} KB of it`,
  });
  r.add({
    name: '  + its language catalog (gzip)',
    value: kb(a.catalog.gzip),
    unit: 'KB gzip',
    note: `${a.catalog.files.length} files, ${kb(a.catalog.raw)} KB raw; ` + `loaded at once by a top-level await (${a.catalog.files.join(', ') || 'not found'}); counted in the first import() level too`,
  });
  r.add({
    name: 'Lazy: first import() level (gzip)',
    value: kb(a.firstLevel.gzip),
    unit: 'KB gzip',
    note: `${a.firstLevel.files.length} files, ${kb(a.firstLevel.raw)} KB raw; ` + 'what the page\'s own dynamic imports load (e.g. mermaid core), with their static imports',
  });
  r.add({
    name: '  + Mermaid flowchart chunks (gzip)',
    value: a.flowchart ? kb(a.flowchart.gzip) : undefined,
    unit: 'KB gzip',
    note: a.flowchart
      ? `${a.flowchart.files.length} files, ${kb(a.flowchart.raw)} KB raw; flowDiagram-* and dagre-* chunks with their static imports`
      : 'no flowDiagram-* chunk in the build',
  });
  r.add({
    name: 'Lazy: all JS reachable via import() (gzip)',
    value: kb(a.lazy.gzip),
    unit: 'KB gzip',
    note: `${a.lazy.files.length} files, ${kb(a.lazy.raw)} KB raw; ` + 'upper bound: every Mermaid diagram type; only the one drawn is fetched',
  });
  r.detail('pageJs', { page: path.relative(ROOT, page), built, ...a });
}

