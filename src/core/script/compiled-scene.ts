/** A validated scene with every time in epoch ms and playback seconds, ready to evaluate. */
import type { FittedElements } from '../orbit/fit-element-set.ts';
import type { FlightPlan } from '../orbit/flight-path.ts';
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
  /** The SGP4 orbit with modelled ascent and descent where the scene gives them. */
  readonly plan: FlightPlan;
  readonly elements: FittedElements;
  readonly trajectory: SceneFile['bodies'][number]['trajectory'];
  readonly visibleFromMs: number;
  readonly visibleUntilMs: number;
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

export interface CompiledScene {
  readonly file: string;
  readonly id: string;
  readonly title: Localized;
  readonly summary: Localized;
  readonly date: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
  readonly timeline: Timeline;
  readonly bodies: readonly CompiledBody[];
  readonly camera: readonly CompiledCameraKey[];
  readonly captions: readonly CompiledCaption[];
  readonly events: readonly CompiledEvent[];
}
