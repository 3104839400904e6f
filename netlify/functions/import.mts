import type { Config } from '@netlify/functions';
import { importOptions } from '../../src/domain/import/options.ts';
import type { ImportField } from '../../src/domain/import/fields.ts';
import { Problem, route, validate } from '../../src/server/http.ts';
import { says } from '../../src/domain/problem.ts';
import { MAX_IMPORT_BYTES, readSpreadsheet, tooLarge } from '../../src/server/import-file.ts';
import { applyImport, planImport } from '../../src/server/import.ts';

// POST /api/import (admins, and editors for their departments): a spreadsheet as multipart/form-data
// (`file`, and `options` as JSON). With `dryRun` it answers what the import would do and every bad
// row; without, it imports all or nothing (422 with the same list when any row is bad).
export default route(
  {
    POST: async ({ sql, actor, body }) => {
      const form = body as FormData;
      const file = form.get('file');
      if (!(file instanceof Blob))
        throw new Problem(400, 'Invalid input', says('import.fileRequired'), { file: [says('input.required')] });
      if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
      let rawOptions: unknown;
      try {
        rawOptions = JSON.parse(String(form.get('options') ?? '{}'));
      } catch {
        throw new Problem(400, 'Invalid input', says('import.optionsJson'), { options: [says('import.sendJson')] });
      }
      const options = validate(importOptions, rawOptions);
      const parsed = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()), { sheet: options.sheet ?? null });
      const plan = await planImport(sql, actor, parsed, {
        ...options,
        mapping: options.mapping as (ImportField | null)[] | undefined,
      });
      const { steps, ...visible } = plan;
      const answer = {
        file: {
          name: file instanceof File ? file.name : null,
          format: parsed.format,
          encoding: parsed.encoding,
          delimiter: parsed.delimiter,
          sheets: parsed.sheets,
          sheet: parsed.sheet,
          headers: parsed.headers,
          rows: parsed.rows.length,
        },
        sample: parsed.rows
          .slice(0, 5)
          .map((r) => r.cells.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c))),
        ...visible,
        changes: visible.changes.slice(0, 500),
        imported: false,
      };
      const ready = !plan.errors.length && !plan.questions.length;
      // A preview is the plan: every row read and checked by the same schemas and rules the
      // repository functions apply, and matched against what exists; nothing is written.
      if (options.dryRun) return answer;
      if (!ready)
        throw new Problem(
          422,
          'Nothing imported',
          plan.questions.length ? says('import.questions') : says('import.badRows', { count: plan.errors.length }),
          undefined,
          { importErrors: plan.errors, questions: plan.questions },
        );
      await applyImport(sql, plan);
      return { ...answer, imported: true };
    },
  },
  // The multipart envelope adds a little to the file itself.
  { form: true, maxBodyBytes: MAX_IMPORT_BYTES + 256 * 1024, tooLarge },
);

export const config: Config = { path: '/api/import' };
