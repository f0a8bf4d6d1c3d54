import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene } from './scene-space.ts';

const DISTANCE_KM = 4e5;
/** The Sun's apparent diameter, radians (0.53°). */
const DISC_RAD = 0.0093;
/**
 * The disc's radiance in the scene's unit, far above anything lit (a white plate facing the Sun:
 * 1/π): where bloom runs (medium, high) it is what spills into a glow; elsewhere it clips to white.
 */
const DISC_RADIANCE = 40;
const direction = new THREE.Vector3();

export interface SunGlareProps {
  frameRef: FrameRef;
  /** Angular width of the glare, radians. */
  glareRad?: number;
  /**
   * Bloom spreads the disc's light itself: the painted glare is left out. It is painted for the
   * direct path, blended on the display's encoded values; added in linear light before the tone
   * mapping its faint tail turns into a flat, hard-edged disc.
   */
  bloomed?: boolean;
}

/** The Sun as a bright core with a soft glare, hidden when the Earth is in the way. */
export function SunGlare({ frameRef, glareRad = 0.5, bloomed = false }: SunGlareProps) {
  const sprite = useMemo(() => {
    const texture = new THREE.CanvasTexture(drawGlare(256));
    texture.colorSpace = THREE.SRGBColorSpace;
    const material = new THREE.SpriteMaterial({
      map: texture,
      blending: THREE.AdditiveBlending,
      depthWrite: false,
      transparent: true,
    });
    const object = new THREE.Sprite(material);
    object.scale.setScalar(DISTANCE_KM * glareRad);
    object.renderOrder = -1;
    const discTexture = new THREE.CanvasTexture(drawDisc(64));
    const disc = new THREE.Sprite(
      new THREE.SpriteMaterial({
        map: discTexture,
        color: new THREE.Color().setScalar(DISC_RADIANCE),
        blending: THREE.AdditiveBlending,
        depthWrite: false,
        transparent: true,
      }),
    );
    // A child of the glare: its scale is relative to the glare's.
    disc.scale.setScalar(DISC_RAD / glareRad);
    object.add(disc);
    // Hides the glare alone: the disc, a child, is still drawn.
    material.visible = !bloomed;
    return object;
  }, [glareRad, bloomed]);
  const gl = useThree((state) => state.gl);
  useEffect(() => {
    // Upload now, as the Moon does: the Sun is often out of view at first, and its first sight
    // would stall that frame; the GPU then holds the same maps whatever the view has shown.
    for (const s of [sprite, ...sprite.children] as THREE.Sprite[])
      if (s.material.visible && s.material.map) gl.initTexture(s.material.map);
  }, [sprite, gl]);
  useEffect(
    () => () => {
      for (const s of [sprite, ...sprite.children] as THREE.Sprite[]) {
        s.material.map?.dispose();
        s.material.dispose();
      }
    },
    [sprite],
  );
  useFrame(({ camera }) => {
    const frame = frameRef.current;
    if (!frame) return;
    directionToScene(frame.sunDirectionEci, direction);
    sprite.position.copy(camera.position).addScaledVector(direction, DISTANCE_KM);
  }, TICK.camera + 1);
  return <primitive object={sprite} />;
}

/** A square canvas filled with a radial gradient from its centre to its edge. */
function radialCanvas(
  size: number,
  stops: readonly (readonly [number, string])[],
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  const c = size / 2;
  const gradient = context.createRadialGradient(c, c, 0, c, c, c);
  for (const [at, colour] of stops) gradient.addColorStop(at, colour);
  context.fillStyle = gradient;
  context.fillRect(0, 0, size, size);
  return canvas;
}

/** The Sun's disc (linear alpha): flat, with an antialiased edge. */
function drawDisc(size: number): HTMLCanvasElement {
  return radialCanvas(size, [
    [0, 'rgba(255,255,255,1)'],
    [0.85, 'rgba(255,255,255,1)'],
    [1, 'rgba(255,255,255,0)'],
  ]);
}

function drawGlare(size: number): HTMLCanvasElement {
  return radialCanvas(size, [
    [0, 'rgba(255,255,255,1)'],
    [0.03, 'rgba(255,253,240,1)'],
    [0.06, 'rgba(255,236,190,0.55)'],
    [0.2, 'rgba(255,210,150,0.12)'],
    [1, 'rgba(255,190,120,0)'],
  ]);
}
