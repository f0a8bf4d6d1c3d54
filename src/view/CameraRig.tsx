import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene, eciToScene } from './scene-space.ts';

export interface CameraRigProps {
  frameRef: FrameRef;
  /** When false the visitor steers (orbit controls) and the script only moves the origin. */
  scripted: boolean;
}

const lookAt = new THREE.Vector3();

/** Puts the camera where the script says, after the bodies have moved in the same tick. */
export function CameraRig({ frameRef, scripted }: CameraRigProps) {
  const camera = useThree((state) => state.camera) as THREE.PerspectiveCamera;
  useFrame(() => {
    const frame = frameRef.current;
    if (!frame || !scripted) return;
    const pose = frame.camera;
    eciToScene(pose.eyeEci, pose.targetEci, camera.position);
    directionToScene(pose.upEci, camera.up);
    camera.lookAt(eciToScene(pose.targetEci, pose.targetEci, lookAt));
    if (camera.fov !== pose.fovDeg) {
      camera.fov = pose.fovDeg;
      camera.updateProjectionMatrix();
    }
  }, TICK.camera);
  return null;
}
