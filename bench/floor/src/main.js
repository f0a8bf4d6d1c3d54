// The floor of the benchmark: the least a globe can cost in three.js — one sphere with the app's
// day map, one directional light, Lambert shading, the same antialiased canvas. Nothing else.
// `show(view)` puts the globe where the app's frame has it (`urverseny.earthInView()`), so both
// fill the same pixels; until then it stands as in Sputnik-1's opening view (40,000 km away
// through a 40° lens). `window.peer` is the contract scripts/bench.mjs drives (as for the
// CesiumJS peer).
import * as THREE from 'three';

const renderer = new THREE.WebGLRenderer({ antialias: true });
renderer.setPixelRatio(1);
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color('#02030a');
const camera = new THREE.PerspectiveCamera(40, window.innerWidth / window.innerHeight, 10, 1e6);
camera.position.set(0, 0, 42000);
const light = new THREE.DirectionalLight(0xffffff, 3);
light.position.set(1, 0.3, 0.6);
scene.add(light);
const texture = await new THREE.TextureLoader().loadAsync('./textures/earth-day.jpg');
texture.colorSpace = THREE.SRGBColorSpace;
const earth = new THREE.Mesh(
  new THREE.SphereGeometry(6378, 96, 48),
  new THREE.MeshLambertMaterial({ map: texture }),
);
scene.add(earth);

const DURATION_SEC = 300;
const drawn = () =>
  new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
renderer.setAnimationLoop(() => renderer.render(scene, camera));
const firstFrame = drawn();

window.peer = {
  durationSec: DURATION_SEC,
  firstFrame: () => firstFrame,
  /** Turns the globe as the scene's time would; resolves once drawn. */
  async seek(sec) {
    earth.rotation.y = (sec / DURATION_SEC) * Math.PI * 2;
    await drawn();
  },
  /** The globe at the app's place in view: `centreKm` in the camera's frame, the lens's fov. */
  async show({ centreKm, fovDeg }) {
    camera.position.set(0, 0, 0);
    camera.lookAt(0, 0, -1);
    camera.fov = fovDeg;
    camera.near = 0.01;
    camera.updateProjectionMatrix();
    earth.position.set(...centreKm);
    await drawn();
  },
};
