import type { Measure } from '../../domain/types.ts';
import type { Formatters, Messages } from '../../i18n/index.ts';

/** "420 → 360 s", "≥ 80 %", "300–360 s": the measure's baseline and target in its unit. */
export function formatTarget(m: Measure, t: Messages, fmt: Formatters): string {
  const unit = m.unit === '%' ? ' %' : ` ${t.measures.units[m.unit]}`;
  const n = (x: number | null) => (x === null ? '?' : fmt.number(x));
  switch (m.direction) {
    case 'increase':
    case 'decrease':
      return `${n(m.baseline)} → ${n(m.target)}${unit}`;
    case 'keep_above':
      return `≥ ${n(m.target)}${unit}`;
    case 'keep_below':
      return `≤ ${n(m.target)}${unit}`;
    case 'range':
      return `${n(m.targetLow)}–${n(m.targetHigh)}${unit}`;
  }
}
