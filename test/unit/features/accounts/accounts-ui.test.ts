// The pure parts of the accounts UI: what an audit entry shows as changed and how values read,
// and where signing in may send the person afterwards.
import { describe, expect, it } from 'vitest';
import { displayValue, fieldChanges, type ValueContext } from '../../../../src/features/accounts/audit-format.ts';
import { safeNext } from '../../../../src/features/accounts/next.ts';

const goal = {
  id: 'g1',
  version: 1,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  title: 'Resolve more on first contact',
  description: '',
  departmentId: 'cs',
  parentGoalId: null,
  owner: 'Aino',
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  reviewDate: null,
};

describe('fieldChanges', () => {
  it('an update lists only the fields whose value changed, not the row bookkeeping', () => {
    const after = {
      ...goal,
      version: 2,
      updatedAt: '2026-02-01T09:00:00.000Z',
      title: 'Resolve 80 % on first contact',
      dueDate: '2027-03-31',
    };
    expect(fieldChanges(goal, after)).toEqual([
      { field: 'title', before: 'Resolve more on first contact', after: 'Resolve 80 % on first contact' },
      { field: 'dueDate', before: '2026-12-31', after: '2027-03-31' },
    ]);
  });

  it('compares arrays and nested values by content', () => {
    expect(
      fieldChanges({ departmentIds: ['a', 'b'], active: true }, { departmentIds: ['a', 'b'], active: false }),
    ).toEqual([{ field: 'active', before: true, after: false }]);
    expect(fieldChanges({ departmentIds: ['a'] }, { departmentIds: ['a', 'b'] })).toEqual([
      { field: 'departmentIds', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('a create lists the new row’s filled fields; a delete the old row’s', () => {
    expect(fieldChanges(null, goal).map((c) => c.field)).toEqual([
      'title',
      'departmentId',
      'owner',
      'startDate',
      'dueDate',
    ]);
    expect(fieldChanges(null, goal).every((c) => c.before === undefined)).toBe(true);
    expect(fieldChanges(goal, null).map((c) => c.field)).toEqual([
      'title',
      'departmentId',
      'owner',
      'startDate',
      'dueDate',
    ]);
    expect(fieldChanges(goal, null).every((c) => c.after === undefined)).toBe(true);
  });

  it('a field that appears or disappears in an update is listed', () => {
    expect(fieldChanges({ a: 1 }, { a: 1, b: 2 })).toEqual([{ field: 'b', before: undefined, after: 2 }]);
  });

  it('an unchanged row lists nothing', () => {
    expect(fieldChanges(goal, { ...goal, version: 2 })).toEqual([]);
    expect(fieldChanges(null, null)).toEqual([]);
  });
});

describe('displayValue', () => {
  const ctx: ValueContext = {
    date: (d) => `date(${d})`,
    dateTime: (d) => `time(${d})`,
    number: (n) => n.toFixed(1).replace('.', ','),
    yes: 'ja',
    no: 'nej',
    empty: '—',
    departmentName: (id) => ({ cs: 'Customer Service', fin: 'Finance' })[id],
    goalTitle: (id) => (id === 'g1' ? 'Resolve more' : undefined),
    measureName: (id) => (id === 'm1' ? 'FCR' : undefined),
    userName: (id) => (id === 'u1' ? 'Mika' : undefined),
    enumLabel: (field, v) => (field === 'role' && v === 'editor' ? 'Department editor' : undefined),
  };

  it('names ids, formats dates, instants, numbers and booleans', () => {
    expect(displayValue('departmentId', 'cs', ctx)).toBe('Customer Service');
    expect(displayValue('parentGoalId', 'g1', ctx)).toBe('Resolve more');
    expect(displayValue('parentGoalId', null, ctx)).toBe('—');
    expect(displayValue('measureId', 'm1', ctx)).toBe('FCR');
    expect(displayValue('createdBy', 'u1', ctx)).toBe('Mika');
    expect(displayValue('dueDate', '2026-12-31', ctx)).toBe('date(2026-12-31)');
    expect(displayValue('expiresAt', '2026-01-05T10:00:00.000Z', ctx)).toBe('time(2026-01-05T10:00:00.000Z)');
    expect(displayValue('target', 72.5, ctx)).toBe('72,5');
    expect(displayValue('active', false, ctx)).toBe('nej');
    expect(displayValue('role', 'editor', ctx)).toBe('Department editor');
    expect(displayValue('departmentIds', ['cs', 'fin'], ctx)).toBe('Customer Service, Finance');
    expect(displayValue('departmentIds', [], ctx)).toBe('—');
  });

  it('an unknown id or text is shown as it is (the component renders it as text)', () => {
    expect(displayValue('departmentId', 'gone', ctx)).toBe('gone');
    expect(displayValue('title', '<img src=x onerror=alert(1)>', ctx)).toBe('<img src=x onerror=alert(1)>');
  });

  it('lists of rows show their names; other objects their JSON', () => {
    expect(
      displayValue(
        'measures',
        [
          { id: 'm1', name: 'FCR' },
          { id: 'm2', name: 'AHT' },
        ],
        ctx,
      ),
    ).toBe('FCR, AHT');
    expect(displayValue('interval', { low: 1, high: 2 }, ctx)).toBe('{"low":1,"high":2}');
  });
});

describe('safeNext', () => {
  it('keeps paths on this site', () => {
    expect(safeNext('/goal/?id=abc', '/')).toBe('/goal/?id=abc');
    expect(safeNext('/sv/measure/?id=1#history', '/sv/')).toBe('/sv/measure/?id=1#history');
  });

  it('refuses other sites, schemes and odd paths', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
      'goal/',
      '/x\ny',
    ])
      expect(safeNext(bad, '/home/')).toBe('/home/');
  });

  it('never goes back to the sign-in or invite page', () => {
    expect(safeNext('/sign-in/?next=/x', '/')).toBe('/');
    expect(safeNext('/sv/invite/?token=t', '/sv/')).toBe('/sv/');
  });
});
