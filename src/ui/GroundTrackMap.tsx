import { useEffect, useMemo, useRef } from 'react';
import { useAppState, useFrameSubscription } from '../player/player-context.ts';
import { createFlightTrack, type FlightTrack, type TrackPoint } from '../core/orbit/flight-path.ts';
import type { SceneFrame } from '../core/script/evaluate.ts';
import { nightShade } from './night-shade.ts';
import { t } from './strings.ts';

export interface GroundTrackMapProps {
  /** Equirectangular day image for the background. */
  dayImageUrl: string;
}

const WIDTH = 360;
const HEIGHT = 180;
/** Seconds between the track's points. */
const TRACK_STEP_SEC = 20;
const x = (lonDeg: number) => ((lonDeg + 180) / 360) * WIDTH;
const y = (latDeg: number) => ((90 - latDeg) / 180) * HEIGHT;

/**
 * A flat map of the whole Earth with the night side shaded for the moment, the track flown so far
 * and where each craft is now. Works for any orbital scene: it only reads the scene's bodies.
 */
export function GroundTrackMap({ dayImageUrl }: GroundTrackMapProps) {
  const subscribeFrame = useFrameSubscription();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const shown = useAppState((s) => s.mapShown);
  const canvas = useRef<HTMLCanvasElement>(null);
  const tracks = useMemo(
    () =>
      scene?.bodies
        .filter((body) => body.showPath)
        .map((body) => ({
          id: body.id,
          track: createFlightTrack(
            body.motion,
            Math.max(body.visibleFromMs, scene.timeline.startUtcMs),
            Math.min(body.visibleUntilMs, scene.timeline.endUtcMs),
            TRACK_STEP_SEC,
          ),
        })) ?? [],
    [scene],
  );

  useEffect(() => {
    // The 4096-pixel image is scaled down once, not on every frame.
    const base = document.createElement('canvas');
    base.width = WIDTH;
    base.height = HEIGHT;
    const image = new Image();
    let baseLoaded = false;
    const night = nightCanvas();
    let nightUtcMs = Number.NaN;
    let drawnKey = '';
    let drawnOn: HTMLCanvasElement | null = null;
    let shownFrame: SceneFrame | null = null;
    const draw = (frame: SceneFrame) => {
      shownFrame = frame;
      const element = canvas.current;
      const context = element?.getContext('2d');
      if (!element || !context) return;
      if (!(Math.abs(frame.utcMs - nightUtcMs) < 60_000)) {
        shadeNight(night, frame.subsolar);
        nightUtcMs = frame.utcMs;
      }
      // Redrawn only when the picture changes: at real time a craft's dot moves a pixel in
      // seconds, and every redraw of the canvas is composited again, on a software renderer in
      // the same process that draws the 3D view.
      const key = mapKey(tracks, frame, nightUtcMs, baseLoaded);
      if (key === drawnKey && drawnOn === element) return;
      drawnKey = key;
      drawnOn = element;
      context.drawImage(base, 0, 0);
      // Sharp cells, as they were once painted one by one.
      context.imageSmoothingEnabled = false;
      context.drawImage(night, 0, 0, WIDTH, HEIGHT);
      drawTracks(context, tracks, frame, element);
    };
    image.onload = () => {
      base.getContext('2d')!.drawImage(image, 0, 0, WIDTH, HEIGHT);
      baseLoaded = true;
      // A paused player publishes no more frames: the image goes under the frame on show.
      if (shownFrame) draw(shownFrame);
    };
    image.src = dayImageUrl;
    return subscribeFrame(draw);
  }, [dayImageUrl, tracks, subscribeFrame]);

  if (!shown) return null;
  return (
    <figure className="ground-track" aria-label={t('groundTrack', lang)}>
      <canvas ref={canvas} width={WIDTH} height={HEIGHT} data-testid="ground-track" />
    </figure>
  );
}

/** Map pixels per side of one night-shade cell. */
const SHADE_CELL = 3;

/** A canvas of one pixel per night-shade cell, drawn over the map scaled up. */
function nightCanvas(): HTMLCanvasElement {
  const night = document.createElement('canvas');
  night.width = WIDTH / SHADE_CELL;
  night.height = HEIGHT / SHADE_CELL;
  return night;
}

function shadeNight(night: HTMLCanvasElement, subsolar: { latDeg: number; lonDeg: number }): void {
  const pixels = nightShade(subsolar, night.width, night.height);
  night.getContext('2d')!.putImageData(new ImageData(pixels, night.width), 0, 0);
}

/** Steps of a dot's place that show: a tenth of a map pixel. */
const SUBPIXEL = 10;

/**
 * What the map shows, as text: the night shade's moment, whether the day image is in, which of
 * the track's points the trail spans, and each craft's dot to a tenth of a pixel; equal keys draw
 * the same picture.
 */
export function mapKey(
  tracks: readonly { id: string }[],
  frame: SceneFrame,
  nightUtcMs: number,
  baseLoaded: boolean,
): string {
  let key = `${nightUtcMs}|${baseLoaded ? 1 : 0}|${Math.floor(frame.utcMs / (TRACK_STEP_SEC * 1000))}`;
  for (const { id } of tracks) {
    const body = frame.bodies.find((b) => b.id === id);
    key += body?.visible
      ? `|${Math.round(x(body.lonDeg) * SUBPIXEL)},${Math.round(y(body.latDeg) * SUBPIXEL)}`
      : '|-';
  }
  return key;
}

/** Two revolutions of track: a two-day scene would otherwise cover the map in lines. */
const TRAIL_MS = 3 * 3600_000;

function drawTracks(
  context: CanvasRenderingContext2D,
  tracks: readonly { id: string; track: FlightTrack }[],
  frame: SceneFrame,
  element: HTMLCanvasElement,
): void {
  context.lineWidth = 1.5;
  context.strokeStyle = '#ffcf5a';
  for (const { id, track } of tracks) {
    const body = frame.bodies.find((b) => b.id === id);
    if (!body?.visible) continue;
    context.beginPath();
    let previous = null as TrackPoint | null;
    track.forEachBetween(frame.utcMs - TRAIL_MS, frame.utcMs, (point) => {
      if (!previous || Math.abs(point.lonDeg - previous.lonDeg) > 180)
        context.moveTo(x(point.lonDeg), y(point.latDeg));
      else context.lineTo(x(point.lonDeg), y(point.latDeg));
      previous = point;
    });
    if (previous && Math.abs(body.lonDeg - previous.lonDeg) < 180)
      context.lineTo(x(body.lonDeg), y(body.latDeg));
    context.stroke();
    context.fillStyle = '#ffffff';
    context.beginPath();
    context.arc(x(body.lonDeg), y(body.latDeg), 4, 0, 2 * Math.PI);
    context.fill();
    element.dataset.marker = `${body.latDeg.toFixed(2)},${body.lonDeg.toFixed(2)}`;
  }
}
