/**
 * What record mode needs from inside the Canvas: the R3F root (to render one frame on demand and
 * read it back) and which app state the Canvas's children last committed with, so the recorder
 * knows a scene or quality switch has reached the scene graph before it trusts a frame.
 */
import type { RootState } from '@react-three/fiber';
import type { Quality } from '../view/quality.ts';
import type { RecordingView } from './store.ts';

export interface CommittedView {
  readonly sceneLoad: number;
  readonly quality: Quality;
  readonly recording: RecordingView | null;
}

let getRoot: (() => RootState) | null = null;
let committed: CommittedView | null = null;

export function registerCanvas(get: (() => RootState) | null, view: CommittedView | null): void {
  getRoot = get;
  committed = view;
}

export function canvasRoot(): RootState | null {
  return getRoot ? getRoot() : null;
}

export function committedView(): CommittedView | null {
  return committed;
}
