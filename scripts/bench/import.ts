// Importing a 10,000-row check-in history through POST /api/import (CSV, Swedish style), against
// the anchor of inserting the same check-ins with one prepared INSERT each in one transaction.
import { useDatabase } from '../../src/server/db.ts';
import { seedGenerated } from '../../db/seed/generate.ts';
import { MAX_IMPORT_ROWS } from '../../src/server/import-file.ts';
import { dropDatabase, loadFunction, ms, tempDatabase, type Reporter } from './lib.ts';

export default async function importBench(r: Reporter) {
  const importFn = await loadFunction('import');
  const db = await tempDatabase('import');
  await seedGenerated(db.client, { goals: 50, measuresPerGoal: 4, checkInsPerMeasure: 0 });
  useDatabase(db.client);
  const measures = (
    await db.client.execute("SELECT id FROM measures WHERE unit IN ('count', 'score') ORDER BY id")
  ).rows.map((row) => String(row.id));
  // 10,000 rows: each measure gets consecutive days going back from yesterday.
  const lines: string[] = ['Mått-id;Datum;Värde;Kommentar'];
  const day = (n: number) => new Date(Date.now() - (n + 1) * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < MAX_IMPORT_ROWS; i++)
    lines.push(
      `${measures[i % measures.length]};${day(Math.floor(i / measures.length))};${(i % 97) + 0.5};`.replace(
        '.5;',
        ',5;',
      ),
    );
  const csv = new TextEncoder().encode(lines.join('\r\n'));
  const post = async (dryRun: boolean) => {
    const form = new FormData();
    form.set('file', new File([csv], 'history.csv'));
    form.set('options', JSON.stringify({ kind: 'checkIns', dryRun }));
    const res = await importFn(
      new Request('http://localhost/api/import', { method: 'POST', body: form, headers: db.headers }),
    );
    const body = (await res.json()) as { summary?: { checkIn: { create: number } }; detail?: string };
    if (res.status !== 200)
      throw new Error(`POST /api/import answered ${res.status}: ${JSON.stringify(body).slice(0, 400)}`);
    return body.summary!.checkIn.create;
  };
  let t0 = performance.now();
  const previewed = await post(true);
  const previewMs = performance.now() - t0;
  t0 = performance.now();
  const created = await post(false);
  const importMs = performance.now() - t0;

  // The anchor: the same rows as plain INSERTs in one transaction, on a copy of the measures.
  const anchorDb = await tempDatabase('import-anchor');
  await seedGenerated(anchorDb.client, { goals: 50, measuresPerGoal: 4, checkInsPerMeasure: 0 });
  const ids = (
    await anchorDb.client.execute("SELECT id FROM measures WHERE unit IN ('count', 'score') ORDER BY id")
  ).rows.map((row) => String(row.id));
  t0 = performance.now();
  const tx = await anchorDb.client.transaction('write');
  const now = new Date().toISOString();
  for (let i = 0; i < MAX_IMPORT_ROWS; i++)
    await tx.execute({
      sql: 'INSERT INTO check_ins (id, measure_id, value, date, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      args: [crypto.randomUUID(), ids[i % ids.length]!, (i % 97) + 0.5, day(Math.floor(i / ids.length)), '', now, now],
    });
  await tx.commit();
  tx.close();
  const anchorMs = performance.now() - t0;
  const anchor = { name: 'raw INSERTs, one transaction', value: ms(anchorMs) };
  r.add({
    name: `import preview, ${previewed} check-ins (CSV)`,
    value: ms(previewMs),
    unit: 'ms',
    anchor,
    note: 'one run; parse, read every row, match; nothing written',
  });
  r.add({
    name: `import ${created} check-ins (CSV)`,
    value: ms(importMs),
    unit: 'ms',
    anchor,
    goal: 'a few seconds',
    note: 'one run; each check-in validated and audited as by hand',
  });
  dropDatabase(db);
  dropDatabase(anchorDb);
}
