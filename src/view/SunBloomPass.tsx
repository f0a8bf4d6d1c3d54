import { SPACE_BACKGROUND, SPACE_BACKGROUND_ON_SCREEN } from './space-background.ts';
import { useSunBloom } from './useSunBloom.ts';
import { useViewServices } from './view-context.ts';

/**
 * Hands the player the bloom pass to draw through while `enabled` (medium and high), and sets
 * the sky's colour for the way the picture goes to the screen (space-background.ts); `sky`
 * false leaves the background transparent (a clip for compositing).
 */
export function SunBloomPass({ enabled, sky }: { enabled: boolean; sky: boolean }) {
  const bloomed = useSunBloom(enabled, useViewServices());
  if (!sky) return null;
  return (
    <color attach="background" args={[bloomed ? SPACE_BACKGROUND : SPACE_BACKGROUND_ON_SCREEN]} />
  );
}
