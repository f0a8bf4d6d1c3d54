/**
 * Where the picture's centre goes while panels lie across it. The scripted camera frames its
 * subject near the middle of the view; on a phone held upright the panels (map, docking display,
 * facts) span the width above the middle, and the subject would sit just under their edge. The
 * view then shifts its lens (not its camera: the same picture, moved) so that the centre lies
 * in the middle of what the panels leave free below them.
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** At most this fraction of the view's height, so the subject never leaves the lower half. */
export const MAX_PICTURE_SHIFT = 0.25;

/**
 * How far down the picture's centre moves, as a fraction of the view's height: 0 unless some
 * panel covers the view's vertical centre line above the middle (side panels at a desktop's
 * edge leave the picture as it is).
 */
export function pictureShift(view: { width: number; height: number }, panels: readonly Box[]) {
  const { width, height } = view;
  if (!(width > 0) || !(height > 0)) return 0;
  const middleX = width / 2;
  let coveredTo = 0;
  for (const box of panels) {
    const across = box.left < middleX && box.right > middleX;
    if (across && box.top < height / 2 && box.bottom > box.top)
      coveredTo = Math.max(coveredTo, Math.min(box.bottom, height));
  }
  // The free part runs from the panels' lower edge to the view's bottom; its middle lies half
  // the covered height below the view's.
  return Math.min(coveredTo / 2 / height, MAX_PICTURE_SHIFT);
}
