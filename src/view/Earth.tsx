import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { EARTH_POLAR_SCALE, EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';
import { Atmosphere } from './Atmosphere.tsx';
import { uvSphereSagKm } from './sphere-mesh-sag.ts';
import type { AtmosphereTextures } from './atmosphere-textures.ts';
import { Coastlines } from './Coastlines.tsx';
import { ENVIRONMENT_LAYER } from './environment-layer.ts';
import { useEarthMaps, type EarthMapStage } from './earth-maps.tsx';
import type { MapFormat } from './map-format.ts';
import { createEarthMaterial, setEarthMaps } from './earth-material.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import type { QualitySettings } from './quality.ts';
import { directionToScene, eciToScene } from './scene-space.ts';

const CENTRE: [number, number, number] = [0, 0, 0];
const Y_AXIS = new THREE.Vector3(0, 1, 0);
const sunScene = new THREE.Vector3();

export interface EarthProps {
  frameRef: FrameRef;
  quality: QualitySettings;
  atmosphere: AtmosphereTextures;
  /** Brightness of the (2012) city-light map, dimmed for earlier eras. */
  nightLights: number;
  /** Its previews (the first picture) or its full maps: picture-tier.ts decides. */
  maps?: EarthMapStage;
  /** What the full maps are loaded from. */
  mapFormat?: MapFormat;
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
  maps: stage = 'full',
  mapFormat = 'images',
}: EarthProps) {
  const group = useRef<THREE.Group>(null);
  const maxAnisotropy = useThreeAnisotropy();
  const maps = useEarthMaps(quality.bakedEarth, stage, mapFormat);
  const material = useMemo(
    () =>
      createEarthMaterial(atmosphere, 1, {
        steps: quality.atmosphereSteps,
        cloudTopsAboveAir: quality.cloudTopsAboveAir,
        vertexSunlight: quality.bakedEarth,
        bakedSurface: quality.bakedEarth,
        glint: quality.waterGlint,
      }),
    [
      quality.bakedEarth,
      quality.waterGlint,
      quality.atmosphereSteps,
      quality.cloudTopsAboveAir,
      atmosphere,
    ],
  );
  // Before the frame is drawn, in the same material: the previews' shader serves the full maps.
  useLayoutEffect(() => {
    const [day, night, water, clouds] = maps as [
      THREE.Texture,
      THREE.Texture?,
      THREE.Texture?,
      THREE.Texture?,
    ];
    for (const texture of [day, night]) if (texture) texture.colorSpace = THREE.SRGBColorSpace;
    // Grey masks, read by their first channel: a quarter of the bytes to copy and keep (a
    // compressed map keeps the format it was transcoded to).
    for (const texture of [water, clouds])
      if (texture && !(texture instanceof THREE.CompressedTexture))
        texture.format = THREE.RedFormat;
    const anisotropy = Math.max(1, Math.min(quality.anisotropy, maxAnisotropy));
    for (const texture of maps) {
      // Sharp ground at the grazing angles of low views; clamped to what the GPU offers. Only a
      // change is uploaded again: a scene switch at the same tier re-sends no map.
      if (texture.anisotropy === anisotropy) continue;
      texture.anisotropy = anisotropy;
      texture.needsUpdate = true;
    }
    setEarthMaps(
      material,
      quality.bakedEarth
        ? { surface: day }
        : { day, night: night!, water: quality.waterGlint ? water! : null, clouds: clouds! },
    );
  }, [material, maps, quality.bakedEarth, quality.waterGlint, quality.anisotropy, maxAnisotropy]);
  useEffect(() => () => material.dispose(), [material]);

  useFrame(() => {
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
        {quality.coastlines !== 'none' ? (
          <Coastlines resolution={quality.coastlines} sun={material.uniforms.sunDirection!} />
        ) : null}
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

function useThreeAnisotropy(): number {
  return useThree((state) => state.gl.capabilities.getMaxAnisotropy());
}
