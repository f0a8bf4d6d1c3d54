import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene, eciToScene } from './scene-space.ts';

export interface CameraRigProps {
  frameRef: FrameRef;
  /** When false the visitor steers (orbit controls) and the script only moves the origin. */
  scripted: boolean;
  /**
   * Reduced motion: the camera eases towards the scripted viewpoint (time constant `GENTLE_SEC`)
   * instead of following every sweep. Never while recording: clips stay frame-exact.
   */
  gentle?: boolean;
}

const lookAt = new THREE.Vector3();
const wanted = new THREE.Vector3();
const GENTLE_SEC = 1.5;

/** Puts the camera where the script says, after the bodies have moved in the same tick. */
export function CameraRig({ frameRef, scripted, gentle = false }: CameraRigProps) {
  const camera = useThree((state) => state.camera) as THREE.PerspectiveCamera;
  useFrame((_, deltaSec) => {
    const frame = frameRef.current;
    if (!frame || !scripted) return;
    const pose = frame.camera;
    eciToScene(pose.eyeEci, pose.targetEci, wanted);
    if (gentle) easeTowards(camera.position, wanted, 1 - Math.exp(-deltaSec / GENTLE_SEC));
    else camera.position.copy(wanted);
    directionToScene(pose.upEci, camera.up);
    camera.lookAt(eciToScene(pose.targetEci, pose.targetEci, lookAt));
    if (camera.fov !== pose.fovDeg) {
      camera.fov = pose.fovDeg;
      camera.updateProjectionMatrix();
    }
  }, TICK.camera);
  return null;
}

/**
 * Moves the eye (relative to the look-at point at the origin) part of the way to `to`: direction
 * by angle, distance by ratio, so a move from 50 m to 30,000 km eases as smoothly as a short one.
 */
function easeTowards(eye: THREE.Vector3, to: THREE.Vector3, amount: number): void {
  const from = eye.length();
  const target = to.length();
  if (!(from > 0) || !(target > 0)) {
    eye.copy(to);
    return;
  }
  const direction = eye.clone().normalize();
  const goal = to.clone().normalize();
  const angle = direction.angleTo(goal);
  if (angle > 1e-9) {
    const axis = new THREE.Vector3().crossVectors(direction, goal).normalize();
    if (axis.lengthSq() > 0) direction.applyAxisAngle(axis, angle * amount);
    else direction.lerp(goal, amount).normalize();
  }
  eye.copy(direction).multiplyScalar(from * (target / from) ** amount);
}
