import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// Every module `src/index.ts` re-exports from is its own ESM entry, and `splitting` puts the code
// those entries share into chunks. An app importing one component then loads (and its bundler
// keeps) only the files that component reaches: the package declares no side effects besides its
// CSS, so untouched chunks are dropped whole instead of relying on statement-level tree-shaking
// of one big file.
const reExported = [...readFileSync('src/index.ts', 'utf8').matchAll(/from '\.\/([^']+)'/g)].map((match) => match[1]!);
const modules = Object.fromEntries(
  [...new Set(reExported)].filter((path) => !path.endsWith('/types') && !path.endsWith('legend-items')).map((path) => [`lib/${path}`, existsSync(`src/${path}.tsx`) ? `src/${path}.tsx` : `src/${path}.ts`]),
);

const shared: Options = {
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@journeykit/core'],
  // The React entries are client modules (hooks, events); the core package is not.
  banner: { js: "'use client';" },
};

// `dist` is emptied by the build script: the two configs run in parallel, so neither may clean.
export default defineConfig([
  // ESM: `dist/index.js` plus one file per re-exported module and the shared chunks.
  { ...shared, entry: { index: 'src/index.ts', ...modules }, format: ['esm'], splitting: true, treeshake: true, dts: { entry: { index: 'src/index.ts' } } },
  // CommonJS: one file (no code splitting in CJS), same exports.
  { ...shared, entry: { index: 'src/index.ts' }, format: ['cjs'], dts: { entry: { index: 'src/index.ts' } } },
]);
