// The web app's build (conventions.md 17). `npm run build:web` writes dist/web, which the Nest process serves at /;
// `npm run dev:web` serves it with hot reload and passes /api and /health to a running Keten (KETEN_API, default
// http://localhost:3000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.KETEN_API ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // TanStack Query's "use client" directives are for React Server Components, which this app does not use.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { port: 5173, proxy: { '/api': api, '/health': api } },
});
