// One place to read configuration: the Netlify global in functions, process.env in tests/scripts.
declare global {
  // eslint-disable-next-line no-var
  var Netlify: { env: { get(key: string): string | undefined } } | undefined;
}

export function env(key: string): string | undefined {
  return globalThis.Netlify?.env.get(key) ?? process.env[key];
}

export const DEFAULT_DATABASE_URL = 'file:db/local.db';
