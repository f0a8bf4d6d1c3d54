/**
 * How far a UV sphere's triangles dip inside the sphere they approximate. The limb's ring
 * leaves the disc to the Earth's mesh, so it must reach below the mesh's deepest point, or the
 * background shows through as a dotted line along the outline: 4 km was enough for the
 * medium and high tiers' meshes, not for the low tier's coarser one (6.8 km).
 */
export function uvSphereSagKm(radiusKm: number, widthSegments: number, heightSegments: number) {
  // A quad's widest span is its diagonal (at the equator, where the quads are largest); the
  // chord halfway along it lies deepest. Its angle bounds the triangles' circumradius.
  const halfDiagonal = Math.hypot((2 * Math.PI) / widthSegments, Math.PI / heightSegments) / 2;
  return radiusKm * (1 - Math.cos(halfDiagonal));
}
