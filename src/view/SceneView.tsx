import type { CompiledScene } from '../core/script/compiled-scene.ts';
import { CameraRig } from './CameraRig.tsx';
import { Craft } from './Craft.tsx';
import { Earth } from './Earth.tsx';
import type { FrameRef } from './frame-ref.ts';
import { OrbitPath } from './OrbitPath.tsx';
import { Sunlight } from './Sunlight.tsx';

export interface SceneViewProps {
  scene: CompiledScene;
  frameRef: FrameRef;
  scripted: boolean;
  dayTextureUrl: string;
}

/** Everything drawn for a scene; all of it reads the frame the driver evaluated this tick. */
export function SceneView({ scene, frameRef, scripted, dayTextureUrl }: SceneViewProps) {
  return (
    <>
      <Sunlight frameRef={frameRef} />
      <Earth frameRef={frameRef} dayTextureUrl={dayTextureUrl} />
      {scene.bodies.map((body) => (
        <group key={body.id}>
          <OrbitPath
            frameRef={frameRef}
            bodyId={body.id}
            satrec={body.satrec}
            fromUtcMs={Math.max(body.visibleFromMs, scene.timeline.startUtcMs)}
          />
          <Craft frameRef={frameRef} bodyId={body.id} model={body.model} />
        </group>
      ))}
      <CameraRig frameRef={frameRef} scripted={scripted} />
    </>
  );
}
