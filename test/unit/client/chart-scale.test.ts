import { describe, expect, test } from 'vitest';
import { niceTicks } from '../../../src/client/chart-scale.ts';

describe('niceTicks', () => {
  test('covers the range with round steps', () => {
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(312, 419)).toEqual([300, 325, 350, 375, 400, 425]);
  });
  test('a flat series still gets a visible range', () => {
    const ticks = niceTicks(80, 80);
    expect(ticks[0]).toBeLessThan(80);
    expect(ticks[ticks.length - 1]).toBeGreaterThan(80);
  });
  test('negative values (NPS can be below zero)', () => {
    const ticks = niceTicks(-35, 20);
    expect(ticks[0]).toBeLessThanOrEqual(-35);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(20);
  });
  test('no data gives no ticks', () => {
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
  });
});
