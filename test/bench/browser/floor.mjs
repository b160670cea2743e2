/**
 * The floor under the typical map's mount: the DOM the real mount produces, set as static HTML
 * (`innerHTML`, no React, no journeykit code) with our CSS and without any CSS, mount → paint
 * measured as the benchmark does (next frame, then a task), against the real mount — each in a
 * fresh context, interleaved. What the real mount spends above "static with CSS" is ours (parse,
 * layout, render, the windowing measurement); what "static with CSS" spends above "no CSS" is
 * style, layout and paint of the styled boxes.
 *
 * `node test/bench/browser/floor.mjs DIR [rounds=6]` with DIR a page build (see ab.mjs).
 */
import { journeykitUrl, launchBrowser, mountedMarkup, openBenchPage } from './measure.mjs';
import { serve } from './site.mjs';

const [dir, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: node test/bench/browser/floor.mjs DIR [rounds]');
const rounds = Number(roundsArg ?? 6);
const server = await serve(dir);
const browser = await launchBrowser();

const url = journeykitUrl(server.origin);
const freshPage = () => openBenchPage(browser, url);

const markup = await mountedMarkup(browser, url);

const kinds = ['real mount', 'static with CSS', 'static, no CSS'];
const results = Object.fromEntries(kinds.map((kind) => [kind, []]));
for (let round = 0; round < rounds; round++)
  for (const kind of round % 2 ? [...kinds].reverse() : kinds) {
    const { context, page } = await freshPage();
    const ms =
      kind === 'real mount'
        ? (await page.evaluate(() => window.__bench.mount())).paintMs
        : await page.evaluate(
            ([html, withoutCss]) =>
              new Promise((done) => {
                if (withoutCss) for (const sheet of document.querySelectorAll('link[rel=stylesheet], style')) sheet.remove();
                const start = performance.now();
                document.getElementById('app').innerHTML = html;
                requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
              }),
            [markup, kind === 'static, no CSS'],
          );
    results[kind].push(ms);
    await context.close();
  }
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`typical map, ${(markup.match(/<[a-zA-Z]/g) ?? []).length} elements, ${Math.round(markup.length / 1024)} KB of markup; mount → paint, medians of ${rounds}:`);
for (const kind of kinds) console.log(`  ${kind.padEnd(16)} ${median(results[kind]).toFixed(0).padStart(4)} ms   (${results[kind].map((ms) => ms.toFixed(0)).join(' ')})`);
await browser.close();
await server.close();
