// The address of a download from GET /api/export/{view}: the page's filters, language and local
// day, the format, and for CSV which Excel it is for. Empty filters are left out.
import type { ExportFormat } from '../domain/export-query.ts';

export type ExportViewName = 'goals' | 'check-ins' | 'review' | 'timeline' | 'due' | 'audit';
export type CsvFlavour = 'local' | 'english';

export function exportHref(
  view: ExportViewName,
  opts: {
    format: ExportFormat;
    csv?: CsvFlavour;
    lang: string;
    today: string;
    filters?: Readonly<Record<string, string | null | undefined>>;
  },
): string {
  const q = new URLSearchParams({ format: opts.format });
  if (opts.format === 'csv') q.set('csv', opts.csv ?? 'local');
  q.set('lang', opts.lang);
  q.set('today', opts.today);
  for (const [k, v] of Object.entries(opts.filters ?? {})) if (v) q.set(k, v);
  return `/api/export/${view}?${q.toString()}`;
}
