/**
 * The embedding proof: pack both packages, install the tarballs (not the workspace) into a fresh
 * Vite + React app in a temporary directory, build it with a server-rendered page, and serve it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** Runs a command; a failure throws with the command's own output, so CI shows why. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${`${stdout}\n${stderr}`.trim().slice(-4000)}`);
  }
}

/** Packs @journeykit/core and @journeykit/react (built beforehand by `pnpm build`) into `directory`. */
export function packPackages(directory: string): { core: string; react: string } {
  for (const name of ['core', 'react']) run('pnpm', ['pack', '--pack-destination', directory], join(root, 'packages', name));
  const files = readdirSync(directory);
  const find = (prefix: string) => join(directory, files.find((file) => file.startsWith(prefix) && file.endsWith('.tgz'))!);
  return { core: find('journeykit-core-'), react: find('journeykit-react-') };
}

/** Versions of the host app's own dependencies for one React major. */
const HOSTS = {
  19: { react: '19.3.1', 'react-dom': '19.3.1' },
  18: { react: '18.3.1', 'react-dom': '18.3.1' },
} as const;

/** Creates, installs and builds the host app; returns its directory. */
export function createHostApp(tarballs: { core: string; react: string }, reactMajor: 18 | 19): string {
  const directory = mkdtempSync(join(tmpdir(), `journeykit-embed-react${reactMajor}-`));
  cpSync(join(import.meta.dirname, 'app'), directory, { recursive: true });
  const manifest = {
    name: `journeykit-embed-react${reactMajor}`,
    private: true,
    type: 'module',
    dependencies: { ...HOSTS[reactMajor], '@journeykit/core': `file:${tarballs.core}`, '@journeykit/react': `file:${tarballs.react}` },
    devDependencies: { vite: '8.3.8', '@vitejs/plugin-react': '6.3.0' },
    // The React package names @journeykit/core ^0.1.0: point it at the tarball too, never the registry.
    pnpm: { overrides: { '@journeykit/core': `file:${tarballs.core}` }, onlyBuiltDependencies: ['esbuild'] },
  };
  writeFileSync(join(directory, 'package.json'), JSON.stringify(manifest, null, 2));
  run('pnpm', ['install', '--prefer-offline', '--config.confirmModulesPurge=false'], directory);
  run('pnpm', ['exec', 'vite', 'build', '--outDir', 'dist'], directory);
  run('pnpm', ['exec', 'vite', 'build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server'], directory);
  run('node', ['prerender.mjs'], directory);
  return directory;
}

/** Runs a CommonJS script in the host app (its node_modules), returning stdout. */
export function runInApp(directory: string, script: string): string {
  return run('node', [script], directory);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serves `directory/dist` on a free loopback port. */
export async function serve(directory: string): Promise<{ url: string; server: Server }> {
  const dist = join(directory, 'dist');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist)) return void response.writeHead(403).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
