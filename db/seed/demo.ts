// The demo organisation: a mid-sized company whose customer service is run as a strategic
// mission (see /work/shared/DOMAIN.md). Every row goes through the same zod schemas and
// repository functions as the API, inside one write transaction, so the demo is valid exactly
// as a user could have typed it. Deterministic, no randomness: the dates below are written for
// DEMO_ANCHOR (23 Nov 2026, every check-in on 31 Oct or earlier) and move with the months between
// that day and the day the database is created (`today`), so the demo never ages.
import type { Client } from '@libsql/client';
import { checkInSampleInput, goalInput, measureInput, practiceInput, visionInput } from '../../src/domain/schemas.ts';
import type { Direction, Frequency, Unit } from '../../src/domain/schemas.ts';
import type { Influence, KpiKey, QualityLevel, SampleKind } from '../../src/domain/measurement-terms.ts';
import type { Sql } from '../../src/server/db.ts';
import { validate } from '../../src/server/http.ts';
import { createDepartment } from '../../src/server/departments.ts';
import { createGoal } from '../../src/server/goals.ts';
import { createCheckIn, createMeasure } from '../../src/server/measures.ts';
import { addPair } from '../../src/server/pairs.ts';
import { createPractice } from '../../src/server/practices.ts';
import { createSegment } from '../../src/server/segments.ts';
import { putVision } from '../../src/server/vision.ts';
import { runAs } from '../../src/server/actor-context.ts';
import { serverToday } from '../../src/server/clock.ts';
import { seedDemoUsers } from './demo-users.ts';
import { demoText, type DemoTextLocale } from './demo-text.ts';
import { addDays, addMonths, daysBetween, daysInMonth } from '../../src/domain/cadence.ts';

export const DEMO_VISION = {
  statement: 'To be recognised as the leader in customer service and satisfaction in our market',
  horizonYear: 2028,
};
/** The vision's horizon stays as many years ahead as it was on DEMO_ANCHOR. */
const horizonFor = (today: string) =>
  DEMO_VISION.horizonYear + Number(shiftDemoDate(DEMO_ANCHOR.slice(0, 8) + '01', today).slice(0, 4)) - 2026;

const CS = 'Customer Service';
const SALES = 'Sales';
const ACCOUNTS = 'Accounts';
const LOGISTICS = 'Logistics';
const QUALITY = 'Quality & Training';
export const DEMO_DEPARTMENTS = [CS, SALES, ACCOUNTS, LOGISTICS, QUALITY] as const;
type DepartmentName = (typeof DEMO_DEPARTMENTS)[number];

/** What a check-in's sample was (issue 4): n, NPS counts, or k of n. */
interface Sample {
  sampleSize?: number;
  promoters?: number;
  passives?: number;
  detractors?: number;
  successes?: number;
}

/** A check-in: date, value (null when the sample computes it), an optional note and sample. */
type Point = readonly [date: string, value: number | null, note?: string, sample?: Sample];

/** A check-in recorded by segment: each segment's [value, volume], in the order of the segment names. */
interface SegmentPoint {
  date: string;
  values: readonly (readonly [value: number, volume: number])[];
  note?: string;
}

interface MeasureSpec {
  name: string;
  unit: Unit;
  direction: Direction;
  baseline: number;
  baselineDate: string;
  target?: number;
  targetLow?: number;
  targetHigh?: number;
  targetDate: string;
  frequency: Frequency;
  purpose: string;
  weight?: number;
  // Measurement (issue 4)
  libraryKey?: KpiKey;
  influence?: Influence;
  qualityLevels?: QualityLevel[];
  survey?: boolean;
  sampleKind?: SampleKind;
  minSample?: number;
  thresholdSeconds?: number;
  checkIns: readonly Point[];
  /** Channels or teams the measure is split by, and check-ins recorded per segment. */
  segments?: { names: readonly string[]; checkIns: readonly SegmentPoint[] };
}

interface GoalSpec {
  key: string;
  parent: string | null;
  department: DepartmentName;
  title: string;
  description: string;
  owner: string;
  startDate: string;
  dueDate: string;
  reviewDate: string | null;
  measures: readonly MeasureSpec[];
}

/** Last day of each month from `first` ('YYYY-MM'), one per value, paired with the values. */
function monthly(first: string, values: readonly number[], notes: Record<number, string> = {}): Point[] {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return values.map((v, i) => {
    const end = new Date(Date.UTC(y, m - 1 + i + 1, 0)); // day 0 of the next month
    const note = notes[i];
    return note === undefined ? [end.toISOString().slice(0, 10), v] : [end.toISOString().slice(0, 10), v, note];
  });
}

/** Every 7 days from `first` (a Monday), one per value. */
function weekly(first: string, values: readonly number[], notes: Record<number, string> = {}): Point[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return values.map((v, i) => {
    const date = new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10);
    const note = notes[i];
    return note === undefined ? [date, v] : [date, v, note];
  });
}

/** Attaches a sample size to each point, in order. */
function withSizes(points: readonly Point[], sizes: readonly number[]): Point[] {
  return points.map(([date, value, note], i) => [date, value, note ?? '', { sampleSize: sizes[i]! }]);
}

/** The day the dates in this file were written for. */
export const DEMO_ANCHOR = '2026-11-23';
/** Stands for the next quarterly review meeting: two weeks after the day the demo is created. */
const REVIEW = 'next-review';

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/**
 * Moves a date written for DEMO_ANCHOR to the demo created on `today`, by the whole months
 * between the two. First and last days of a month stay first and last days (periods and
 * month-end check-ins keep their shape); other days move by whole weeks, never further than the
 * months do, so weekly check-ins keep their weekday and none lands after the end of last month.
 */
export function shiftDemoDate(date: string, today: string): string {
  if (date === REVIEW) return addDays(today, 14);
  const months = monthIndex(today) - monthIndex(DEMO_ANCHOR);
  if (months === 0) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (d === 1) return addMonths(date, months);
  if (d === daysInMonth(y, m)) {
    const first = addMonths(`${date.slice(0, 8)}01`, months);
    return `${first.slice(0, 8)}${String(daysInMonth(Number(first.slice(0, 4)), Number(first.slice(5, 7)))).padStart(2, '0')}`;
  }
  const days = daysBetween(`${DEMO_ANCHOR.slice(0, 8)}01`, addMonths(`${DEMO_ANCHOR.slice(0, 8)}01`, months));
  return addDays(date, Math.floor(days / 7) * 7);
}

/** Listened calls per month from February: [calls that met every practice, calls listened]. */
const LISTENED: readonly (readonly [number, number])[] = [
  [36, 60],
  [40, 63],
  [41, 64],
  [44, 66],
  [46, 67],
  [43, 65],
  [47, 67],
  [49, 68],
  [52, 70],
];

/** AHT per channel: phone +10 s and chat −20 s and e-mail −30 s around the month's value, on 9 000 / 3 000 / 1 000 contacts. */
const ahtByChannel = (first: string, values: readonly number[]): SegmentPoint[] =>
  monthly(first, values).map(([date, v]) => ({
    date,
    values: [
      [v! + 10, 9000],
      [v! - 20, 3000],
      [v! - 30, 1000],
    ],
  }));

export const DEMO_GOALS: readonly GoalSpec[] = [
  // ---------- broad goals under the vision ----------
  {
    key: 'complaints',
    parent: null,
    department: CS,
    title: 'Cut customer complaints by 15 %',
    description:
      'Complaints are the clearest sign that something failed before the customer called. Most of ours start outside the contact centre (wrong invoices, wrong orders, late deliveries), so every department owns a part of this goal.',
    owner: 'Ingrid Solberg',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Complaints received per month',
        libraryKey: 'complaints',
        influence: 'none',
        qualityLevels: ['technical'],
        unit: 'count',
        direction: 'decrease',
        baseline: 620,
        baselineDate: '2025-12-31',
        target: 527,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        weight: 2,
        purpose:
          'The headline number leadership follows in the quarterly review. Counted from every channel in the case system, so a complaint by e-mail counts the same as one by phone.',
        checkIns: monthly('2026-01', [634, 611, 598, 603, 585, 571, 590, 566, 552, 548], {
          0: 'January invoicing run had a price-list error.',
          6: 'Summer staffing: slower replies caused repeat complaints.',
        }),
      },
    ],
  },
  {
    key: 'delivery',
    parent: null,
    department: LOGISTICS,
    title: 'Cut order-to-delivery time by 5 %',
    description:
      'Customers judge us on when the parcel arrives, not on when we answered the phone. Late deliveries come back to the contact centre as "where is my order?" calls.',
    owner: 'Mikko Virtanen',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Average order-to-delivery time',
        influence: 'none',
        unit: 'h',
        direction: 'decrease',
        baseline: 60,
        baselineDate: '2025-12-31',
        target: 57,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        purpose:
          'Hours from order confirmation to delivery scan, all orders. The number customers feel; it tells us whether the work in Sales and the warehouse reaches the customer.',
        checkIns: monthly('2026-01', [60.5, 59.8, 59.9, 59.1, 58.7, 58.9, 60.2, 58.4, 58.0, 57.6], {
          6: 'Carrier capacity shortage in July.',
        }),
      },
    ],
  },
  {
    key: 'resolve',
    parent: null,
    department: CS,
    title: "Make every contact resolve the customer's whole need",
    description:
      'Quality first: what must happen in each contact so that the customer does not need to come back. Handling-time targets are set only once this is clear.',
    owner: 'Ingrid Solberg',
    startDate: '2026-01-01',
    dueDate: '2027-06-30',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'First-contact resolution (FCR)',
        libraryKey: 'fcr',
        influence: 'direct',
        qualityLevels: ['spirit', 'access'],
        sampleKind: 'share',
        unit: '%',
        direction: 'increase',
        baseline: 72,
        baselineDate: '2025-12-31',
        target: 80,
        targetDate: '2027-06-30',
        frequency: 'monthly',
        weight: 2,
        purpose:
          'Share of contacts where the customer did not come back about the same matter within 7 days. Agents influence it directly, so teams follow it in the weekly meeting.',
        checkIns: monthly('2026-01', [72.4, 72.9, 73.5, 73.2, 74.1, 74.8, 74.0, 75.2, 75.9, 76.3]),
      },
      {
        name: 'Net Promoter Score (NPS)',
        libraryKey: 'nps',
        influence: 'partial',
        qualityLevels: ['technical', 'spirit'],
        survey: true,
        sampleKind: 'nps',
        unit: 'score',
        direction: 'increase',
        baseline: 18,
        baselineDate: '2025-12-31',
        target: 30,
        targetDate: '2027-06-30',
        frequency: 'quarterly',
        purpose:
          'Whether customers would recommend us, asked by e-mail a week after the contact. About 400 answers a quarter give a margin of roughly ±7 points, so only a change that lasts over several quarters counts.',
        checkIns: [
          [
            '2026-03-31',
            null,
            'E-mail survey a week after the contact.',
            { promoters: 144, passives: 174, detractors: 70 },
          ],
          ['2026-06-30', null, '', { promoters: 156, passives: 173, detractors: 72 }],
          [
            '2026-09-30',
            null,
            'Up three points, but within the ±7-point margin: not yet a trend.',
            { promoters: 169, passives: 173, detractors: 70 },
          ],
        ],
      },
      {
        name: 'NPS after chat contacts (pilot)',
        libraryKey: 'nps',
        influence: 'partial',
        qualityLevels: ['technical', 'spirit'],
        survey: true,
        sampleKind: 'nps',
        unit: 'score',
        direction: 'increase',
        baseline: 10,
        baselineDate: '2026-06-30',
        target: 30,
        targetDate: '2027-06-30',
        frequency: 'monthly',
        purpose:
          'The chat pilot asks the same question after chat contacts. Few chats are answered yet, so each month is read with its margin: below 30 answers it is not evidence.',
        checkIns: [
          ['2026-07-31', null, 'First month of the pilot.', { promoters: 6, passives: 4, detractors: 4 }],
          ['2026-08-31', null, '', { promoters: 10, passives: 7, detractors: 5 }],
          ['2026-09-30', null, '', { promoters: 9, passives: 6, detractors: 4 }],
          [
            '2026-10-31',
            null,
            'Survey link moved to the end of the chat: more answers.',
            { promoters: 19, passives: 14, detractors: 8 },
          ],
        ],
      },
      {
        name: 'Customer satisfaction after the contact (CSAT)',
        libraryKey: 'csat',
        influence: 'direct',
        qualityLevels: ['technical', 'spirit'],
        survey: true,
        sampleKind: 'share',
        unit: '%',
        direction: 'increase',
        baseline: 78,
        baselineDate: '2025-12-31',
        target: 85,
        targetDate: '2027-06-30',
        frequency: 'monthly',
        purpose:
          'Share of 4–5 answers to the one-question survey sent right after the contact. Tells how the contact felt to the customer, which call length cannot.',
        checkIns: withSizes(
          monthly('2026-01', [78.5, 79.1, 78.8, 79.6, 80.2, 80.0, 79.1, 80.8, 81.5, 81.9]),
          [512, 488, 530, 475, 520, 498, 301, 455, 540, 515],
        ),
      },
    ],
  },
  {
    key: 'access',
    parent: null,
    department: CS,
    title: 'Answer customers quickly on every channel',
    description:
      'Customers we keep waiting call again, write instead, or leave. Phone and e-mail are followed together so that one channel is not emptied at the expense of the other.',
    owner: 'Lars Johansen',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Service level: calls answered within 20 s',
        libraryKey: 'service_level',
        thresholdSeconds: 20,
        influence: 'partial',
        qualityLevels: ['technical'],
        sampleKind: 'share',
        unit: '%',
        direction: 'keep_above',
        baseline: 76,
        baselineDate: '2025-12-31',
        target: 80,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        weight: 2,
        purpose:
          '"80 % answered within 20 s": calls answered within 20 seconds ÷ calls offered; abandoned calls count as not answered in time. Guards against losing customers to long queues.',
        checkIns: monthly('2026-01', [76, 78, 81, 83, 82, 74, 71, 79, 82, 84], {
          5: 'Midsummer weeks under-staffed.',
          6: 'Holiday month; two temporary agents still in training.',
        }),
      },
      {
        name: 'Answer rate',
        libraryKey: 'answer_rate',
        influence: 'none',
        qualityLevels: ['technical'],
        sampleKind: 'share',
        unit: '%',
        direction: 'keep_above',
        baseline: 86,
        baselineDate: '2025-12-31',
        target: 80,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        purpose:
          "Share of offered calls that reach an agent at all. Incoming volume is outside the agents' circle, so leadership follows this one rather than the teams.",
        checkIns: monthly('2026-01', [88, 89, 91, 90, 90, 84, 79, 87, 90, 91], {
          6: 'Below 80 for the first time this year.',
        }),
      },
      {
        name: 'Phone queue at the 10:00 peak',
        libraryKey: 'phone_queue',
        influence: 'partial',
        qualityLevels: ['technical'],
        unit: 'count',
        direction: 'keep_below',
        baseline: 24,
        baselineDate: '2026-08-31',
        target: 15,
        targetDate: '2026-12-31',
        frequency: 'weekly',
        purpose:
          'Callers waiting at the morning peak, weekly average. Followed in the daily huddle: a long queue at 10:00 is the first sign of under-staffing that day.',
        checkIns: weekly('2026-09-07', [22, 19, 17, 18, 14, 16, 13, 12]),
      },
      {
        name: 'E-mail backlog older than one working day',
        libraryKey: 'email_backlog',
        influence: 'partial',
        qualityLevels: ['technical'],
        unit: 'count',
        direction: 'keep_below',
        baseline: 340,
        baselineDate: '2026-08-31',
        target: 150,
        targetDate: '2026-12-31',
        frequency: 'weekly',
        purpose:
          'Customers fall back on e-mail when the phone queue is long; an old backlog turns into repeat contacts and complaints later.',
        checkIns: weekly('2026-09-07', [310, 280, 262, 241, 228, 205, 190, 176], {
          7: 'Still above 150; weekend shifts proposed for November.',
        }),
      },
    ],
  },
  {
    key: 'people',
    parent: null,
    department: QUALITY,
    title: 'Keep a team that wants to stay and grow',
    description:
      'Engaged agents give better service. Staff are measured on what they can influence, and get the training and support that every goal needs.',
    owner: 'Aino Mäkinen',
    startDate: '2026-01-01',
    dueDate: '2027-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Employee satisfaction',
        influence: 'partial',
        qualityLevels: ['technical'],
        survey: true,
        sampleKind: 'score',
        unit: 'score',
        direction: 'increase',
        baseline: 3.6,
        baselineDate: '2025-12-31',
        target: 4.2,
        targetDate: '2027-12-31',
        frequency: 'quarterly',
        purpose:
          'Quarterly pulse survey of all contact-centre staff, 1–5. Read with its response rate: a score from a dozen answers is not evidence.',
        checkIns: [
          ['2026-03-31', 3.7, 'Response rate 81 % (68 of 84).', { sampleSize: 68 }],
          ['2026-06-30', 3.8, 'Response rate 79 % (67 of 85).', { sampleSize: 67 }],
          ['2026-09-30', 3.8, 'Response rate 86 % (74 of 86).', { sampleSize: 74 }],
        ],
      },
    ],
  },

  // ---------- department goals ----------
  {
    key: 'invoices',
    parent: 'complaints',
    department: ACCOUNTS,
    title: 'Reduce invoice-error complaints by 20 % within three months',
    description:
      'Wrong invoices cause about a quarter of all complaints, and the contact centre can only apologise for them. Fixing price and address errors at the source stops the complaint before it is made.',
    owner: 'Liisa Korhonen',
    startDate: '2026-09-01',
    dueDate: '2026-11-30',
    reviewDate: '2026-11-30',
    measures: [
      {
        name: 'Complaints about invoice errors per month',
        libraryKey: 'complaints',
        influence: 'none',
        qualityLevels: ['technical'],
        unit: 'count',
        direction: 'decrease',
        baseline: 160,
        baselineDate: '2026-08-31',
        target: 128,
        targetDate: '2026-11-30',
        frequency: 'monthly',
        purpose:
          'Complaints tagged "invoice" in the case system. Tells Accounts directly how many customers its errors reach.',
        checkIns: monthly('2026-09', [149, 137], {
          1: 'Price-list import fixed on 12 October; the effect shows from November.',
        }),
      },
    ],
  },
  {
    key: 'order-entry',
    parent: 'complaints',
    department: SALES,
    title: 'Raise order-entry accuracy in Sales by 15 % by year end',
    description:
      'A wrong item, price or address at order entry becomes a wrong delivery, a wrong invoice and then a complaint. Sales owns the first step of that chain.',
    owner: 'Erik Lindqvist',
    startDate: '2026-01-15',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Orders entered without error',
        influence: 'direct',
        qualityLevels: ['technical'],
        unit: '%',
        direction: 'increase',
        baseline: 80,
        baselineDate: '2026-01-14',
        target: 92,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        purpose:
          'Orders that needed no correction after entry, from the order system audit log. Every corrected order is a complaint we may have prevented.',
        checkIns: monthly('2026-02', [81, 82.5, 83.1, 84.8, 85.2, 84.1, 86.9, 88, 89.2]),
      },
    ],
  },
  {
    key: 'quarter-end',
    parent: 'delivery',
    department: LOGISTICS,
    title: 'Cut order processing before quarter end from three days to two',
    description:
      "The quarter-end rush is when delivery promises break. This is the warehouse's share of the order-to-delivery time.",
    owner: 'Jonas Berg',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Order processing time in the last two weeks of a quarter',
        influence: 'partial',
        unit: 'd',
        direction: 'decrease',
        baseline: 3,
        baselineDate: '2025-12-31',
        target: 2,
        targetDate: '2026-12-31',
        frequency: 'quarterly',
        purpose:
          'Working days from order to dispatch during the quarter-end peak; the rest of the year already runs at under two days.',
        checkIns: [
          ['2026-03-31', 2.9],
          ['2026-06-30', 2.6, 'Extra picking shift from week 24.'],
          ['2026-09-30', 2.3],
        ],
      },
    ],
  },
  {
    key: 'transfers-down',
    parent: 'resolve',
    department: CS,
    title: 'Cut unnecessary transfers by 10 % in six months',
    description:
      'Paired with "Raise beneficial transfers to experts by 5 %": counting transfers alone would reward agents for keeping calls they should pass on.',
    owner: 'Sofia Andersson',
    startDate: '2026-06-01',
    dueDate: '2026-11-30',
    reviewDate: '2026-11-30',
    measures: [
      {
        name: 'Unnecessary transfers per month',
        libraryKey: 'unnecessary_transfers',
        influence: 'direct',
        qualityLevels: ['spirit', 'access'],
        unit: 'count',
        direction: 'decrease',
        baseline: 1150,
        baselineDate: '2026-05-31',
        target: 1035,
        targetDate: '2026-11-30',
        frequency: 'monthly',
        purpose:
          'Transfers the receiving team marks "could have been solved at first line". Each one makes the customer wait twice.',
        checkIns: monthly('2026-06', [1138, 1112, 1090, 1068, 1049]),
      },
    ],
  },
  {
    key: 'transfers-up',
    parent: 'resolve',
    department: CS,
    title: 'Raise beneficial transfers to experts by 5 %',
    description:
      'The complement of cutting unnecessary transfers, over the same six months: a customer with a complex matter should reach the expert who can solve it in the same contact.',
    owner: 'Sofia Andersson',
    startDate: '2026-06-01',
    dueDate: '2026-11-30',
    reviewDate: '2026-11-30',
    measures: [
      {
        name: 'Beneficial transfers to experts per month',
        libraryKey: 'expert_transfers',
        influence: 'direct',
        qualityLevels: ['spirit'],
        unit: 'count',
        direction: 'increase',
        baseline: 420,
        baselineDate: '2026-05-31',
        target: 441,
        targetDate: '2026-11-30',
        frequency: 'monthly',
        purpose:
          'Transfers the expert team marks "right to send here". A fall would mean agents hold on to matters they cannot solve.',
        checkIns: monthly('2026-06', [418, 425, 431, 429, 436]),
      },
    ],
  },
  {
    key: 'whole-situation',
    parent: 'resolve',
    department: QUALITY,
    title: "Map the customer's whole situation in every contact",
    description:
      'The practices on our quality-assurance form: map the whole situation with open questions, and offer the add-on that adds value ("would you like it?"). This is what FCR is built from.',
    owner: 'Maja Berg',
    startDate: '2026-02-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Listened calls where the whole situation was mapped',
        libraryKey: 'qa_compliance',
        influence: 'direct',
        qualityLevels: ['spirit'],
        survey: true,
        sampleKind: 'share',
        unit: '%',
        direction: 'increase',
        baseline: 58,
        baselineDate: '2026-01-31',
        target: 80,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        purpose:
          'Scored on the quality-assurance form from at least 60 listened calls a month across all teams, so that a handful of calls does not decide the share.',
        checkIns: monthly(
          '2026-02',
          LISTENED.map(() => 0),
        ).map(([date], i): Point => {
          const [successes, sampleSize] = LISTENED[i]!;
          return [date, null, '', { successes, sampleSize }];
        }),
      },
      {
        name: 'Contacts where a relevant add-on was offered',
        influence: 'direct',
        qualityLevels: ['spirit'],
        survey: true,
        sampleKind: 'share',
        unit: '%',
        direction: 'increase',
        baseline: 20,
        baselineDate: '2026-01-31',
        target: 35,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        purpose:
          'Offering what adds value is part of solving the whole need; the same listened calls show whether the agent asked.',
        checkIns: withSizes(
          monthly('2026-02', [21, 22, 24, 25, 25, 23, 27, 28, 29]),
          LISTENED.map(([, n]) => n),
        ),
      },
    ],
  },
  {
    key: 'one-view',
    parent: 'resolve',
    department: CS,
    title: 'Give agents one view of billing and customer history',
    description:
      'Easy access to information is the third level of quality: an agent who sees the invoice, the order and every earlier contact on one screen can solve the matter without a call-back.',
    owner: 'Henrik Dahl',
    startDate: '2026-11-01',
    dueDate: '2027-06-30',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Contacts handled in the unified customer view',
        influence: 'partial',
        qualityLevels: ['access'],
        unit: '%',
        direction: 'increase',
        baseline: 0,
        baselineDate: '2026-10-31',
        target: 90,
        targetDate: '2027-06-30',
        frequency: 'monthly',
        purpose:
          'Rollout measure: contacts where the agent worked in the new view instead of switching between billing and CRM. First reading at the end of November.',
        checkIns: [],
      },
    ],
  },
  {
    key: 'handling-time',
    parent: 'access',
    department: CS,
    title: 'Bring handling time down without hurting resolution',
    description:
      'Set only after the quality goals: a shorter call counts only while FCR and CSAT hold. Most of the saving should come from after-call work, through better templates.',
    owner: 'Lars Johansen',
    startDate: '2026-03-01',
    dueDate: '2027-02-28',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Average handling time (AHT)',
        libraryKey: 'aht',
        influence: 'partial',
        qualityLevels: ['technical'],
        unit: 's',
        direction: 'decrease',
        baseline: 420,
        baselineDate: '2026-02-28',
        target: 360,
        targetDate: '2027-02-28',
        frequency: 'monthly',
        purpose:
          'Talk, hold and after-call work per answered call. Read with FCR: time cut by rushing customers comes back as repeat calls.',
        checkIns: [],
        segments: {
          names: ['Phone', 'Chat', 'E-mail'],
          checkIns: ahtByChannel('2026-03', [418, 411, 405, 409, 402, 398, 391, 388]),
        },
      },
      {
        name: 'After-call work',
        libraryKey: 'after_contact_work',
        influence: 'direct',
        qualityLevels: ['technical', 'access'],
        unit: 's',
        direction: 'decrease',
        baseline: 75,
        baselineDate: '2026-02-28',
        target: 45,
        targetDate: '2027-02-28',
        frequency: 'monthly',
        purpose:
          "Inside the agents' circle of influence: templates and system shortcuts move it directly. Followed in the weekly team meeting.",
        checkIns: monthly('2026-03', [74, 70, 66, 63, 62, 58, 55, 52], {
          3: 'New case-note templates live from 2 June.',
        }),
      },
    ],
  },
  {
    key: 'billing-queue',
    parent: 'access',
    department: CS,
    title: 'Keep billing-queue handling time between 5 and 6 minutes',
    description:
      'Billing questions need time to explain the invoice: below five minutes we see repeat calls, above six the queue grows.',
    owner: 'Kristiina Laine',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Average handling time, billing queue',
        influence: 'partial',
        qualityLevels: ['technical'],
        unit: 's',
        direction: 'range',
        baseline: 385,
        baselineDate: '2026-03-31',
        targetLow: 300,
        targetHigh: 360,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        purpose:
          'A band rather than "lower is better": too short means the customer\'s question was not fully answered.',
        checkIns: monthly('2026-04', [381, 372, 366, 371, 358, 352, 349]),
      },
    ],
  },
  {
    key: 'feedback',
    parent: 'people',
    department: QUALITY,
    title: 'Give every agent a monthly feedback session',
    description:
      'Feedback on listened calls is how the quality practices spread. Training and support are part of every goal, not an extra.',
    owner: 'Maja Berg',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Agents who had a feedback session this month',
        influence: 'none',
        qualityLevels: ['technical'],
        unit: '%',
        direction: 'increase',
        baseline: 55,
        baselineDate: '2025-12-31',
        target: 95,
        targetDate: '2026-12-31',
        frequency: 'monthly',
        purpose:
          'An agent without a session has no picture of how their contacts are going, and no say in what the KPIs mean.',
        checkIns: monthly('2026-01', [58, 61, 70, 74, 78, 62, 55, 81, 86, 88], {
          6: 'Holiday month; sessions moved to August.',
        }),
      },
    ],
  },

  // ---------- team goals ----------
  {
    key: 'price-check',
    parent: 'invoices',
    department: ACCOUNTS,
    title: 'Check customer prices before invoices are sent',
    description: 'A second check of contract prices on every invoice over the agreed limit, before the invoice run.',
    owner: 'Pekka Nieminen',
    startDate: '2026-09-01',
    dueDate: '2026-11-30',
    reviewDate: '2026-11-30',
    measures: [
      {
        name: 'Invoices credited after sending',
        influence: 'none',
        qualityLevels: ['technical'],
        unit: 'count',
        direction: 'decrease',
        baseline: 210,
        baselineDate: '2026-08-31',
        target: 150,
        targetDate: '2026-11-30',
        frequency: 'monthly',
        purpose:
          'Every credit note is an invoice the customer had to question. The check should stop most of them before the invoice leaves.',
        checkIns: monthly('2026-09', [196, 181]),
      },
    ],
  },
  {
    key: 'checklist',
    parent: 'order-entry',
    department: SALES,
    title: 'Use the order checklist on every phone order',
    description:
      'Read back item, quantity, price and delivery address before confirming. Introduced with training in October.',
    owner: 'Emma Karlsson',
    startDate: '2026-10-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Phone orders with the checklist completed',
        influence: 'direct',
        qualityLevels: ['spirit'],
        unit: '%',
        direction: 'increase',
        baseline: 35,
        baselineDate: '2026-09-30',
        target: 90,
        targetDate: '2026-12-31',
        frequency: 'weekly',
        purpose: 'Shows whether the checklist is used at all before we judge whether it improves accuracy.',
        checkIns: [],
      },
    ],
  },
  {
    key: 'transfer-training',
    parent: 'transfers-down',
    department: QUALITY,
    title: 'Train first-line agents on the 20 most-transferred questions',
    description:
      'Most unnecessary transfers concern the same twenty questions; a short course lets first line answer them.',
    owner: 'Aino Mäkinen',
    startDate: '2026-06-01',
    dueDate: '2026-11-30',
    reviewDate: '2026-11-30',
    measures: [
      {
        name: 'First-line agents trained',
        influence: 'none',
        qualityLevels: ['technical'],
        unit: '%',
        direction: 'increase',
        baseline: 0,
        baselineDate: '2026-05-31',
        target: 100,
        targetDate: '2026-11-30',
        frequency: 'monthly',
        purpose: 'Training is what makes the transfer goals reachable; this shows whether it has reached everyone.',
        checkIns: monthly('2026-06', [10, 18, 45, 72, 88]),
      },
    ],
  },
  {
    key: 'pre-pick',
    parent: 'quarter-end',
    department: LOGISTICS,
    title: 'Pre-pick the 50 best-selling items before each quarter end',
    description: 'Stock for the most common orders is picked and packed in the week before the quarter-end rush.',
    owner: 'Jonas Berg',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    reviewDate: REVIEW,
    measures: [
      {
        name: 'Quarter-end orders shipped from pre-picked stock',
        influence: 'partial',
        unit: '%',
        direction: 'increase',
        baseline: 0,
        baselineDate: '2025-12-31',
        target: 60,
        targetDate: '2026-12-31',
        frequency: 'quarterly',
        purpose:
          'The lever behind the two-day processing goal: the more orders leave from pre-picked stock, the shorter the peak.',
        checkIns: [
          ['2026-03-31', 12],
          ['2026-06-30', 31],
          ['2026-09-30', 44],
        ],
      },
    ],
  },
];

/** Counterweight pairs by measure name (issue 4): each keeps the other honest. */
export const DEMO_PAIRS: readonly (readonly [string, string])[] = [
  ['Average handling time (AHT)', 'First-contact resolution (FCR)'],
  ['Unnecessary transfers per month', 'Beneficial transfers to experts per month'],
];

/** What to do in every customer contact, by goal key: the goals' quality-assurance forms (issue 4). */
export const DEMO_PRACTICES: Readonly<Record<string, readonly string[]>> = {
  resolve: [
    "Map the customer's whole situation with open questions before proposing a solution.",
    'Look at billing, orders and earlier contacts before answering, so nothing is missed.',
    'Check with the customer that the whole matter is solved before ending the contact.',
  ],
  'whole-situation': [
    "Map the customer's whole situation with open questions.",
    'Offer the add-on that adds value, and ask: would you like it?',
    'Summarise what happens next, and when.',
  ],
};

export interface SeedCounts {
  departments: number;
  goals: number;
  measures: number;
  checkIns: number;
  pairs: number;
  segments: number;
  practices: number;
}

/**
 * Writes the demo organisation into an empty database (after migrations), in one transaction,
 * dated for `today` (YYYY-MM-DD; `TILLER_DEMO_TODAY` pins it, e.g. for screenshots), its texts in
 * `locale` (db/seed/demo-text.ts; `TILLER_DEMO_LOCALE` chooses it when Tiller starts).
 */
export async function seedDemo(
  client: Client,
  today: string = process.env.TILLER_DEMO_TODAY || serverToday(),
  locale: DemoTextLocale | 'en' = 'en',
): Promise<SeedCounts> {
  const tx = await client.transaction('write');
  try {
    const counts = await runAs({ actor: { type: 'system', label: 'demo seed' }, enforce: false }, () =>
      writeDemo(tx, today, locale),
    );
    await seedDemoUsers(tx, (name) => demoText(locale, name));
    await tx.commit();
    return counts;
  } catch (e) {
    await tx.rollback().catch(() => {});
    throw e;
  } finally {
    tx.close();
  }
}

async function writeDemo(sql: Sql, today: string, locale: DemoTextLocale | 'en'): Promise<SeedCounts> {
  const at = (date: string) => shiftDemoDate(date, today);
  // The specs stay in English (keys for parents, departments and pairs); what is written is in `locale`.
  const say = (english: string) => demoText(locale, english);
  const sayNote = (note: string | null | undefined) => (note ? say(note) : '');
  await putVision(
    sql,
    validate(visionInput, { ...DEMO_VISION, statement: say(DEMO_VISION.statement), horizonYear: horizonFor(today) }),
  );
  const departments = new Map<string, string>();
  for (const name of DEMO_DEPARTMENTS) departments.set(name, (await createDepartment(sql, say(name))).id);

  const goalIds = new Map<string, string>();
  const counts: SeedCounts = {
    departments: departments.size,
    goals: 0,
    measures: 0,
    checkIns: 0,
    pairs: 0,
    segments: 0,
    practices: 0,
  };
  const measureIds = new Map<string, string>();
  for (const spec of DEMO_GOALS) {
    const parentGoalId = spec.parent === null ? null : goalIds.get(spec.parent);
    if (parentGoalId === undefined) throw new Error(`Demo goal ${spec.key}: parent ${spec.parent} must come first.`);
    const goal = await createGoal(
      sql,
      validate(goalInput, {
        title: say(spec.title),
        description: say(spec.description),
        departmentId: departments.get(spec.department),
        parentGoalId,
        owner: spec.owner,
        startDate: at(spec.startDate),
        dueDate: at(spec.dueDate),
        reviewDate: spec.reviewDate === null ? null : at(spec.reviewDate),
      }),
    );
    goalIds.set(spec.key, goal.id);
    counts.goals++;

    for (const { checkIns, segments, ...m } of spec.measures) {
      const measure = await createMeasure(
        sql,
        goal.id,
        validate(measureInput, {
          ...m,
          name: say(m.name),
          purpose: say(m.purpose),
          baselineDate: at(m.baselineDate),
          targetDate: at(m.targetDate),
        }),
      );
      measureIds.set(m.name, measure.id);
      counts.measures++;
      for (const [date, value, note, sample] of checkIns) {
        // The demo's history includes small samples on purpose (they are shown, flagged, and do not count).
        const body = {
          date: at(date),
          ...(value === null ? {} : { value }),
          note: sayNote(note),
          ...sample,
          acceptSmallSample: true,
        };
        await createCheckIn(sql, measure.id, validate(checkInSampleInput, body));
        counts.checkIns++;
      }
      if (segments) {
        const ids: string[] = [];
        for (const name of segments.names) ids.push((await createSegment(sql, measure.id, say(name))).id);
        counts.segments += ids.length;
        for (const p of segments.checkIns) {
          const body = {
            date: at(p.date),
            note: sayNote(p.note),
            segments: p.values.map(([value, volume], i) => ({ segmentId: ids[i], value, volume })),
          };
          await createCheckIn(sql, measure.id, validate(checkInSampleInput, body));
          counts.checkIns++;
        }
      }
    }
    for (const text of DEMO_PRACTICES[spec.key] ?? []) {
      await createPractice(sql, goal.id, validate(practiceInput, { text: say(text) }));
      counts.practices++;
    }
  }
  for (const [a, b] of DEMO_PAIRS) {
    const [from, to] = [measureIds.get(a), measureIds.get(b)];
    if (!from || !to) throw new Error(`Demo pair ${a} ↔ ${b}: no such measure.`);
    await addPair(sql, from, to);
    counts.pairs++;
  }
  return counts;
}
