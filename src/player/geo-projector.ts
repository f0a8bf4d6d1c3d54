/**
 * Screen position of a place on Earth in the frame last drawn: lets tests (and later the info
 * panel) check what is under a city without knowing the camera maths.
 */
import * as THREE from 'three';
import { geodeticToEciKm } from '../core/orbit/propagate.ts';
import type { SceneFrame } from '../core/script/evaluate.ts';
import { eciToScene } from '../view/scene-space.ts';

export interface ScreenPoint {
  x: number;
  y: number;
  /** In front of the camera and on the hemisphere facing it. */
  visible: boolean;
}

export interface GeoProjector {
  /** Called from inside the Canvas once its camera exists. */
  install(camera: THREE.Camera, canvas: HTMLCanvasElement, frame: () => SceneFrame | null): void;
  project(latDeg: number, lonDeg: number): ScreenPoint;
}

const point = new THREE.Vector3();
const centre = new THREE.Vector3();
const toCamera = new THREE.Vector3();
const outward = new THREE.Vector3();
const ORIGIN: [number, number, number] = [0, 0, 0];

export function createGeoProjector(): GeoProjector {
  let projector: ((latDeg: number, lonDeg: number) => ScreenPoint) | null = null;
  return {
    install(camera, canvas, frame) {
      projector = (latDeg, lonDeg) => {
        const f = frame();
        if (!f) return { x: 0, y: 0, visible: false };
        eciToScene(geodeticToEciKm(latDeg, lonDeg, 0, f.utcMs), f.camera.targetEci, point);
        eciToScene(ORIGIN, f.camera.targetEci, centre);
        const facing =
          toCamera.subVectors(camera.position, point).dot(outward.subVectors(point, centre)) > 0;
        point.project(camera);
        const rect = canvas.getBoundingClientRect();
        return {
          x: rect.left + ((point.x + 1) / 2) * rect.width,
          y: rect.top + ((1 - point.y) / 2) * rect.height,
          visible: facing && Math.abs(point.z) <= 1,
        };
      };
    },
    project(latDeg, lonDeg) {
      if (!projector) throw new Error('no frame has been drawn yet');
      return projector(latDeg, lonDeg);
    },
  };
}
