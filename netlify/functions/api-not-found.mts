// An /api path no function serves: 404 problem+json (netlify.toml sends unmatched /api/* here;
// under `npm start` scripts/functions.ts does the same).
import { apiNotFound } from '../../src/server/http.ts';

export default (req: Request) => apiNotFound(req);
