/**
 * What record mode needs from inside the Canvas: the R3F root (to render one frame on demand and
 * read it back) and which player state the Canvas's children last committed with, so the
 * recorder knows a scene or quality switch has reached the scene graph before it trusts a frame.
 */
import type { RootState } from '@react-three/fiber';
import type { Quality } from '../view/quality.ts';
import type { RecordingView } from './store.ts';

export interface CommittedView {
  readonly sceneLoad: number;
  readonly quality: Quality;
  readonly recording: RecordingView | null;
}

export interface CanvasHost {
  register(get: (() => RootState) | null, view: CommittedView | null): void;
  root(): RootState | null;
  committed(): CommittedView | null;
}

export function createCanvasHost(): CanvasHost {
  let getRoot: (() => RootState) | null = null;
  let committed: CommittedView | null = null;
  return {
    register(get, view) {
      getRoot = get;
      committed = view;
    },
    root: () => (getRoot ? getRoot() : null),
    committed: () => committed,
  };
}
