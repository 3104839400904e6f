// Where to go after signing in: the `next` the sign-in redirect carried, if it is a path on this
// site. Anything else (another host, a scheme, //host, the sign-in or invite page) goes home.
export function safeNext(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  if (/[\u0000-\u001f]/.test(next)) return fallback;
  if (/^\/([a-z]{2}\/)?(sign-in|invite)(\/|$|\?)/.test(next)) return fallback;
  return next;
}
