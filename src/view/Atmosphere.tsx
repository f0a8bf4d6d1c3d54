import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { EARTH_POLAR_SCALE } from '../core/orbit/kepler.ts';
import { createAtmosphereMaterial } from './atmosphere-material.ts';
import { ATMOSPHERE } from './atmosphere-model.ts';
import type { AtmosphereTextures } from './atmosphere-textures.ts';
import { ENVIRONMENT_LAYER } from './environment-layer.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene, eciToScene } from './scene-space.ts';
import { skyDomeGeometry } from './sky-dome.ts';

const CENTRE: [number, number, number] = [0, 0, 0];
/** The ring starts this much further inside the (polar) outline than the mesh dips. */
const RING_MARGIN_KM = 4;
/** Below ~89.5° from the Earth's centre the ring's plane still meets every ray of the limb. */
const MAX_RING_ANGLE = THREE.MathUtils.degToRad(89.5);
const toCamera = new THREE.Vector3();

export interface AtmosphereProps {
  frameRef: FrameRef;
  textures: AtmosphereTextures;
  /** Ray-march samples per fragment. */
  steps: number;
  /** The limb's light marched per vertex of a finer ring (the cheap tier), not per pixel. */
  vertexLight: boolean;
  /** How far the Earth's mesh dips inside its sphere (uvSphereSagKm): the ring reaches below it. */
  meshSagKm: number;
}

/** Rings of vertices across the limb when its light is marched per vertex. */
const VERTEX_LIGHT_BANDS = 6;

/**
 * The air against space. From outside it is drawn on a ring facing the eye that covers just the
 * limb (the band between the Earth's outline and the top of the air, through the Earth's centre
 * plane); from within the air, on the inside of a shell around the Earth, or on the cheap tier
 * on a dome of directions around the eye (sky-dome.ts) whose light is marched per vertex.
 */
export function Atmosphere({ frameRef, textures, steps, vertexLight, meshSagKm }: AtmosphereProps) {
  const ring = useRef<THREE.Mesh>(null);
  const shell = useRef<THREE.Mesh>(null);
  const materials = useMemo(
    () => ({
      ring: createAtmosphereMaterial(textures, EARTH_POLAR_SCALE, steps, meshSagKm, {
        ring: true,
        vertexLight,
      }),
      shell: createAtmosphereMaterial(textures, EARTH_POLAR_SCALE, steps, meshSagKm, {
        dome: vertexLight,
      }),
    }),
    [textures, steps, meshSagKm, vertexLight],
  );
  useEffect(
    () => () => {
      materials.ring.dispose();
      materials.shell.dispose();
    },
    [materials],
  );
  const domeGeometry = useMemo(() => (vertexLight ? skyDomeGeometry() : null), [vertexLight]);
  useEffect(() => () => domeGeometry?.dispose(), [domeGeometry]);
  useFrame(({ camera }) => {
    const frame = frameRef.current;
    if (!frame || !ring.current || !shell.current) return;
    for (const material of [materials.ring, materials.shell]) {
      eciToScene(CENTRE, frame.camera.targetEci, material.uniforms.earthCenter!.value);
      directionToScene(frame.sunDirectionEci, material.uniforms.sunDirection!.value);
    }
    const centre = materials.ring.uniforms.earthCenter!.value as THREE.Vector3;
    ring.current.position.copy(centre);
    shell.current.position.copy(centre);
    // The environment map's camera sits at a craft, inside or outside the air like the eye.
    const distance = toCamera.subVectors(camera.position, centre).length();
    const inside = distance < ATMOSPHERE.topKm + 1;
    ring.current.visible = !inside;
    shell.current.visible = inside;
    if (inside) return;
    ring.current.lookAt(camera.position);
    const below = meshSagKm + RING_MARGIN_KM;
    const inner = Math.asin((ATMOSPHERE.groundKm * EARTH_POLAR_SCALE - below) / distance);
    const outer = Math.min(MAX_RING_ANGLE, Math.asin(ATMOSPHERE.topKm / distance));
    (materials.ring.uniforms.ringRadii!.value as THREE.Vector2).set(
      distance * Math.tan(inner),
      distance * Math.tan(outer),
    );
    // After the camera is placed for this frame: with the last frame's camera a scene switch
    // drew one frame as if from inside the air, and the ring turned to where the eye had been.
  }, TICK.camera + 1);
  const onLayer = (object: THREE.Object3D) => object.layers.enable(ENVIRONMENT_LAYER);
  return (
    <>
      <mesh
        ref={ring}
        material={materials.ring}
        renderOrder={2}
        frustumCulled={false}
        onUpdate={onLayer}
      >
        <ringGeometry args={[1, 2, 192, vertexLight ? VERTEX_LIGHT_BANDS : 1]} />
      </mesh>
      {domeGeometry ? (
        // Its vertices are placed around the eye by its shader: no bounds to cull by.
        <mesh
          ref={shell}
          material={materials.shell}
          geometry={domeGeometry}
          renderOrder={2}
          frustumCulled={false}
          onUpdate={onLayer}
          visible={false}
        />
      ) : (
        <mesh
          ref={shell}
          material={materials.shell}
          renderOrder={2}
          scale={[1, EARTH_POLAR_SCALE, 1]}
          onUpdate={onLayer}
          visible={false}
        >
          <sphereGeometry args={[ATMOSPHERE.topKm, 128, 64]} />
        </mesh>
      )}
    </>
  );
}
