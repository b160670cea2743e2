import { fileURLToPath } from 'node:url';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Stories and tests run against the package sources, not dist (same as tsconfig `paths`). */
export const sourceAliases = {
  '@journeykit/core/samples': fromRoot('packages/core/src/samples/index.ts'),
  '@journeykit/core/interop': fromRoot('packages/core/src/interop/index.ts'),
  '@journeykit/core': fromRoot('packages/core/src/index.ts'),
  '@journeykit/react': fromRoot('packages/react/src/index.ts'),
};
