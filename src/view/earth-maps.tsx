import { useFrame, useLoader, useThree } from '@react-three/fiber';
import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactElement,
} from 'react';
import * as THREE from 'three';
import { earthMapUrls } from './asset-urls.ts';
import { fullEarthMaps } from './gpu-maps.ts';
import type { MapFormat } from './map-format.ts';
import { useViewServices } from './view-context.ts';

/** What `state().pending` lists while the Earth is drawn from its previews. */
export const FULL_MAPS_PENDING = 'full-resolution Earth maps';

/**
 * Frames drawn from the previews before the full maps may take their place: when the second
 * begins, the first has been handed to the screen.
 */
export const PREVIEW_FRAMES = 2;

/**
 * The maps the Earth draws with now, and an element to render beside it that loads the full
 * maps (in its own Suspense boundary, so the Earth does not wait for them).
 *
 * The first picture is drawn from the 1024-wide previews, for a few frames even where the full
 * maps are already fetched: a software renderer takes seconds to decode and upload 4096-wide
 * maps, and the first picture should not wait for them. Full maps already on the GPU (a scene
 * switch at the same tier) are drawn at once, as are all full maps when `previewMaps` is off
 * (while recording, frames are drawn only once nothing is pending). Until the full maps are
 * drawn the frame is complete but not ready: seek() and the recorder wait for them.
 */
export function useEarthMaps(
  bakedEarth: boolean,
  previewMaps: boolean,
  format: MapFormat,
): [maps: THREE.Texture[], fullMapsLoader: ReactElement] {
  const { earthMaps, readiness } = useViewServices();
  const gl = useThree((state) => state.gl);
  const previews = useLoader(THREE.TextureLoader, earthMapUrls(bakedEarth, 'preview'));
  const full = fullEarthMaps(bakedEarth, format, gl);
  const fullKey = full.urls.join(' ');
  const [arrived, setArrived] = useState<{ key: string; maps: THREE.Texture[] } | null>(null);
  const onFullMaps = useCallback(
    (maps: THREE.Texture[]) => setArrived({ key: fullKey, maps }),
    [fullKey],
  );
  const fullMaps = arrived?.key === fullKey ? arrived.maps : null;
  const [previewShownFor, setPreviewShownFor] = useState<string | null>(null);
  const previewFrames = useRef({ key: '', frames: 0 });
  const drawFull =
    fullMaps !== null &&
    (!previewMaps || previewShownFor === fullKey || earthMaps.current === fullMaps);
  const maps = drawFull ? fullMaps : previews;

  useLayoutEffect(
    () => (drawFull ? undefined : readiness.hold(FULL_MAPS_PENDING, 'preview')),
    [drawFull, readiness],
  );
  useEffect(() => {
    // Only full maps are remembered: a previous tier's are freed once this tier's have taken
    // their place, and the previews once the full maps have (a later mount draws full maps
    // already on the GPU from its first frame, so the previews are not uploaded again).
    if (!drawFull) return;
    const last = earthMaps.current;
    if (last && last !== maps) for (const map of last) if (!maps.includes(map)) map.dispose();
    for (const map of previews) map.dispose();
    earthMaps.current = maps;
  }, [drawFull, maps, previews, earthMaps]);
  useFrame(() => {
    if (drawFull || previewShownFor === fullKey) return;
    const counted = previewFrames.current;
    if (counted.key !== fullKey) Object.assign(counted, { key: fullKey, frames: 0 });
    if (++counted.frames === PREVIEW_FRAMES) setPreviewShownFor(fullKey);
  });

  const loader = (
    <Suspense fallback={null}>
      <FullMaps load={full} onArrived={onFullMaps} />
    </Suspense>
  );
  return [maps, loader];
}

/** Waits for the full maps, and hands them over once in. */
function FullMaps({
  load,
  onArrived,
}: {
  load: ReturnType<typeof fullEarthMaps>;
  onArrived: (maps: THREE.Texture[]) => void;
}) {
  const maps = useLoader(load.proto, load.urls, load.extension) as THREE.Texture[];
  // Before the next frame is drawn: a mount whose full maps are loaded shows them at once.
  useLayoutEffect(() => onArrived(maps), [maps, onArrived]);
  return null;
}
