import type { Config } from '@netlify/functions';
import { goalCloseInput } from '../../src/domain/review-schemas.ts';
import { route, validate } from '../../src/server/http.ts';
import { closeGoal } from '../../src/server/goal-lifecycle.ts';

export default route({
  POST: ({ sql, params, body }) => closeGoal(sql, params.id!, validate(goalCloseInput, body)),
});

export const config: Config = { path: '/api/goals/:id/close' };
