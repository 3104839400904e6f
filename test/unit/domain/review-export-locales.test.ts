// The Markdown export in every language: the same document with the language module's labels,
// and every status, forum and goal state translated (none left in English).
import { describe, expect, it } from 'vitest';
import { reviewMarkdown } from '../../../src/domain/review-export.ts';
import { en } from '../../../src/i18n/en.ts';
import { sv } from '../../../src/i18n/sv.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { emptyStatusCounts, type Agenda } from '../../../src/domain/reviews.ts';

const meta = { version: 1, createdAt: '2027-03-01T10:00:00.000Z', updatedAt: '2027-03-01T10:00:00.000Z' };

const agenda: Agenda = {
  review: {
    id: 'r1',
    ...meta,
    period: '2027-Q1',
    periodStart: '2027-01-01',
    periodEnd: '2027-03-31',
    meetingDate: '2027-03-31',
    forum: 'department_review',
    departmentId: null,
    attendees: ['Ana Berg'],
    notes: '',
    state: 'closed',
    closedAt: '2027-03-31T15:00:00.000Z',
  },
  frozen: true,
  asOf: '2027-03-31',
  carriedActions: [],
  departments: [
    {
      id: 'd1',
      name: 'Kundtjänst',
      items: [
        {
          goal: {
            id: 'g1',
            version: 1,
            title: 'Fler lösta vid första kontakten',
            description: '',
            owner: '',
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
          progress: 0.1,
          expected: 0.25,
          computedStatus: 'at_risk',
          override: { status: 'off_track', reason: 'Leverantören slutade' },
          status: 'off_track',
          notes: '',
          item: null,
          measures: [],
          changes: { since: '2027-01-01', previousReview: null, progressDelta: null, checkInCount: 3 },
          actions: [],
          advancedReviewDate: '2027-06-30',
        },
      ],
    },
  ],
  generalActions: [],
  summary: { goals: 1, byStatus: { ...emptyStatusCounts(), off_track: 1 } },
};

describe('Swedish Markdown labels', () => {
  it('writes the review with Swedish labels', () => {
    const md = reviewMarkdown(agenda, { labels: sv.markdown, tag: 'sv-SE' });
    expect(md).toContain('# Uppföljningsmöte 2027-Q1: Avdelningens uppföljning');
    expect(md).toContain('- Mötesdatum: 2027-03-31');
    expect(md).toContain('avslutat 2027-03-31 (fryst protokoll)');
    expect(md).toContain('- Status: **Efter plan**, satt för hand (beräknat: Risk); motivering: Leverantören slutade');
    expect(md).toContain('nästa uppföljning flyttad till 2027-06-30');
    expect(md).not.toMatch(/Meeting date|Status: \*\*Off track|Progress/);
  });

  it('translates every status, forum and goal state in every language', async () => {
    for (const l of LOCALES.filter((x) => x.code !== 'en')) {
      const labels = (await l.load()).markdown;
      for (const group of ['status', 'forum', 'goalState'] as const) {
        const english = en.markdown[group] as Record<string, string>;
        const other = labels[group] as Record<string, string>;
        expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
        for (const k of Object.keys(english)) expect(other[k], `${l.code} ${group}.${k}`).not.toBe(english[k]);
      }
    }
  });

  it('counts check-ins with the language’s plural forms', () => {
    expect([1, 3].map((n) => sv.markdown.checkIns(n))).toEqual(['1 avstämning', '3 avstämningar']);
    expect([1, 3].map((n) => en.markdown.checkIns(n))).toEqual(['1 check-in', '3 check-ins']);
  });
});
