/** Starting a player's sound at the first user gesture, as browsers require. */
import type { SoundEngine } from '../player/sound/sound-engine.ts';

const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;

export function startSoundOnGesture(sound: SoundEngine, target: Window): () => void {
  const start = () => {
    sound.start();
    remove();
  };
  const remove = () => GESTURES.forEach((type) => target.removeEventListener(type, start, true));
  GESTURES.forEach((type) => target.addEventListener(type, start, true));
  return remove;
}
