// The staff app (React SPA): built into dist/web, which the server serves at /staff/.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const server = 'http://localhost:3000';

/** DKFDS comes from the server (/assets/dkfds/, beside its fonts and icons), not from the bundle. */
const dkfdsStylesheet: Plugin = {
  name: 'dkfds-stylesheet',
  transformIndexHtml: {
    // After Vite's own asset handling, which would look for the file at build time; before the app's CSS.
    order: 'post',
    handler: (html) =>
      html.replace(
        '</title>',
        '</title>\n    <link rel="stylesheet" href="/assets/dkfds/css/dkfds.min.css" />',
      ),
  },
};

export default defineConfig({
  root: 'web',
  base: '/staff/',
  plugins: [dkfdsStylesheet, react()],
  // WEB_DIST builds elsewhere (the server reads the same variable), e.g. for parallel end-to-end runs.
  build: { outDir: process.env.WEB_DIST ?? '../dist/web', emptyOutDir: true },
  // In development the API and the DKFDS assets come from the running server.
  server: { proxy: { '/api': server, '/assets': server } },
});
