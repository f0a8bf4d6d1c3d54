/**
 * The picture's centre moves below panels that lie across it (a phone held upright) and stays
 * where it is beside panels at a desktop's edge.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PICTURE_SHIFT, pictureShift, type Box } from '../../../src/ui/picture-shift.ts';

const PHONE = { width: 390, height: 844 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

describe('the picture shift', () => {
  it('centres the picture in what panels spanning a phone leave free below them', () => {
    // The phone layout's column: 180 to 366 px, the whole width less its margins.
    const shift = pictureShift(PHONE, [box(8, 180, 382, 300), box(8, 308, 382, 366)]);
    const centre = PHONE.height / 2 + shift * PHONE.height;
    expect(centre).toBeCloseTo((366 + PHONE.height) / 2, 6);
  });

  it('leaves the picture alone beside panels at the right edge of a desktop view', () => {
    expect(pictureShift({ width: 1280, height: 720 }, [box(912, 56, 1264, 600)])).toBe(0);
  });

  it('leaves it alone with no panels, or with a panel only below the middle', () => {
    expect(pictureShift(PHONE, [])).toBe(0);
    expect(pictureShift(PHONE, [box(8, 500, 382, 700)])).toBe(0);
  });

  it('ignores a panel with no height (an empty, collapsed one)', () => {
    expect(pictureShift(PHONE, [box(8, 180, 382, 180)])).toBe(0);
  });

  it('never moves the centre by more than a quarter of the view', () => {
    expect(pictureShift(PHONE, [box(0, 0, 390, 800)])).toBe(MAX_PICTURE_SHIFT);
  });

  it('is 0 for a view with no size yet', () => {
    expect(pictureShift({ width: 0, height: 0 }, [box(0, 0, 10, 10)])).toBe(0);
  });
});
