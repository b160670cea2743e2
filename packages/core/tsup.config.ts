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

const shared: Options = { format: ['esm', 'cjs'], sourcemap: true, target: 'es2022', treeshake: true };

// `dist` is emptied by the build script: the two configs run in parallel, so neither may clean.
export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts', 'samples/index': 'src/samples/index.ts' }, dts: { entry: { index: 'src/index.ts', 'samples/index': 'src/samples/index.ts', 'interop/index': 'src/interop/index.ts' } } },
  { ...shared, entry: { 'interop/index': 'src/interop/index.ts' }, esbuildPlugins: [coreFromMainEntry] },
]);
