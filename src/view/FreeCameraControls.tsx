import type { OrbitControls as DreiOrbitControls } from '@react-three/drei/core/OrbitControls';
import { lazy, Suspense, useEffect, useRef, type ComponentRef } from 'react';
import type { PressHandover } from './free-camera-handover.ts';

// Loaded with a visitor's first drag, not with the first paint.
const OrbitControls = lazy(() =>
  import('@react-three/drei/core/OrbitControls').then((m) => ({ default: m.OrbitControls })),
);

/** The visitor's camera: orbit, pan and zoom about the followed point (the scene's origin). */
export function FreeCameraControls({ handover }: { handover: PressHandover }) {
  return (
    <Suspense fallback={null}>
      <Controls handover={handover} />
    </Suspense>
  );
}

function Controls({ handover }: { handover: PressHandover }) {
  const controls = useRef<ComponentRef<typeof DreiOrbitControls>>(null);
  // After the controls' own effects, which connect them to the view's element.
  useEffect(() => {
    const element = controls.current?.domElement;
    if (element) handover.handTo(element);
  }, [handover]);
  return (
    <OrbitControls
      ref={controls}
      target={[0, 0, 0]}
      enableDamping={false}
      minDistance={0.01}
      maxDistance={200000}
    />
  );
}
