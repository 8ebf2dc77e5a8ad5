import { fileURLToPath } from 'node:url';

// The bench's node_modules is one folder up, shared with the Vite build. Each bundler builds into its own folder.
const root = fileURLToPath(new URL('..', import.meta.url));

export default {
  turbopack: { root },
  outputFileTracingRoot: root,
  distDir: process.env.BENCH_DIST_DIR ?? '.next',
  productionBrowserSourceMaps: true,
};
