import { OrbitControls } from '@react-three/drei/core/OrbitControls';
import { Canvas } from '@react-three/fiber';
import { Suspense, useRef } from 'react';
import type { FrameRef } from '../view/frame-ref.ts';
import { PendingMarker } from '../view/PendingMarker.tsx';
import { QUALITY_SETTINGS } from '../view/quality.ts';
import { SceneView } from '../view/SceneView.tsx';
import { CaptionOverlay } from '../ui/CaptionOverlay.tsx';
import { GroundTrackMap } from '../ui/GroundTrackMap.tsx';
import { ASSET_URLS } from '../view/asset-urls.ts';
import { Notices } from '../ui/Notices.tsx';
import { PlayerBar } from '../ui/PlayerBar.tsx';
import { ScaleBadge } from '../ui/ScaleBadge.tsx';
import { SceneHeader } from '../ui/SceneHeader.tsx';
import { SceneList } from '../ui/SceneList.tsx';
import { t } from '../ui/strings.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { FrameDriver } from './FrameDriver.tsx';
import { useAppState, useAppStore } from './store-context.ts';

/** The composition root: one Canvas for the whole session, the UI layered over it. */
export function App() {
  const store = useAppStore();
  const frameRef = useRef<FrameRef['current']>(null);
  const scene = useAppState((s) => s.scene);
  const sceneLoad = useAppState((s) => s.sceneLoad);
  const lang = useAppState((s) => s.lang);
  const cameraMode = useAppState((s) => s.cameraMode);
  const sceneListOpen = useAppState((s) => s.sceneListOpen);
  const quality = QUALITY_SETTINGS[useAppState((s) => s.quality)];

  return (
    <div className="app">
      <ErrorBoundary fallback={<p className="view-failed">{t('viewFailed', lang)}</p>}>
        <Canvas
          className="view"
          gl={{ logarithmicDepthBuffer: true, antialias: true }}
          camera={{ fov: 40, near: 0.0001, far: 1e7, position: [0, 0, 40000] }}
          dpr={[1, quality.maxPixelRatio]}
          onPointerDown={() => store.setCameraMode('free')}
          onWheel={() => store.setCameraMode('free')}
        >
          <color attach="background" args={['#02030a']} />
          <FrameDriver store={store} frameRef={frameRef} />
          <Suspense fallback={<PendingMarker label="scene assets" />}>
            {scene ? (
              <SceneView
                scene={scene}
                loadId={sceneLoad}
                frameRef={frameRef}
                scripted={cameraMode === 'script'}
                quality={quality}
              />
            ) : null}
          </Suspense>
          {cameraMode === 'free' ? (
            <OrbitControls
              target={[0, 0, 0]}
              enableDamping={false}
              minDistance={0.01}
              maxDistance={200000}
            />
          ) : null}
        </Canvas>
      </ErrorBoundary>
      <div className="hud">
        <SceneHeader />
        <Notices />
        <ScaleBadge />
        {scene ? <GroundTrackMap dayImageUrl={ASSET_URLS.earthDay} /> : null}
        {sceneListOpen ? <SceneList /> : null}
        <div className="bottom">
          <CaptionOverlay lang={lang} />
          <PlayerBar />
        </div>
      </div>
    </div>
  );
}
