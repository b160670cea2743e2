/**
 * Where the typical map's style recalculation goes, section by section: the final DOM of the real
 * mount is cut into its sections (the map's children, descended into while a section holds more
 * than 40 elements), and each section is inserted as static HTML into a warmed-up page and its
 * style resolved (`getComputedStyle`, no layout, no paint) — with our CSS and without any CSS,
 * each in a fresh context, medians of the rounds. A CSS change shows up here far above the noise
 * of the mount → paint figures (±30 % between runs): e.g. the cards' pseudo-elements (pain count,
 * emotion, channel glyph, key-moment star) are ~9 of the swimlane body's ~15 ms (session 13).
 *
 * `node test/bench/browser/style-sections.mjs DIR [rounds=5]` with DIR a page build (see ab.mjs).
 * Columns: ms with CSS, ms without, elements, section.
 */
import { journeykitUrl, launchBrowser, openBenchPage } from './measure.mjs';
import { serve } from './site.mjs';

const [dir, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: node test/bench/browser/style-sections.mjs DIR [rounds]');
const rounds = Number(roundsArg ?? 5);
const server = await serve(dir);
const browser = await launchBrowser();
const url = journeykitUrl(server.origin);

const freshPage = () => openBenchPage(browser, url);

// The sections: outer HTML of each, with the opening tag of its parent to insert it into (descendant selectors keep matching).
let map;
{
  const { context, page } = await freshPage();
  await page.evaluate(() => window.__bench.mount());
  map = await page.evaluate(() => {
    const root = document.querySelector('.jk-journey-map');
    const openingTag = (element) => element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1);
    const sections = [];
    const walk = (element, depth) => {
      for (const child of element.children) {
        const elements = child.querySelectorAll('*').length + 1;
        if (elements > 40 && depth < 3) walk(child, depth + 1);
        else {
          const name = `${child.tagName.toLowerCase()}.${(child.getAttribute('class') ?? '').trim().split(/\s+/).join('.')}`;
          sections.push({ name, elements, html: child.outerHTML, parentOpen: openingTag(element), parentTag: element.tagName.toLowerCase() });
        }
      }
    };
    walk(root, 0);
    return { rootOpen: openingTag(root), sections };
  });
  await context.close();
}

const timings = new Map(map.sections.map((section) => [section.name, { elements: 0, css: [], none: [] }]));
for (let round = 0; round < rounds; round++)
  for (const withCss of round % 2 ? [false, true] : [true, false]) {
    const { context, page } = await freshPage();
    const result = await page.evaluate(
      ([map, withCss]) => {
        if (!withCss) for (const sheet of document.querySelectorAll('link[rel=stylesheet], style')) sheet.remove();
        const app = document.getElementById('app');
        // Warm up: the map's root with one small child, styled once (rule sets are built on the first recalc).
        app.innerHTML = `${map.rootOpen}<div class="jk-root">warm-up</div></div>`;
        const root = app.firstElementChild;
        getComputedStyle(root.firstElementChild).color;
        const out = [];
        for (const section of map.sections) {
          const host = document.createElement('div');
          root.appendChild(host);
          const start = performance.now();
          host.innerHTML = `${section.parentOpen}${section.html}</${section.parentTag}>`;
          getComputedStyle(host.lastElementChild ?? host).color;
          out.push([section.name, section.elements, performance.now() - start]);
          host.style.display = 'none';
        }
        return out;
      },
      [map, withCss],
    );
    for (const [name, elements, ms] of result) {
      const entry = timings.get(name);
      entry.elements = elements;
      (withCss ? entry.css : entry.none).push(ms);
    }
    await context.close();
  }

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;
const rows = [...timings].map(([name, entry]) => ({ name, elements: entry.elements, css: median(entry.css), none: median(entry.none) }));
rows.sort((a, b) => b.css - a.css);
console.log(`typical map: parse + style per section, medians of ${rounds} (ms with our CSS, without CSS, elements, section)`);
for (const row of rows) console.log(`${row.css.toFixed(1).padStart(6)} ${row.none.toFixed(1).padStart(6)} ${String(row.elements).padStart(5)}  ${row.name}`);
const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
console.log(`${total('css').toFixed(1).padStart(6)} ${total('none').toFixed(1).padStart(6)} ${String(rows.reduce((sum, row) => sum + row.elements, 0)).padStart(5)}  all sections`);
await browser.close();
await server.close();
