// Values as people read them, one rule per unit, for every view: pages, exports, diagrams and
// charts. Pure: the language comes in as a BCP 47 tag ('en-GB', 'sv-SE'). Unit symbols (%, s, min,
// h, d) are the same in every language Tiller speaks; only the digits and separators differ.
import type { Direction, Unit } from './schemas.ts';

/** At most this many decimals per unit: what the people who read the figure use. */
const DECIMALS: Record<Unit, number> = { '%': 1, s: 0, min: 1, h: 1, d: 1, count: 1, score: 1, currency: 2 };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, decimals: number): Intl.NumberFormat {
  const key = `${tag}/${decimals}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: decimals })));
  return f;
}

/** A plain number, at most `decimals` decimals, in the language's digits ("1 234,5"). */
export const formatNumber = (value: number, tag: string, decimals = 2): string =>
  numberFormat(tag, decimals).format(value);

/**
 * One value in its unit: "84,5 %", "6 min 28 s" (handling and queue times of a minute or more,
 * whole seconds), "45 s", "2,5 h", "24" (a score or count). Negative zero prints as 0.
 */
export function formatValue(value: number, unit: Unit, tag: string): string {
  if (unit === 's' && Math.abs(value) >= 59.5) {
    const total = Math.round(Math.abs(value));
    const [minutes, seconds] = [Math.floor(total / 60), total % 60];
    const sign = value < 0 ? '−' : '';
    return `${sign}${formatNumber(minutes, tag, 0)} min${seconds ? ` ${seconds} s` : ''}`;
  }
  const n = formatNumber(value === 0 ? 0 : value, tag, DECIMALS[unit]);
  return SYMBOL[unit] ? `${n} ${SYMBOL[unit]}` : n;
}

const SYMBOL: Record<Unit, string> = {
  '%': '%',
  s: 's',
  min: 'min',
  h: 'h',
  d: 'd',
  count: '',
  score: '',
  currency: '',
};

/**
 * A margin of error in the value's unit, one decimal coarser than the value (it is an estimate
 * of the noise, not a measurement): "± 7" beside NPS 24, "± 3 %" beside 81,9 %.
 */
export function formatMargin(margin: number, unit: Unit, tag: string): string {
  if (unit === 's') return `± ${formatValue(margin, unit, tag)}`;
  const n = formatNumber(margin, tag, Math.max(0, DECIMALS[unit] - 1));
  return `± ${SYMBOL[unit] ? `${n} ${SYMBOL[unit]}` : n}`;
}

/** A check-in's value with its margin when it came from a sample: "24 ± 7", "81,9 % ± 3,4 %". */
export const formatReading = (value: number, margin: number | null | undefined, unit: Unit, tag: string): string =>
  margin == null
    ? formatValue(value, unit, tag)
    : `${formatValue(value, unit, tag)} ${formatMargin(margin, unit, tag)}`;

export interface TargetLike {
  unit: Unit;
  direction: Direction;
  baseline: number;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
}

/** A measure's baseline and target: "7 min → 6 min", "≥ 80 %", "5 min–6 min". */
export function formatTarget(m: TargetLike, tag: string): string {
  const v = (x: number | null) => (x === null ? '?' : formatValue(x, m.unit, tag));
  switch (m.direction) {
    case 'increase':
    case 'decrease':
      return `${v(m.baseline)} → ${v(m.target)}`;
    case 'keep_above':
      return `≥ ${v(m.target)}`;
    case 'keep_below':
      return `≤ ${v(m.target)}`;
    case 'range':
      return `${v(m.targetLow)}–${v(m.targetHigh)}`;
  }
}
