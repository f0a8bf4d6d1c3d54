import type { Page } from 'playwright-core';

/**
 * Text over the picture, checked against the worst picture there can be: for every visible text
 * under `root`, its colour against the backgrounds of its boxes laid over pure white and over
 * pure black (the picture changes every frame, so it may be either). WCAG 2.2 AA: 4.5:1, or 3:1
 * for large text (24 px, or 18.7 px bold). Returns one line per failure.
 */
export function lowContrastText(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: Rgba, below: [number, number, number]): [number, number, number] => [
      top[0] * top[3] + below[0] * (1 - top[3]),
      top[1] * top[3] + below[1] * (1 - top[3]),
      top[2] * top[3] + below[2] * (1 - top[3]),
    ];
    const luminance = ([r, g, b]: [number, number, number]) => {
      const c = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    };
    const ratio = (a: [number, number, number], b: [number, number, number]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const failures: string[] = [];
    for (const scope of document.querySelectorAll(rootSelector)) {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim()) continue;
        const style = getComputedStyle(element);
        if (element.getClientRects().length === 0 || style.visibility === 'hidden') continue;
        // Hidden (opacity 0 anywhere up the tree), or not painted: not shown, not judged.
        let opacity = 1;
        const layers: Rgba[] = [];
        for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
          const s = getComputedStyle(at);
          opacity *= Number(s.opacity);
          const bg = parse(s.backgroundColor);
          if (bg[3] > 0) layers.unshift(bg);
        }
        if (opacity < 0.05) continue;
        const text = parse(style.color);
        const size = parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        for (const backdrop of [
          [255, 255, 255],
          [0, 0, 0],
        ] as [number, number, number][]) {
          const behind = layers.reduce((below, layer) => over(layer, below), backdrop);
          const got = ratio(over(text, behind), behind);
          if (got < needed) {
            failures.push(
              `"${node.textContent.trim().slice(0, 40)}" (${element.className || element.tagName}): ${got.toFixed(2)}:1 over ${backdrop[0] ? 'white' : 'black'}, needs ${needed}:1`,
            );
            break;
          }
        }
      }
    }
    return failures;
  }, root);
}
