import { useThree } from '@react-three/fiber';
import { Suspense, useEffect, useMemo } from 'react';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import { createAtmosphereTextures } from './atmosphere-textures.ts';
import { CameraRig } from './CameraRig.tsx';
import { Craft } from './Craft.tsx';
import { Earth } from './Earth.tsx';
import { ExhaustPlumes } from './ExhaustPlumes.tsx';
import { EnvironmentFromSky } from './EnvironmentFromSky.tsx';
import type { FrameRef } from './frame-ref.ts';
import { chooseMapFormat, mapRendererOf } from './gpu-maps.ts';
import type { MapFormatChoice } from './map-format.ts';
import { Moon } from './Moon.tsx';
import { OrbitPath } from './OrbitPath.tsx';
import { PendingMarker } from './PendingMarker.tsx';
import { usePictureTier } from './picture-tier.ts';
import { QUALITY_SETTINGS, type Quality } from './quality.ts';
import { Stars } from './Stars.tsx';
import { Sunlight } from './Sunlight.tsx';
import { SunBloomPass } from './SunBloomPass.tsx';
import { SunGlare } from './SunGlare.tsx';
import { ToneMapping } from './ToneMapping.tsx';
import { useViewServices } from './view-context.ts';

export interface SceneViewProps {
  scene: CompiledScene;
  /** Changes on every (re)load of a scene: its bodies are rebuilt. */
  loadId: number;
  frameRef: FrameRef;
  scripted: boolean;
  /** The tier asked for; the view may draw another for a while (picture-tier.ts). */
  quality: Quality;
  /** Ease the scripted camera (prefers-reduced-motion). */
  gentleCamera?: boolean;
  /** Draw the stars and the Sun's glare; false leaves only Earth, Moon and craft (compositing). */
  space?: boolean;
  /**
   * Draw a first picture at low from the Earth's preview maps while the asked tier's loads
   * arrive (picture-tier.ts). Off while recording: the recorder draws only frames it keeps,
   * each once everything is in.
   */
  firstPicture?: boolean;
  /** KTX2 or image maps; `auto` decides by the renderer (gpu-maps.ts). */
  maps?: MapFormatChoice;
}

/**
 * The city-light map is a 2012 composite; earlier decades had far fewer lights, so it is dimmed
 * by era (and the UI says so) rather than shown as if it were historical.
 */
export function cityLightsForYear(year: number): number {
  return 0.25 + 0.75 * Math.min(1, Math.max(0, (year - 1950) / 62));
}

/** The scene's separate launches: bodies that leave the pad at one moment ride one rocket. */
export function launchCount(scene: CompiledScene): number {
  return new Set(scene.bodies.flatMap((b) => (b.plan?.ascent ? [b.plan.ascent.fromUtcMs] : [])))
    .size;
}

/** Everything drawn for a scene; all of it reads the frame the driver evaluated this tick. */
export function SceneView({
  scene,
  loadId,
  frameRef,
  scripted,
  quality: asked,
  gentleCamera = false,
  space = true,
  firstPicture = true,
  maps = 'auto',
}: SceneViewProps) {
  const gl = useThree((state) => state.gl);
  const mapFormat = useMemo(() => chooseMapFormat(mapRendererOf(gl), maps), [gl, maps]);
  const picture = usePictureTier(asked, { scene, space, format: mapFormat, gl, firstPicture });
  const quality = QUALITY_SETTINGS[picture.tier];
  const tables = useViewServices().atmosphere.tables();
  const atmosphere = useMemo(() => createAtmosphereTextures(tables), [tables]);
  const launches = useMemo(() => launchCount(scene), [scene]);
  useEffect(() => () => atmosphere.dispose(), [atmosphere]);
  if (!picture.partsMayMount) return <PendingMarker label="scene assets" />;
  return (
    <>
      <ToneMapping />
      <SunBloomPass enabled={quality.bloom} sky={space} />
      <Sunlight frameRef={frameRef} tables={tables} earthshineAmbient={!quality.environmentMap} />
      {space ? (
        <>
          <Stars
            frameRef={frameRef}
            magnitudeLimit={quality.starMagnitudeLimit}
            epochUtcMs={scene.timeline.startUtcMs}
          />
          <SunGlare frameRef={frameRef} bloomed={quality.bloom} />
        </>
      ) : null}
      {quality.environmentMap ? <EnvironmentFromSky frameRef={frameRef} /> : null}
      <Earth
        frameRef={frameRef}
        quality={quality}
        atmosphere={atmosphere}
        nightLights={cityLightsForYear(Number(scene.date.slice(0, 4)))}
        maps={picture.earthMaps}
        mapFormat={mapFormat}
      />
      <Moon frameRef={frameRef} />
      {scene.bodies.map((body) => (
        <group key={`${loadId}:${body.id}`}>
          {body.showPath
            ? body.orbits.map((orbit, i) => (
                <OrbitPath
                  key={i}
                  frameRef={frameRef}
                  bodyId={body.id}
                  satrec={orbit.satrec}
                  fromUtcMs={Math.max(orbit.fromMs, body.visibleFromMs, scene.timeline.startUtcMs)}
                  untilUtcMs={orbit.untilMs}
                />
              ))
            : null}
          <Suspense fallback={<PendingMarker label={`model ${body.model}`} />}>
            <Craft
              frameRef={frameRef}
              bodyId={body.id}
              model={body.model}
              parts={body.parts}
              environmentMap={quality.environmentMap}
            />
          </Suspense>
        </group>
      ))}
      {launches > 0 ? (
        <ExhaustPlumes frameRef={frameRef} count={launches} bloomed={quality.bloom} />
      ) : null}
      <CameraRig frameRef={frameRef} scripted={scripted} gentle={gentleCamera} />
    </>
  );
}
