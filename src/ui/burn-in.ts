/**
 * Burned-in overlays for recorded clips, drawn on a 2D canvas in the player's look: the caption
 * (`.captions p` in styles.css: Noto Sans, ink on 78 % black, padded line boxes, 46rem wide) and
 * the ×N enlargement badge (`.scale-badge`). Sizes are the player's CSS pixels in a 1280×720 view,
 * scaled with the frame, so a 640×360 and a 1920×1080 clip look alike.
 */
import type { Lang } from '../player/lang.ts';
import { balancedLines } from '../core/captions/wrap-lines.ts';
import { t } from './strings.ts';

export interface BurnInContent {
  readonly caption: string | null;
  /** "×100 000" or null (see enlargementText). */
  readonly enlargement: string | null;
  readonly lang: Lang;
}

const REFERENCE = { width: 1280, height: 720 };
const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';
const INK = '#f4f1e8';
const ACCENT = '#ffcf5a';
const CAPTION = {
  fontPx: 28, // clamp(1.1rem, 2.4vw, 1.75rem) at 1280 px
  lineHeight: 1.55,
  padX: 8,
  padY: 2.4,
  maxWidth: 736, // min(46rem, 94vw)
  bottomMarginPx: 44,
  background: 'rgba(0, 0, 0, 0.78)',
};
const BADGE = { fontPx: 16, inset: 16, padX: 11.2, padY: 4.8, radius: 6.4 };
const BADGE_BACKGROUND = 'rgba(6, 10, 22, 0.82)';

const font = (px: number) => `400 ${px}px ${FONT_FAMILY}`;

function scaleOf(width: number, height: number): number {
  return Math.min(width / REFERENCE.width, height / REFERENCE.height);
}

function badgeText(content: BurnInContent): string | null {
  return content.enlargement === null
    ? null
    : `${content.enlargement} ${t('enlarged', content.lang)}`;
}

/** Loads the font faces (unicode ranges) the overlay's text needs; resolves when drawable. */
export async function loadBurnInFonts(content: BurnInContent): Promise<void> {
  const texts = [content.caption, badgeText(content)].filter((text) => text !== null);
  await Promise.all(texts.map((text) => document.fonts.load(font(16), text)));
}

export function hasBurnIn(content: BurnInContent): boolean {
  return content.caption !== null || content.enlargement !== null;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draws the overlay onto a context holding the rendered frame (width × height pixels). */
export function drawBurnIn(
  context: Context2D,
  width: number,
  height: number,
  content: BurnInContent,
): void {
  const scale = scaleOf(width, height);
  context.save();
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  if (content.caption) drawCaption(context, width, height, scale, content.caption);
  const badge = badgeText(content);
  if (badge) drawBadge(context, width, scale, badge);
  context.restore();
}

function drawCaption(
  context: Context2D,
  width: number,
  height: number,
  scale: number,
  text: string,
) {
  const fontPx = CAPTION.fontPx * scale;
  const padX = CAPTION.padX * scale;
  const padY = CAPTION.padY * scale;
  const lineHeight = fontPx * CAPTION.lineHeight;
  context.font = font(fontPx);
  const maxWidth = Math.min(CAPTION.maxWidth * scale, 0.94 * width) - 2 * padX;
  const lines = balancedLines(text, maxWidth, (s) => context.measureText(s).width);
  const metrics = context.measureText(text);
  const ascent = metrics.fontBoundingBoxAscent;
  const contentHeight = ascent + metrics.fontBoundingBoxDescent;
  const top = height - CAPTION.bottomMarginPx * scale - lines.length * lineHeight;
  lines.forEach((line, i) => {
    const lineWidth = context.measureText(line).width;
    const x = (width - lineWidth) / 2;
    const contentTop = top + i * lineHeight + (lineHeight - contentHeight) / 2;
    context.fillStyle = CAPTION.background;
    context.fillRect(x - padX, contentTop - padY, lineWidth + 2 * padX, contentHeight + 2 * padY);
    context.fillStyle = INK;
    context.fillText(line, x, contentTop + ascent);
  });
}

function drawBadge(context: Context2D, width: number, scale: number, text: string) {
  const fontPx = BADGE.fontPx * scale;
  context.font = font(fontPx);
  const metrics = context.measureText(text);
  const ascent = metrics.fontBoundingBoxAscent;
  const contentHeight = ascent + metrics.fontBoundingBoxDescent;
  const boxWidth = metrics.width + 2 * BADGE.padX * scale;
  const boxHeight = contentHeight + 2 * BADGE.padY * scale;
  const left = width - BADGE.inset * scale - boxWidth;
  const top = BADGE.inset * scale;
  context.fillStyle = BADGE_BACKGROUND;
  context.beginPath();
  context.roundRect(left, top, boxWidth, boxHeight, BADGE.radius * scale);
  context.fill();
  context.fillStyle = ACCENT;
  context.fillText(text, left + BADGE.padX * scale, top + BADGE.padY * scale + ascent);
}
