import { describe, expect, it } from 'vitest';
import { formatMargin, formatTarget, formatValue } from '../../../src/domain/format.ts';
import { escapeMarkdown } from '../../../src/domain/review-export.ts';

const NBSP = '\u00a0';

describe('values in their unit', () => {
  it.each([
    [24.03, 'score', '24', '24'],
    [84, '%', '84 %', '84 %'],
    [81.94, '%', '81.9 %', '81,9 %'],
    [388, 's', '6 min 28 s', '6 min 28 s'],
    [360, 's', '6 min', '6 min'],
    [45.4, 's', '45 s', '45 s'],
    [2.25, 'h', '2.3 h', '2,3 h'],
    [1234.5, 'count', '1,234.5', `1${NBSP}234,5`],
    [1234.567, 'currency', '1,234.57', `1${NBSP}234,57`],
    [-0, 'score', '0', '0'],
  ] as const)('%s %s → %s (en), %s (sv)', (value, unit, en, sv) => {
    expect(formatValue(value, unit, 'en-GB')).toBe(en);
    expect(formatValue(value, unit, 'sv-SE')).toBe(sv);
  });

  it('writes margins and targets in the same unit', () => {
    expect(formatMargin(6.98, 'score', 'en-GB')).toBe('± 7');
    const base = { targetLow: null, targetHigh: null };
    expect(formatTarget({ ...base, unit: 's', direction: 'decrease', baseline: 420, target: 360 }, 'en-GB')).toBe(
      '7 min → 6 min',
    );
    expect(formatTarget({ ...base, unit: '%', direction: 'keep_above', baseline: 76, target: 80 }, 'sv-SE')).toBe(
      '≥ 80 %',
    );
    expect(
      formatTarget(
        { unit: 's', direction: 'range', baseline: 0, target: null, targetLow: 300, targetHigh: 360 },
        'en-GB',
      ),
    ).toBe('5 min–6 min');
    expect(formatTarget({ ...base, unit: 'count', direction: 'increase', baseline: 2, target: null }, 'en-GB')).toBe(
      '2 → ?',
    );
  });

  it('keeps ordinary parentheses in Markdown, but never a link', () => {
    expect(escapeMarkdown('NPS after chat (pilot)')).toBe('NPS after chat (pilot)');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('1) first')).toBe('1\\) first');
  });
});
