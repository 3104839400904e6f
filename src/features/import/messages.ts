// A bad row's message in the page's language, from the code and values the server sends (the
// same problem codes as every API message); a code this page does not know shows the server's
// English. A missing column names its field as the wizard's column table does.
import type { RowError } from '../../server/import.ts';
import type { Messages } from '../../i18n/en.ts';
import { renderSaid } from '../../domain/problem.ts';

export function importMessage(t: Messages, e: Pick<RowError, 'code' | 'params' | 'message'>): string {
  const fields = t.importer.fields as Record<string, string>;
  const params =
    e.code === 'import.noColumn'
      ? { ...e.params, field: fields[String(e.params.field)] ?? String(e.params.field) }
      : e.params;
  return renderSaid(t.problems, { code: e.code, params }) ?? e.message;
}
