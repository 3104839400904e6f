// The anchor of `npm start`'s start-up time: a bare node:http server that answers every request
// with dist/index.html, started the same way (the same Node, a .ts entry). What is left between
// the two is Tiller's own start: database, build check, modules, functions.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const page = readFileSync(path.resolve(import.meta.dirname, '../../dist/index.html'));
createServer((_, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
}).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
