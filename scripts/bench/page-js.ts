// The JS each page makes the browser load: the built site served by scripts/start.ts (as
// `npm start` serves it) on a temp database with the demo, a signed-in Chromium with an empty
// cache per page, and every JS response until the network is quiet (for a diagram page: after
// the diagram is drawn), from the browser's own network log. Sizes are gzip -9 of each body as
// received (the unit of the budgets, whatever the server sends); the note says what was served.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openDatabase } from '../../src/server/db.ts';
import { ROOT, kb, type Reporter } from './lib.ts';
import {
  DIAGRAM_DRAWN,
  addBenchAdmin,
  fileName,
  launchBrowser,
  networkQuiet,
  recordScripts,
  signedInContext,
  startApp,
  sum,
  type LoadedScript,
} from './browser.ts';

interface PageCase {
  name: string;
  path: string;
  /** Waits for a Mermaid drawing before the network counts as quiet. */
  diagram: boolean;
}

const WITH_DIAGRAM_GOAL = '≤ 220 KB';
const WITHOUT_DIAGRAM_GOAL = '≤ 60 KB';

async function demoIds(databaseUrl: string) {
  const client = await openDatabase(databaseUrl);
  try {
    const one = async (sql: string) => String((await client.execute(sql)).rows[0]?.[0] ?? '');
    return {
      // The department with the most goals, a top goal with sub-goals, one of its measures, a review.
      department: await one(
        'SELECT department_id FROM goals WHERE department_id IS NOT NULL GROUP BY department_id ORDER BY count(*) DESC LIMIT 1',
      ),
      goal: await one(
        'SELECT g.id FROM goals g WHERE g.parent_goal_id IS NULL AND EXISTS (SELECT 1 FROM goals c WHERE c.parent_goal_id = g.id) ORDER BY g.id LIMIT 1',
      ),
      measure: await one('SELECT id FROM measures ORDER BY id LIMIT 1'),
      review: await one('SELECT id FROM reviews ORDER BY id LIMIT 1'),
    };
  } finally {
    client.close();
  }
}

/**
 * The files Mermaid brought: every built JS file reachable from the `mermaid.core` chunk through
 * its imports and import() calls (Vite's preload lists included), less those the app itself
 * loads on a page without a diagram.
 */
function mermaidFiles(): Set<string> {
  const dir = path.join(ROOT, 'dist/_astro');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const core = files.find((f) => /^mermaid\.core\./.test(f));
  const out = new Set<string>();
  if (!core) return out;
  const stack = [core];
  while (stack.length) {
    const f = stack.pop()!;
    if (out.has(f)) continue;
    out.add(f);
    const code = readFileSync(path.join(dir, f), 'utf8');
    for (const m of code.matchAll(/["'`](?:\.\/|\/_astro\/|_astro\/)?([\w.~-]+\.js)["'`]/g))
      if (files.includes(m[1]!)) stack.push(m[1]!);
  }
  return out;
}

export default async function pageJs(r: Reporter) {
  const app = await startApp({ build: true, env: { TILLER_DEMO: 'on' } });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    await addBenchAdmin(app);
    const ids = await demoIds(app.databaseUrl);
    const q = (p: string, id: string) => `${p}?id=${encodeURIComponent(id)}`;
    const cases: PageCase[] = [
      { name: 'overview', path: '/', diagram: true },
      { name: 'department page', path: q('/department/', ids.department), diagram: true },
      { name: 'goal page', path: q('/goal/', ids.goal), diagram: true },
      { name: 'timeline (Gantt)', path: '/timeline/', diagram: true },
      { name: 'departments list', path: '/departments/', diagram: false },
      { name: 'reviews', path: '/reviews/', diagram: false },
      { name: 'review page', path: q('/review/', ids.review), diagram: false },
      { name: 'due', path: '/due/', diagram: false },
      { name: 'measure page', path: q('/measure/', ids.measure), diagram: false },
      { name: 'team', path: '/team/', diagram: false },
      { name: 'help: status', path: '/help/status/', diagram: false },
      { name: 'admin: users', path: '/admin/users/', diagram: false },
      { name: 'admin: audit log', path: '/admin/audit/', diagram: false },
      { name: 'admin: bin', path: '/admin/bin/', diagram: false },
      { name: 'admin: tokens', path: '/admin/tokens/', diagram: false },
    ];
    const mermaid = mermaidFiles();
    const detail: Record<string, unknown> = {};
    const measured: { c: PageCase; scripts: LoadedScript[]; failure: string }[] = [];
    for (const c of cases) {
      const context = await signedInContext(app, browser);
      const page = await context.newPage();
      const quiet = networkQuiet(page);
      const rec = recordScripts(page);
      let failure = '';
      try {
        await page.goto(`${app.url}${c.path}`, { waitUntil: 'networkidle', timeout: 120_000 });
        if (c.diagram)
          await page.waitForSelector(
            c.name.startsWith('timeline') ? '.gantt .diagram-canvas[data-state="ready"] svg' : DIAGRAM_DRAWN,
            { timeout: 120_000 },
          );
        await quiet();
      } catch (e) {
        failure = ` (${(e as Error).message.split('\n')[0]})`;
      }
      measured.push({ c, scripts: await rec.scripts(), failure });
      await context.close();
    }
    // Shared runtime (Vite's preload helper) that pages without a diagram load too is the app's.
    const appLoads = new Set(
      measured.filter((m) => !m.c.diagram).flatMap((m) => m.scripts.map((s) => fileName(s.url))),
    );
    const isMermaid = (s: LoadedScript) => mermaid.has(fileName(s.url)) && !appLoads.has(fileName(s.url));
    for (const { c, scripts, failure } of measured) {
      const theirs = scripts.filter(isMermaid);
      const elk = scripts.filter((s) => /^elk-/.test(fileName(s.url)));
      const served = sum(scripts, 'served');
      const encodings = [...new Set(scripts.map((s) => s.encoding))].join('/');
      r.add({
        name: `JS loaded: ${c.name}`,
        value: kb(sum(scripts, 'gzip')),
        unit: 'KB gzip',
        goal: c.diagram ? WITH_DIAGRAM_GOAL : WITHOUT_DIAGRAM_GOAL,
        note:
          `${scripts.length} files, ${kb(sum(scripts, 'raw'))} KB raw, ${kb(served)} KB as served (${encodings || 'none'})` +
          (theirs.length ? `; Mermaid's share ${kb(sum(theirs, 'gzip'))} KB in ${theirs.length} files` : '') +
          (elk.length ? `; ELK fetched: ${kb(sum(elk, 'gzip'))} KB` : '') +
          failure,
      });
      detail[c.name] = {
        url: c.path,
        files: scripts
          .map((s) => ({
            file: fileName(s.url),
            gzip: s.gzip,
            raw: s.raw,
            served: s.served,
            encoding: s.encoding,
            mermaid: isMermaid(s),
          }))
          .sort((x, y) => y.gzip - x.gzip),
      };
    }
    r.detail('pages', detail);
  } finally {
    await browser?.close();
    await app.stop();
  }
}
