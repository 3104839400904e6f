import type { Config } from '@netlify/functions';
import { KPI_LIBRARY } from '../../src/domain/kpi-library.ts';
import { route } from '../../src/server/http.ts';

// The built-in KPI library, every entry in English and Swedish.
export default route({
  GET: async () => KPI_LIBRARY,
});

export const config: Config = { path: '/api/kpi-library' };
