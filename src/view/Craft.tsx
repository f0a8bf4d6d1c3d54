import { useFrame, useLoader } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import { adaptFinishes } from '../../models/finishes.ts';
import { disposeModel, ModelLoader } from '../../models/index.ts';
import type { FrameRef } from './frame-ref.ts';
import { TICK } from './frame-ref.ts';
import { directionToScene, eciToScene } from './scene-space.ts';

export interface CraftProps {
  frameRef: FrameRef;
  /** Body id in the scene; its state is looked up in each frame. */
  bodyId: string;
  /** A model id the scene loader has checked against models/registry.ts. */
  model: string;
  /** Parts of the model the scene shows only for a while (their visibility follows the frame). */
  parts?: readonly { readonly name: string }[];
  /**
   * Whether the tier renders an environment map: the finishes' full metals and detail maps need
   * one; without it the craft wear their plainer variants (models/finishes.ts).
   */
  environmentMap?: boolean;
}

const NO_PARTS: readonly { readonly name: string }[] = [];

const forward = new THREE.Vector3();
const up = new THREE.Vector3();
const side = new THREE.Vector3();
const basis = new THREE.Matrix4();
const KM_PER_M = 0.001;

/** A spacecraft model (built in metres) flown along its body's trajectory, in its attitude. */
export function Craft({
  frameRef,
  bodyId,
  model,
  parts: shown = NO_PARTS,
  environmentMap = true,
}: CraftProps) {
  // Suspends until the model's code is loaded (once per model: R3F caches it by id).
  const build = useLoader(ModelLoader, model);
  const root = useMemo(() => build(), [build]);
  useEffect(() => () => disposeModel(root), [root]);
  // Before the first frame is drawn with it, so a recording never shows the other variant.
  useLayoutEffect(() => adaptFinishes(root, environmentMap), [root, environmentMap]);
  const parts = useMemo(
    () =>
      shown.flatMap(({ name }) => {
        const object = root.getObjectByName(name);
        return object ? [{ name, object }] : [];
      }),
    [root, shown],
  );

  useFrame(() => {
    const frame = frameRef.current;
    const body = frame?.bodies.find((b) => b.id === bodyId);
    if (!frame || !body) return;
    root.visible = body.visible;
    for (const part of parts) part.object.visible = !body.hiddenParts.includes(part.name);
    eciToScene(body.drawnEciKm, frame.camera.targetEci, root.position);
    directionToScene(body.forward, forward);
    directionToScene(body.up, up);
    side.crossVectors(forward, up);
    root.quaternion.setFromRotationMatrix(basis.makeBasis(forward, up, side));
    root.scale.setScalar(KM_PER_M * frame.camera.craftScale);
  }, TICK.bodies);

  return <primitive object={root} />;
}
