// Editing a check-in (issue 3): read one, change its value, date or note with the version check.
import type { CheckIn } from '../domain/types.ts';
import { checkInInput } from '../domain/schemas.ts';
import type { CheckInPatch } from '../domain/review-schemas.ts';
import type { Sql } from './db.ts';
import { computedValueIssues } from '../domain/measurement.ts';
import { Problem, notFound, validate } from './http.ts';
import { findCheckIn } from './measures.ts';
import { updateVersioned } from './rows.ts';
import { audit } from './audit.ts';
import { says } from '../domain/problem.ts';

export async function getCheckIn(sql: Sql, id: string): Promise<CheckIn> {
  const c = await findCheckIn(sql, id);
  if (!c) throw notFound('Check-in');
  return c;
}

/**
 * Changes what the patch names; the merged check-in must still be valid (a date not in the future),
 * and a value computed from its sample cannot be overwritten.
 */
export async function updateCheckIn(sql: Sql, id: string, patch: CheckInPatch): Promise<CheckIn> {
  const current = await getCheckIn(sql, id);
  const { version, ...changes } = patch;
  // A value computed from a sample (NPS counts, k of n, segments) cannot be typed over (issue 4).
  const computed = computedValueIssues(current, changes);
  if (computed.length)
    throw new Problem(
      400,
      'Invalid input',
      says('request.invalidInput'),
      Object.fromEntries(computed.map((i) => [i.path, [i.message]])),
    );
  const next = validate(checkInInput, { value: current.value, date: current.date, note: current.note, ...changes });
  const updated = await updateVersioned(sql, {
    table: 'check_ins',
    what: 'Check-in',
    id,
    version,
    columns: { value: next.value, date: next.date, note: next.note },
    reread: () => findCheckIn(sql, id),
  });
  await audit(sql, {
    action: 'update',
    entity: 'check_in',
    entityId: id,
    measureId: current.measureId,
    before: current,
    after: updated,
  });
  return updated;
}
