import { useFrame, useLoader, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { MOON_RADIUS_KM } from '../core/sky/moon.ts';
import { ASSET_URLS } from './asset-urls.ts';
import { PREVIEW_FRAMES } from './picture-tier.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { eciToScene } from './scene-space.ts';

const X_AXIS = new THREE.Vector3(1, 0, 0);
const towardEarth = new THREE.Vector3();
const earthCentre = new THREE.Vector3();
const ORIGIN: [number, number, number] = [0, 0, 0];
/** After the first picture's frames (picture-tier.ts): the first picture does not wait for it. */
const UPLOAD_AFTER_FRAMES = PREVIEW_FRAMES + 1;

export interface MoonProps {
  frameRef: FrameRef;
}

/** The Moon at its true place and size; the Sun's light gives it its true phase. */
export function Moon({ frameRef }: MoonProps) {
  const mesh = useRef<THREE.Mesh>(null);
  // An image in every map format: a KTX2 Moon would hold the first picture until the
  // transcoder's chunk, WebAssembly and workers were up (the Earth's full maps do not: its
  // previews are drawn meanwhile). Seen a few hundred pixels wide, and uploaded after the first
  // picture (below), it costs little either way.
  const map = useLoader(THREE.TextureLoader, ASSET_URLS.moon);
  const gl = useThree((state) => state.gl);
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
