import { describe, expect, it } from 'vitest';
import visionFn from '../../../netlify/functions/vision.mts';
import { call, expectProblem, freshDatabase, snapshot } from '../helpers.ts';

const db = await freshDatabase();

describe('vision: create → read → update → stale update → (no delete)', () => {
  it('is 404 before the first PUT', async () => {
    expectProblem(await call(visionFn, 'GET', '/api/vision'), 404);
  });

  it('runs the whole life cycle', async () => {
    const created = await call(visionFn, 'PUT', '/api/vision', {
      body: { statement: 'Every customer helped first time', horizonYear: 2030 },
    });
    expect(created.status).toBe(201);
    expect(created.contentType).toMatch(/^application\/json\b/);
    const vision = created.body;
    expect(vision).toEqual({
      id: expect.any(String),
      statement: 'Every customer helped first time',
      horizonYear: 2030,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const read = await call(visionFn, 'GET', '/api/vision');
    expect(read.status).toBe(200);
    expect(read.body).toEqual(vision);

    // Once it exists, a PUT must say which version it read.
    const before = await snapshot(db);
    expectProblem(
      await call(visionFn, 'PUT', '/api/vision', { body: { statement: 'No version', horizonYear: 2031 } }),
      400,
      'version',
    );
    expect(await snapshot(db)).toEqual(before);

    const updated = await call(visionFn, 'PUT', '/api/vision', {
      body: { statement: 'Customers never need to chase us', horizonYear: 2032, version: 1 },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      id: vision.id,
      statement: 'Customers never need to chase us',
      horizonYear: 2032,
      version: 2,
      createdAt: vision.createdAt,
    });
    expect((await call(visionFn, 'GET', '/api/vision')).body).toEqual(updated.body);

    const afterUpdate = await snapshot(db);
    const stale = await call(visionFn, 'PUT', '/api/vision', {
      body: { statement: 'Lost update', horizonYear: 2033, version: 1 },
    });
    expectProblem(stale, 409, 'version');
    expect(stale.body.current).toEqual(updated.body);
    expect(await snapshot(db)).toEqual(afterUpdate);
    expect((await db.execute('SELECT count(*) AS n FROM vision')).rows[0]!.n).toBe(1);

    // There is one vision and it cannot be deleted: DELETE is not a method of this resource.
    const del = await call(visionFn, 'DELETE', '/api/vision');
    expectProblem(del, 405);
    expect(del.headers.get('allow')).toBe('GET, PUT');
    expect(await snapshot(db)).toEqual(afterUpdate);
    expect((await call(visionFn, 'GET', '/api/vision')).body).toEqual(updated.body);
  });

  it.each([
    ['missing statement', { horizonYear: 2030, version: 2 }, 'statement'],
    ['blank statement', { statement: '   ', horizonYear: 2030, version: 2 }, 'statement'],
    ['year as text', { statement: 'x', horizonYear: '2030', version: 2 }, 'horizonYear'],
    ['year out of range', { statement: 'x', horizonYear: 1999, version: 2 }, 'horizonYear'],
    ['fractional version', { statement: 'x', horizonYear: 2030, version: 1.5 }, 'version'],
    ['unknown field', { statement: 'x', horizonYear: 2030, version: 2, mission: 'y' }, '_'],
  ])('refuses %s with 400 and changes nothing', async (_name, body, field) => {
    const before = await snapshot(db);
    expectProblem(await call(visionFn, 'PUT', '/api/vision', { body }), 400, field);
    expect(await snapshot(db)).toEqual(before);
  });
});
