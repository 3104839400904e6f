// Lighthouse (desktop preset, simulated throttling) on a real `npm start` server with the demo,
// signed in as leadership: performance score, TBT and TTI of the overview and a goal page, and the
// accessibility score of every page. Chromium is Debian's /usr/bin/chromium, launched by
// chrome-launcher with the flags our browser tests use.
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { DEMO_USERS } from '../../db/seed/demo-users.ts';
import { SESSION_COOKIE } from '../../src/server/cookies.ts';
import { startDemoServer, type DemoServer } from './demo-server.ts';
import type { Reporter } from './lib.ts';

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Every page of the site (English; the Swedish ones are the same templates), by the path it is opened at. */
function pages(ids: DemoServer['ids']): { name: string; path: string; performance?: boolean }[] {
  return [
    { name: 'overview', path: '/', performance: true },
    { name: 'goal', path: `/goal/?id=${ids.goal}`, performance: true },
    { name: 'measure', path: `/measure/?id=${ids.measure}` },
    { name: 'department', path: `/department/?id=${ids.department}` },
    { name: 'departments', path: '/departments/' },
    { name: 'team', path: '/team/' },
    { name: 'timeline', path: '/timeline/' },
    { name: 'due', path: '/due/' },
    { name: 'reviews', path: '/reviews/' },
    ...(ids.review ? [{ name: 'review', path: `/review/?id=${ids.review}` }] : []),
    { name: 'qa-form', path: '/qa-form/' },
    { name: 'help/status', path: '/help/status/' },
    { name: 'admin/users', path: '/admin/users/' },
    { name: 'admin/audit', path: '/admin/audit/' },
    { name: 'admin/tokens', path: '/admin/tokens/' },
    { name: 'admin/bin', path: '/admin/bin/' },
    { name: 'sign-in', path: '/sign-in/' },
    { name: 'invite (no token)', path: '/invite/' },
  ];
}

async function sessionCookie(server: DemoServer): Promise<string> {
  const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  const cookie = new RegExp(`${SESSION_COOKIE}=[^;]+`).exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (res.status !== 201 || !cookie) throw new Error(`Sign-in failed: ${res.status}`);
  return cookie;
}

export default async function lighthouseSection(r: Reporter) {
  const server = await startDemoServer();
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'error',
  });
  try {
    const cookie = await sessionCookie(server);
    const accessibility: { page: string; score: number; failing: string[] }[] = [];
    for (const page of pages(server.ids)) {
      const result = await lighthouse(
        `${server.url}${page.path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          extraHeaders: { cookie },
          onlyCategories: page.performance ? ['performance', 'accessibility'] : ['accessibility'],
        },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${page.path}`);
      if (lhr.runtimeError)
        throw new Error(`Lighthouse failed on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const a11y = score('accessibility');
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0),
        )
        .map((a) => a.id);
      accessibility.push({ page: page.name, score: a11y, failing });
      if (page.performance) {
        const numeric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
        r.add({
          name: `Lighthouse desktop performance, ${page.name}`,
          value: score('performance'),
          unit: '/100',
          goal: '≥ 95',
        });
        r.add({
          name: `Lighthouse TBT, ${page.name}`,
          value: numeric('total-blocking-time'),
          unit: 'ms',
          goal: '≤ 200 ms',
        });
        r.add({
          name: `Lighthouse TTI, ${page.name}`,
          value: numeric('interactive'),
          unit: 'ms',
          note: `FCP ${numeric('first-contentful-paint')} ms, LCP ${numeric('largest-contentful-paint')} ms, CLS ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}`,
        });
      }
    }
    const worst = accessibility.reduce((a, b) => (b.score < a.score ? b : a));
    const below = accessibility.filter((a) => a.score < 100);
    r.add({
      name: `Lighthouse accessibility, lowest of ${accessibility.length} pages`,
      value: worst.score,
      unit: '/100',
      goal: '100 on every page',
      note: below.length
        ? below.map((a) => `${a.page} ${a.score} (${a.failing.join(', ')})`).join('; ')
        : 'every page 100',
    });
    r.detail('accessibility', accessibility);
  } finally {
    chrome.kill();
    await server.stop();
  }
}
