// Loads netlify/functions/* in this process and routes requests to them by their
// `config.path`, as Netlify does. NetlifyDev's own function emulation bundles the function
// and starts a worker thread on every request (~2 s each), which is no production-like run.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Handler = (
  req: Request,
  context: { params: Record<string, string | undefined>; ip?: string },
) => Promise<Response> | Response;
interface Route {
  pattern: URLPattern;
  handler: Handler;
}

/** `ip` is the client's address as the server saw it (the socket's), Netlify's `context.ip`. */
export async function loadFunctions(
  dir: string,
): Promise<(req: Request, ip?: string) => Promise<Response | undefined>> {
  const routes: Route[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /\.(mts|ts|mjs|js)$/.test(f))
    .sort()) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
      default: Handler;
      config?: { path?: string | string[] };
    };
    const paths =
      mod.config?.path === undefined
        ? [`/.netlify/functions/${file.replace(/\.[^.]+$/, '')}`]
        : [mod.config.path].flat();
    for (const p of paths) routes.push({ pattern: new URLPattern({ pathname: p }), handler: mod.default });
  }
  return async (req, ip) => {
    const url = new URL(req.url);
    for (const r of routes) {
      const match = r.pattern.exec({ pathname: url.pathname });
      if (match) return r.handler(req, { params: match.pathname.groups, ...(ip ? { ip } : {}) });
    }
    return unmatched(routes, req, url);
  };
}

/** An /api path no route serves goes to api-not-found, as netlify.toml's redirect does in production. */
function unmatched(routes: Route[], req: Request, url: URL): Promise<Response> | Response | undefined {
  if (!url.pathname.startsWith('/api/')) return undefined;
  const fallback = routes.find((r) => r.pattern.test({ pathname: '/.netlify/functions/api-not-found' }));
  return fallback?.handler(req, { params: {} });
}
