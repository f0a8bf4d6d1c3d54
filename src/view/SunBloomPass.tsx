import { useSunBloom } from './useSunBloom.ts';
import { useViewServices } from './view-context.ts';

/** Hands the player the bloom pass to draw through while `enabled` (medium and high). */
export function SunBloomPass({ enabled }: { enabled: boolean }) {
  useSunBloom(enabled, useViewServices());
  return null;
}
