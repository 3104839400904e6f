// The Markdown export: structure, figures, and user text that stays text. The output is read back
// with a real Markdown parser (marked, which Mermaid already depends on).
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownBlock, reviewMarkdown } from '../../../src/domain/review-export.ts';
import { emptyStatusCounts, type Action, type Agenda, type AgendaItem } from '../../../src/domain/reviews.ts';

const meta = { version: 1, createdAt: '2027-03-01T10:00:00.000Z', updatedAt: '2027-03-01T10:00:00.000Z' };

function action(over: Partial<Action>): Action {
  return {
    id: 'a',
    ...meta,
    reviewId: 'r1',
    goalId: null,
    kind: 'action',
    text: 'Do it',
    owner: '',
    dueDate: null,
    state: 'open',
    doneAt: null,
    ...over,
  };
}

function item(title: string, over: Partial<AgendaItem> = {}): AgendaItem {
  return {
    goal: {
      id: `g-${title}`,
      version: 1,
      title,
      description: '',
      owner: 'Ana',
      departmentId: 'd1',
      parentGoalId: null,
      parentTitle: null,
      startDate: '2027-01-01',
      dueDate: '2027-12-31',
      reviewDate: '2027-03-31',
      nextReviewDate: '2027-03-31',
      reviewCadence: 'quarterly',
      state: 'open',
      closedAt: null,
      closedComment: '',
      carriedFromGoalId: null,
    },
    progress: 0.3,
    expected: 0.25,
    computedStatus: 'on_track',
    override: null,
    status: 'on_track',
    notes: '',
    item: null,
    measures: [
      {
        id: 'm1',
        name: 'FCR',
        unit: '%',
        direction: 'increase',
        baseline: 70,
        baselineDate: '2027-01-01',
        target: 80,
        targetLow: null,
        targetHigh: null,
        targetDate: '2027-12-31',
        frequency: 'monthly',
        weight: 1,
        latest: {
          id: 'c1',
          value: 73,
          date: '2027-03-15',
          note: '',
          sampleSize: null,
          margin: null,
          belowMinSample: false,
        },
        smallSample: null,
        progress: 0.3,
        expected: 0.25,
        status: 'on_track',
        previousValue: 71,
        checkInsSince: [],
        checkInsSinceCount: 2,
      },
    ],
    changes: { since: '2026-12-15', previousReview: null, progressDelta: 0.1, checkInCount: 2 },
    actions: [],
    advancedReviewDate: null,
    ...over,
  };
}

function agenda(items: AgendaItem[], over: Partial<Agenda> = {}): Agenda {
  const byStatus = emptyStatusCounts();
  for (const i of items) byStatus[i.status] += 1;
  return {
    review: {
      id: 'r1',
      ...meta,
      period: '2027-Q1',
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      meetingDate: '2027-03-31',
      forum: 'leadership_review',
      departmentId: null,
      attendees: ['Ana Berg', 'Bo Ek'],
      notes: '',
      state: 'open',
      closedAt: null,
    },
    frozen: false,
    asOf: '2027-03-31',
    carriedActions: [],
    departments: [{ id: 'd1', name: 'Customer service', items }],
    generalActions: [],
    summary: { goals: items.length, byStatus },
    ...over,
  };
}

/** Every token, depth first. */
function walk(tokens: Token[], out: Token[] = []): Token[] {
  for (const t of tokens) {
    out.push(t);
    const nested = t as Token & {
      tokens?: Token[];
      items?: Token[];
      header?: { tokens: Token[] }[];
      rows?: { tokens: Token[] }[][];
    };
    if (nested.tokens) walk(nested.tokens, out);
    if (nested.items) walk(nested.items, out);
    if (nested.header) for (const c of nested.header) walk(c.tokens, out);
    if (nested.rows) for (const r of nested.rows) for (const c of r) walk(c.tokens, out);
  }
  return out;
}

/** The text a reader sees in an inline token list (escapes resolved). */
function textOf(tokens: Token[]): string {
  return tokens
    .map((t) => {
      const n = t as Token & { tokens?: Token[]; text?: string };
      if (t.type === 'br') return '\n';
      if (n.tokens) return textOf(n.tokens);
      return (n as { text?: string }).text ?? '';
    })
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

const HOSTILE = [
  '# Not a heading',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![img](http://x/y.png)',
  '**bold** _em_ `code` ~~strike~~',
  '| cell | break |',
  '> quote',
  '- list',
  '+ list',
  '1. ordered',
  '2) ordered',
  '---',
  '===',
  '***',
  '&copy; &#60;',
  'http://evil.example/phish and www.evil.example',
  'back\\slash\\',
  'C# and #hashtag',
  '<https://autolink.example>',
  '    indented code',
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('keeps %j as one plain paragraph with exactly that text', (text) => {
    const tokens = marked.lexer(escapeMarkdown(text));
    expect(tokens.map((t) => t.type)).toEqual(['paragraph']);
    const all = walk(tokens);
    expect(all.filter((t) => !['paragraph', 'text', 'escape'].includes(t.type)).map((t) => t.type)).toEqual([]);
    expect(textOf((tokens[0] as Tokens.Paragraph).tokens)).toBe(text.trim());
  });

  it('turns line breaks and control characters into one line', () => {
    expect(escapeMarkdown('a\nb\r\nc\u0000d\u2028e')).toBe('a b cde');
  });

  it('keeps the lines of a block as hard line breaks, each escaped', () => {
    const md = escapeMarkdownBlock('# one\n\n- two\n<b>three</b>');
    const tokens = marked.lexer(md);
    expect(tokens.map((t) => t.type)).toEqual(['paragraph']);
    expect(textOf((tokens[0] as Tokens.Paragraph).tokens)).toBe('# one\n- two\n<b>three</b>');
  });
});

describe('reviewMarkdown', () => {
  it('writes the review: header, summary, departments, goals with figures, notes, actions', () => {
    const md = reviewMarkdown(
      agenda(
        [
          item('Raise FCR', {
            notes: 'Good quarter.\nKeep going.',
            status: 'at_risk',
            override: { status: 'at_risk', reason: 'Supplier late' },
            actions: [action({ text: 'Call supplier', owner: 'Bo', dueDate: '2027-04-15' })],
            advancedReviewDate: '2027-06-30',
          }),
        ],
        {
          carriedActions: [
            {
              ...action({ text: 'Old thing', dueDate: '2027-01-31' }),
              reviewPeriod: '2026-Q4',
              reviewMeetingDate: '2026-12-15',
              reviewForum: 'leadership_review',
              goalTitle: 'Raise FCR',
              departmentId: null,
            },
          ],
          generalActions: [action({ kind: 'decision', text: 'Keep quarterly reviews', state: 'done' })],
        },
      ),
    );
    expect(md).toBe(
      [
        '# Review 2027-Q1: Leadership review',
        '',
        '- Meeting date: 2027-03-31',
        '- State: open (live agenda)',
        '- Department: whole organisation',
        '- Attendees: Ana Berg, Bo Ek',
        '',
        '**Summary:** 1 (At risk 1)',
        '',
        '## Open actions from earlier reviews',
        '',
        '- [ ] Old thing (due 2027-01-31; from 2026-Q4; “Raise FCR”)',
        '',
        '## Customer service',
        '',
        '### Raise FCR',
        '',
        '- Owner: Ana',
        '- Period: 2027-01-01 → 2027-12-31',
        '- Next review: 2027-03-31 (next review moved to 2027-06-30)',
        '- Progress: 30 % (expected 25 %), +10 pp',
        '- Status: **At risk**, overridden (computed: On track); reason: Supplier late',
        '- Since 2026-12-15: 2 check-ins',
        '',
        '| Measure | Latest | Target | Progress | Status |',
        '|---|---|---|---:|---|',
        '| FCR | 73 % (2027-03-15) | 70 % → 80 % | 30 % | On track |',
        '',
        '**Notes:**',
        '',
        'Good quarter.\\',
        'Keep going.',
        '',
        '**Actions:**',
        '',
        '- [ ] Call supplier (Owner: Bo; due 2027-04-15)',
        '',
        '## Decisions and actions',
        '',
        '- [x] **Decision:** Keep quarterly reviews',
        '',
      ].join('\n'),
    );
  });

  it('renders hostile user text as text: no HTML, links, images or headings of its own', () => {
    const evil = HOSTILE.join(' ');
    const a = agenda([item(evil, { notes: HOSTILE.join('\n'), actions: [action({ text: evil, owner: evil })] })], {
      departments: [{ id: 'd1', name: evil, items: [] }],
      review: { ...agenda([]).review, attendees: [evil], notes: HOSTILE.join('\n') },
    });
    a.departments[0]!.items = [
      item(evil, { notes: HOSTILE.join('\n'), actions: [action({ text: evil, owner: evil })] }),
    ];
    a.departments[0]!.items[0]!.measures[0]!.name = evil;
    const md = reviewMarkdown(a);
    const tokens = marked.lexer(md);
    const all = walk(tokens);
    expect(
      all.filter((t) =>
        ['html', 'link', 'image', 'codespan', 'code', 'blockquote', 'hr', 'del', 'em'].includes(t.type),
      ),
    ).toEqual([]);
    // Headings: exactly the generator's (title, notes, department, goal), with the user's text intact.
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings.map((h) => [h.depth, textOf(h.tokens)])).toEqual([
      [1, 'Review 2027-Q1: Leadership review'],
      [2, 'Notes'],
      [2, evil.trim()],
      [3, evil.trim()],
    ]);
    // The measure table keeps its five columns despite the pipes in the name.
    const table = tokens.find((t): t is Tokens.Table => t.type === 'table')!;
    expect(table.header).toHaveLength(5);
    expect(textOf(table.rows[0]![0]!.tokens)).toBe(evil.trim());
    // And the HTML a renderer makes has no element from user text.
    const html = marked.parse(md, { async: false });
    expect(html).not.toMatch(/<(script|a|img|h4|h5|h6|blockquote|hr|pre|del)\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says so when nothing is due, and marks a closed review as the frozen record', () => {
    const a = agenda([], { departments: [] });
    a.review = { ...a.review, state: 'closed', closedAt: '2027-03-31T15:00:00.000Z' };
    const md = reviewMarkdown(a);
    expect(md).toContain('- State: closed on 2027-03-31 (frozen record)');
    expect(md).toContain('No goals are due for review.');
    expect(md).toContain('**Summary:** 0\n');
  });
});
