// The shape of one language's KPI library texts, derived from src/domain/kpi-library.ts: every
// library key, and for each entry every field written as a `Translated` text (name, definition,
// formula, data source, gaming risk…). A field that may be null in the library (gaming risk) may be
// null here too; test/unit/translations.test.ts checks it is null exactly where English is.
import type { KpiDefinition, Translated } from '../domain/kpi-library.ts';

type TextField = { [F in keyof KpiDefinition]-?: Translated extends KpiDefinition[F] ? F : never }[keyof KpiDefinition];

export type KpiText = { readonly [F in TextField]: null extends KpiDefinition[F] ? string | null : string };

export interface KpiTexts {
  readonly entries: { readonly [K in KpiDefinition['key']]: KpiText };
  /** The purpose of a one-click counterweight, as GUARD_PURPOSE in kpi-library.ts. */
  guardPurpose(measureName: string, definition: string): string;
}
