import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    // Brotli and gzip copies of every text asset, built once; the app serves them as they are
    // (server/http/web-client.ts) instead of compressing on every request.
    {
      // index.html paints the header (the app shell) as soon as the stylesheet is in. The app's code
      // is fetched at low priority, so on a slow network it does not hold back the stylesheet and the
      // font that first paint needs; it still loads in parallel and starts as soon as it is in.
      name: 'code-after-styles',
      transformIndexHtml: {
        order: 'post',
        handler: (html) => html.replace(/<(script type="module"|link rel="modulepreload") crossorigin/g, '<$1 fetchpriority="low" crossorigin'),
      },
    },
    compression({ algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip')], include: /\.(js|css|html|svg|json|map)$/ }),
  ],
  server: {
    port: 5173,
    // `npm run dev`: the API runs on its own port; the client calls it through this proxy.
    proxy: { '/graphql': apiUrl, '/auth': apiUrl, '/healthz': apiUrl },
  },
  build: {
    // Two pages: the app, and the GraphQL explorer for researchers (its own bundle, never loaded by the app).
    rolldownOptions: {
      input: { main: fileURLToPath(new URL('index.html', import.meta.url)), graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) },
      // Fewer, larger shared chunks: split automatically (two entries, many lazy pages), the first page
      // loaded nine scripts, six of them under 10 KiB, each a round trip on a slow mobile network.
      // React with its DOM helpers in one chunk (shared with GraphiQL); the Aksel components and the
      // client's own shared modules that three or more chunks use, in another.
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@floating-ui)[\\/]/, priority: 20 },
            { name: 'common', test: /node_modules[\\/]@navikt[\\/]|web[\\/]src[\\/](graphql|api|labels|format)/, minShareCount: 3, priority: 10 },
          ],
        },
      },
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
