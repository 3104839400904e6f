import type { Config } from '@netlify/functions';
import { authEnforcement, json, problemResponse, route } from '../../src/server/http.ts';
import { sessionUserOf, signIn, signOut } from '../../src/server/session-handlers.ts';
import { says } from '../../src/domain/problem.ts';

export default route({
  // Who is signed in (the UI asks on load). `signInRequired` tells the UI whether the other routes
  // need a session (the enforcement switch): while it is off, anonymous visitors may still edit.
  GET: async ({ actor }) => {
    const user = sessionUserOf(actor);
    return user
      ? json(user)
      : problemResponse(401, 'Sign in', says('signIn.none'), undefined, { signInRequired: authEnforcement() });
  },
  POST: ({ sql, req, body, ip }) => signIn(sql, req, body, ip),
  DELETE: ({ sql, req }) => signOut(sql, req),
});

export const config: Config = { path: '/api/session' };
