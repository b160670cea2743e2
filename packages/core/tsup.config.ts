import { readdirSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const interopDir = resolve('src/interop') + sep;

/**
 * `@journeykit/core/interop` (CSV and Mermaid) is a separate entry so that apps not importing it
 * do not carry it. What it uses from the rest of core (validation, presets, order) it imports
 * from `@journeykit/core` itself instead of bundling a copy: one validator, so journeys it returns
 * pass `isJourneyModel` and its errors are the main entry's `JourneyValidationError`, in ESM and CJS.
 */
const coreFromMainEntry: Plugin = {
  name: 'interop-uses-main-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(interopDir)) return undefined;
      return resolve(args.resolveDir, args.path).startsWith(interopDir) ? undefined : { path: '@journeykit/core', external: true };
    });
  },
};

/**
 * Every source module of the main and samples entries (tests and the interop subpath aside) is
 * its own ESM entry, and `splitting` puts what they share into chunks: `dist/index.js` then
 * re-exports from many small files instead of holding everything in one, so an app's bundler
 * drops the files it does not reach (the package has no side effects). Within one big file it
 * could not: the schema's top-level valibot calls, for one, are kept wherever they sit.
 */
const modules = Object.fromEntries(
  readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('interop/csv/') && !file.startsWith('interop/mermaid/') && !file.startsWith('interop/ids') && file !== 'interop/index.ts')
    .map((file) => [`lib/${file.slice(0, -3)}`, `src/${file}`]),
);

const shared: Options = { sourcemap: true, target: 'es2022', treeshake: true };
const publicEntries = { index: 'src/index.ts', 'samples/index': 'src/samples/index.ts' };

// `dist` is emptied by the build script: the two configs run in parallel, so neither may clean.
export default defineConfig([
  { ...shared, format: ['esm'], splitting: true, entry: { ...publicEntries, ...modules }, dts: { entry: { ...publicEntries, 'interop/index': 'src/interop/index.ts' } } },
  { ...shared, format: ['cjs'], entry: publicEntries, dts: { entry: { ...publicEntries, 'interop/index': 'src/interop/index.ts' } } },
  { ...shared, format: ['esm', 'cjs'], entry: { 'interop/index': 'src/interop/index.ts' }, esbuildPlugins: [coreFromMainEntry] },
]);
