import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const fromRoot = (path: string): string => resolve(workspaceRoot, path);

// The API serves /api, /socket.io and the /collab document sockets on :3000; in development we
// proxy to it so the browser sees one origin, exactly as in production where the API serves the
// built app itself.
const apiTarget = process.env['TW_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: fromRoot('apps/web'),
  plugins: [react()],
  resolve: {
    // Packages are consumed as source (no build step), the same way tsconfig.base.json `paths` do.
    alias: {
      '@treaty/contracts': fromRoot('packages/contracts/src/index.ts'),
      '@treaty/domain': fromRoot('packages/domain/src/index.ts'),
      '@treaty/treaty-schema': fromRoot('packages/treaty-schema/src/index.ts'),
    },
  },
  build: {
    outDir: fromRoot('dist/apps/web'),
    emptyOutDir: true,
  },
  server: {
    fs: { allow: [workspaceRoot] },
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, changeOrigin: true, ws: true },
      '/collab': { target: apiTarget, changeOrigin: true, ws: true },
    },
  },
});
