import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { articlesPlugin } from './src/pipeline/articles-plugin';
import { cspPlugin } from './src/pipeline/csp-plugin';

/** BASE_URL always starts and ends with `/` so every route and asset works below it. */
function baseUrl(raw = process.env.BASE_URL): string {
  if (!raw || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

export default defineConfig({
  base: baseUrl(),
  plugins: [react(), articlesPlugin(), cspPlugin()],
  build: { target: 'es2022' },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'corpus',
          include: ['test/corpus/**/*.corpus.test.ts'],
          globalSetup: ['test/corpus/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
