/** Makes an exported clone self-contained: same-origin images and fonts become data URLs, canvases become images, the rest is dropped. */

function isSameOrigin(url: string, document: Document): boolean {
  try {
    return new URL(url, document.baseURI).origin === document.defaultView?.location.origin;
  } catch {
    return false;
  }
}

async function toDataUrl(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
    if (!response.ok) return null;
    const blob = await response.blob();
    return await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}

/** Replaces each `<canvas>` of the clone by an image of the original's pixels (the dense touchpoint layer). */
export function inlineCanvases(original: Element, clone: Element): void {
  const originals = original.querySelectorAll('canvas');
  const clones = clone.querySelectorAll('canvas');
  originals.forEach((canvas, index) => {
    const target = clones[index];
    if (!target) return;
    const image = clone.ownerDocument.createElement('img');
    try {
      image.src = canvas.toDataURL('image/png');
    } catch {
      target.remove();
      return;
    }
    image.width = canvas.width;
    image.height = canvas.height;
    image.setAttribute('style', target.getAttribute('style') ?? '');
    image.className = target.className;
    image.alt = '';
    target.replaceWith(image);
  });
}

/** Embeds same-origin `<img>` sources as data URLs and removes images that would need another origin. */
export async function inlineImages(clone: Element): Promise<void> {
  const document = clone.ownerDocument;
  await Promise.all(
    Array.from(clone.querySelectorAll('img')).map(async (image) => {
      const source = image.getAttribute('src') ?? '';
      if (source.startsWith('data:')) return;
      const dataUrl = isSameOrigin(source, document) ? await toDataUrl(source) : null;
      if (dataUrl) image.setAttribute('src', dataUrl);
      else image.remove();
    }),
  );
  for (const element of Array.from(clone.querySelectorAll('[srcset]'))) element.removeAttribute('srcset');
}

/** The @font-face rules whose files are on this origin, with their files embedded; others are left out. */
export async function inlineFontFaces(rules: CSSFontFaceRule[], document: Document): Promise<string> {
  const embedded = await Promise.all(
    rules.map(async (rule) => {
      const urls = [...rule.cssText.matchAll(/url\((['"]?)([^'")]+)\1\)/g)].map((match) => match[2]!);
      if (urls.length === 0) return rule.cssText;
      let text = rule.cssText;
      for (const url of urls) {
        const absolute = new URL(url, rule.parentStyleSheet?.href ?? document.baseURI).href;
        const dataUrl = isSameOrigin(absolute, document) ? await toDataUrl(absolute) : null;
        if (!dataUrl) return '';
        text = text.split(url).join(dataUrl);
      }
      return text;
    }),
  );
  return embedded.filter(Boolean).join('\n');
}
