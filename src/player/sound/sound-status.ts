/** What a player's sound is doing, as the automation API and the sound panel read it. */
export interface BeaconStatus {
  readonly toneHz: number;
  readonly dopplerHz: number;
  readonly elevationDeg: number;
  readonly rangeKm: number;
  /** Above the listener's horizon, so heard (when sound is on). */
  readonly aboveHorizon: boolean;
}

export interface SoundStatus {
  /** Sound may play: a user gesture (or the kiosk) started the audio context. */
  readonly started: boolean;
  readonly muted: boolean;
  readonly volume: number;
  readonly effects: boolean;
  readonly readAloud: boolean;
  /** What the scene's listener receives now (null: no beacon transmitting). */
  readonly beacon: BeaconStatus | null;
  /** The narration file playing now. */
  readonly narration: string | null;
  /** A caption being read by speech synthesis now. */
  readonly speaking: boolean;
  /** Narration files that could not be played, with why. */
  readonly problems: readonly string[];
}
