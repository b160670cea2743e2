/**
 * Rasterises the glyphs in packages/react/src/theme/glyphs/*.svg (24 × 24 view box, black on
 * transparent) into PNG masks and writes them as the defaults of the `--jk-glyph-*` custom
 * properties in TouchpointCard.css. Run it after editing a glyph: `node scripts/build-glyphs.mjs`.
 *
 * Why PNG: every SVG image a page uses costs Chromium an isolated SVG document (a page and a
 * frame, ~6 ms each) and a vector raster per painted mask; the seven glyphs took ~95 ms of the
 * typical map's mount (trace of session 6). A bitmap mask is decoded once and drawn scaled.
 * Drawn at {@link SIZE} px, 3.4× the largest glyph on screen (14 px), so they stay sharp on
 * high-density screens. Only the alpha channel counts (they are masks; the colour comes from
 * `background`), so a theme still recolours them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const SIZE = 48;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GLYPHS = join(ROOT, 'packages/react/src/theme/glyphs');
const CSS = join(ROOT, 'packages/react/src/components/TouchpointCard/TouchpointCard.css');

const sources = readdirSync(GLYPHS)
  .filter((file) => file.endsWith('.svg'))
  .sort()
  .map((file) => ({ name: file.slice(0, -4), svg: readFileSync(join(GLYPHS, file), 'utf8').trim() }));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const alphas = await page.evaluate(
  async ({ sources, size }) => {
    const out = {};
    for (const { name, svg } of sources) {
      const image = new Image(size, size);
      image.src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, size, size);
      out[name] = Array.from(context.getImageData(0, 0, size, size).data.filter((_, index) => index % 4 === 3)); // alpha only
    }
    return out;
  },
  { sources, size: SIZE },
);
await browser.close();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A grey + alpha PNG (colour type 4), grey 0: far smaller than the RGBA one a canvas exports. */
function alphaPng(alpha, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 4; // grey + alpha
  const rows = Buffer.alloc(size * (1 + 2 * size));
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) rows[y * (1 + 2 * size) + 1 + 2 * x + 1] = alpha[y * size + x]; // filter 0, grey 0
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const png = Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
const pngs = Object.fromEntries(Object.entries(alphas).map(([name, alpha]) => [name, alphaPng(alpha, SIZE)]));


let css = readFileSync(CSS, 'utf8');
for (const { name } of sources) {
  const line = new RegExp(`(  --jk-glyph-${name}: )url\\("[^"]*"\\);`);
  if (!line.test(css)) throw new Error(`TouchpointCard.css has no --jk-glyph-${name} line to replace`);
  css = css.replace(line, `$1url("${pngs[name]}");`);
}
writeFileSync(CSS, css);
console.log(`wrote ${sources.length} glyphs (${SIZE} px PNG masks) into ${CSS}:`, sources.map(({ name }) => `${name} ${pngs[name].length} B`).join(', '));
