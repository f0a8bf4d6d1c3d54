import { createContext, useContext } from 'react';
import type { ClipRecorder } from '../core/record/clip-recorder.ts';

/**
 * The recorder, handed in by the composition root (it lives in record mode, a layer above the
 * UI, and loads on demand). Null where clips are not offered (the kiosk).
 */
export const ClipRecorderContext = createContext<ClipRecorder | null>(null);

export function useClipRecorder(): ClipRecorder | null {
  return useContext(ClipRecorderContext);
}
