import { useFrame, useLoader, useThree } from '@react-three/fiber';
import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import * as THREE from 'three';
import { EARTH_POLAR_SCALE, EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';
import { earthMapUrls } from './asset-urls.ts';
import { Atmosphere } from './Atmosphere.tsx';
import { uvSphereSagKm } from './sphere-mesh-sag.ts';
import type { AtmosphereTextures } from './atmosphere-textures.ts';
import { Coastlines } from './Coastlines.tsx';
import { ENVIRONMENT_LAYER } from './environment-layer.ts';
import { createEarthMaterial } from './earth-material.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import type { QualitySettings } from './quality.ts';
import { directionToScene, eciToScene } from './scene-space.ts';
import { useViewServices } from './view-context.ts';

const CENTRE: [number, number, number] = [0, 0, 0];
const Y_AXIS = new THREE.Vector3(0, 1, 0);
const sunScene = new THREE.Vector3();

export interface EarthProps {
  frameRef: FrameRef;
  quality: QualitySettings;
  atmosphere: AtmosphereTextures;
  /** Brightness of the (2012) city-light map, dimmed for earlier eras. */
  nightLights: number;
  /** Draw a few frames from the preview maps before the full ones (false: full maps as they arrive). */
  previewFirst?: boolean;
}

/**
 * The globe, turned by Greenwich sidereal time. Local axes are Earth-fixed: +X at 0° longitude,
 * −Z at 90° E, +Y at the North Pole, which is how three's sphere UVs lay out an equirectangular map.
 */
export function Earth({
  frameRef,
  quality,
  atmosphere,
  nightLights,
  previewFirst = true,
}: EarthProps) {
  const group = useRef<THREE.Group>(null);
  const maxAnisotropy = useThreeAnisotropy();
  const { earthMaps, readiness } = useViewServices();
  const previews = useLoader(THREE.TextureLoader, earthMapUrls(quality.bakedEarth, 'preview'));
  const fullUrls = earthMapUrls(quality.bakedEarth);
  const fullKey = fullUrls.join(' ');
  const [arrived, setArrived] = useState<{ key: string; maps: THREE.Texture[] } | null>(null);
  const onFullMaps = useCallback(
    (maps: THREE.Texture[]) => setArrived({ key: fullKey, maps }),
    [fullKey],
  );
  const fullMaps = arrived?.key === fullKey ? arrived.maps : null;
  // The first picture is drawn from the 1024-wide previews, for a few frames even where the full
  // maps are already fetched: a software renderer takes seconds to decode and upload 4096-wide
  // maps, and the first picture should not wait for them. Full maps already on the GPU (a scene
  // switch at the same tier) are drawn at once, as are all full maps while recording (frames are
  // drawn there only once nothing is pending). Until the full maps are drawn the frame is
  // complete but not ready: seek() and the recorder wait for them.
  const [previewShownFor, setPreviewShownFor] = useState<string | null>(null);
  const previewFrames = useRef({ key: '', frames: 0 });
  const drawFull =
    fullMaps !== null &&
    (!previewFirst || previewShownFor === fullKey || earthMaps.current === fullMaps);
  const maps = drawFull ? fullMaps : previews;
  useLayoutEffect(
    () => (drawFull ? undefined : readiness.hold(FULL_MAPS_PENDING, 'preview')),
    [drawFull, readiness],
  );
  const material = useMemo(() => {
    const [day, night, water, clouds] = maps as [
      THREE.Texture,
      THREE.Texture?,
      THREE.Texture?,
      THREE.Texture?,
    ];
    for (const texture of [day, night]) if (texture) texture.colorSpace = THREE.SRGBColorSpace;
    const anisotropy = Math.max(1, Math.min(quality.anisotropy, maxAnisotropy));
    for (const texture of maps) {
      // Sharp ground at the grazing angles of low views; clamped to what the GPU offers. Only a
      // change is uploaded again: a scene switch at the same tier re-sends no map.
      if (texture.anisotropy === anisotropy) continue;
      texture.anisotropy = anisotropy;
      texture.needsUpdate = true;
    }
    return createEarthMaterial(
      quality.bakedEarth
        ? { surface: day }
        : { day, night: night!, water: quality.waterGlint ? water! : null, clouds: clouds! },
      atmosphere,
      1,
      {
        steps: quality.atmosphereSteps,
        cloudTopsAboveAir: quality.cloudTopsAboveAir,
        vertexSunlight: quality.bakedEarth,
      },
    );
  }, [
    maps,
    quality.bakedEarth,
    quality.waterGlint,
    quality.atmosphereSteps,
    quality.cloudTopsAboveAir,
    quality.anisotropy,
    atmosphere,
    maxAnisotropy,
  ]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    // Only full maps are remembered: a previous tier's are freed once this tier's have taken
    // their place, and the previews once the full maps have (a later mount that finds the full
    // maps loaded swaps them in before its first frame, so the previews are not uploaded again).
    if (maps === previews) return;
    const last = earthMaps.current;
    if (last && last !== maps) for (const map of last) if (!maps.includes(map)) map.dispose();
    for (const map of previews) map.dispose();
    earthMaps.current = maps;
  }, [maps, previews, earthMaps]);

  useFrame(() => {
    if (!drawFull && previewShownFor !== fullKey) {
      const counted = previewFrames.current;
      if (counted.key !== fullKey) Object.assign(counted, { key: fullKey, frames: 0 });
      if (++counted.frames === PREVIEW_FRAMES) setPreviewShownFor(fullKey);
    }
    const frame = frameRef.current;
    if (!frame || !group.current) return;
    // A uniform, not a new material: another scene's era keeps the compiled shader.
    material.uniforms.nightLights!.value = nightLights;
    eciToScene(CENTRE, frame.camera.targetEci, group.current.position);
    group.current.rotation.y = frame.gmstRad;
    directionToScene(frame.sunDirectionEci, sunScene);
    material.uniforms.sunDirection!.value.copy(sunScene).applyAxisAngle(Y_AXIS, -frame.gmstRad);
  }, TICK.bodies);

  return (
    <>
      <Suspense fallback={null}>
        <FullMaps urls={fullUrls} onArrived={onFullMaps} />
      </Suspense>
      <group ref={group} name="earth">
        <mesh
          scale={[1, EARTH_POLAR_SCALE, 1]}
          material={material}
          onUpdate={(mesh) => mesh.layers.enable(ENVIRONMENT_LAYER)}
        >
          <sphereGeometry
            args={[EARTH_RADIUS_KM, quality.earthSegments, quality.earthSegments / 2]}
          />
        </mesh>
        {quality.coastlines !== 'none' ? <Coastlines resolution={quality.coastlines} /> : null}
      </group>
      <Atmosphere
        frameRef={frameRef}
        textures={atmosphere}
        steps={quality.atmosphereSteps}
        vertexLight={quality.bakedEarth}
        meshSagKm={uvSphereSagKm(EARTH_RADIUS_KM, quality.earthSegments, quality.earthSegments / 2)}
      />
    </>
  );
}

/** What `state().pending` lists while the Earth is drawn from its previews. */
export const FULL_MAPS_PENDING = 'full-resolution Earth maps';

/**
 * Frames drawn from the previews before the full maps may take their place: when the second
 * begins, the first has been handed to the screen.
 */
const PREVIEW_FRAMES = 2;

/** Waits, in its own Suspense boundary, for the full maps, and hands them over once in. */
function FullMaps({
  urls,
  onArrived,
}: {
  urls: string[];
  onArrived: (maps: THREE.Texture[]) => void;
}) {
  const maps = useLoader(THREE.TextureLoader, urls);
  // Before the next frame is drawn: a mount whose full maps are loaded shows them at once.
  useLayoutEffect(() => onArrived(maps), [maps, onArrived]);
  return null;
}

function useThreeAnisotropy(): number {
  return useThree((state) => state.gl.capabilities.getMaxAnisotropy());
}
