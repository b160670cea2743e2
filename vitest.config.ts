import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from './.storybook/aliases.ts';
import { chromiumProvider } from './test/chromium.ts';

/** A fresh browser config per project: Vitest names (mutates) the instances, so projects must not share one. */
const browser = () => ({ enabled: true, headless: true, provider: chromiumProvider(), instances: [{ browser: 'chromium' as const }], screenshotFailures: false });

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sourceAliases },
  test: {
    globals: true,
    testTimeout: 20_000,
    reporters: ['default', ['json', { outputFile: 'test/.artifacts/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'core', environment: 'node', include: ['packages/core/src/**/*.test.ts', 'test/core/**/*.test.ts', 'test/fuzz/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          include: ['packages/react/src/**/*.test.{ts,tsx}', 'test/react/**/*.test.{ts,tsx}', 'test/ssr/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup-jsdom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.tsx'],
          setupFiles: ['./test/setup-browser.ts'],
          browser: browser(),
        },
      },
      {
        // Packs the packages, installs them into fresh Vite apps (React 19 and 18) and checks them in Chromium.
        extends: true,
        test: { name: 'embedding', environment: 'node', include: ['test/embedding/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
      },
      {
        // Every story renders in Chromium as a test, with its play function and an axe check.
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
