import { useFrame, useLoader } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { starsThroughDaylight } from '../core/sky/daylight-sky.ts';
import { j2000ToOfDate, raDecToUnit } from '../core/sky/precession.ts';
import { parseStarCatalog, starColorRgb } from '../core/sky/star-catalog.ts';
import { ASSET_URLS, asBinary } from './asset-urls.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';

export interface StarsProps {
  frameRef: FrameRef;
  /** Stars fainter than this are left out. */
  magnitudeLimit: number;
  /** The sky is precessed from J2000 to this date. */
  epochUtcMs: number;
}

const vertexShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_vertex>
attribute float magnitude;
attribute vec3 starColor;
uniform float magnitudeLimit;
uniform float pixelRatio;
uniform float throughDaylight;
varying vec3 vColor;
varying float vAlpha;
void main() {
  // At "infinity": a fixed distance from wherever the camera is.
  vec3 world = cameraPosition + normalize(position) * 5.0e5;
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
  float brightness = pow(10.0, -0.4 * (magnitude - magnitudeLimit));
  gl_PointSize = clamp(1.2 + 0.55 * (magnitudeLimit - magnitude), 1.2, 6.0) * pixelRatio;
  vAlpha = clamp(0.25 + 0.12 * log(brightness + 1.0) * 4.0, 0.25, 1.0) * throughDaylight;
  vColor = starColor;
  #include <logdepthbuf_vertex>
}
`;

const fragmentShader = /* glsl */ `
#include <common>
#include <logdepthbuf_pars_fragment>
varying vec3 vColor;
varying float vAlpha;
void main() {
  #include <logdepthbuf_fragment>
  float r = length(gl_PointCoord - 0.5) * 2.0;
  float disc = 1.0 - smoothstep(0.4, 1.0, r);
  gl_FragColor = vec4(vColor, vAlpha * disc);
}
`;

/**
 * The catalogue's stars at their RA/Dec for the scene's date, sized and tinted by magnitude and
 * B−V; hidden by the daylit sky when the eye is low in the air (`starsThroughDaylight`).
 */
export function Stars({ frameRef, magnitudeLimit, epochUtcMs }: StarsProps) {
  const buffer = useLoader(THREE.FileLoader, ASSET_URLS.stars, asBinary) as ArrayBuffer;
  const points = useMemo(() => {
    const catalog = parseStarCatalog(buffer);
    const m = j2000ToOfDate(epochUtcMs);
    const positions: number[] = [];
    const magnitudes: number[] = [];
    const colors: number[] = [];
    for (let i = 0; i < catalog.count; i++) {
      const [ra, dec, mag, bv] = [0, 1, 2, 3].map((k) => catalog.data[i * 4 + k]!) as [
        number,
        number,
        number,
        number,
      ];
      if (mag > magnitudeLimit) break;
      const j2000 = raDecToUnit(ra, dec);
      const [x, y, z] = m.map(
        (row) => row[0]! * j2000[0] + row[1]! * j2000[1] + row[2]! * j2000[2],
      ) as [number, number, number];
      positions.push(x, z, -y);
      magnitudes.push(mag);
      colors.push(...starColorRgb(bv));
    }
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
    geometry.setAttribute('magnitude', new THREE.Float32BufferAttribute(magnitudes, 1));
    geometry.setAttribute('starColor', new THREE.Float32BufferAttribute(colors, 3));
    const material = new THREE.ShaderMaterial({
      vertexShader,
      fragmentShader,
      uniforms: {
        magnitudeLimit: { value: magnitudeLimit },
        pixelRatio: { value: 1 },
        throughDaylight: { value: 1 },
      },
      transparent: true,
      depthWrite: false,
    });
    const object = new THREE.Points(geometry, material);
    object.frustumCulled = false;
    object.renderOrder = -1;
    return object;
  }, [buffer, magnitudeLimit, epochUtcMs]);
  useFrame(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const shown = starsThroughDaylight(frame.camera.eyeEci, frame.sunDirectionEci);
    points.material.uniforms.throughDaylight!.value = shown;
    points.visible = shown > 0;
  }, TICK.bodies);
  useEffect(
    () => () => {
      points.geometry.dispose();
      points.material.dispose();
    },
    [points],
  );
  return <primitive object={points} />;
}
