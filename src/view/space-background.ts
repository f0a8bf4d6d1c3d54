/**
 * The sky behind everything, one colour on screen at every tier.
 *
 * Medium and high draw the scene into the bloom's linear buffer and tone-map the whole picture
 * (exposure and AgX, sun-bloom.ts), the background with it: `SPACE_BACKGROUND` there comes out
 * as `SPACE_BACKGROUND_ON_SCREEN`. Low draws straight to the canvas, and three clears the canvas
 * with the background as it is, untouched by tone mapping: there the background is the colour
 * on screen itself. Otherwise the sky would change its tint when the first picture, drawn at low
 * (picture-tier.ts), gives way to the asked tier. The page's own background (styles.css) is the
 * same colour, so the view appears on it without an edge.
 */
export const SPACE_BACKGROUND = '#02030a';
/** AgX of `SPACE_BACKGROUND` at the view's exposure, in sRGB (tests/unit/view/space-background.test.ts). */
export const SPACE_BACKGROUND_ON_SCREEN = '#000310';
