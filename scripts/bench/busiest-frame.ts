/**
 * Where the benchmark looks for a scene's busiest frame (most draw calls, most triangles): the
 * moments its script shows — every camera key and every event, through the scripted camera — and
 * every craft seen whole and close at every event (a docked station with its visitor, a walker
 * on his tether beside the craft). Frustum culling makes the cost depend on the view, so a frame
 * budget judged on one arbitrary frame would miss the ISS filling the screen at docking. Pure:
 * reads the scene file's JSON and the models' lengths, no browser.
 */

/** The parts of a scene file the probes read. */
export interface SceneFileForProbes {
  readonly id: string;
  readonly bodies: readonly { readonly id: string; readonly model?: string }[];
  readonly camera: readonly { readonly utc: string }[];
  readonly events?: readonly { readonly id: string; readonly utc: string }[];
}

/** What `window.urverseny.inspect` takes for a view near a body. */
export interface BodyView {
  readonly utc: string;
  readonly target: string;
  readonly distanceKm: number;
  readonly azimuthDeg: number;
  readonly elevationDeg: number;
  readonly fovDeg: number;
}

export type FrameProbe =
  | { readonly label: string; readonly seek: string | number }
  | { readonly label: string; readonly inspect: BodyView };

/** Field of view of the close views; the scenes' own cameras use the same. */
export const PROBE_FOV_DEG = 40;
/** Margin around the model's length in a close view, so its ends are inside the frame. */
const FRAMING_MARGIN = 1.3;
/** Seen from above and behind, so the Earth fills the background (its triangles count too). */
const PROBE_AZIMUTH_DEG = 210;
const PROBE_ELEVATION_DEG = 25;

/** Distance (km) at which a model `lengthM` long fits the frame's height with a margin. */
export function framingDistanceKm(lengthM: number, fovDeg = PROBE_FOV_DEG): number {
  const halfFov = (fovDeg * Math.PI) / 360;
  return (FRAMING_MARGIN * lengthM) / 1000 / (2 * Math.tan(halfFov));
}

/**
 * The probes for one scene: the fixed seek sequence (`seeks` points over `durationSec`), the
 * scripted camera's keys and the events, then each body with a model seen whole at each event.
 * `lengthM` gives a model's length by id; a body whose model is unknown is left out of the close
 * views (the scene rules reject it before the bench could load it).
 */
export function frameProbes(
  scene: SceneFileForProbes,
  lengthM: (modelId: string) => number | undefined,
  sequence: { readonly durationSec: number; readonly seeks: number },
): FrameProbe[] {
  const probes: FrameProbe[] = [];
  for (let i = 0; i < sequence.seeks; i++) {
    const t = (sequence.durationSec * (i + 0.5)) / sequence.seeks;
    probes.push({ label: `t=${t.toFixed(1)} s`, seek: t });
  }
  for (const key of scene.camera) probes.push({ label: `camera key ${key.utc}`, seek: key.utc });
  const events = scene.events ?? [];
  for (const event of events) probes.push({ label: `event ${event.id}`, seek: event.utc });
  for (const event of events)
    for (const body of scene.bodies) {
      const length = body.model === undefined ? undefined : lengthM(body.model);
      if (length === undefined) continue;
      probes.push({
        label: `${body.id} whole at ${event.id}`,
        inspect: {
          utc: event.utc,
          target: body.id,
          distanceKm: framingDistanceKm(length),
          azimuthDeg: PROBE_AZIMUTH_DEG,
          elevationDeg: PROBE_ELEVATION_DEG,
          fovDeg: PROBE_FOV_DEG,
        },
      });
    }
  return probes;
}

export interface ProbeStats {
  readonly label: string;
  readonly calls: number;
  readonly triangles: number;
}

/** The most draw calls and the most triangles over the probes, each with where it was seen. */
export function busiest(stats: readonly ProbeStats[]): {
  drawCalls: number;
  triangles: number;
  drawCallsAt: string;
  trianglesAt: string;
} {
  if (stats.length === 0) throw new Error('busiest: no frame measured');
  const most = (key: 'calls' | 'triangles') => stats.reduce((a, b) => (b[key] > a[key] ? b : a));
  const calls = most('calls');
  const triangles = most('triangles');
  return {
    drawCalls: calls.calls,
    triangles: triangles.triangles,
    drawCallsAt: calls.label,
    trianglesAt: triangles.label,
  };
}
