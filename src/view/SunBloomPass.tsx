import { useEffect } from 'react';
import { useSunBloom } from './useSunBloom.ts';
import { useViewServices } from './view-context.ts';

/** Hands the player the bloom pass to draw through while `enabled` (medium and high). */
export function SunBloomPass({ enabled }: { enabled: boolean }) {
  const services = useViewServices();
  const bloom = useSunBloom(enabled, services.readiness);
  useEffect(() => {
    const slot = services.screenPass;
    slot.current = bloom;
    return () => {
      if (slot.current === bloom) slot.current = null;
    };
  }, [bloom, services]);
  return null;
}
