/**
 * Exports what a journeykit component shows as a self-contained SVG or PNG file: styles and
 * fonts inlined, the current theme, no external requests, and the whole map — scroll containers
 * (marked `data-jk-scroll`) are unclipped for the capture, so large maps come out complete.
 */

import { collectStyleText, resolvedThemeDeclarations } from './collectStyles';
import { CAPTURE_DONE_EVENT, EXPAND_FOR_CAPTURE_EVENT, notifyScrollContainers } from '../render/capture-events';
import { inlineCanvases, inlineFontFaces, inlineImages } from './inlineResources';

/** Options of {@link exportJourneyMap}. */
export interface ExportJourneyMapOptions {
  /** File format. */
  format: 'svg' | 'png';
  /**
   * Pixel ratio of a PNG (2 = retina sharpness). Ignored for SVG.
   * @default 2
   */
  scale?: number;
  /**
   * Background colour of the file; `null` for transparent.
   * @default the theme background (`--jk-color-bg`) of the element
   */
  background?: string | null;
  /**
   * Largest PNG side in pixels; the scale is reduced to fit (browsers refuse bigger canvases).
   * @default 16384
   */
  maxCanvasSize?: number;
}


const EXPORTING_CLASS = 'jk-exporting';

function themeBackground(element: HTMLElement): string {
  const style = getComputedStyle(element);
  const fromToken = style.getPropertyValue('--jk-color-bg').trim() || style.getPropertyValue('--jk-color-bg-default').trim();
  return fromToken || '#ffffff';
}

/** Unclips the element's scroll containers for the duration of a capture; returns the full size and an undo. */
function expandForCapture(element: HTMLElement): { width: number; height: number; restore: () => void } {
  // Windowed containers render everything first (synchronously), then the clip comes off.
  notifyScrollContainers(element, EXPAND_FOR_CAPTURE_EVENT);
  element.classList.add(EXPORTING_CLASS);
  const width = Math.ceil(Math.max(element.scrollWidth, element.getBoundingClientRect().width));
  const height = Math.ceil(Math.max(element.scrollHeight, element.getBoundingClientRect().height));
  return {
    width,
    height,
    restore: () => {
      element.classList.remove(EXPORTING_CLASS);
      notifyScrollContainers(element, CAPTURE_DONE_EVENT);
    },
  };
}

function fontFamiliesOf(element: Element): Set<string> {
  return new Set(
    getComputedStyle(element)
      .fontFamily.split(',')
      .map((family) => family.trim().replace(/^['"]|['"]$/g, '').toLowerCase()),
  );
}

/** Builds the self-contained SVG text of `element` at its full (unclipped) size. */
async function buildSvg(element: HTMLElement, width: number, height: number, background: string | null): Promise<string> {
  const document = element.ownerDocument;
  const clone = element.cloneNode(true) as HTMLElement;
  inlineCanvases(element, clone);
  await inlineImages(clone);
  for (const script of Array.from(clone.querySelectorAll('script'))) script.remove();

  const { css, fontFaces } = collectStyleText(document);
  const families = fontFamiliesOf(element);
  const usedFaces = fontFaces.filter((rule) => families.has(rule.style.getPropertyValue('font-family').trim().replace(/^['"]|['"]$/g, '').toLowerCase()));
  const fonts = await inlineFontFaces(usedFaces, document);

  clone.classList.add(EXPORTING_CLASS);
  clone.setAttribute('style', `${clone.getAttribute('style') ?? ''}; ${resolvedThemeDeclarations(element)}; margin: 0; width: ${width}px; min-height: ${height}px`);
  const serializer = new XMLSerializer();
  const markup = serializer.serializeToString(clone);
  const style = `${fonts}\n${css}`.replace(/]]>/g, ']]]]><![CDATA[>');
  const backdrop = background ? `<rect width="100%" height="100%" fill="${background.replace(/"/g, '')}"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${backdrop}<foreignObject x="0" y="0" width="100%" height="100%">` +
    `<div xmlns="http://www.w3.org/1999/xhtml" class="jk-export-root"><style><![CDATA[${style}]]></style>${markup}</div>` +
    `</foreignObject></svg>`
  );
}

async function rasterise(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  // A data: URL (not a blob: URL) keeps the canvas untainted for <foreignObject> content in Chromium.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('exportJourneyMap: no 2D canvas context is available.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('exportJourneyMap: the browser could not encode the PNG.'))), 'image/png'),
  );
}

/**
 * Renders `element` (e.g. a `JourneyMap`'s root) to a self-contained file: journeykit's style
 * rules and the resolved `--jk-*` theme variables are embedded once (not per element), same-origin
 * images and fonts are inlined, other-origin ones left out, canvases turned into images.
 * @returns a Blob of type `image/svg+xml` or `image/png`.
 * @example
 * const blob = await exportJourneyMap(mapRef.current, { format: 'png', scale: 2 });
 */
export async function exportJourneyMap(element: HTMLElement, options: ExportJourneyMapOptions): Promise<Blob> {
  if (!(element instanceof HTMLElement)) throw new TypeError('exportJourneyMap: `element` must be an HTMLElement (e.g. a ref to the map).');
  const { width, height, restore } = expandForCapture(element);
  let svgText: string;
  try {
    const background = options.background === undefined ? themeBackground(element) : options.background;
    svgText = await buildSvg(element, width, height, background);
  } finally {
    restore();
  }
  if (options.format === 'svg') return new Blob([svgText], { type: 'image/svg+xml' });
  const maxSide = options.maxCanvasSize ?? 16_384;
  const scale = Math.max(0.1, Math.min(options.scale ?? 2, maxSide / Math.max(width, height)));
  return rasterise(svgText, width, height, scale);
}

/** Saves a Blob as a file through a temporary download link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name for an exported journey: its title in kebab case plus the extension, e.g. `payment-provider.png`. */
export function exportFileName(title: string, format: ExportJourneyMapOptions['format']): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'journey-map'}.${format}`;
}
