import type { Config } from '@netlify/functions';
import { json, problemResponse, route } from '../../src/server/http.ts';
import { sessionUserOf, signIn, signOut } from '../../src/server/session-handlers.ts';

export default route({
  // Who is signed in (the UI asks on load).
  GET: async ({ actor }) => {
    const user = sessionUserOf(actor);
    return user ? json(user) : problemResponse(401, 'Sign in', 'Nobody is signed in.');
  },
  POST: ({ sql, req, body, ip }) => signIn(sql, req, body, ip),
  DELETE: ({ sql, req }) => signOut(sql, req),
});

export const config: Config = { path: '/api/session' };
