// The query of GET /api/export/{view}: the file format, the CSV's flavour, the page's language
// and day, and each view's own filters (the same as the page's).
import { z } from 'zod';
import { auditQuery } from './accounts.ts';
import { isoDate } from './schemas.ts';
import { says } from './problem.ts';

const id = z.string().min(1).max(64);
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuery = auditQuery.omit({ limit: true, cursor: true }).extend({
  format: z.enum(EXPORT_FORMATS, { error: says('input.oneOf', { list: EXPORT_FORMATS.join(', ') }) }).default('csv'),
  /** The language of headers and words (the page's). */
  lang: z.string().max(10).optional(),
  /** `local`: the language's own CSV (`;` and decimal comma where it uses one); `english`: `,` and a point. */
  csv: z.enum(['local', 'english'], { error: says('input.oneOf', { list: 'local, english' }) }).default('local'),
  /** The day statuses are judged on (the page's local date). */
  today: isoDate.optional(),
  period: z.string().max(20).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  measureId: id.optional(),
  reviewId: id.optional(),
  /** A review as CSV holds one table: `agenda` (default) or `actions`. */
  sheet: z.enum(['agenda', 'actions'], { error: says('input.oneOf', { list: 'agenda, actions' }) }).optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;
