import type { Page } from 'playwright-core';

export interface PixelStats {
  /** Share of pixels clearly brighter than the sky (#000310 on screen, space-background.ts). */
  litFraction: number;
  meanRgb: [number, number, number];
  /** Share of lit pixels that are blue-dominant (oceans), green or sandy (land). */
  blueFraction: number;
  /** Bright pixels (R+G+B ≥ 120: a sunlit craft against space): how many, and their centroid. */
  bright: { count: number; x: number; y: number };
  /** Points brighter than all eight neighbours by more than 12 levels (stars on a smooth sky). */
  specks: number;
  /** Glaring pixels (R+G+B ≥ 600): a light's core, or sunlit white paint. */
  glaring: number;
  /** The highest channel value of any pixel. */
  brightest: number;
}

/** Takes a screenshot and measures it in the page (no image library needed in Node). */
export async function screenshotStats(
  page: Page,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<PixelStats> {
  const png = await page.screenshot({ type: 'png', ...(clip ? { clip } : {}) });
  return page.evaluate(async (base64) => {
    // Decoded without fetch(): the page's CSP allows no data: connections.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let lit = 0;
    let blue = 0;
    let bright = 0;
    let glaring = 0;
    let brightest = 0;
    let brightX = 0;
    let brightY = 0;
    let sumR = 0;
    let sumG = 0;
    let sumB = 0;
    const pixels = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      sumR += r;
      sumG += g;
      sumB += b;
      if (r + g + b >= 600) glaring++;
      brightest = Math.max(brightest, r, g, b);
      if (r + g + b >= 120) {
        const p = i / 4;
        bright++;
        brightX += p % bitmap.width;
        brightY += Math.floor(p / bitmap.width);
      }
      if (r + g + b > 30) {
        lit++;
        if (b > r + 10 && b >= g) blue++;
      }
    }
    const luma = (p: number) => data[p * 4]! + data[p * 4 + 1]! + data[p * 4 + 2]!;
    const w = bitmap.width;
    const neighbours = [-w - 1, -w, -w + 1, -1, 1, w - 1, w, w + 1];
    let specks = 0;
    for (let y = 1; y < bitmap.height - 1; y++)
      for (let x = 1; x < w - 1; x++) {
        const p = y * w + x;
        const brightest = Math.max(...neighbours.map((q) => luma(p + q)));
        if (luma(p) > brightest + 36) specks++;
      }
    return {
      specks,
      glaring,
      brightest,
      litFraction: lit / pixels,
      meanRgb: [sumR / pixels, sumG / pixels, sumB / pixels] as [number, number, number],
      blueFraction: lit > 0 ? blue / lit : 0,
      bright: { count: bright, x: brightX / bright, y: brightY / bright },
    };
  }, png.toString('base64'));
}

/** Hides the interface (captions, panels, notices) so that a screenshot shows the 3D view alone. */
export async function hideInterface(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const hud of document.querySelectorAll<HTMLElement>('.hud')) hud.style.display = 'none';
  });
}
