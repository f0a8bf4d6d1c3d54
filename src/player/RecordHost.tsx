import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import type { CanvasHost, CommittedView } from './canvas-host.ts';

export interface RecordHostProps {
  host: CanvasHost;
  /** The state this render of the Canvas's children was made with (passed like SceneView's props). */
  view: CommittedView;
}

/** Inside the Canvas: lets the recorder reach the R3F root and see what the scene graph committed. */
export function RecordHost({ host, view }: RecordHostProps) {
  const get = useThree((state) => state.get);
  useLayoutEffect(() => host.register(get, view));
  useLayoutEffect(() => () => host.register(null, null), [host]);
  return null;
}
