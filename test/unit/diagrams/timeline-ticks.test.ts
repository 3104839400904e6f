// The timeline's axis spacing option (the UI picks weeks for a quarter, months for a year).
import { describe, expect, it } from 'vitest';
import { timelineGantt } from '../../../src/diagrams/timeline.ts';
import type { Timeline } from '../../../src/domain/reviews.ts';

const timeline: Timeline = {
  from: '2027-01-01',
  to: '2027-12-31',
  today: '2027-02-15',
  reviews: [],
  departments: [
    {
      id: 'd',
      name: 'Sales',
      goals: [
        {
          id: 'g',
          title: 'Raise order-entry accuracy',
          owner: '',
          parentGoalId: null,
          startDate: '2027-01-01',
          dueDate: '2027-12-31',
          reviewDate: null,
          nextReviewDate: '2027-03-31',
          reviewCadence: 'quarterly',
          state: 'open',
          progress: 0.2,
          computedStatus: 'on_track',
          override: null,
          status: 'on_track',
        },
      ],
    },
  ],
};
const labels = { today: 'Today', review: () => 'Review' };

describe('timelineGantt tickInterval', () => {
  it('writes the tick interval after the axis format', () => {
    const lines = timelineGantt(timeline, labels, { axisFormat: '%b', tickInterval: '1month' }).text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['gantt', '  dateFormat YYYY-MM-DD', '  axisFormat %b', '  tickInterval 1month']);
  });

  it('leaves it to Mermaid when absent, and ignores anything but a count of days, weeks or months', () => {
    expect(timelineGantt(timeline, labels).text).not.toContain('tickInterval');
    for (const bad of ['1 month', 'month', '0week', '1month\nclick g0 call x()', '5second', '1000day'])
      expect(timelineGantt(timeline, labels, { tickInterval: bad }).text, bad).not.toContain('tickInterval');
  });
});
