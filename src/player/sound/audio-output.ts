/**
 * The little of Web Audio the player uses, as an interface: the browser's AudioContext fits it,
 * and the unit tests hand in a fake that records what was scheduled.
 */

export interface AudioBufferLike {
  readonly duration: number;
  getChannelData(channel: number): Float32Array;
}

export interface AudioParamLike {
  value: number;
  setTargetAtTime(target: number, startTime: number, timeConstant: number): unknown;
}

export interface AudioNodeLike {
  connect(destination: AudioNodeLike): unknown;
}

export interface GainNodeLike extends AudioNodeLike {
  readonly gain: AudioParamLike;
}

export interface BufferSourceLike extends AudioNodeLike {
  buffer: AudioBufferLike | null;
  start(when: number, offset?: number): void;
  stop(when?: number): void;
}

export interface AudioContextLike {
  readonly currentTime: number;
  readonly sampleRate: number;
  readonly state: string;
  readonly destination: AudioNodeLike;
  resume(): Promise<void>;
  createGain(): GainNodeLike;
  createBuffer(channels: number, length: number, sampleRate: number): AudioBufferLike;
  createBufferSource(): BufferSourceLike;
  decodeAudioData(data: ArrayBuffer): Promise<AudioBufferLike>;
}

/** The browser's speech synthesis, where a voice for the language exists. */
export interface SpeechOutput {
  /** Speaks `text`; false when no voice for `lang` is installed. */
  speak(text: string, lang: 'hu' | 'en'): boolean;
  cancel(): void;
}

/** Everything the sound engine takes from the page. */
export interface SoundPlatform {
  /** A new audio context (allowed to start only after a user gesture, outside the kiosk). */
  createContext(): AudioContextLike | null;
  /** The bytes of a narration file (path relative to scenes/), or null if it is not there. */
  fetchAudio(file: string): Promise<ArrayBuffer | null>;
  readonly speech: SpeechOutput | null;
}
