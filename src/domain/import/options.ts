// What the person chooses on the import page, sent with the file (the `options` form field).
import { z } from 'zod';
import { says } from '../problem.ts';
import { CHECK_IN_FIELDS, GOAL_FIELDS, IMPORT_KINDS } from './fields.ts';
import { DATE_FORMATS, DECIMALS, PERCENT_SCALES } from './values.ts';

const FIELD_NAMES = [...new Set([...Object.keys(GOAL_FIELDS), ...Object.keys(CHECK_IN_FIELDS)])] as [
  string,
  ...string[],
];

export const importOptions = z.strictObject({
  kind: z.enum(IMPORT_KINDS, { error: says('input.oneOf', { list: IMPORT_KINDS.join(', ') }) }),
  /** XLSX: the sheet to read (default: the first). */
  sheet: z.string().max(200).nullish(),
  /** The field of each column, by position; null leaves a column out. Absent: matched by the headers. */
  mapping: z
    .array(z.enum(FIELD_NAMES, { error: says('import.unknownField') }).nullable())
    .max(500)
    .optional(),
  decimal: z.enum(DECIMALS, { error: says('input.oneOf', { list: DECIMALS.join(' ') }) }).optional(),
  dateFormat: z.enum(DATE_FORMATS, { error: says('input.oneOf', { list: DATE_FORMATS.join(', ') }) }).optional(),
  percentScale: z.enum(PERCENT_SCALES, { error: says('input.oneOf', { list: PERCENT_SCALES.join(', ') }) }).optional(),
  /** A preview: everything is checked and counted, nothing is written. */
  dryRun: z.boolean({ error: says('input.boolean') }).default(false),
});
export type ImportOptionsInput = z.infer<typeof importOptions>;
