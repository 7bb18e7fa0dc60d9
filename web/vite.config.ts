import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  server: {
    port: 5173,
    // `npm run dev`: the API runs on its own port; the client calls it through this proxy.
    proxy: { '/graphql': apiUrl, '/auth': apiUrl, '/healthz': apiUrl },
  },
  build: {
    // Two pages: the app, and the GraphQL explorer for researchers (its own bundle, never loaded by the app).
    rolldownOptions: {
      input: { main: fileURLToPath(new URL('index.html', import.meta.url)), graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) },
      // GraphiQL's packages carry React Compiler directives that bundling drops harmlessly.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    sourcemap: true,
  },
});
