// The two kinds of file Tiller imports, their fields, and the words each language uses for them
// in a sheet's header row and cells. Headers are matched in every language whatever the page's
// language: a Finnish manager may well import a sheet a Swedish colleague wrote.
import type { Direction, Frequency, Unit } from '../schemas.ts';
import type { ReviewCadence } from '../cadence.ts';

export const IMPORT_KINDS = ['goals', 'checkIns'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How a field's cells are read. */
export type FieldType =
  'text' | 'date' | 'number' | 'measureValue' | 'count' | 'unit' | 'direction' | 'frequency' | 'cadence' | 'libraryKey';

export const GOAL_FIELDS = {
  department: 'text',
  goalId: 'text',
  goalTitle: 'text',
  description: 'text',
  parentGoal: 'text',
  parentGoalId: 'text',
  owner: 'text',
  startDate: 'date',
  dueDate: 'date',
  reviewDate: 'date',
  reviewCadence: 'cadence',
  measureName: 'text',
  libraryKey: 'libraryKey',
  unit: 'unit',
  direction: 'direction',
  baseline: 'measureValue',
  baselineDate: 'date',
  target: 'measureValue',
  targetLow: 'measureValue',
  targetHigh: 'measureValue',
  targetDate: 'date',
  frequency: 'frequency',
} as const satisfies Record<string, FieldType>;

export const CHECK_IN_FIELDS = {
  measureId: 'text',
  department: 'text',
  goalTitle: 'text',
  measureName: 'text',
  date: 'date',
  value: 'measureValue',
  sampleSize: 'count',
  promoters: 'count',
  passives: 'count',
  detractors: 'count',
  note: 'text',
} as const satisfies Record<string, FieldType>;

export type GoalField = keyof typeof GOAL_FIELDS;
export type CheckInField = keyof typeof CHECK_IN_FIELDS;
export type ImportField = GoalField | CheckInField;

export const FIELDS_OF: Record<ImportKind, Record<string, FieldType>> = {
  goals: GOAL_FIELDS,
  checkIns: CHECK_IN_FIELDS,
};

/** Fields a file of the kind cannot do without (a goal file may hold goals without measures). */
export const REQUIRED_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  goals: ['department', 'goalTitle'],
  checkIns: ['date'],
};

/** The words one language uses in sheets: header names per field, and cell words per choice. */
export interface ImportVocabulary {
  headers: Record<ImportField, readonly string[]>;
  units: Partial<Record<Unit, readonly string[]>>;
  directions: Record<Direction, readonly string[]>;
  frequencies: Record<Frequency, readonly string[]>;
  cadences: Record<ReviewCadence, readonly string[]>;
}

/** A header or cell word as compared: lower case, accents kept, punctuation and spaces folded. */
export const foldWord = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-./()*:]+/g, ' ')
    .trim();

/**
 * The field each header names, by the words of every language given; a header matches a field
 * when its folded text equals one of the field's words, or the field's own name. Each field is
 * matched to one column at most (the first).
 */
export function matchHeaders(
  kind: ImportKind,
  headers: readonly string[],
  vocabularies: readonly ImportVocabulary[],
): (ImportField | null)[] {
  const fields = Object.keys(FIELDS_OF[kind]) as ImportField[];
  const words = new Map<string, ImportField>();
  for (const f of fields) {
    words.set(foldWord(f), f);
    for (const v of vocabularies) for (const w of v.headers[f]) if (!words.has(foldWord(w))) words.set(foldWord(w), f);
  }
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const f = words.get(foldWord(h));
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
}

/** The choice a cell word names (a unit, a direction …) in any of the vocabularies, or its own key. */
export function matchChoice<K extends string>(
  text: string,
  keys: readonly K[],
  wordsOf: (v: ImportVocabulary) => Partial<Record<K, readonly string[]>>,
  vocabularies: readonly ImportVocabulary[],
): K | null {
  const t = foldWord(text);
  for (const k of keys) if (foldWord(k) === t) return k;
  for (const v of vocabularies) {
    const words = wordsOf(v);
    for (const k of keys) if (words[k]?.some((w) => foldWord(w) === t)) return k;
  }
  return null;
}
