// `npm run db:migrate`: applies pending migrations to LIBSQL_URL (the deploy build runs it).
import { prepareDatabase } from './prepare-db.ts';

await prepareDatabase({ demo: false });
