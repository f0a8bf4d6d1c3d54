import { useLoader, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { earthMapUrls } from './asset-urls.ts';
import { fullEarthMaps } from './gpu-maps.ts';
import type { MapFormat } from './map-format.ts';
import { useViewServices } from './view-context.ts';

/**
 * Which of a tier's Earth maps are drawn: its 1024-wide previews (the first picture, drawn while
 * the full maps load: picture-tier.ts decides) or its full maps.
 */
export type EarthMapStage = 'preview' | 'full';

/**
 * The Earth's maps for a tier and stage, from R3F's loader cache (the view mounts the Earth once
 * they are in, so it does not wait for them here).
 *
 * The GPU copies of what was drawn before are released once other maps take their place: the
 * previews once the full maps are drawn, a tier's full maps once another tier's are (the loaded
 * images stay, and upload again if that tier returns). The full maps drawn last are remembered
 * for the player (`earthMaps`): a later view at the same tier draws them from its first frame.
 */
export function useEarthMaps(
  bakedEarth: boolean,
  stage: EarthMapStage,
  format: MapFormat,
): THREE.Texture[] {
  const { earthMaps } = useViewServices();
  const gl = useThree((state) => state.gl);
  const load = useMemo(
    () =>
      stage === 'full'
        ? fullEarthMaps(bakedEarth, format, gl)
        : {
            proto: THREE.TextureLoader,
            urls: earthMapUrls(bakedEarth, 'preview'),
            extension: undefined,
            maps: (loaded: THREE.Texture[]) => loaded,
          },
    [stage, bakedEarth, format, gl],
  );
  const loaded = useLoader(load.proto, load.urls, load.extension) as THREE.Texture[];
  const maps = useMemo(() => load.maps(loaded), [load, loaded]);
  const drawnBefore = useRef<THREE.Texture[] | null>(null);
  useEffect(() => {
    const before = drawnBefore.current;
    drawnBefore.current = maps;
    if (before && before !== maps) for (const map of before) if (!maps.includes(map)) map.dispose();
    if (stage !== 'full') return;
    const last = earthMaps.current;
    if (last && last !== maps && last !== before)
      for (const map of last) if (!maps.includes(map)) map.dispose();
    earthMaps.current = maps;
  }, [maps, stage, earthMaps]);
  return maps;
}
