import { Canvas } from '@react-three/fiber';
import { Suspense, useEffect, useMemo, useRef } from 'react';
import { FrameDriver } from '../player/FrameDriver.tsx';
import { useAppState, usePlayer } from '../player/player-context.ts';
import { RecordHost } from '../player/RecordHost.tsx';
import type { FrameRef } from '../view/frame-ref.ts';
import { PendingMarker } from '../view/PendingMarker.tsx';
import { QUALITY_SETTINGS } from '../view/quality.ts';
import { FreeCameraControls } from '../view/FreeCameraControls.tsx';
import { LensShift } from '../view/LensShift.tsx';
import { pressHandover } from '../view/free-camera-handover.ts';
import { SceneView } from '../view/SceneView.tsx';
import { CaptionOverlay } from '../ui/CaptionOverlay.tsx';
import { DockingHud } from '../ui/DockingHud.tsx';
import { GroundTrackMap } from '../ui/GroundTrackMap.tsx';
import { ASSET_URLS } from '../view/asset-urls.ts';
import { Notices } from '../ui/Notices.tsx';
import { PlayerBar } from '../ui/PlayerBar.tsx';
import { ScaleBadge } from '../ui/ScaleBadge.tsx';
import { SceneHeader } from '../ui/SceneHeader.tsx';
import { InfoPanel } from '../ui/InfoPanel.tsx';
import { SceneList } from '../ui/SceneList.tsx';
import { ShortcutsHelp } from '../ui/ShortcutsHelp.tsx';
import { SidePanels } from '../ui/SidePanels.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { Hud } from '../ui/Hud.tsx';
import { t } from '../ui/strings.ts';
import { usePrefersReducedMotion } from '../ui/usePrefersReducedMotion.ts';
import { useShortcuts } from '../ui/useShortcuts.ts';

export interface AppProps {
  /** Called when the 3D view crashed (the kiosk restarts the player instead of showing why). */
  onViewError?: (error: unknown) => void;
}

const RESIZE_AT_ONCE = { debounce: 0 } as const;

/**
 * One player: a Canvas for the whole session with the UI layered over it, for the runtime its
 * <PlayerProvider> hands down (src/main.tsx and the kiosk's boot compose it).
 */
export function App({ onViewError }: AppProps = {}) {
  const runtime = usePlayer();
  const { store } = runtime;
  const frameRef = useRef<FrameRef['current']>(null);
  const scene = useAppState((s) => s.scene);
  const sceneLoad = useAppState((s) => s.sceneLoad);
  const lang = useAppState((s) => s.lang);
  const cameraMode = useAppState((s) => s.cameraMode);
  const sceneListOpen = useAppState((s) => s.sceneListOpen);
  const qualityName = useAppState((s) => s.quality);
  const mapFormat = useAppState((s) => s.mapFormat);
  const quality = QUALITY_SETTINGS[qualityName];
  // Record mode: the recorder renders each frame itself (advance) at the clip's exact size.
  const recording = useAppState((s) => s.recording);
  const captions = useAppState((s) => s.captions);
  const infoOpen = useAppState((s) => s.infoOpen);
  const helpOpen = useAppState((s) => s.helpOpen);
  // Clips and wide projections are framed without the player's panels.
  const pictureShift = useAppState((s) =>
    s.recording === null && s.projection === null ? s.pictureShift : 0,
  );
  useShortcuts(store, recording === null);
  const reducedMotion = usePrefersReducedMotion();
  // The press that takes the camera is handed to the free camera's controls once they listen.
  const handover = useMemo(() => pressHandover(), []);
  useEffect(() => {
    const released = (event: PointerEvent) => handover.released(event);
    window.addEventListener('pointerup', released);
    window.addEventListener('pointercancel', released);
    return () => {
      window.removeEventListener('pointerup', released);
      window.removeEventListener('pointercancel', released);
    };
  }, [handover]);
  const takeCamera = (event: Event) => {
    // Already free: the controls see the press themselves.
    if (cameraMode !== 'free') handover.took(event);
    store.setCameraMode('free');
  };

  return (
    <main className="app">
      <ErrorBoundary
        fallback={<p className="view-failed">{t('viewFailed', lang)}</p>}
        {...(onViewError ? { onError: onViewError } : {})}
      >
        <Canvas
          className="view"
          gl={{ logarithmicDepthBuffer: true, antialias: true }}
          camera={{ fov: 40, near: 0.0001, far: 1e7, position: [0, 0, 40000] }}
          dpr={recording ? 1 : [1, quality.maxPixelRatio]}
          frameloop={recording ? 'never' : 'always'}
          // The view's size, measured at once: R3F's default passes even the first measurement
          // through a 50 ms debounce, and the view is not rendered before it has a size.
          resize={RESIZE_AT_ONCE}
          style={recording ? { width: recording.width, height: recording.height } : undefined}
          onPointerDown={(event) => takeCamera(event.nativeEvent)}
          onWheel={(event) => takeCamera(event.nativeEvent)}
        >
          <FrameDriver runtime={runtime} frameRef={frameRef} />
          <RecordHost host={runtime.canvas} view={{ sceneLoad, quality: qualityName, recording }} />
          <Suspense fallback={<PendingMarker label="scene assets" />}>
            {scene ? (
              <SceneView
                scene={scene}
                loadId={sceneLoad}
                frameRef={frameRef}
                scripted={cameraMode !== 'free'}
                quality={qualityName}
                gentleCamera={reducedMotion && recording === null}
                space={!recording?.transparent}
                firstPicture={recording === null}
                maps={mapFormat}
              />
            ) : null}
          </Suspense>
          <LensShift fraction={pictureShift} immediate={recording !== null || reducedMotion} />
          {cameraMode === 'free' ? <FreeCameraControls handover={handover} /> : null}
        </Canvas>
      </ErrorBoundary>
      <Hud>
        <SceneHeader />
        <Notices />
        <ScaleBadge />
        <SidePanels>
          {scene ? <GroundTrackMap dayImageUrl={ASSET_URLS.earthMap} /> : null}
          <DockingHud />
          {infoOpen ? <InfoPanel /> : null}
        </SidePanels>
        {sceneListOpen ? <SceneList /> : null}
        {helpOpen ? <ShortcutsHelp /> : null}
        <div className="bottom">
          <CaptionOverlay lang={lang} on={captions.on} size={captions.size} />
          <PlayerBar />
        </div>
      </Hud>
    </main>
  );
}
