// Text is data: whatever a user types is stored and returned byte-for-byte (escaping is the
// renderer's job, never the API's), and none of it reaches SQL as code.
import { describe, expect, it } from 'vitest';
import type { Tree } from '../../src/domain/types.ts';
import visionFn from '../../netlify/functions/vision.mts';
import treeFn from '../../netlify/functions/tree.mts';
import goalsFn from '../../netlify/functions/goals.mts';
import goalFn from '../../netlify/functions/goal.mts';
import departmentFn from '../../netlify/functions/department.mts';
import measureFn from '../../netlify/functions/measure.mts';
import measureCheckInsFn from '../../netlify/functions/measure-check-ins.mts';
import {
  call,
  countRows,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  freshDatabase,
} from './helpers.ts';

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });

const MERMAID = '"]-->X; click A call alert(1)';
const HTML = '<img src=x onerror=alert(1)>';
const HOSTILE = [
  MERMAID,
  HTML,
  `${MERMAID} ${HTML}`,
  "Robert'); DROP TABLE goals;--",
  '</script><script>alert(1)</script>',
  '%%{init: {"securityLevel": "loose"}}%%',
  '${7*7} {{7*7}} `x` \\u0000 \\" \\\\',
  'line one\nline two\r\n\ttabbed',
  'Ünïcödé – “quotes” — 日本語 — עברית — 👩🏽‍💻🇺🇦',
  '\u202Eevil\u202C zero\u200Bwidth',
  'A & B < C > D " E \' F',
];

describe('hostile text round-trips unchanged', () => {
  it.each(HOSTILE)('goal title and description %j', async (text) => {
    const dept = await createDepartment(`Dept ${text}`);
    const created = await call(goalsFn, 'POST', '/api/goals', {
      body: {
        title: text,
        description: text,
        owner: text,
        departmentId: dept.id,
        startDate: '2025-01-01',
        dueDate: '2025-12-31',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: text, description: text, owner: text });
    const id = created.body.id as string;

    const read = await call(goalFn, 'GET', `/api/goals/${id}`, one(id));
    expect(read.body.title).toBe(text);
    expect(read.body.description).toBe(text);
    expect((await call(departmentFn, 'GET', `/api/departments/${dept.id}`, one(dept.id))).body.name).toBe(
      `Dept ${text}`,
    );

    const tree = (await call<Tree>(treeFn, 'GET', '/api/tree')).body;
    expect(tree.goals.find((g) => g.id === id)).toMatchObject({ title: text, description: text, owner: text });
    expect(tree.departments.find((d) => d.id === dept.id)?.name).toBe(`Dept ${text}`);

    // Byte-for-byte in the database itself too.
    const stored = await db.execute({ sql: 'SELECT title, hex(title) AS h FROM goals WHERE id = ?', args: [id] });
    expect(stored.rows[0]!.title).toBe(text);
    expect(stored.rows[0]!.h).toBe(Buffer.from(text, 'utf8').toString('hex').toUpperCase());
  });

  it('in measure names, purposes, check-in notes, the vision, and after a PATCH', async () => {
    const dept = await createDepartment();
    const goal = await createGoal(dept.id);
    const m = await createMeasure(goal.id, { name: MERMAID, purpose: HTML });
    expect(m).toMatchObject({ name: MERMAID, purpose: HTML });
    const c = await createCheckIn(m.id, 12, '2025-02-01', `${HTML}\n${MERMAID}`);
    expect((await call(measureCheckInsFn, 'GET', `/api/measures/${m.id}/check-ins`, one(m.id))).body[0].note).toBe(
      c.note,
    );
    expect((await call(measureFn, 'GET', `/api/measures/${m.id}`, one(m.id))).body).toMatchObject({
      name: MERMAID,
      purpose: HTML,
      latest: { note: `${HTML}\n${MERMAID}` },
    });

    const vision = await call(visionFn, 'PUT', '/api/vision', {
      body: { statement: `${MERMAID}\n${HTML}`, horizonYear: 2030 },
    });
    expect(vision.body.statement).toBe(`${MERMAID}\n${HTML}`);
    expect((await call(visionFn, 'GET', '/api/vision')).body.statement).toBe(`${MERMAID}\n${HTML}`);

    const patched = await call(goalFn, 'PATCH', `/api/goals/${goal.id}`, {
      ...one(goal.id),
      body: { title: HTML, description: MERMAID, version: 1 },
    });
    expect(patched.body).toMatchObject({ title: HTML, description: MERMAID });
    expect((await call(goalFn, 'GET', `/api/goals/${goal.id}`, one(goal.id))).body).toMatchObject({
      title: HTML,
      description: MERMAID,
    });
  });

  it('SQL in text or in filters is only ever data', async () => {
    const counts = await countRows(db);
    const evil = "x' OR '1'='1";
    expect((await call(goalsFn, 'GET', `/api/goals?departmentId=${encodeURIComponent(evil)}`)).body).toEqual([]);
    expect((await call(goalsFn, 'GET', `/api/goals?parentGoalId=${encodeURIComponent(evil)}`)).body).toEqual([]);
    expect(await countRows(db)).toEqual(counts);
    const tables = await db.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('vision', 'departments', 'goals', 'measures', 'check_ins')",
    );
    expect(tables.rows).toHaveLength(5);
  });

  it('surrounding whitespace is trimmed, inner whitespace is kept', async () => {
    const dept = await createDepartment();
    const goal = await createGoal(dept.id, { title: '  Two  spaces\tinside  ' });
    expect(goal.title).toBe('Two  spaces\tinside');
  });
});
