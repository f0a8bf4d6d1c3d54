/**
 * The craft are not shown against the Sun at the moments a scene is about: there the scripted
 * camera looks at least 60° away from the Sun, so the side it sees is lit (reddened where the
 * Sun grazes the limb), not a dark silhouette in the Sun's glare. Soyuz-36's docking, at orbital
 * sunrise, was once framed looking 15° from the Sun.
 */
import { expect, it } from 'vitest';
import { evaluate } from '../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../src/core/time/timeline.ts';
import { dot, normalize, sub } from '../../../src/core/vec3.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

const MOMENTS = [
  ['voskhod-2', '1965-03-18T08:38:00Z'], // Leonov outside
  ['apollo-soyuz', '1975-07-17T16:09:09Z'], // docking
  ['apollo-soyuz', '1975-07-17T19:19:00Z'], // the handshake
  ['soyuz-36', '1980-05-27T19:56:00Z'], // docking
  ['ax-4', '2025-06-26T10:31:00Z'], // docking
] as const;

const COS_60 = 0.5;

it.each(MOMENTS)('%s at %s: the camera looks at least 60° away from the Sun', (id, utc) => {
  const scene = loadRepoScene(id);
  const frame = evaluate(scene, playbackAt(scene.timeline, Date.parse(utc)));
  const forward = normalize(sub(frame.camera.targetEci, frame.camera.eyeEci));
  expect(dot(forward, frame.sunDirectionEci)).toBeLessThan(COS_60);
});
