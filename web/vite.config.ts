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
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    sourcemap: true,
  },
});
