import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from '../../../src/core/orbit/kepler.ts';
import { QUALITIES, QUALITY_SETTINGS } from '../../../src/view/quality.ts';
import { uvSphereSagKm } from '../../../src/view/sphere-mesh-sag.ts';

/** The deepest any point of the mesh's triangles lies inside the sphere, found triangle by triangle. */
function measuredSagKm(geometry: THREE.SphereGeometry): number {
  const position = geometry.getAttribute('position');
  const index = geometry.getIndex()!;
  const triangle = new THREE.Triangle();
  const closest = new THREE.Vector3();
  const origin = new THREE.Vector3();
  let nearest = Infinity;
  for (let i = 0; i < index.count; i += 3) {
    triangle.a.fromBufferAttribute(position, index.getX(i));
    triangle.b.fromBufferAttribute(position, index.getX(i + 1));
    triangle.c.fromBufferAttribute(position, index.getX(i + 2));
    if (triangle.getArea() === 0) continue;
    triangle.closestPointToPoint(origin, closest);
    nearest = Math.min(nearest, closest.length());
  }
  return geometry.parameters.radius - nearest;
}

describe('how far the Earth mesh dips inside its sphere', () => {
  for (const quality of QUALITIES) {
    const segments = QUALITY_SETTINGS[quality].earthSegments;
    it(`bounds the ${quality} tier's mesh (${segments} segments) from above, closely`, () => {
      const geometry = new THREE.SphereGeometry(EARTH_RADIUS_KM, segments, segments / 2);
      const measured = measuredSagKm(geometry);
      const bound = uvSphereSagKm(EARTH_RADIUS_KM, segments, segments / 2);
      // The vertices are stored as float32: at 6378 km that rounds them by up to half a metre.
      expect(bound).toBeGreaterThanOrEqual(measured - 1e-3);
      expect(bound).toBeLessThan(measured * 1.05);
      geometry.dispose();
    });
  }

  it('is more than the fixed 4 km the limb once assumed at the low tier', () => {
    // Where the ring left rays above the mesh's dips to the Earth, the sky showed through.
    const low = QUALITY_SETTINGS.low.earthSegments;
    const geometry = new THREE.SphereGeometry(EARTH_RADIUS_KM, low, low / 2);
    expect(measuredSagKm(geometry)).toBeGreaterThan(4);
    geometry.dispose();
  });
});
