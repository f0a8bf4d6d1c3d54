import * as THREE from 'three';

/** Bounds of objects in their parent's axes (children included, instanced meshes too). */
export function bounds(objects: THREE.Object3D[]): THREE.Box3 {
  const box = new THREE.Box3();
  for (const o of objects) {
    o.updateMatrixWorld(true);
    box.expandByObject(o, true);
  }
  return box;
}

export function size(objects: THREE.Object3D[]): THREE.Vector3 {
  return bounds(objects).getSize(new THREE.Vector3());
}

/** Triangles a model sends to the GPU: every mesh's, times its instances. */
export function countTriangles(root: THREE.Object3D): number {
  let triangles = 0;
  root.traverse((o) => {
    const mesh = o as THREE.Mesh;
    if (!mesh.isMesh) return;
    const g = mesh.geometry;
    const perInstance = (g.index ? g.index.count : g.getAttribute('position').count) / 3;
    triangles +=
      perInstance *
      ((o as THREE.InstancedMesh).isInstancedMesh ? (o as THREE.InstancedMesh).count : 1);
  });
  return triangles;
}

/** Area of a mesh's triangles that face along +axis (within a few degrees), in its own axes. */
export function areaFacing(mesh: THREE.Mesh, axis: THREE.Vector3): number {
  const g = mesh.geometry.index ? mesh.geometry.toNonIndexed() : mesh.geometry;
  const p = g.getAttribute('position');
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const c = new THREE.Vector3();
  let area = 0;
  for (let i = 0; i < p.count; i += 3) {
    a.fromBufferAttribute(p, i);
    b.fromBufferAttribute(p, i + 1);
    c.fromBufferAttribute(p, i + 2);
    const n = new THREE.Vector3().crossVectors(b.clone().sub(a), c.clone().sub(a));
    const twice = n.length();
    if (twice > 0 && n.dot(axis) / twice > 0.99) area += twice / 2;
  }
  return area;
}
