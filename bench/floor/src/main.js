// The floor of the benchmark: the least a globe can cost in three.js — one sphere with the app's
// day map, one directional light, Lambert shading, the same antialiased canvas and the Earth at
// the size it has in Sputnik-1's opening view (40,000 km away through a 40° lens). Nothing else.
// `window.peer` is the contract scripts/bench.mjs drives (as for the CesiumJS peer).
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
};
