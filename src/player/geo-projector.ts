/**
 * Screen position of a place on Earth or of a body in the frame last drawn: lets tests check what
 * is under a city, and the panels keep clear of the craft, without knowing the camera maths.
 */
import * as THREE from 'three';
import { geodeticToEciKm, type Vec3 } from '../core/orbit/propagate.ts';
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
  /**
   * A body of the scene (its reference point) in the frame last drawn; `visible`: drawn and in
   * front of the camera. Null for a body the scene does not have.
   */
  projectBody(id: string): ScreenPoint | null;
  /**
   * Direction from the camera to a place on Earth in the camera's own frame (x right, y up,
   * −z forward), unit length: where a wide projection (src/core/projection) puts the place.
   */
  viewDirection(latDeg: number, lonDeg: number): [number, number, number];
  /**
   * The Earth's centre in the camera's own frame (km; x right, y up, −z forward) and the lens's
   * vertical field of view: enough to draw a globe of the same size at the same place (the
   * benchmark's floor page does).
   */
  earthInView(): EarthInView;
}

export interface EarthInView {
  centreKm: [number, number, number];
  fovDeg: number;
}

const point = new THREE.Vector3();
const centre = new THREE.Vector3();
const toCamera = new THREE.Vector3();
const outward = new THREE.Vector3();
const ORIGIN: [number, number, number] = [0, 0, 0];

export function createGeoProjector(): GeoProjector {
  let projector: ((latDeg: number, lonDeg: number) => ScreenPoint) | null = null;
  let bodyProjector: ((id: string) => ScreenPoint | null) | null = null;
  let director: ((latDeg: number, lonDeg: number) => [number, number, number]) | null = null;
  let earthFinder: (() => EarthInView) | null = null;
  return {
    install(camera, canvas, frame) {
      const toScreen = (visible: boolean): ScreenPoint => {
        point.project(camera);
        const rect = canvas.getBoundingClientRect();
        return {
          x: rect.left + ((point.x + 1) / 2) * rect.width,
          y: rect.top + ((1 - point.y) / 2) * rect.height,
          visible: visible && Math.abs(point.z) <= 1,
        };
      };
      // A point of the frame in the camera's own frame (x right, y up, −z forward).
      const inCameraFrame = (eciKm: Readonly<Vec3>, f: SceneFrame, out: THREE.Vector3) => {
        eciToScene(eciKm, f.camera.targetEci, out);
        camera.updateMatrixWorld();
        return out.applyMatrix4(camera.matrixWorldInverse);
      };
      bodyProjector = (id) => {
        const f = frame();
        const body = f?.bodies.find((b) => b.id === id);
        if (!f || !body) return null;
        eciToScene(body.drawnEciKm, f.camera.targetEci, point);
        return toScreen(body.visible);
      };
      director = (latDeg, lonDeg) => {
        const f = frame();
        if (!f) throw new Error('no frame has been drawn yet');
        inCameraFrame(geodeticToEciKm(latDeg, lonDeg, 0, f.utcMs), f, point).normalize();
        return [point.x, point.y, point.z];
      };
      earthFinder = () => {
        const f = frame();
        if (!f) throw new Error('no frame has been drawn yet');
        inCameraFrame(ORIGIN, f, centre);
        const fovDeg = camera instanceof THREE.PerspectiveCamera ? camera.fov : 40;
        return { centreKm: [centre.x, centre.y, centre.z], fovDeg };
      };
      projector = (latDeg, lonDeg) => {
        const f = frame();
        if (!f) return { x: 0, y: 0, visible: false };
        eciToScene(geodeticToEciKm(latDeg, lonDeg, 0, f.utcMs), f.camera.targetEci, point);
        eciToScene(ORIGIN, f.camera.targetEci, centre);
        const facing =
          toCamera.subVectors(camera.position, point).dot(outward.subVectors(point, centre)) > 0;
        return toScreen(facing);
      };
    },
    project(latDeg, lonDeg) {
      if (!projector) throw new Error('no frame has been drawn yet');
      return projector(latDeg, lonDeg);
    },
    projectBody(id) {
      if (!bodyProjector) throw new Error('no frame has been drawn yet');
      return bodyProjector(id);
    },
    viewDirection(latDeg, lonDeg) {
      if (!director) throw new Error('no frame has been drawn yet');
      return director(latDeg, lonDeg);
    },
    earthInView() {
      if (!earthFinder) throw new Error('no frame has been drawn yet');
      return earthFinder();
    },
  };
}
