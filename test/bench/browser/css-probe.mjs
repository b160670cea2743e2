/**
 * What each kind of CSS costs the typical map: its final DOM (from a real mount) is set as static
 * HTML into a fresh page whose style is already resolved once (so the stylesheet's rule sets are
 * built), with our CSS plus one override that switches a feature off everywhere — masks, shadows,
 * pseudo-elements, background images (gradients, glyph squares), rounded corners, the cards' line
 * clamp, sticky positioning — and without any CSS. Per variant: parse + style + layout (a forced
 * layout right after `innerHTML`) and insert → paint (next frame, then a task), medians of the
 * rounds, variants interleaved in rotating order, each in a fresh context.
 *
 * `no-op` adds the same universal selectors setting a property nothing uses: compare the
 * variants with it, not only with `base`. Session 14 (medians of 11, two runs): 77–83 ms parse +
 * style + layout with our CSS, 26–31 ms without any CSS; no single feature moved it beyond the
 * noise (± 10 ms; a variant ranked below `base` in one run and above it in the next) — the cost is
 * spread over the stylesheet (style-sections.mjs shows the same by section of the map).
 *
 * `node test/bench/browser/css-probe.mjs DIR [rounds=9] [variant,variant…]` with DIR a page build
 * (see ab.mjs); variants: base, no-op, no-css, no-mask, no-shadow, no-pseudo, no-background-image,
 * no-radius, no-clamp, no-sticky (default: all).
 */
import { journeykitUrl, launchBrowser, mountedMarkup, openBenchPage } from './measure.mjs';
import { serve } from './site.mjs';

const NO_CSS = Symbol('no CSS');
const VARIANTS = {
  base: '',
  // The overrides' own cost: the same universal selectors setting a property nothing uses.
  'no-op': '*, *::before, *::after { scroll-margin-block-end: 0px !important; }',
  'no-css': NO_CSS,
  'no-mask': '*, *::before, *::after { mask: none !important; }',
  'no-shadow': '*, *::before, *::after { box-shadow: none !important; }',
  'no-pseudo': '*::before, *::after { content: none !important; }',
  'no-background-image': '*, *::before, *::after { background-image: none !important; }',
  'no-radius': '*, *::before, *::after { border-radius: 0 !important; }',
  'no-clamp': '.jk-root * { -webkit-line-clamp: none !important; line-clamp: none !important; }',
  'no-sticky': '.jk-root * { position: static !important; }',
};

const [dir, roundsArg, variantsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: node test/bench/browser/css-probe.mjs DIR [rounds] [variant,variant…]');
const rounds = Number(roundsArg ?? 9);
const names = variantsArg ? variantsArg.split(',') : Object.keys(VARIANTS);
for (const name of names) if (!(name in VARIANTS)) throw new Error(`unknown variant "${name}"; known: ${Object.keys(VARIANTS).join(', ')}`);
const server = await serve(dir);
const browser = await launchBrowser();
const url = journeykitUrl(server.origin);
const freshPage = () => openBenchPage(browser, url);

const markup = await mountedMarkup(browser, url);

const results = Object.fromEntries(names.map((name) => [name, { styleAndLayout: [], paint: [] }]));
for (let round = 0; round < rounds; round++) {
  const order = names.map((_, index) => names[(index + round) % names.length]);
  for (const name of order) {
    const { context, page } = await freshPage();
    const override = VARIANTS[name];
    const measured = await page.evaluate(
      ([html, css, withoutCss]) =>
        new Promise((done) => {
          if (withoutCss) for (const sheet of document.querySelectorAll('link[rel=stylesheet], style')) sheet.remove();
          else if (css) document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
          void document.body.offsetHeight; // style resolved once: the rule sets are built before the clock starts
          const start = performance.now();
          document.getElementById('app').innerHTML = html;
          void document.documentElement.getBoundingClientRect().height;
          const styleAndLayout = performance.now() - start;
          requestAnimationFrame(() => setTimeout(() => done({ styleAndLayout, paint: performance.now() - start }), 0));
        }),
      [markup, typeof override === 'string' ? override : '', override === NO_CSS],
    );
    results[name].styleAndLayout.push(measured.styleAndLayout);
    results[name].paint.push(measured.paint);
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`typical map's static DOM, medians of ${rounds} (ms): parse + style + layout, insert → paint`);
for (const name of names)
  console.log(`  ${name.padEnd(20)} ${median(results[name].styleAndLayout).toFixed(1).padStart(6)} ${median(results[name].paint).toFixed(1).padStart(7)}`);
await browser.close();
await server.close();
