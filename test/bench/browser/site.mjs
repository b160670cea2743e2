/**
 * The benchmark pages: a Vite production build (React plugin) of pages/*.html — one page per
 * contender, so each bundle holds only its own library — importing `@journeykit/react` and
 * `@journeykit/core` through their package exports, i.e. the built dist (run `pnpm build` first),
 * served from a small static server on 127.0.0.1.
 */
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));
export const CONTENDERS = ['journeykit', 'vis-timeline', 'recharts'];

/** Fails early with a clear message when the packages were not built. */
export function assertDistBuilt(repoRoot) {
  const missing = ['packages/core/dist/index.js', 'packages/core/dist/samples/index.js', 'packages/react/dist/index.js', 'packages/react/dist/styles.css'].filter(
    (path) => !existsSync(join(repoRoot, path)),
  );
  if (missing.length) throw new Error(`Build the packages first (pnpm build): missing ${missing.join(', ')}`);
}

/** Whether the built `JourneyMap` has a `density` prop (the dense canvas mode). */
export function hasDensityProp(repoRoot) {
  const types = join(repoRoot, 'packages/react/dist/index.d.ts');
  return existsSync(types) && /\bdensity\??\s*:/.test(readFileSync(types, 'utf8'));
}

/** Production build of the pages into `outDir`. */
export async function buildSite(outDir) {
  const input = Object.fromEntries(CONTENDERS.map((name) => [name, join(PAGES_DIR, `${name}.html`)]));
  await build({
    configFile: false,
    root: PAGES_DIR,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { dedupe: ['react', 'react-dom'] },
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      // JK_BENCH_MINIFY=0: readable function names in CPU profiles (never for figures you report).
      minify: process.env.JK_BENCH_MINIFY !== '0',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input },
    },
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

/** Serves `dir` on 127.0.0.1 (a free port); resolves with `{ origin, close }`. */
export function serve(dir) {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}
