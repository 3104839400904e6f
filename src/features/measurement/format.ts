// Values as people read them: "380 s", "78 %", "NPS 32 ± 22".
import type { Unit } from '../../domain/schemas.ts';
import type { Formatters, Messages } from '../../i18n/index.ts';
import { round1 } from './sample-preview.ts';

/** The suffix of a value in its unit: " %" and " s" and " min"; nothing for counts, scores and money. */
export function unitSuffix(unit: Unit, t: Messages): string {
  if (unit === '%') return ' %';
  if (unit === 'count' || unit === 'score' || unit === 'currency') return '';
  return ` ${t.measures.units[unit]}`;
}

/** A value with at most one decimal and its unit. */
export const withUnit = (value: number, unit: Unit, t: Messages, fmt: Formatters) => `${fmt.number(round1(value))}${unitSuffix(unit, t)}`;
