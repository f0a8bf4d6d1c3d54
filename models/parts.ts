/**
 * Geometry helpers shared by the procedural models (metres, +X forward).
 *
 * The draw-call budget (the whole scene under 60) is why parts that share a material are merged
 * into one geometry here rather than added as separate meshes.
 */
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * Points of a solid of revolution: [x along the axis, radius]. Plotted with x to the right and the
 * radius up, the surface faces to the left of the walk: walk towards +X along an outside wall,
 * towards −X along a bore.
 */
export type Profile = ReadonlyArray<readonly [number, number]>;

const CREASE_RAD = THREE.MathUtils.degToRad(35);

/**
 * A solid (or shell) of revolution around the X axis; phi is measured from +Z towards −Y.
 * Corners sharper than 35° get a doubled point, so they shade as edges, not as smoothed bulges.
 */
export function latheAlongX(
  profile: Profile,
  segments = 48,
  phiStart = 0,
  phiLength = Math.PI * 2,
): THREE.BufferGeometry {
  const points: THREE.Vector2[] = [];
  profile.forEach(([x, r], i) => {
    const prev = profile[i - 1];
    const next = profile[i + 1];
    points.push(new THREE.Vector2(r, x));
    if (prev && next) {
      const into = new THREE.Vector2(r - prev[1], x - prev[0]);
      const out = new THREE.Vector2(next[1] - r, next[0] - x);
      if (into.lengthSq() > 0 && out.lengthSq() > 0 && into.angleTo(out) > CREASE_RAD) {
        points.push(new THREE.Vector2(r, x));
      }
    }
  });
  // Lathe turns around Y; a −90° turn about Z takes Y to X and keeps the winding.
  return new THREE.LatheGeometry(points, segments, phiStart, phiLength).rotateZ(-Math.PI / 2);
}

/** One geometry from several (inputs are consumed); mixes indexed and non-indexed inputs. */
export function mergeParts(parts: THREE.BufferGeometry[]): THREE.BufferGeometry {
  const mixed = parts.some((g) => g.index) && parts.some((g) => !g.index);
  const ready = parts.map((g) => {
    // Groups only matter for multi-material meshes; dropping them keeps one draw call.
    g.clearGroups();
    return mixed && g.index ? g.toNonIndexed() : g;
  });
  const merged = mergeGeometries(ready, false);
  if (!merged) throw new Error('mergeParts: geometries do not share the same attributes');
  for (const g of new Set([...parts, ...ready])) g.dispose();
  return merged;
}

/**
 * Every instanced mesh under `root` replaced by one mesh of its instances merged, the same name,
 * material and place. A model says "four of these" with instances; drawn that way, each finish
 * would need a second shader program (three.js compiles instanced and plain drawing apart), which
 * a software renderer prepares at its first draw: seconds for Apollo–Soyuz's seven. Merged, they
 * are still one draw call.
 */
export function flattenInstances<T extends THREE.Object3D>(root: T): T {
  const instanced: THREE.InstancedMesh[] = [];
  root.traverse((object) => {
    if ((object as THREE.InstancedMesh).isInstancedMesh)
      instanced.push(object as THREE.InstancedMesh);
  });
  const matrix = new THREE.Matrix4();
  for (const source of instanced) {
    const copies = Array.from({ length: source.count }, (_, i) => {
      source.getMatrixAt(i, matrix);
      return source.geometry.clone().applyMatrix4(matrix);
    });
    const mesh = new THREE.Mesh(mergeParts(copies), source.material);
    mesh.name = source.name;
    mesh.position.copy(source.position);
    mesh.quaternion.copy(source.quaternion);
    mesh.scale.copy(source.scale);
    mesh.layers.mask = source.layers.mask;
    mesh.visible = source.visible;
    mesh.renderOrder = source.renderOrder;
    mesh.userData = source.userData;
    if (source.children.length > 0) mesh.add(...source.children);
    source.parent!.add(mesh);
    source.removeFromParent();
    source.geometry.dispose();
    source.dispose();
  }
  return root;
}

export interface RodShape {
  /** Sides of the cross-section (default 8). */
  readonly sides?: number;
  /** Whether the ends are closed (default true); a strut that ends in another part needs none. */
  readonly capped?: boolean;
}

/** A cylinder of the given radius from point a to point b. */
export function rod(
  a: THREE.Vector3,
  b: THREE.Vector3,
  radius: number,
  { sides = 8, capped = true }: RodShape = {},
): THREE.BufferGeometry {
  const along = new THREE.Vector3().subVectors(b, a);
  const geometry = new THREE.CylinderGeometry(radius, radius, along.length(), sides, 1, !capped);
  const turn = new THREE.Quaternion().setFromUnitVectors(
    new THREE.Vector3(0, 1, 0),
    along.clone().normalize(),
  );
  const middle = new THREE.Vector3().addVectors(a, b).multiplyScalar(0.5);
  return geometry.applyMatrix4(
    new THREE.Matrix4().compose(middle, turn, new THREE.Vector3(1, 1, 1)),
  );
}

/** Radial unit vector at a roll angle measured from +Y towards +Z (the models' roll convention). */
export function radial(rollRad: number): THREE.Vector3 {
  return new THREE.Vector3(0, Math.cos(rollRad), Math.sin(rollRad));
}

/** Number of draw calls a model costs: one per mesh (instanced meshes included), none for groups. */
export function countMeshes(root: THREE.Object3D): number {
  let meshes = 0;
  root.traverse((o) => {
    if ((o as THREE.Mesh).isMesh) meshes += 1;
  });
  return meshes;
}
