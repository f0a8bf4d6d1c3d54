import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScene } from '../../../../src/core/script/load-scene.ts';
import { SceneError } from '../../../../src/core/script/scene-error.ts';
import { readSceneText, root, sourceText, MODEL_CATALOG } from '../../../helpers/scenes.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FILE = 'scenes/sputnik-1.json';

function problemsOf(mutate: (scene: Json) => void, id = 'sputnik-1'): string[] {
  const scene = JSON.parse(readSceneText(id)) as Json;
  mutate(scene);
  try {
    loadScene(`scenes/${id}.json`, JSON.stringify(scene), sourceText, MODEL_CATALOG);
  } catch (error) {
    expect(error).toBeInstanceOf(SceneError);
    return (error as SceneError).message.split('\n');
  }
  throw new Error('expected the scene to be rejected');
}

// Each malformed variant names the file, the path inside it and what was expected.
const cases: [string, (scene: Json) => void, string][] = [
  [
    'a caption that rewords the text',
    (s) => (s.captions[3].quote = 'A nyugati kapitalista rendszer utolérésének varázsában élő'),
    `${FILE}: captions[3].quote: not found in the source text (scenes/text/hu.txt): quote it word for word, cutting only between words`,
  ],
  [
    'a caption cut inside a word',
    (s) => (s.captions[0].quote = 'ndkét nagyhatalom saját'),
    `${FILE}: captions[0].quote: not found in the source text (scenes/text/hu.txt): quote it word for word, cutting only between words`,
  ],
  [
    'a missing title',
    (s) => delete s.title,
    `${FILE}: title: expected an object, found nothing (missing)`,
  ],
  [
    'a number where a text belongs',
    (s) => (s.title.en = 42),
    `${FILE}: title.en: expected a string, found number 42`,
  ],
  [
    'a malformed UTC time',
    (s) => (s.events[0].utc = '1957-10-04 19:28:34'),
    `${FILE}: events[0].utc: expected a UTC time like "1957-10-04T19:28:34Z", found "1957-10-04 19:28:34"`,
  ],
  [
    'a misspelt key',
    (s) => (s.bodies[0].trajectory.perigee = 215),
    `${FILE}: bodies[0].trajectory.perigee: unknown key (not part of the scene format; check its spelling)`,
  ],
  [
    'an unknown model',
    (s) => (s.bodies[0].model = 'sputnik-2'),
    `${FILE}: bodies[0].model: expected a model id (${[...MODEL_CATALOG.keys()].join(', ')}), found "sputnik-2"`,
  ],
  [
    'a camera aimed at a body that does not exist',
    (s) => (s.camera[4].target = 'vostok-1'),
    `${FILE}: camera[4].target: expected "earth" or a body id (sputnik-1), found "vostok-1"`,
  ],
  [
    'an event outside the scene',
    (s) => (s.events[2].utc = '1957-10-06T00:00:00Z'),
    `${FILE}: events[2].utc: expected a time within the scene (1957-10-04T19:04:40Z to 1957-10-05T00:12:30Z), found "1957-10-06T00:00:00Z"`,
  ],
  [
    'a source tag nobody listed',
    (s) => (s.events[0].source = 'SP-XX'),
    `${FILE}: events[0].source: expected a source tag listed in "sources", found "SP-XX"`,
  ],
  [
    'time segments going backwards',
    (s) => (s.time.segments[2].until = '1957-10-04T19:00:00Z'),
    `${FILE}: time.segments[2].until: expected a time at or after 1957-10-04T19:28:30Z, found "1957-10-04T19:00:00Z"`,
  ],
  [
    'a caption too fast to read',
    (s) => (s.captions[0].until = '1957-10-04T19:05:30Z'),
    `${FILE}: captions[0].quote: too hard to read: 67.7 characters/s over 0.99 s of playback, at most 17 allowed`,
  ],
  [
    'overlapping captions',
    (s) => (s.captions[1].from = '1957-10-04T19:06:00Z'),
    `${FILE}: captions[1].from: expected captions in order without overlap (the previous one ends at 1957-10-04T19:06:57.500Z), found "1957-10-04T19:06:00Z"`,
  ],
  [
    'a negative segment length',
    (s) => (s.time.segments[0].playbackSec = -5),
    `${FILE}: time.segments[0].playbackSec: expected more than 0, found number -5`,
  ],
  [
    'an inclination the launch site cannot reach',
    (s) => (s.bodies[0].trajectory.inclinationDeg = 30),
    `${FILE}: bodies[0].trajectory.passOver.latDeg: expected a latitude the orbit reaches (|lat| ≤ 30°), found 45.920278`,
  ],
  [
    'no bodies at all',
    (s) => (s.bodies = []),
    `${FILE}: bodies: expected at least 1 item(s), found fewer`,
  ],
  [
    'a caption that stops on an article',
    (s) =>
      (s.captions[0].quote =
        'Mindkét nagyhatalom saját felsőbbrendűségét igyekezett demonstrálni a'),
    `${FILE}: captions[0].quote: cut where the meaning changes: ends on "a", an article or a conjunction: cut after the words it leads to`,
  ],
  [
    'a translation that stops on a conjunction',
    (s) => (s.captions[2].en = 'until the early seventies, and'),
    `${FILE}: captions[2].en: cut where the meaning changes: ends on "and", an article or a conjunction: cut after the words it leads to`,
  ],
  [
    'a caption that stops on "míg"',
    (s) => (s.captions[5].quote = 'a szovjet technika fejlettségét, míg'),
    `${FILE}: captions[5].quote: cut where the meaning changes: ends on "míg", an article or a conjunction: cut after the words it leads to`,
  ],
];

const ASTP = 'scenes/apollo-soyuz.json';
/** The index of the caption quoting `start…` in a scene file. */
const captionIndex = (s: Json, start: string): number =>
  (s.captions as { quote: string }[]).findIndex((c) => c.quote.startsWith(start));
// Bodies of apollo-soyuz.json: 0 soyuz-19, 1 apollo, 2 s-ivb, 3 docking-module.
const rendezvousCases: [string, (scene: Json) => void, string][] = [
  [
    'a caption opening with "erről" without the sentence it points back to',
    (s) => {
      const agreement = captionIndex(s, 'Az erről szóló megállapodás');
      // Drop the SALT clause that says what "erről" is: the caption before now ends mid-sentence.
      s.captions.splice(agreement - 3, 3);
    },
    `${ASTP}: captions[11].quote: cut where the meaning changes: opens with "erről", which points back: the caption before it must end where the sentence before it ends`,
  ],
  [
    'a caption opening with "Ennek" after a caption from another sentence',
    (s) => s.captions.splice(captionIndex(s, 'Ennek eredményeképpen') - 1, 1),
    `${ASTP}: captions[5].quote: cut where the meaning changes: opens with "ennek", which points back: the caption before it must end where the sentence before it ends`,
  ],
  [
    'a burn asking for both apsides',
    (s) => (s.bodies[1].trajectory.burns[0].perigeeKm = 180),
    `${ASTP}: bodies[1].trajectory.burns[0]: expected exactly one of "apogeeKm" or "perigeeKm"`,
  ],
  [
    'burns out of order',
    (s) => (s.bodies[1].trajectory.burns[2].utc = '1975-07-16T06:00:00Z'),
    `${ASTP}: bodies[1].trajectory.burns[2].utc: expected a time after the previous burn or the ascent, found "1975-07-16T06:00:00Z"`,
  ],
  [
    'docking with a body that does not exist',
    (s) => (s.bodies[1].trajectory.rendezvous.target = 'salyut-4'),
    `${ASTP}: bodies[1].trajectory.rendezvous.target: expected a body id (soyuz-19, apollo, s-ivb, docking-module), found "salyut-4"`,
  ],
  [
    'contact before the final approach',
    (s) => (s.bodies[1].trajectory.rendezvous.contact = '1975-07-17T15:45:00Z'),
    `${ASTP}: bodies[1].trajectory.rendezvous.contact: expected a time after finalApproach (1975-07-17T15:46:00Z), found "1975-07-17T15:45:00Z"`,
  ],
  [
    'a module carried by itself',
    (s) => (s.bodies[3].trajectory.phases[0].to = 'docking-module'),
    `${ASTP}: bodies[3].trajectory.phases[0].to: expected another body's id, found its own ("docking-module")`,
  ],
  [
    'two bodies carrying each other',
    (s) => {
      s.bodies[2].trajectory = {
        kind: 'attached',
        phases: [{ from: '1975-07-15T12:17:00Z', to: 'docking-module', offsetM: [0, 0, 0] }],
        source: 'CALC',
      };
    },
    `${ASTP}: bodies[2].trajectory: "s-ivb" depends on itself (through s-ivb → docking-module)`,
  ],
  [
    'a burn the craft cannot fly',
    (s) => (s.bodies[0].trajectory.burns[1].perigeeKm = 400),
    `${ASTP}: bodies[0].trajectory: expected a trajectory that can be flown as written, found: soyuz-19: no burn at 1975-07-16T12:34:30.000Z reaches 400 km`,
  ],
  [
    'a body that needs a broken one',
    (s) => (s.bodies[0].trajectory.burns[1].perigeeKm = 400),
    `${ASTP}: bodies[1].trajectory: needs "soyuz-19", which has a problem of its own`,
  ],
];

const VOSTOK = 'scenes/vostok-1.json';
// Bodies of vostok-1.json: 0 vostok-1 (the capsule), 1 gagarin.
const parachuteCases: [string, (scene: Json) => void, string][] = [
  [
    'a parachute leaving a body that does not exist',
    (s) => (s.bodies[1].trajectory.from = 'vostok-2'),
    `${VOSTOK}: bodies[1].trajectory.from: expected a body id (vostok-1, gagarin), found "vostok-2"`,
  ],
  [
    'landing before leaving',
    (s) => (s.bodies[1].trajectory.landing.utc = '1961-04-12T07:40:00Z'),
    `${VOSTOK}: bodies[1].trajectory.landing.utc: expected a time after "leave" (1961-04-12T07:45:00Z), found "1961-04-12T07:40:00Z"`,
  ],
  [
    'a capsule parachute after its landing',
    (s) => (s.bodies[0].trajectory.descent.chute.utc = '1961-04-12T07:50:00Z'),
    `${VOSTOK}: bodies[0].trajectory.descent.chute.utc: expected a time between "from" (1961-04-12T07:25:00Z) and "until" (1961-04-12T07:48:00Z), found "1961-04-12T07:50:00Z"`,
  ],
];

describe('malformed scene files are rejected with the file, the path and what was expected', () => {
  it.each(parachuteCases)('%s', (_name, mutate, expected) => {
    expect(problemsOf(mutate, 'vostok-1')).toContain(expected);
  });

  it.each(rendezvousCases)('%s', (_name, mutate, expected) => {
    expect(problemsOf(mutate, 'apollo-soyuz')).toContain(expected);
  });

  it.each(cases)('%s', (_name, mutate, expected) => {
    expect(problemsOf(mutate)).toContain(expected);
  });

  it('reports invalid JSON with the parser reason', () => {
    const text = readFileSync(`${root}tests/fixtures/scenes/truncated.json`, 'utf8');
    expect(() => loadScene('scenes/truncated.json', text, sourceText, MODEL_CATALOG)).toThrow(
      /^scenes\/truncated\.json: not valid JSON: /,
    );
  });

  it('lists every problem of a file at once', () => {
    const problems = problemsOf((s) => {
      s.title.en = 42;
      s.events[0].utc = 'yesterday';
    });
    expect(problems).toHaveLength(2);
  });
});
