import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { registerCanvas, type CommittedView } from './record-host.ts';

export interface RecordHostProps {
  /** The state this render of the Canvas's children was made with (passed like SceneView's props). */
  view: CommittedView;
}

/** Inside the Canvas: lets the recorder reach the R3F root and see what the scene graph committed. */
export function RecordHost({ view }: RecordHostProps) {
  const get = useThree((state) => state.get);
  useLayoutEffect(() => registerCanvas(get, view));
  useLayoutEffect(() => () => registerCanvas(null, null), []);
  return null;
}
