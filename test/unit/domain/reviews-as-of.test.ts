// The date a review judges statuses on: today until the meeting has come, then the meeting date;
// a closed review keeps the date frozen with its record.
import { describe, expect, it } from 'vitest';
import { meetingAhead, reviewAsOf } from '../../../src/domain/reviews.ts';

const open = (meetingDate: string) => ({ state: 'open' as const, meetingDate });

describe('reviewAsOf', () => {
  it('judges an open review planned for later as of today', () => {
    expect(reviewAsOf(open('2027-02-15'), '2026-12-01')).toBe('2026-12-01');
    expect(reviewAsOf(open('2026-12-15'), '2026-12-14')).toBe('2026-12-14');
  });

  it('judges an open review as of its meeting date once that has come', () => {
    expect(reviewAsOf(open('2026-12-15'), '2026-12-15')).toBe('2026-12-15');
    expect(reviewAsOf(open('2026-12-15'), '2027-01-10')).toBe('2026-12-15');
  });

  it('keeps a closed review’s frozen date, whatever today is', () => {
    expect(reviewAsOf({ state: 'closed', meetingDate: '2026-12-15' }, '2027-05-01', '2026-12-15')).toBe('2026-12-15');
    expect(reviewAsOf({ state: 'closed', meetingDate: '2026-12-15' }, '2026-12-01', '2026-12-01')).toBe('2026-12-01');
  });
});

describe('meetingAhead', () => {
  it('is true only for an open review dated after today', () => {
    expect(meetingAhead(open('2026-12-15'), '2026-12-01')).toBe(true);
    expect(meetingAhead(open('2026-12-15'), '2026-12-15')).toBe(false);
    expect(meetingAhead({ state: 'closed', meetingDate: '2026-12-15' }, '2026-12-01')).toBe(false);
  });
});
