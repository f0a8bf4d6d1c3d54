/**
 * The visitor's choices, declared once with their defaults. The store holds them flat; record
 * mode puts back exactly these after a clip, and the kiosk resets exactly these when a visitor
 * walks away, so a setting added here is saved, restored and reset everywhere without more edits.
 */
import type { CameraPreset } from '../core/script/camera-presets.ts';
import type { Inspection } from '../core/script/evaluate.ts';

/** The script's camera, the visitor's own (orbit controls) or one of the presets. */
export type CameraMode = 'script' | 'free' | CameraPreset;

export type CaptionSize = 'small' | 'medium' | 'large';

export interface SoundSettings {
  readonly muted: boolean;
  /** 0…1. */
  readonly volume: number;
  /** Engine rumble synthesised from the scene's burns (off unless asked for). */
  readonly effects: boolean;
  /** Captions without a recording read by the browser's speech synthesis. */
  readonly readAloud: boolean;
}

export interface VisitorSettings {
  readonly cameraMode: CameraMode;
  /** The body the presets follow (null: the scene's first). */
  readonly followId: string | null;
  readonly captions: { readonly on: boolean; readonly size: CaptionSize };
  /** One UTC second per wall second, whatever the scene's time warp. */
  readonly realTime: boolean;
  readonly infoOpen: boolean;
  readonly helpOpen: boolean;
  readonly sceneListOpen: boolean;
  /** The docking HUD, in scenes with a rendezvous. */
  readonly dockingHud: boolean;
  /** The ground-track map. */
  readonly mapShown: boolean;
  /** The player's settings menu (speed, quality, captions, camera, panels). */
  readonly settingsOpen: boolean;
  /** The clip tools (in and out marks, Record clip), where clips can be recorded. */
  readonly clipOpen: boolean;
  /** A fixed UTC and viewpoint replacing the script's (automation only). */
  readonly inspection: Inspection | null;
  readonly sound: SoundSettings;
}

export const VISITOR_DEFAULTS: VisitorSettings = {
  cameraMode: 'script',
  followId: null,
  captions: { on: true, size: 'medium' },
  realTime: false,
  infoOpen: false,
  helpOpen: false,
  sceneListOpen: false,
  dockingHud: true,
  mapShown: true,
  settingsOpen: false,
  clipOpen: false,
  inspection: null,
  sound: { muted: false, volume: 0.8, effects: false, readAloud: false },
};

/** The visitor settings out of a state that holds them (and more). */
export function pickVisitorSettings<S extends VisitorSettings>(
  state: S,
  defaults: VisitorSettings = VISITOR_DEFAULTS,
): VisitorSettings {
  return Object.fromEntries(
    Object.keys(defaults).map((key) => [key, state[key as keyof VisitorSettings]]),
  ) as unknown as VisitorSettings;
}
