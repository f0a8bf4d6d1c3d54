import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type * as THREE from 'three';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import type { EarthMapStage } from './earth-maps.tsx';
import type { MapFormat } from './map-format.ts';
import { QUALITY_SETTINGS, type Quality } from './quality.ts';
import { bloomSettled, loadsSettled, preloadPicture, useScenePreload } from './scene-preload.ts';
import { useViewServices } from './view-context.ts';

/** What `state().pending` lists while the picture is not yet the asked tier's from full maps. */
export const FULL_MAPS_PENDING = 'full-resolution Earth maps';

/**
 * Frames the first picture is drawn before the asked tier may take its place: when the second
 * begins, the first has been handed to the screen.
 */
export const PREVIEW_FRAMES = 2;

/** The tier the view draws at, and the stage of the Earth's maps it draws. */
export interface PictureTier {
  readonly tier: Quality;
  readonly earthMaps: EarthMapStage;
}

/** The first picture of every tier: the fewest maps, shaders and passes there are. */
const FIRST_PICTURE: PictureTier = { tier: 'low', earthMaps: 'preview' };

export interface PictureTierOptions {
  scene: CompiledScene;
  space: boolean;
  format: MapFormat;
  gl: THREE.WebGLRenderer;
  /**
   * Start from the first picture. False while recording: each frame is drawn once all is in, so
   * a recording begun during the first picture goes to the asked tier as soon as its loads are.
   */
  firstPicture: boolean;
}

/**
 * Which tier the view draws, and whether it may mount its parts yet.
 *
 * A player's first picture is drawn at low from the Earth's 1024-wide previews, whatever tier was
 * asked: one small map, the cheapest shaders and no post-processing, so that a complete, lit
 * picture is on screen within a second even on a software renderer, where a medium frame alone
 * costs 0.3–0.5 s and its bloom's and environment map's shaders must be compiled first. The
 * asked tier's own loads (its full maps, coastlines, the bloom's code) start once the first
 * picture's are in; the asked tier takes over once they are all in and the first picture has
 * been shown, in one step: its maps, shaders and passes arrive together, never one by one. A
 * later change of tier (automatic tuning, a visitor's choice) keeps drawing the tier before
 * until the new one's loads are in, so the picture never waits on a load.
 *
 * Until the picture is the asked tier's from its full maps it is complete but not ready: a
 * visitor may look at it; `seek()`, `ready()` and the recorder wait (readiness.ts).
 */
export function usePictureTier(
  asked: Quality,
  { scene, space, format, gl, firstPicture }: PictureTierOptions,
): PictureTier & { partsMayMount: boolean } {
  const { readiness, earthMaps } = useViewServices();
  const [drawn, setDrawn] = useState<PictureTier>(() =>
    firstPicture && !earthMaps.current ? FIRST_PICTURE : { tier: asked, earthMaps: 'full' },
  );
  const partsMayMount = useScenePreload(scene, QUALITY_SETTINGS[drawn.tier], space, {
    stage: drawn.earthMaps,
    format,
    gl,
  });
  const target = drawn.tier === asked && drawn.earthMaps === 'full';

  // The asked tier's loads, once the picture drawn now has its own: fetched beside the first
  // picture's, the 2.4–3.6 MB of full maps competed with them for the network and the main
  // thread (first complete frame 24–46 ms later that way).
  const [, recheck] = useReducer((checks: number) => checks + 1, 0);
  const askedLoads = useMemo(
    () =>
      target || !partsMayMount
        ? null
        : preloadPicture(scene, QUALITY_SETTINGS[asked], space, { stage: 'full', format, gl }),
    [target, partsMayMount, scene, asked, space, format, gl],
  );
  const askedIn =
    askedLoads !== null &&
    loadsSettled(askedLoads, recheck) &&
    bloomSettled(QUALITY_SETTINGS[asked].bloom, recheck);

  // Counted in frames, not only in loads: on a warm cache the full maps are in before the first
  // picture is drawn, but decoding and uploading them takes a software renderer seconds.
  const [firstShown, setFirstShown] = useState(drawn.earthMaps === 'full');
  const framesDrawn = useRef(0);
  useFrame(() => {
    if (firstShown || !partsMayMount) return;
    if (++framesDrawn.current === PREVIEW_FRAMES) setFirstShown(true);
  });

  // Derived in render (React's pattern for state that follows other state): the frame after
  // this commit is the asked tier's. A recording begun meanwhile draws no frame before it
  // trusts one: it waits for the asked tier, not for frames.
  if (askedIn && (firstShown || !firstPicture)) setDrawn({ tier: asked, earthMaps: 'full' });

  useLayoutEffect(
    () => (target ? undefined : readiness.hold(FULL_MAPS_PENDING, 'preview')),
    [target, readiness],
  );
  return { ...drawn, partsMayMount };
}
