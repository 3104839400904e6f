// Serves the built site (dist/) as Netlify does, with the engines @netlify/dev chains for a site
// without edge functions or images: netlify.toml's redirects (@netlify/redirects), the files
// (@netlify/static) and netlify.toml's headers (@netlify/headers, read on every request, so an
// edit applies at once). Loading all of @netlify/dev would take 1.7 s of CPU at every start,
// most of it for bundling functions, which this server runs in process instead.
import path from 'node:path';
import { HeadersHandler } from '@netlify/headers';
import { RedirectsHandler } from '@netlify/redirects';
import { StaticHandler } from '@netlify/static';

export function staticSite(root: string): (req: Request) => Promise<Response | undefined> {
  const configPath = path.join(root, 'netlify.toml');
  const publishDir = path.join(root, 'dist');
  const files = new StaticHandler({ directory: publishDir });
  const headers = new HeadersHandler({ configPath, projectDir: root, publishDir, logger: console });
  const redirects = new RedirectsHandler({
    configPath,
    configRedirects: [],
    projectDir: root,
    publicDir: publishDir,
    jwtRoleClaim: '',
    jwtSecret: '',
    notFoundHandler: async () => new Response('Not found', { status: 404 }),
  });

  /** The file a request names, with the headers netlify.toml gives its path. */
  const file = async (req: Request) => {
    const match = await files.match(req);
    if (!match) return undefined;
    return async () => {
      const res = await match.handle();
      await headers.apply(req, res);
      return res;
    };
  };

  return async (req) => {
    const redirect = await redirects.match(req);
    if (redirect) {
      const res = await redirects.handle(req, redirect, file);
      if (res) return res;
    }
    return (await file(req))?.();
  };
}
