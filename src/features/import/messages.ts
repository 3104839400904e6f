// A bad row's message in the page's language, from the code and parameters the server sends
// (src/server/import.ts). Codes this page does not know show the server's English sentence.
import type { RowError } from '../../server/import.ts';
import type { Messages } from '../../i18n/en.ts';
import type { Locale } from '../../i18n/index.ts';
import { localizeProblem } from '../../i18n/problems.ts';

export function importMessage(t: Messages, locale: Locale, e: Pick<RowError, 'code' | 'params' | 'message'>): string {
  const m = t.importer.messages;
  const p = e.params;
  const s = (k: string) => String(p[k] ?? '');
  const n = (k: string) => Number(p[k] ?? 0);
  const field = (k: string) => (t.importer.fields as Record<string, string>)[s(k)] ?? s(k);
  switch (e.code) {
    case 'import.required': return m.required;
    case 'import.notNumber': return m.notNumber;
    case 'import.notWholeNumber': return m.notWholeNumber;
    case 'import.notDate': return m.notDate(s('example'));
    case 'import.notDuration': return m.notDuration;
    case 'import.unknownChoice': return m.unknownChoice(s('value'), s('choices'));
    case 'import.unknownDepartment': return m.unknownDepartment(s('name'));
    case 'import.notAllowed': return m.notAllowed(s('department'));
    case 'import.unknownGoalId': return m.unknownGoalId(s('id'));
    case 'import.unknownParent': return m.unknownParent(s('title'));
    case 'import.ambiguousParent': return m.ambiguousParent(s('title'));
    case 'import.unknownMeasure': return m.unknownMeasure;
    case 'import.ambiguousMeasure': return m.ambiguousMeasure;
    case 'import.conflict': return m.conflict(n('row'), s('what') === 'measure' ? t.importer.what.measure : t.importer.what.goal);
    case 'import.closedGoal': return m.closedGoal(s('title'));
    case 'import.duplicateCheckIn': return m.duplicateCheckIn(n('row'));
    case 'import.sampleDiffers': return m.sampleDiffers;
    case 'import.cycle': return m.cycle;
    case 'import.noColumn': return m.noColumn(field('field'));
    // Schema messages (zod) arrive in English: the problem catalogs translate them.
    case 'import.invalid': return localizeProblem(s('message'), locale);
    default: return localizeProblem(e.message, locale);
  }
}
