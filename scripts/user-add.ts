// `npm run user:add -- --admin you@example.com`: prints a one-time link with which that person
// sets their name and password and becomes an admin. Also `--editor x@y.z --department "Sales"`
// (repeatable) and `--viewer x@y.z`. `--origin https://tiller.example.com` sets the link's site
// (default: $TILLER_URL, else http://localhost:$PORT). Works on LIBSQL_URL like every script.
// The link is valid for 7 days, once; a newer command-line link replaces it.
import { parseArgs } from 'node:util';
import { email as emailSchema } from '../src/domain/accounts.ts';
import type { Role } from '../src/domain/roles.ts';
import { createSetupInvite } from '../src/server/accounts.ts';
import { closeClient, openDatabase } from '../src/server/db.ts';
import { DEFAULT_DATABASE_URL } from '../src/server/env.ts';
import { migrate } from '../src/server/migrate.ts';
import { all } from '../src/server/rows.ts';

const { values } = parseArgs({
  options: {
    admin: { type: 'string' },
    editor: { type: 'string' },
    viewer: { type: 'string' },
    department: { type: 'string', multiple: true },
    origin: { type: 'string' },
  },
});

const given = (['admin', 'editor', 'viewer'] as const).filter((r) => values[r] !== undefined);
if (given.length !== 1) {
  console.error(
    'Usage: npm run user:add -- --admin you@example.com   (or --editor x@y.z --department "Sales", or --viewer x@y.z)',
  );
  process.exit(2);
}
const role: Role = given[0]!;
const parsed = emailSchema.safeParse(values[role]);
if (!parsed.success) {
  console.error(`Not an e-mail address: ${values[role]}`);
  process.exit(2);
}
const origin = (values.origin ?? process.env.TILLER_URL ?? `http://localhost:${process.env.PORT ?? 4321}`).replace(
  /\/+$/,
  '',
);

const client = await openDatabase(
  process.env.LIBSQL_URL || DEFAULT_DATABASE_URL,
  process.env.LIBSQL_AUTH_TOKEN || undefined,
);
try {
  await migrate(client);
  const departments = await all<{ id: string; name: string }>(client, 'SELECT id, name FROM departments');
  const departmentIds = (values.department ?? []).map((d) => {
    const hit = departments.find((x) => x.id === d || x.name.toLowerCase() === d.toLowerCase());
    if (!hit) {
      console.error(`No department "${d}". Departments: ${departments.map((x) => x.name).join(', ') || '(none yet)'}`);
      process.exit(2);
    }
    return hit.id;
  });
  const tx = await client.transaction('write');
  try {
    const { link } = await createSetupInvite(tx, { email: parsed.data, role, departmentIds });
    await tx.commit();
    console.log(`One-time link for ${parsed.data} (${role}), valid for 7 days:\n\n  ${origin}${link}\n`);
  } catch (e) {
    await tx.rollback().catch(() => {});
    console.error((e as Error).message);
    process.exitCode = 1;
  } finally {
    tx.close();
  }
} finally {
  await closeClient(client);
}
