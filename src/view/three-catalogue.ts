/**
 * The three.js classes the scene graph names as JSX elements (`<mesh>`, `<sphereGeometry>`, …);
 * everything else is built in code and drawn through `<primitive>`.
 *
 * R3F's `<Canvas>` registers the whole `three` namespace (`extend(THREE)`), which keeps every
 * three.js class in the bundle whether it is used or not. The production build registers only
 * these instead (the `three-catalogue` plugin in vite.config.ts), so the bundler drops the rest
 * of three.js (about 40 kB gzip of the first paint's JavaScript). An element missing here draws
 * in `vite dev` and the unit tests but fails in the build with R3F's "… is not part of the THREE
 * namespace"; tests/unit/view/three-catalogue.test.ts checks every element the sources use.
 */
import {
  AmbientLight,
  Color,
  DirectionalLight,
  Group,
  Mesh,
  MeshStandardMaterial,
  RingGeometry,
  SphereGeometry,
} from 'three';

export const THREE_CATALOGUE = {
  AmbientLight,
  Color,
  DirectionalLight,
  Group,
  Mesh,
  MeshStandardMaterial,
  RingGeometry,
  SphereGeometry,
};
