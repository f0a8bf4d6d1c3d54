/** A validated scene with every time in epoch ms and playback seconds, ready to evaluate. */
import type { SatRec } from 'satellite.js';
import type { Beacon } from '../audio/beacon.ts';
import type { FittedElements } from '../orbit/fit-element-set.ts';
import type { FlightPlan } from '../orbit/flight-path.ts';
import type { BodyMotion, Rendezvous } from './body-motion.ts';
import type { ModelBounds } from './model-catalog.ts';
import type { Timeline } from '../time/timeline.ts';
import type { SceneFile } from './schema.ts';

export interface Localized {
  readonly hu: string;
  readonly en: string;
}

export interface CompiledBody {
  readonly id: string;
  readonly name: Localized;
  readonly model: SceneFile['bodies'][number]['model'];
  /** The model's overall length, m (close-up distances). */
  readonly lengthM: number;
  /** The model's extent in its own axes, m (how far it reaches below it near the ground). */
  readonly boundsM: ModelBounds;
  /** Where it is and which way it points at any UTC. */
  readonly motion: BodyMotion;
  /** Its own flight (SGP4 orbits, ascent, descent), for bodies that fly one. */
  readonly plan?: FlightPlan;
  /** The first element set, as fitted to the documented numbers. */
  readonly elements?: FittedElements;
  /** Each element set and the span it is flown (for drawing orbits). */
  readonly orbits: readonly {
    readonly fromMs: number;
    readonly untilMs: number;
    readonly satrec: SatRec;
  }[];
  readonly burns: readonly CompiledBurn[];
  readonly rendezvous: Rendezvous | null;
  readonly showPath: boolean;
  readonly facts: readonly {
    readonly label: Localized;
    readonly value: string | Localized;
    readonly source: string;
  }[];
  readonly crew: readonly { readonly name: string; readonly role: Localized }[];
  readonly visibleFromMs: number;
  readonly visibleUntilMs: number;
  /** Named parts of the model shown only between two times. */
  readonly parts: readonly {
    readonly name: string;
    readonly fromMs: number;
    readonly untilMs: number;
  }[];
}

export interface CompiledBurn {
  readonly id: string;
  readonly label: Localized;
  readonly source: string;
  /** When it happened: the apsis nearest the documented time. */
  readonly utcMs: number;
  readonly deltaVMs: number;
  readonly altitudeKm: number;
}

export interface CompiledCameraKey {
  readonly playbackSec: number;
  readonly target: string;
  readonly distanceKm: number;
  readonly azimuthDeg: number;
  readonly elevationDeg: number;
  readonly fovDeg: number;
  readonly ease: 'linear' | 'inOut';
  readonly craftScale: number;
}

export interface CompiledCaption {
  readonly fromSec: number;
  readonly untilSec: number;
  readonly fromMs: number;
  readonly untilMs: number;
  readonly hu: string;
  readonly en: string;
}

export interface CompiledEvent {
  readonly id: string;
  readonly label: Localized;
  readonly utcMs: number;
  readonly playbackSec: number;
  readonly source: string;
}

export interface CompiledBeacon {
  readonly bodyId: string;
  readonly beacon: Beacon;
  readonly listenerName: Localized;
  /** Transmitters on (keying starts) and off, epoch ms. */
  readonly fromMs: number;
  readonly untilMs: number;
  /** Playback seconds of switch-on: keying time counts from here in a recording. */
  readonly onPlaybackSec: number;
  readonly sources: readonly string[];
}

export interface CompiledRumble {
  readonly bodyId: string;
  readonly fromMs: number;
  readonly untilMs: number;
  readonly thrustKn: number;
  readonly source: string;
}

export interface CompiledNarration {
  readonly caption: number;
  readonly lang: 'hu' | 'en';
  /** Relative to scenes/. */
  readonly file: string;
  /** The caption's slot, playback seconds. */
  readonly fromSec: number;
  readonly untilSec: number;
}

export interface CompiledSound {
  readonly beacon: CompiledBeacon | null;
  readonly rumble: readonly CompiledRumble[];
  readonly narration: readonly CompiledNarration[];
}

export interface CompiledScene {
  readonly file: string;
  readonly id: string;
  readonly title: Localized;
  readonly summary: Localized;
  readonly date: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
  /** Where the museum text and the sources disagree (shown to visitors). */
  readonly discrepancies: readonly { readonly text: Localized; readonly source: string }[];
  /** Playback seconds of the scene card's still. */
  readonly stillSec: number;
  /** The first launch in the scene (mission elapsed time counts from it), or null. */
  readonly launchUtcMs: number | null;
  readonly timeline: Timeline;
  readonly bodies: readonly CompiledBody[];
  readonly camera: readonly CompiledCameraKey[];
  readonly captions: readonly CompiledCaption[];
  readonly events: readonly CompiledEvent[];
  readonly sound: CompiledSound;
}
