/**
 * Proof that what would be published works in a fresh app: tarballs installed into a new Vite
 * app (React 19, then React 18), server-rendered under Node, hydrated in Chromium, checked as a
 * user sees it (roles, names, a popover on click, no console errors, no hydration mismatch, an
 * axe scan without serious or critical violations), and required from CommonJS.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { createHostApp, packPackages, runInApp, serve } from './harness';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let packDirectory: string;
let tarballs: { core: string; react: string };
let browser: Browser;

beforeAll(async () => {
  packDirectory = mkdtempSync(join(tmpdir(), 'journeykit-packs-'));
  tarballs = packPackages(packDirectory);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(packDirectory, { recursive: true, force: true });
});

describe.each([19, 18] as const)('a fresh Vite app with React %i', (reactMajor) => {
  let app: string;
  let server: Server;
  let url: string;

  beforeAll(() => {
    app = createHostApp(tarballs, reactMajor);
  }, 300_000);

  beforeAll(async () => {
    ({ url, server } = await serve(app));
  });

  afterAll(() => {
    server?.close();
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it('requires both packages from CommonJS', () => {
    const result = JSON.parse(runInApp(app, 'cjs-check.cjs')) as { touchpoints: number; items: number; csvHeader: string; mermaidTouchpoints: number; reactExports: number };
    expect(result.touchpoints).toBeGreaterThan(14);
    expect(result.items).toBeGreaterThanOrEqual(result.touchpoints);
    expect(result.csvHeader).toMatch(/^id,phase,personas,/);
    expect(result.mermaidTouchpoints).toBe(result.touchpoints);
    expect(result.reactExports).toBeGreaterThan(10);
  });

  it('server-renders, hydrates without mismatch, and works as a user expects', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || (message.type() === 'warning' && /hydrat/i.test(message.text()))) problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith('data:')) offOrigin.push(request.url());
    });

    await page.goto(url);
    const serverHtml = await page.locator('#root').innerHTML();
    expect(serverHtml).toContain('jk-persona-card');
    await page.waitForLoadState('networkidle');

    await expect(page.getByRole('heading', { name: 'Embedded journey' }).isVisible()).resolves.toBe(true);
    const persona = page.getByRole('region', { name: 'Persona', exact: true }).getByRole('article');
    await expect(persona.count()).resolves.toBe(1);

    // Opening a touchpoint in the map shows its details in a dialog.
    const map = page.getByRole('region', { name: 'Map', exact: true });
    const firstTouchpoint = map.locator('.jk-touchpoint-card').first();
    await firstTouchpoint.click();
    const dialog = page.getByRole('dialog');
    await dialog.first().waitFor({ state: 'visible', timeout: 5000 });
    await expect(dialog.first().isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(offOrigin).toEqual([]);
    await page.close();
  }, 120_000);
});
