// Timeline → Mermaid gantt: structure, paging, clipping and hostile names, read back by Mermaid.
import DOMPurify from 'dompurify';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_GANTT_GOALS,
  escapeGanttName,
  timelineGantt,
  type TimelineLabels,
} from '../../../src/diagrams/timeline.ts';
import type { Timeline, TimelineGoal } from '../../../src/domain/reviews.ts';

const labels: TimelineLabels = { today: 'Today', review: (t) => `Review: ${t}` };

function tg(id: string, over: Partial<TimelineGoal> = {}): TimelineGoal {
  return {
    id,
    title: `Goal ${id}`,
    owner: '',
    parentGoalId: null,
    startDate: '2027-01-01',
    dueDate: '2027-12-31',
    reviewDate: '2027-03-31',
    nextReviewDate: '2027-03-31',
    reviewCadence: 'quarterly',
    state: 'open',
    progress: 0.5,
    computedStatus: 'on_track',
    override: null,
    status: 'on_track',
    ...over,
  };
}

function timeline(depts: [string, TimelineGoal[]][], over: Partial<Timeline> = {}): Timeline {
  return {
    from: null,
    to: null,
    today: '2027-02-15',
    departments: depts.map(([name, goals]) => ({ id: `d-${name}`, name, goals })),
    reviews: [],
    ...over,
  };
}

const HOSTILE = [
  'Cut AHT: 30 s; then #1 %% comment',
  'section Evil',
  'title Pwned',
  'click g0 call alert(1)',
  '2027-01-01 looks like a date',
  '%%{init: {"securityLevel":"loose"}}%%',
  '<img src=x onerror=alert(1)>',
  'dateFormat X',
  'a\nsection Injected\nb',
  '#quot; ¶ß ﬂ°°60¶ß',
  'todayMarker stroke:red',
];

describe('timelineGantt text', () => {
  it('draws sections, bars, review milestones and today as a vertical line', () => {
    const t = timeline([
      ['Accounts', [tg('a1', { status: 'off_track' })]],
      [
        'Customer service',
        [
          tg('c1', { status: 'achieved' }),
          tg('c2', { status: 'at_risk', state: 'open', nextReviewDate: '2027-06-30' }),
          tg('c3', { state: 'carried', status: 'missed' }),
        ],
      ],
    ]);
    const g = timelineGantt(t, labels);
    expect(g.text).toBe(
      [
        'gantt',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %Y-%m-%d',
        '  inclusiveEndDates',
        '  todayMarker off',
        '  section Accounts',
        '  Goal a1:crit, g0, 2027-01-01, 2027-12-31',
        '  Review#58; Goal a1:milestone, m0, 2027-03-31, 0d',
        '  section Customer service',
        '  Goal c1:done, g1, 2027-01-01, 2027-12-31',
        '  Review#58; Goal c1:milestone, m1, 2027-03-31, 0d',
        '  Goal c2:active, g2, 2027-01-01, 2027-12-31',
        '  Review#58; Goal c2:milestone, m2, 2027-06-30, 0d',
        '  Goal c3:crit, done, g3, 2027-01-01, 2027-12-31',
        '  Today:vert, today, 2027-02-15, 0d',
        '',
      ].join('\n'),
    );
    expect(g.tasks).toEqual({
      g0: { kind: 'goal', goalId: 'a1', tone: 'off_track' },
      m0: { kind: 'review', goalId: 'a1' },
      g1: { kind: 'goal', goalId: 'c1', tone: 'achieved' },
      m1: { kind: 'review', goalId: 'c1' },
      g2: { kind: 'goal', goalId: 'c2', tone: 'at_risk' },
      m2: { kind: 'review', goalId: 'c2' },
      g3: { kind: 'goal', goalId: 'c3', tone: 'carried' }, // its outcome, not the computed status
      today: { kind: 'today', goalId: null },
    });
    expect(g).toMatchObject({ goalCount: 4, truncated: false, omitted: 0, nextOffset: null });
  });

  it("puts the status mark before a bar's name when asked; a closed goal shows its outcome", () => {
    const t = timeline([
      ['Accounts', [tg('a1', { status: 'on_track', state: 'missed' }), tg('a2', { status: 'off_track' })]],
    ]);
    const g = timelineGantt(t, { ...labels, mark: (tone) => `mark-${tone}` });
    expect(g.text).toContain('  mark-missed Goal a1:');
    expect(g.text).toContain('  mark-off_track Goal a2:');
    expect(g.tasks.g0).toEqual({ kind: 'goal', goalId: 'a1', tone: 'missed' });
  });

  it('caps the goals per diagram and pages through the rest', () => {
    const goals = Array.from({ length: 150 }, (_, i) => tg(`x${i}`));
    const t = timeline([
      ['One', goals.slice(0, 70)],
      ['Two', goals.slice(70)],
    ]);
    const first = timelineGantt(t, labels);
    expect(first).toMatchObject({ goalCount: MAX_GANTT_GOALS, truncated: true, omitted: 90, nextOffset: 60 });
    expect(first.text.match(/^ {2}section /gm)).toHaveLength(1);
    const second = timelineGantt(t, labels, { offset: 60 });
    expect(second).toMatchObject({ goalCount: 60, truncated: true, omitted: 90, nextOffset: 120 });
    expect(second.text.match(/^ {2}section /gm)).toHaveLength(2);
    expect(Object.keys(second.tasks)).toContain('g60');
    const last = timelineGantt(t, labels, { offset: 120 });
    expect(last).toMatchObject({ goalCount: 30, nextOffset: null });
    expect(timelineGantt(t, labels, { maxGoals: 10 }).goalCount).toBe(10);
    expect(timelineGantt(timeline([['Empty', []]]), labels)).toMatchObject({
      goalCount: 0,
      truncated: false,
      tasks: {},
    });
  });

  it('clips bars and milestones to the window, and leaves today out when it lies outside', () => {
    const t = timeline(
      [['A', [tg('a', { startDate: '2026-06-01', dueDate: '2028-06-30', nextReviewDate: '2027-09-30' })]]],
      {
        from: '2027-01-01',
        to: '2027-03-31',
        today: '2027-05-01',
      },
    );
    const g = timelineGantt(t, labels);
    expect(g.text).toContain('  Goal a:g0, 2027-01-01, 2027-03-31\n');
    expect(g.text).not.toContain('milestone');
    expect(g.text).not.toContain('vert');
    expect(timelineGantt(t, labels, { clip: false }).text).toContain('  Goal a:g0, 2026-06-01, 2028-06-30\n');
  });

  it('ignores an axis format that could inject text', () => {
    const g = timelineGantt(timeline([['A', [tg('a')]]]), labels, { axisFormat: '%b\nsection X' });
    expect(g.text).toContain('  axisFormat %Y-%m-%d\n');
    expect(timelineGantt(timeline([['A', [tg('a')]]]), labels, { axisFormat: '%b %Y' }).text).toContain(
      '  axisFormat %b %Y\n',
    );
  });
});

describe('escapeGanttName', () => {
  it.each(HOSTILE)(
    '%j has no raw colon, hash, semicolon, percent or newline, and never starts like a keyword or a date',
    (name) => {
      const out = escapeGanttName(name);
      // Entity codes (#58; #quot; …) are the only place a # or ; may appear.
      expect(out.replace(/#\d+;|#[a-z]+;/g, '')).not.toMatch(/[:;%#\n\r]/);
      expect(out).not.toMatch(/^(section|title|click|dateformat|todaymarker|\d)/i);
    },
  );

  it('shortens long names with an ellipsis and never returns an empty name', () => {
    expect(Array.from(escapeGanttName('x'.repeat(100))).length).toBe(60);
    expect(escapeGanttName('x'.repeat(100)).endsWith('…')).toBe(true);
    expect(escapeGanttName('   ')).toBe('#8203;');
  });
});

// ---- Mermaid's own parser (see hierarchy.test.ts for why DOMPurify is stubbed in Node) ----
describe('Mermaid parses the gantt text', () => {
  type Task = {
    id: string;
    task: string;
    section: string;
    milestone: boolean;
    vert: boolean;
    crit: boolean;
    done: boolean;
    active: boolean;
  };
  let mermaid: (typeof import('mermaid'))['default'];

  beforeAll(async () => {
    const purify = DOMPurify as unknown as Record<string, unknown>;
    if (typeof purify.addHook !== 'function') {
      purify.addHook = () => undefined;
      purify.removeHook = () => undefined;
      purify.removeHooks = () => undefined;
      purify.removeAllHooks = () => undefined;
      purify.sanitize = (s: unknown) => String(s);
    }
    mermaid = (await import('mermaid')).default;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  });

  async function tasks(text: string): Promise<Task[]> {
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'gantt' });
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    return (diagram.db as unknown as { getTasks(): Task[] }).getTasks();
  }

  /** Mermaid's entity placeholders → the characters the browser will show. */
  const shown = (s: string) =>
    s
      .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/ﬂ°(\w+)¶ß/g, (all, n: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>' })[n] ?? all);

  it('rejects a broken task line (the check can fail)', async () => {
    // A raw line break in a name leaves a line without its task data.
    await expect(
      mermaid.parse('gantt\n  dateFormat YYYY-MM-DD\n  Goal a\nb:g0, 2027-01-01, 2027-01-05\n'),
    ).rejects.toThrow();
    await expect(
      mermaid.parse('gantt\n  dateFormat YYYY-MM-DD\n  Goal a:g0, 2027-01-01, 2027-01-05\n'),
    ).resolves.toBeTruthy();
  });

  it('reads back one task per goal and milestone, with the exact hostile names, in the right sections', async () => {
    const goals = HOSTILE.map((title, i) => tg(`h${i}`, { title, status: i % 2 ? 'off_track' : 'on_track' }));
    const t = timeline([
      ['Sales: #1; 100 %', goals.slice(0, 6)],
      ['section Hack', goals.slice(6)],
    ]);
    const g = timelineGantt(t, labels);
    const parsed = await tasks(g.text);
    const bars = parsed.filter((x) => !x.milestone && !x.vert);
    const miles = parsed.filter((x) => x.milestone);
    expect(bars.map((b) => b.id)).toEqual(HOSTILE.map((_, i) => `g${i}`));
    expect(miles.map((b) => b.id)).toEqual(HOSTILE.map((_, i) => `m${i}`));
    expect(parsed.filter((x) => x.vert).map((x) => x.id)).toEqual(['today']);
    const expected = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(bars.map((b) => shown(b.task).replace(/\u200b/g, ''))).toEqual(HOSTILE.map(expected));
    expect(miles.map((b) => shown(b.task))).toEqual(HOSTILE.map((h) => `Review: ${expected(h)}`));
    expect(new Set(bars.slice(0, 6).map((b) => shown(b.section)))).toEqual(new Set(['Sales: #1; 100 %']));
    expect(new Set(bars.slice(6).map((b) => shown(b.section)))).toEqual(new Set(['section Hack']));
    expect(bars.map((b) => b.crit === true)).toEqual(HOSTILE.map((_, i) => i % 2 === 1));
  });

  it('parses a full page of 60 goals with milestones', async () => {
    const goals = Array.from({ length: 80 }, (_, i) => tg(`p${i}`, { title: `Goal ${i}: ${'x'.repeat(i)}` }));
    const g = timelineGantt(
      timeline([
        ['A', goals.slice(0, 40)],
        ['B', goals.slice(40)],
      ]),
      labels,
    );
    expect(g.truncated).toBe(true);
    const parsed = await tasks(g.text);
    expect(parsed.filter((x) => !x.milestone && !x.vert)).toHaveLength(60);
    expect(parsed.filter((x) => x.milestone)).toHaveLength(60);
  });
});
