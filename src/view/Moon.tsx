import { useFrame, useLoader, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { MOON_RADIUS_KM } from '../core/sky/moon.ts';
import { moonUrl } from './asset-urls.ts';
import { PREVIEW_FRAMES } from './earth-maps.tsx';
import type { FrameRef } from './frame-ref.ts';
import { mapLoader } from './gpu-maps.ts';
import type { MapFormat } from './map-format.ts';
import { TICK } from './frame-ref.ts';
import { eciToScene } from './scene-space.ts';

const X_AXIS = new THREE.Vector3(1, 0, 0);
const towardEarth = new THREE.Vector3();
const earthCentre = new THREE.Vector3();
const ORIGIN: [number, number, number] = [0, 0, 0];
/** After the Earth's preview frames (earth-maps.tsx): the first picture does not wait for it. */
const UPLOAD_AFTER_FRAMES = PREVIEW_FRAMES + 1;

export interface MoonProps {
  frameRef: FrameRef;
  /** What its map is loaded from. */
  mapFormat?: MapFormat;
}

/** The Moon at its true place and size; the Sun's light gives it its true phase. */
export function Moon({ frameRef, mapFormat = 'images' }: MoonProps) {
  const mesh = useRef<THREE.Mesh>(null);
  const gl = useThree((state) => state.gl);
  const { proto, extension } = mapLoader(mapFormat, gl);
  const map = useLoader(proto, moonUrl(mapFormat), extension) as THREE.Texture;
  const framesUntilUpload = useRef(UPLOAD_AFTER_FRAMES);
  useEffect(() => {
    map.colorSpace = THREE.SRGBColorSpace;
    map.needsUpdate = true;
    framesUntilUpload.current = UPLOAD_AFTER_FRAMES;
  }, [map]);
  useFrame(() => {
    // Uploaded ahead of need: the Moon is usually out of view at first, and uploading it when it
    // comes into view would stall that frame. Not before the first picture, though, which on a
    // software renderer it would delay by a few tenths of a second (drawn in view, it is uploaded
    // at once).
    if (framesUntilUpload.current > 0 && --framesUntilUpload.current === 0) gl.initTexture(map);
    const frame = frameRef.current;
    if (!frame || !mesh.current) return;
    eciToScene(frame.moonEci, frame.camera.targetEci, mesh.current.position);
    // Tidally locked: the near side (texture longitude 0, local +X) faces the Earth.
    eciToScene(ORIGIN, frame.camera.targetEci, earthCentre);
    towardEarth.subVectors(earthCentre, mesh.current.position).normalize();
    mesh.current.quaternion.setFromUnitVectors(X_AXIS, towardEarth);
  }, TICK.bodies);
  return (
    <mesh ref={mesh} name="moon">
      <sphereGeometry args={[MOON_RADIUS_KM, 64, 32]} />
      <meshStandardMaterial map={map} roughness={1} metalness={0} />
    </mesh>
  );
}
