// The overview of a 3,000-goal organisation in Chromium: when its outline and its diagram are
// visible, against the demo's outline and against a bare Mermaid page (scripts/bench/
// bare-mermaid.html: the project's own mermaid package drawing the same text with the same
// settings, nothing else), interleaved run by run. Times are the page's own clock
// (performance.now() from navigation start), each run in a new browser context (empty cache).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { seedGenerated } from '../../db/seed/generate.ts';
import { diagramLabels } from '../../src/client/diagram-labels.ts';
import { localToday } from '../../src/client/local-today.ts';
import { hierarchyDiagram, MAX_DIAGRAM_NODES } from '../../src/diagrams/hierarchy.ts';
import { FLOWCHART_CONFIG } from '../../src/diagrams/mermaid-config.ts';
import { readPeriodChoice, treeForPeriod } from '../../src/domain/period-filter.ts';
import type { Tree } from '../../src/domain/types.ts';
import { formatters, messages } from '../../src/i18n/index.ts';
import { openDatabase } from '../../src/server/db.ts';
import { signInHeaders } from '../../test/e2e/app.ts';
import { ROOT, median, ms, percentile, type Reporter } from './lib.ts';
import {
  BENCH_ADMIN,
  DIAGRAM_DRAWN,
  addBenchAdmin,
  launchBrowser,
  signedInContext,
  startApp,
  type RunningApp,
} from './browser.ts';

const GOALS = 3_000;
const ORG = { goals: GOALS, measuresPerGoal: 4, checkInsPerMeasure: 3 };
/** Each run of the big overview takes seconds: fewer runs than the bench's default. */
const RUNS = 5;
const WARM_UP = 1;
const OUTLINE_VISIBLE = 'nav.outline .outline-row';
const TIMEOUT = 180_000;

/** Serves the bare Mermaid page, the mermaid package's browser build, the text and the settings. */
async function bareMermaidServer(text: string): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = path.join(ROOT, 'node_modules/mermaid/dist');
  const page = path.join(ROOT, 'scripts/bench/bare-mermaid.html');
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/') return send(res, 'text/html; charset=utf-8', await readFile(page));
      if (url.pathname === '/diagram.mmd') return send(res, 'text/plain; charset=utf-8', text);
      if (url.pathname === '/config.json') return send(res, 'application/json', JSON.stringify(FLOWCHART_CONFIG));
      if (url.pathname.startsWith('/mermaid/')) {
        const file = path.join(dist, path.normalize(url.pathname.slice('/mermaid/'.length)));
        if (file.startsWith(dist + path.sep)) return send(res, 'text/javascript; charset=utf-8', await readFile(file));
      }
    } catch {
      // falls through to 404
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function send(res: import('node:http').ServerResponse, type: string, body: string | Buffer) {
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}

/** Milliseconds from navigation start until `selector` matches, on the page's clock. */
async function visibleAt(page: import('playwright-core').Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction((s) => (document.querySelector(s) ? performance.now() : 0), selector, {
    polling: 'raf',
    timeout: TIMEOUT,
  });
  return (await handle.jsonValue()) as number;
}

async function overviewRun(
  app: RunningApp,
  browser: Browser,
): Promise<{ outline: number; diagram: number; nodes: number }> {
  const context = await signedInContext(app, browser);
  try {
    const page = await context.newPage();
    await page.goto(`${app.url}/`, { waitUntil: 'commit' });
    const [outline, diagram] = await Promise.all([visibleAt(page, OUTLINE_VISIBLE), visibleAt(page, DIAGRAM_DRAWN)]);
    const nodes = await page.locator('.diagram-canvas svg g.node').count();
    return { outline, diagram, nodes };
  } finally {
    await context.close();
  }
}

async function bareRun(url: string, browser: Browser): Promise<{ diagram: number; nodes: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const diagram = await visibleAt(page, '#out svg g.node');
    return { diagram, nodes: await page.locator('#out svg g.node').count() };
  } finally {
    await context.close();
  }
}

/** The text the overview draws for this tree: the same function, words and day as the page. */
async function overviewText(app: RunningApp): Promise<{ text: string; nodeCount: number }> {
  const headers = await signInHeaders(app, BENCH_ADMIN.email, BENCH_ADMIN.password);
  const res = await fetch(`${app.url}/api/tree`, { headers });
  if (!res.ok) throw new Error(`GET /api/tree: ${res.status}`);
  // The overview draws the goals of the current quarter unless the URL names another period.
  const tree = treeForPeriod((await res.json()) as Tree, readPeriodChoice(null, localToday()));
  const d = hierarchyDiagram(
    tree,
    diagramLabels({ t: messages('en'), fmt: formatters('en') }),
    {},
    MAX_DIAGRAM_NODES,
    localToday(),
  );
  return { text: d.text, nodeCount: d.nodeCount };
}

const stats = (xs: number[]) => ({
  median: median(xs),
  p95: percentile(
    [...xs].sort((a, b) => a - b),
    0.95,
  ),
});

export default async function diagram(r: Reporter) {
  const demo = await startApp({ build: true, env: { TILLER_DEMO: 'on' } });
  let big: RunningApp | undefined;
  let browser: Browser | undefined;
  let bare: Awaited<ReturnType<typeof bareMermaidServer>> | undefined;
  try {
    big = await startApp({ env: { TILLER_DEMO: 'off' } });
    browser = await launchBrowser();
    const t0 = performance.now();
    const client = await openDatabase(big.databaseUrl);
    try {
      await seedGenerated(client, ORG);
    } finally {
      client.close();
    }
    const seedMs = performance.now() - t0;
    await addBenchAdmin(big);
    await addBenchAdmin(demo);
    const { text, nodeCount } = await overviewText(big);
    bare = await bareMermaidServer(text);

    const samples = {
      outline: [] as number[],
      diagram: [] as number[],
      bare: [] as number[],
      demoOutline: [] as number[],
      demoDiagram: [] as number[],
    };
    const nodes = { tiller: 0, bare: 0 };
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const a = await overviewRun(big, browser);
      const b = await bareRun(bare.url, browser);
      const d = await overviewRun(demo, browser);
      nodes.tiller = a.nodes;
      nodes.bare = b.nodes;
      if (i < WARM_UP) continue;
      samples.outline.push(a.outline);
      samples.diagram.push(a.diagram);
      samples.bare.push(b.diagram);
      samples.demoOutline.push(d.outline);
      samples.demoDiagram.push(d.diagram);
    }
    const outline = stats(samples.outline);
    const drawn = stats(samples.diagram);
    const anchor = stats(samples.bare);
    const demoOutline = stats(samples.demoOutline);
    const demoDiagram = stats(samples.demoDiagram);
    const org = `${GOALS} goals, ${GOALS * ORG.measuresPerGoal} measures`;
    r.add({
      name: `Overview outline visible (${GOALS} goals)`,
      value: ms(outline.median),
      p95: ms(outline.p95),
      unit: 'ms',
      anchor: { name: "the demo's outline", value: ms(demoOutline.median) },
      goal: "≤ 2× the demo's",
      note: `${org}; from navigation start, page clock; ${RUNS} runs interleaved; first outline row`,
    });
    r.add({
      name: `Overview diagram visible (${GOALS} goals)`,
      value: ms(drawn.median),
      p95: ms(drawn.p95),
      unit: 'ms',
      anchor: { name: 'bare Mermaid, same text', value: ms(anchor.median) },
      goal: '≤ 1.5× bare Mermaid',
      note: `${nodeCount} nodes in the text; ${nodes.tiller} drawn by Tiller, ${nodes.bare} by the bare page (scripts/bench/bare-mermaid.html)`,
    });
    r.add({
      name: `  diagram after the outline (${GOALS} goals)`,
      value: ms(median(samples.diagram.map((d, i) => d - samples.outline[i]!))),
      unit: 'ms',
      note: 'per run: what drawing takes once the tree is in and the outline shown (both wait for GET /api/tree)',
    });
    r.add({
      name: 'Demo overview diagram visible',
      value: ms(demoDiagram.median),
      p95: ms(demoDiagram.p95),
      unit: 'ms',
      note: `demo outline ${ms(demoOutline.median)} ms (the anchor above)`,
    });
    r.detail('samples', { ...samples, seedMs: ms(seedMs), textChars: text.length, nodeCount, nodes });
  } finally {
    await browser?.close();
    await bare?.close();
    await big?.stop();
    await demo.stop();
  }
}
