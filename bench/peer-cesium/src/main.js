// The peer: what a builder would otherwise write for "Sputnik-1 over the Earth" — a CesiumJS
// Viewer with the offline Natural Earth II imagery Cesium ships, no Ion, no terrain, no geocoder,
// and the app's own Sputnik-1 element set propagated with satellite.js as a path and a point.
// `window.peer` is what scripts/bench.mjs drives, like the app's `window.urverseny`.
import {
  Cartesian3,
  ClockRange,
  Color,
  HeadingPitchRange,
  ImageryLayer,
  JulianDate,
  SampledPositionProperty,
  TileMapServiceImageryProvider,
  VERSION,
  Viewer,
  buildModuleUrl,
} from 'cesium';
import 'cesium/Build/Cesium/Widgets/widgets.css';
import './main.css';
import { eciToEcf, gstime, json2satrec, propagate } from 'satellite.js';
import sputnik from './sputnik-1.json';

const satrec = json2satrec({
  OBJECT_NAME: sputnik.name,
  OBJECT_ID: sputnik.name,
  EPOCH: sputnik.epochUtc,
  MEAN_MOTION: sputnik.meanMotionRevPerDay,
  ECCENTRICITY: sputnik.eccentricity,
  INCLINATION: sputnik.inclinationDeg,
  RA_OF_ASC_NODE: sputnik.raanDeg,
  ARG_OF_PERICENTER: sputnik.argPerigeeDeg,
  MEAN_ANOMALY: sputnik.meanAnomalyDeg,
  NORAD_CAT_ID: sputnik.catalogNumber,
  ELEMENT_SET_NO: 1,
  BSTAR: sputnik.bstar,
  MEAN_MOTION_DOT: 0,
  MEAN_MOTION_DDOT: 0,
});

const startMs = Date.parse(sputnik.sceneStartUtc);
const endMs = Date.parse(sputnik.sceneEndUtc);
const STEP_SEC = 30;

/** Earth-fixed position (metres) at a UTC instant, from SGP4 in TEME. */
function positionAt(ms) {
  const date = new Date(ms);
  const state = propagate(satrec, date);
  if (!state || typeof state.position !== 'object')
    throw new Error(`SGP4 failed at ${date.toISOString()}`);
  const ecf = eciToEcf(state.position, gstime(date));
  return new Cartesian3(ecf.x * 1000, ecf.y * 1000, ecf.z * 1000);
}

const viewer = new Viewer('cesiumContainer', {
  baseLayer: ImageryLayer.fromProviderAsync(
    TileMapServiceImageryProvider.fromUrl(buildModuleUrl('Assets/Textures/NaturalEarthII')),
  ),
  baseLayerPicker: false,
  geocoder: false,
  homeButton: false,
  sceneModePicker: false,
  navigationHelpButton: false,
  animation: false,
  timeline: false,
  fullscreenButton: false,
  infoBox: false,
  selectionIndicator: false,
  shouldAnimate: false,
});

const start = JulianDate.fromDate(new Date(startMs));
viewer.clock.startTime = start.clone();
viewer.clock.stopTime = JulianDate.fromDate(new Date(endMs));
viewer.clock.currentTime = start.clone();
viewer.clock.clockRange = ClockRange.CLAMPED;

const track = new SampledPositionProperty();
const path = [];
for (let ms = startMs; ms <= endMs; ms += STEP_SEC * 1000) {
  const position = positionAt(ms);
  track.addSample(JulianDate.fromDate(new Date(ms)), position);
  path.push(position);
}
viewer.entities.add({
  name: 'Sputnik-1 path',
  polyline: { positions: path, width: 2, material: Color.GOLD },
});
const craft = viewer.entities.add({
  name: 'Sputnik-1',
  position: track,
  point: { pixelSize: 8, color: Color.WHITE },
});

// The opening view: Baikonur from 20,000 km, the whole path in sight.
viewer.camera.setView({ destination: Cartesian3.fromDegrees(63.3, 45.9, 2.0e7) });

const scene = viewer.scene;
const loaded = () =>
  scene.globe.tilesLoaded && viewer.imageryLayers.get(0).ready && viewer.dataSourceDisplay.ready;

/** Resolves (ms since navigation) after the first frame drawn with every tile and entity loaded. */
function nextLoadedFrame() {
  return new Promise((resolve) => {
    const check = () => {
      if (!loaded()) return;
      scene.postRender.removeEventListener(check);
      resolve(performance.now());
    };
    scene.postRender.addEventListener(check);
  });
}

const firstFrame = nextLoadedFrame();

window.peer = {
  cesiumVersion: VERSION,
  durationSec: (endMs - startMs) / 1000,
  firstFrame: () => firstFrame,
  /** Shows the craft at `sec` after the scene start from 6,000 km; resolves once drawn loaded. */
  async seek(sec) {
    const when = JulianDate.addSeconds(start, sec, new JulianDate());
    viewer.clock.currentTime = when;
    const at = craft.position.getValue(when);
    viewer.camera.lookAt(at, new HeadingPitchRange(0, -Math.PI / 4, 6.0e6));
    scene.requestRender();
    await nextLoadedFrame();
  },
};
