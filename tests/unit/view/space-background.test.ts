import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPOSURE } from '../../../src/view/exposure.ts';
import {
  SPACE_BACKGROUND,
  SPACE_BACKGROUND_ON_SCREEN,
} from '../../../src/view/space-background.ts';

// three's AgXToneMapping (tonemapping_pars_fragment, r187), which the bloom's ToneMappingEffect
// runs on the whole picture. GLSL's mat3(a, b, c) takes columns.
type Rgb = [number, number, number];
const columns =
  (a: Rgb, b: Rgb, c: Rgb) =>
  (v: Rgb): Rgb =>
    [0, 1, 2].map((i) => a[i]! * v[0] + b[i]! * v[1] + c[i]! * v[2]) as Rgb;
const REC2020_TO_SRGB = columns(
  [1.6605, -0.1246, -0.0182],
  [-0.5876, 1.1329, -0.1006],
  [-0.0728, -0.0083, 1.1187],
);
const SRGB_TO_REC2020 = columns(
  [0.6274, 0.0691, 0.0164],
  [0.3293, 0.9195, 0.088],
  [0.0433, 0.0113, 0.8956],
);
const INSET = columns(
  [0.856627153315983, 0.137318972929847, 0.11189821299995],
  [0.0951212405381588, 0.761241990602591, 0.0767994186031903],
  [0.0482516061458583, 0.101439036467562, 0.811302368396859],
);
const OUTSET = columns(
  [1.1271005818144368, -0.1413297634984383, -0.14132976349843826],
  [-0.11060664309660323, 1.157823702216272, -0.11060664309660294],
  [-0.016493938717834573, -0.016493938717834257, 1.2519364065950405],
);
const MIN_EV = -12.47393;
const MAX_EV = 4.026069;
const unit = (x: number) => Math.min(1, Math.max(0, x));
const sigmoid = (x: number) => {
  const x2 = x * x;
  const x4 = x2 * x2;
  return (
    15.5 * x4 * x2 -
    40.14 * x4 * x +
    31.96 * x4 -
    6.868 * x2 * x +
    0.4298 * x2 +
    0.1191 * x -
    0.00232
  );
};
function agx(linear: Rgb, exposure: number): Rgb {
  const encoded = INSET(SRGB_TO_REC2020(linear.map((c) => c * exposure) as Rgb)).map((c) =>
    sigmoid(unit((Math.log2(Math.max(c, 1e-10)) - MIN_EV) / (MAX_EV - MIN_EV))),
  ) as Rgb;
  const outset = OUTSET(encoded).map((c) => Math.max(0, c) ** 2.2) as Rgb;
  return REC2020_TO_SRGB(outset).map(unit) as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
const parse = (hex: string) =>
  [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;
const format = (rgb: Rgb) =>
  '#' +
  rgb
    .map((c) =>
      Math.round(toSrgb(c) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

describe('the sky behind everything', () => {
  it('is on screen through the bloom and AgX what low clears the canvas to', () => {
    expect(format(agx(parse(SPACE_BACKGROUND), EXPOSURE))).toBe(SPACE_BACKGROUND_ON_SCREEN);
  });

  it("is the page's own background, so the view appears on it without an edge", () => {
    const css = readFileSync(new URL('../../../src/ui/styles.css', import.meta.url), 'utf8');
    const root = /:root\s*{[^}]*}/.exec(css)![0];
    expect(root).toContain(`background: ${SPACE_BACKGROUND_ON_SCREEN};`);
  });
});
