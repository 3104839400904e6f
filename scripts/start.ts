// `npm start` (see scripts/server.ts). Node keeps the modules it compiled (TypeScript stripped of
// its types) in a cache between starts, which makes a start about a third cheaper; the cache must
// be on before the server's modules load, hence this entry of its own.
import module from 'node:module';

module.enableCompileCache();
await import('./server.ts');
