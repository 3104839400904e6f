// The Markdown export in Swedish: the same document with Swedish labels, and every status,
// forum and goal state translated (none left in English).
import { describe, expect, it } from 'vitest';
import { EN_MARKDOWN_LABELS, reviewMarkdown } from '../../src/domain/review-export.ts';
import { SV_MARKDOWN_LABELS, markdownLabels } from '../../src/domain/review-export-sv.ts';
import { emptyStatusCounts, type Agenda } from '../../src/domain/reviews.ts';

const meta = { version: 1, createdAt: '2027-03-01T10:00:00.000Z', updatedAt: '2027-03-01T10:00:00.000Z' };

const agenda: Agenda = {
  review: {
    id: 'r1', ...meta, period: '2027-Q1', periodStart: '2027-01-01', periodEnd: '2027-03-31', meetingDate: '2027-03-31',
    forum: 'department_review', departmentId: null, attendees: ['Ana Berg'], notes: '', state: 'closed', closedAt: '2027-03-31T15:00:00.000Z',
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
            id: 'g1', version: 1, title: 'Fler lösta vid första kontakten', description: '', owner: '', departmentId: 'd1', parentGoalId: null,
            parentTitle: null, startDate: '2027-01-01', dueDate: '2027-12-31', reviewDate: '2027-03-31', nextReviewDate: '2027-03-31',
            reviewCadence: 'quarterly', state: 'open', closedAt: null, closedComment: '', carriedFromGoalId: null,
          },
          progress: 0.1, expected: 0.25, computedStatus: 'at_risk', override: { status: 'off_track', reason: 'Leverantören slutade' },
          status: 'off_track', notes: '', item: null, measures: [],
          changes: { since: '2027-01-01', previousReview: null, progressDelta: null, checkInCount: 3 },
          actions: [], advancedReviewDate: '2027-06-30',
        },
      ],
    },
  ],
  generalActions: [],
  summary: { goals: 1, byStatus: { ...emptyStatusCounts(), off_track: 1 } },
};

describe('Swedish Markdown labels', () => {
  it('writes the review with Swedish labels', () => {
    const md = reviewMarkdown(agenda, SV_MARKDOWN_LABELS);
    expect(md).toContain('# Uppföljningsmöte 2027-Q1: Avdelningens uppföljning');
    expect(md).toContain('- Mötesdatum: 2027-03-31');
    expect(md).toContain('avslutat 2027-03-31 (fryst protokoll)');
    expect(md).toContain('- Status: **Efter plan**, satt för hand (beräknat: Risk); motivering: Leverantören slutade');
    expect(md).toContain('nästa uppföljning flyttad till 2027-06-30');
    expect(md).not.toMatch(/Meeting date|Status: \*\*Off track|Progress/);
  });

  it('translates every status, forum and goal state', () => {
    for (const group of ['status', 'forum', 'goalState'] as const) {
      const en = EN_MARKDOWN_LABELS[group] as Record<string, string>;
      const sv = SV_MARKDOWN_LABELS[group] as Record<string, string>;
      expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
      for (const k of Object.keys(en)) expect(sv[k], `${group}.${k}`).not.toBe(en[k]);
    }
  });

  it('picks the labels by locale, English by default', () => {
    expect(markdownLabels('sv')).toBe(SV_MARKDOWN_LABELS);
    expect(markdownLabels('en')).toBe(EN_MARKDOWN_LABELS);
    expect(markdownLabels(undefined)).toBe(EN_MARKDOWN_LABELS);
  });
});
