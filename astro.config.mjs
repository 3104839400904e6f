// @ts-check
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';
import netlify from '@netlify/vite-plugin';

export default defineConfig({
  output: 'static',
  integrations: [solid()],
  server: { port: 4321, host: '127.0.0.1' },
  vite: {
    // Emulates netlify/functions inside `astro dev`. Edge functions would download Deno and the
    // database feature starts an unrelated Postgres, so both stay off (offline machines).
    plugins: [netlify({ edgeFunctions: { enabled: false }, database: { enabled: false }, images: { enabled: false } })],
  },
});
