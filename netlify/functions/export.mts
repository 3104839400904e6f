import type { Config } from '@netlify/functions';
import { exportQuery } from '../../src/domain/export-query.ts';
import { DEFAULT_LOCALE, isLocale, messages, numberMarks } from '../../src/i18n/index.ts';
import { assertMayReadAudit } from '../../src/server/audit.ts';
import { serverToday } from '../../src/server/clock.ts';
import {
  CSV_TYPE,
  XLSX_TYPE,
  csvOptionsFor,
  csvStream,
  safeFileName,
  xlsxStream,
} from '../../src/server/export-writers.ts';
import {
  EXPORT_VIEWS,
  auditExport,
  checkInsExport,
  dueExport,
  goalsExport,
  reviewExport,
  timelineExport,
  type ExportFile,
  type ExportView,
} from '../../src/server/export.ts';
import { Problem, notFound, route, validate } from '../../src/server/http.ts';
import { says } from '../../src/domain/problem.ts';

// GET /api/export/{view}?format=csv|xlsx: a view as a download, in the page's language.
export default route({
  GET: async ({ sql, actor, params, url }) => {
    const view = params.view as ExportView;
    if (!EXPORT_VIEWS.includes(view)) throw notFound('Export');
    const q = validate(exportQuery, Object.fromEntries(url.searchParams));
    const locale = isLocale(q.lang) ? q.lang : DEFAULT_LOCALE;
    const t = messages(locale);
    const today = q.today ?? serverToday();
    const need = (value: string | undefined, field: string) => {
      if (!value)
        throw new Problem(400, 'Invalid input', says('export.required', { field }), {
          [field]: [says('input.required')],
        });
      return value;
    };
    let file: ExportFile;
    switch (view) {
      case 'goals':
        file = await goalsExport(sql, t, { departmentId: q.departmentId, period: q.period, today });
        break;
      case 'check-ins':
        file = await checkInsExport(sql, t, need(q.measureId, 'measureId'));
        break;
      case 'review':
        file = await reviewExport(sql, t, need(q.reviewId, 'reviewId'), today);
        break;
      case 'timeline':
        file = await timelineExport(sql, t, {
          departmentId: q.departmentId,
          from: q.from,
          to: q.to,
          period: q.period,
          today,
        });
        break;
      case 'due':
        file = await dueExport(sql, t, today, q.departmentId);
        break;
      case 'audit': {
        const {
          format: _f,
          lang: _l,
          csv: _c,
          today: _t,
          period: _p,
          measureId: _m,
          reviewId: _r,
          sheet: _s,
          ...filters
        } = q;
        assertMayReadAudit(actor, filters);
        file = auditExport(sql, t, filters);
        break;
      }
    }
    const name = safeFileName(`tiller-${file.name}`);
    if (q.format === 'xlsx')
      return new Response(xlsxStream(file.sheets), {
        headers: {
          'content-type': XLSX_TYPE,
          'content-disposition': `attachment; filename="${name}.xlsx"`,
          'cache-control': 'no-store',
        },
      });
    const sheet = q.sheet === 'actions' ? (file.sheets[1] ?? file.sheets[0]!) : file.sheets[0]!;
    const suffix = q.sheet === 'actions' ? `-${safeFileName(sheet.name)}` : '';
    // English CSV, or the language's own: Swedish, Finnish and Norwegian Excel expect ';' and a decimal comma.
    const options = csvOptionsFor(q.csv === 'local' && numberMarks(locale).decimal === ',');
    return new Response(csvStream(sheet.columns, sheet.rows, options), {
      headers: {
        'content-type': CSV_TYPE,
        'content-disposition': `attachment; filename="${name}${suffix}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
});

export const config: Config = { path: '/api/export/:view' };
