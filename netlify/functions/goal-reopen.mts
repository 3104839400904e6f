import type { Config } from '@netlify/functions';
import { fieldErrors } from '../../src/domain/schemas.ts';
import { goalReopenInput } from '../../src/domain/review-schemas.ts';
import { Problem, route } from '../../src/server/http.ts';
import { reopenGoal } from '../../src/server/goal-reopen.ts';
import { says } from '../../src/domain/problem.ts';

export default route({
  POST: ({ sql, params, body }) => {
    // A reopen without its reason is a form to complete (422 with the field), not a malformed request.
    const input = goalReopenInput.safeParse(body);
    if (!input.success) throw new Problem(422, 'Invalid input', says('request.invalidInput'), fieldErrors(input.error));
    return reopenGoal(sql, params.id!, input.data);
  },
});

export const config: Config = { path: '/api/goals/:id/reopen' };
