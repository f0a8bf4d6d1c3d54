/**
 * Soyuz 7K-TM (Soyuz 19, ASTP), procedural, in metres.
 *
 * Sources (docs/SOURCES.md): 7.48 m long without the arrays, max diameter 2.72 m,
 * solar-array span 8.37 m; orbital module ≈2.25 m wide × 2.64 m, nearly a sphere; descent module a
 * 2.2 m long, 2.3 m wide bell; service module 2.3 m long, 2.3 m flaring to 2.72 m (A-RP48, A-AXTM,
 * A-ASI); an APAS-75 androgynous unit in place of the probe (A-APAS, A-AXDM). The 7.48 m is read
 * as running from the service module's aft face to the APAS mating plane: the three modules take
 * 7.14 m, which leaves 0.34 m for the docking unit. The arrays stand on the propulsion
 * compartment at the tail (PAO-RSW); their width and the profiles between the documented
 * diameters are illustrative. The service module's sections, its radiator and engines, and the
 * fittings of all three modules (thrusters, periscope, windows, hatch) are soyuz-details.ts's
 * (PAO-RSW, KTDU-W, SA-RSW, SOY-W, SOY-BL).
 * Finishes: green quilted thermal blankets on the orbital and descent modules, recoloured for
 * ASTP (FIN-SZB, FIN-RP), a lighter grey service module, dark blue solar cells (ASTP
 * photographs). The quilting's cell size is illustrative.
 * Axes: +X is forward, the APAS end; the arrays span Z. Origin: the joint between the descent and
 * orbital modules (the hatch the crew passed through).
 */
import * as THREE from 'three';
import { finish } from './finishes.ts';
import type { ModelSpec } from './model-spec.ts';
import { APAS_75_DIMENSIONS, buildApas75 } from './apas-75.ts';
import { latheAlongX, mergeParts } from './parts.ts';
import {
  engineNozzles,
  radiatorBand,
  type ServiceModuleFrame,
  serviceModuleHull,
  soyuzFittings,
  soyuzWindows,
  SOYUZ_DETAIL_SOURCES,
} from './soyuz-details.ts';

export const SOYUZ_7KTM_DIMENSIONS = {
  overallLengthM: 7.48, // A-RP48, A-AXTM: without arrays, here to the APAS mating plane
  maxDiameterM: 2.72, // A-RP48
  arraySpanM: 8.37, // A-RP48, A-ASI: tip to tip
  orbitalModuleDiameterM: 2.25, // A-ASI
  orbitalModuleLengthM: 2.64, // A-ASI
  descentModuleDiameterM: 2.3, // A-ASI
  descentModuleLengthM: 2.2, // A-ASI
  serviceModuleLengthM: 2.3, // A-ASI
  serviceModuleForwardDiameterM: 2.3, // A-ASI
  serviceModuleAftDiameterM: 2.72, // A-ASI
  arrayWidthM: 0.9, // illustrative
  arrayPanelsPerWing: 4, // illustrative
} as const;

const d = SOYUZ_7KTM_DIMENSIONS;

/** x of the APAS-75 mating plane: where the Docking Module's APAS face meets it. */
export const SOYUZ_7KTM_APAS_FACE_X =
  d.overallLengthM - d.descentModuleLengthM - d.serviceModuleLengthM;

export function buildSoyuz7kTm(): THREE.Group {
  const group = new THREE.Group();
  group.name = 'soyuz-7k-tm';
  const omEndX = d.orbitalModuleLengthM;
  const dmAftX = -d.descentModuleLengthM;
  const smAftX = dmAftX - d.serviceModuleLengthM;

  const blanket = finish('green-blanket', { repeat: [36, 12] });

  // A prolate ellipse cut where its radius falls to half the maximum: both ends keep an opening
  // wide enough for the hatch behind and the docking collar ahead.
  const omRadius = d.orbitalModuleDiameterM / 2;
  const cut = Math.PI / 6;
  const semiAxis = omEndX / 2 / Math.cos(cut);
  const om: [number, number][] = [[0, 0]];
  for (let i = 0; i <= 24; i++) {
    const theta = cut + ((Math.PI - 2 * cut) * i) / 24;
    om.push([omEndX / 2 - semiAxis * Math.cos(theta), omRadius * Math.sin(theta)]);
  }
  om.push([omEndX, 0]);
  const orbitalModule = new THREE.Mesh(latheAlongX(om), blanket);
  orbitalModule.name = 'orbital-module';
  group.add(orbitalModule);

  // Widest just ahead of the heat shield, narrowing to the hatch: the "headlight" bell.
  const r = d.descentModuleDiameterM / 2;
  const dm: [number, number][] = [
    [dmAftX, 0],
    [dmAftX + 0.04, 0.7],
    [dmAftX + 0.12, 1.05],
    [dmAftX + 0.25, r],
    [dmAftX + 0.6, r - 0.02],
    [dmAftX + 1.1, r - 0.13],
    [dmAftX + 1.6, r - 0.31],
    [dmAftX + 1.95, r - 0.49],
    [0, 0.5],
    [0, 0],
  ];
  const descentModule = new THREE.Mesh(latheAlongX(dm), blanket);
  descentModule.name = 'descent-module';
  group.add(descentModule);

  // The service module's three sections and the fittings of all three modules (soyuz-details.ts).
  const sm: ServiceModuleFrame = {
    aftX: smAftX,
    frontX: dmAftX,
    aftRadius: d.serviceModuleAftDiameterM / 2,
    forwardRadius: d.serviceModuleForwardDiameterM / 2,
  };
  const serviceModule = new THREE.Mesh(mergeParts(serviceModuleHull(sm)), finish('grey-paint'));
  serviceModule.name = 'service-module';
  const radiator = new THREE.Mesh(
    radiatorBand(sm),
    finish('white-radiator', { color: 0xdfe1de, repeat: [48, 1] }),
  );
  radiator.name = 'radiator';
  const engines = new THREE.Mesh(
    mergeParts(engineNozzles(sm)),
    finish('engine-bell', { side: THREE.DoubleSide }),
  );
  engines.name = 'engines';
  const frame = { sm, descentProfile: dm, orbitalProfile: om };
  const fittings = new THREE.Mesh(mergeParts(soyuzFittings(frame)), finish('machined-metal'));
  fittings.name = 'fittings';
  const windows = new THREE.Mesh(mergeParts(soyuzWindows(frame)), finish('glass'));
  windows.name = 'windows';
  group.add(serviceModule, radiator, engines, fittings, windows);

  // Both wings in one draw; each a row of panels with narrow gaps, rooted on the propulsion
  // compartment (PAO-RSW) along ±Z.
  const cells = finish('solar-cells', { repeat: [6, 8] });
  const wingLength = d.arraySpanM / 2 - sm.aftRadius;
  const gap = 0.04;
  const panelLength = (wingLength - gap * (d.arrayPanelsPerWing - 1)) / d.arrayPanelsPerWing;
  const arrayX = smAftX + d.arrayWidthM / 2;
  const panels: THREE.BufferGeometry[] = [];
  for (const side of [1, -1]) {
    for (let i = 0; i < d.arrayPanelsPerWing; i++) {
      const middle = sm.aftRadius + i * (panelLength + gap) + panelLength / 2;
      panels.push(
        new THREE.BoxGeometry(d.arrayWidthM, 0.03, panelLength).translate(arrayX, 0, side * middle),
      );
    }
  }
  const arrays = new THREE.Mesh(mergeParts(panels), cells);
  arrays.name = 'solar-arrays';
  group.add(arrays);

  // The collar takes what the modules leave of the 7.48 m, less the ring itself.
  const [apasRing, apasPetals] = buildApas75({
    faceX: SOYUZ_7KTM_APAS_FACE_X,
    collarRadiusM: om[1]![1],
    collarLengthM: SOYUZ_7KTM_APAS_FACE_X - omEndX - APAS_75_DIMENSIONS.ringDepthM,
  });
  group.add(apasRing, apasPetals);
  return group;
}

export const MODEL: ModelSpec = {
  id: 'soyuz-7k-tm',
  lengthM: d.overallLengthM,
  boundsM: { min: [-4.5, -1.48, -4.19], max: [3.26, 1.46, 4.19] },
  ports: { apas: { positionM: [SOYUZ_7KTM_APAS_FACE_X, 0, 0], axis: [1, 0, 0] } },
  sources: ['A-RP48', 'A-AXTM', 'A-ASI', 'A-APAS', 'FIN-SZB', 'FIN-RP', ...SOYUZ_DETAIL_SOURCES],
  build: buildSoyuz7kTm,
};
