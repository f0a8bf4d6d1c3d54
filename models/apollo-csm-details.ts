/**
 * The Apollo CSM's small parts that the close shots need (apollo-csm.ts places them): the RCS
 * quads' thrusters, the CM's hatch and windows (FIN-AMS, FIN-APF; sizes illustrative).
 * Axes as in apollo-csm.ts: +X forward, the CM's cone starting 0.1 m ahead of the CM/SM joint.
 */
import * as THREE from 'three';
import { latheAlongX, radial } from './parts.ts';

/**
 * Four thrusters of an RCS quad in its housing's frame (`place`): two along the axis, fore and
 * aft, two sideways for roll; each a small bell standing off the housing.
 */
export function rcsNozzles(place: THREE.Matrix4): THREE.BufferGeometry[] {
  const bell = () =>
    latheAlongX(
      [
        [0, 0.025],
        [0.16, 0.055],
      ],
      12,
    );
  const axes: [THREE.Vector3, THREE.Vector3][] = [
    [new THREE.Vector3(1, 0, 0), new THREE.Vector3(0.3, 0.02, 0)],
    [new THREE.Vector3(-1, 0, 0), new THREE.Vector3(-0.3, 0.02, 0)],
    [new THREE.Vector3(0, 0, 1), new THREE.Vector3(0, 0.02, 0.2)],
    [new THREE.Vector3(0, 0, -1), new THREE.Vector3(0, 0.02, -0.2)],
  ];
  const along = new THREE.Quaternion();
  return axes.map(([axis, root]) =>
    bell()
      .applyQuaternion(along.setFromUnitVectors(new THREE.Vector3(1, 0, 0), axis))
      .translate(root.x, root.y, root.z)
      .applyMatrix4(place),
  );
}

/**
 * The crew hatch (a frame standing proud of the tape, with its window) on the +Y side, two side
 * windows and two forward-facing rendezvous windows, placed on the cone's surface.
 */
export function hatchAndWindows(
  baseRadius: number,
  coneHalfAngleDeg: number,
): { frames: THREE.BufferGeometry[]; panes: THREE.BufferGeometry[] } {
  const halfAngle = THREE.MathUtils.degToRad(coneHalfAngleDeg);
  const coneSlope = Math.tan(halfAngle);
  const onCone = (x: number, rollDeg: number, lift: number, geometry: THREE.BufferGeometry) => {
    const roll = THREE.MathUtils.degToRad(rollDeg);
    const r = baseRadius - (x - 0.1) * coneSlope;
    const out = radial(roll);
    const normal = new THREE.Vector3(Math.sin(halfAngle), 0, 0).addScaledVector(
      out,
      Math.cos(halfAngle),
    );
    // The plane's +Z faces out; its +Y runs up the cone towards the apex.
    const up = new THREE.Vector3(Math.cos(halfAngle), 0, 0)
      .addScaledVector(out, -Math.sin(halfAngle))
      .normalize();
    const side = new THREE.Vector3().crossVectors(up, normal);
    const at = new THREE.Vector3(x, 0, 0).addScaledVector(out, r).addScaledVector(normal, lift);
    return geometry.applyMatrix4(new THREE.Matrix4().makeBasis(side, up, normal).setPosition(at));
  };
  const frames = [onCone(1.05, 0, 0.012, new THREE.BoxGeometry(0.76, 0.8, 0.03))];
  const panes = [
    onCone(1.1, 0, 0.03, new THREE.CircleGeometry(0.11, 20)),
    onCone(0.75, 62, 0.006, new THREE.PlaneGeometry(0.3, 0.3)),
    onCone(0.75, -62, 0.006, new THREE.PlaneGeometry(0.3, 0.3)),
    onCone(1.55, 30, 0.006, new THREE.PlaneGeometry(0.22, 0.3)),
    onCone(1.55, -30, 0.006, new THREE.PlaneGeometry(0.22, 0.3)),
  ];
  return { frames, panes };
}
