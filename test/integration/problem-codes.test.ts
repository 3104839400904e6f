// A problem says what happened as a stable code with its values, beside the English for API users,
// for the whole request and for each field; the client renders the codes in the page's language.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Department } from '../../src/domain/types.ts';
import goalsFn from '../../netlify/functions/goals.mts';
import goalFn from '../../netlify/functions/goal.mts';
import { ApiError } from '../../src/client/api.ts';
import { call, createDepartment, expectProblem, freshDatabase, goalBody } from './helpers.ts';

await freshDatabase();
let dept: Department;
beforeAll(async () => {
  dept = await createDepartment('Operations');
});

describe('problem codes', () => {
  it('gives a refused goal its code per field, with the values, beside the English', async () => {
    const res = await call(goalsFn, 'POST', '/api/goals', {
      body: goalBody(dept.id, {
        title: 'x'.repeat(201),
        startDate: '2027-03-31',
        dueDate: '2027-01-01',
        colour: 'red',
      }),
    });
    expectProblem(res, 400, 'dueDate');
    expect(res.body).toMatchObject({
      code: 'request.invalidInput',
      params: {},
      detail: 'Some fields are missing or wrong.',
    });
    expect(res.body.errors).toMatchObject({ title: ['At most 200 characters.'], _: ['Unknown field: colour.'] });
    expect(res.body.errorCodes).toMatchObject({
      title: [{ code: 'input.tooLong', params: { max: 200 } }],
      _: [{ code: 'input.unknownFields', params: { list: 'colour', count: 1 } }],
    });
    const valid = await call(goalsFn, 'POST', '/api/goals', {
      body: goalBody(dept.id, { startDate: '2027-03-31', dueDate: '2027-01-01' }),
    });
    expect(valid.body.errors).toEqual({ dueDate: ['The due date must be after the start date.'] });
    expect(valid.body.errorCodes).toEqual({ dueDate: [{ code: 'goal.dueBeforeStart', params: {} }] });
  });

  it('gives a whole-request problem its code and values', async () => {
    const res = await call(goalFn, 'GET', '/api/goals/nope', { params: { id: 'nope' } });
    expectProblem(res, 404);
    expect(res.body).toMatchObject({
      code: 'request.notFound',
      params: { what: 'goal' },
      detail: 'No goal has this id.',
    });
    expect(res.body.errorCodes).toBeUndefined();
  });
});

describe('the client renders the codes in the page’s language', () => {
  const realDocument = globalThis.document;
  afterEach(() => {
    (globalThis as { document?: unknown }).document = realDocument;
  });
  const onPage = (lang: string) => ((globalThis as { document?: unknown }).document = { documentElement: { lang } });

  it('shows a Swedish page the Swedish message, field by field, from the codes alone', async () => {
    const res = await call(goalsFn, 'POST', '/api/goals', {
      body: goalBody(dept.id, { title: ' ', startDate: '2027-03-31', dueDate: '2027-01-01' }),
    });
    onPage('sv');
    const e = new ApiError(res.status, res.body);
    expect(e.message).toBe('Några fält saknas eller är fel.');
    expect(e.errors).toEqual({ title: ['Obligatoriskt.'], dueDate: ['Slutdatumet måste vara efter startdatumet.'] });
    // An English page shows the English, and a code this page does not know falls back to it.
    onPage('en');
    expect(new ApiError(res.status, res.body).errors.dueDate).toEqual(['The due date must be after the start date.']);
    onPage('sv');
    expect(new ApiError(400, { ...res.body, code: 'some.futureCode', detail: 'Something new.' }).message).toBe(
      'Something new.',
    );
  });
});
