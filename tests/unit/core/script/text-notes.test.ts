import { describe, expect, it } from 'vitest';
import { loadScene } from '../../../../src/core/script/load-scene.ts';
import {
  TEXT_NOTES,
  textNoteProblems,
  textNotesSchema,
} from '../../../../src/core/script/text-notes.ts';
import {
  loadRepoScene,
  readSceneText,
  sourceText,
  MODEL_CATALOG,
} from '../../../helpers/scenes.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const notes = textNotesSchema.parse(TEXT_NOTES);
const noteAbout = (start: string) => notes.notes.find((n) => n.quote.startsWith(start))!;

/** The Sputnik scene with its first caption quoting `quote` instead. */
function sputnikQuoting(quote: string, en: string) {
  const scene = JSON.parse(readSceneText('sputnik-1')) as Json;
  scene.captions[0].quote = quote;
  scene.captions[0].en = en;
  return loadScene('scenes/sputnik-1.json', JSON.stringify(scene), sourceText, MODEL_CATALOG);
}

describe('notes on the museum text (scenes/text/notes.json)', () => {
  it('quote the text verbatim and cite listed sources', () => {
    expect(textNoteProblems(TEXT_NOTES, sourceText)).toEqual([]);
  });

  it('say where the text gives a launch date for a landing or a fly-by, and count the days', () => {
    expect(noteAbout('majd 1970. augusztus 17-én a Venyera–7').text.en).toMatch(
      /launch.*15 December 1970/,
    );
    expect(noteAbout('az amerikai Mariner–4').text.en).toMatch(/launch.*15 July 1965/);
    const leonov = noteAbout('Az első űrsétát Alekszej Leonov').text.en;
    const [from, to] = [...leonov.matchAll(/(\d{1,2}) (March|June) 1965/g)].map((m) =>
      Date.parse(`${m[1]} ${m[2]} 1965 UTC`),
    );
    const days = (to! - from!) / 86_400_000;
    expect(leonov).toContain(`${days} days apart, not three months`);
    expect(days).toBe(77);
  });

  it('are shown by the scene that narrates the claim (Apollo–Soyuz: live TV of cosmonauts)', () => {
    const scene = loadRepoScene('apollo-soyuz');
    const tv = noteAbout('s Leonov és Stafford kézfogásakor');
    expect(scene.discrepancies).toContainEqual({ text: tv.text, source: tv.source });
    expect(tv.text.en).toMatch(/Vostok-3 in August 1962/);
    expect(scene.sources[tv.source]).toBe(notes.sources[tv.source]);
  });

  it('follow the quoted span into any scene, and stay out of scenes that do not quote it', () => {
    const venera = noteAbout('majd 1970. augusztus 17-én a Venyera–7');
    const quoting = sputnikQuoting(
      'majd 1970. augusztus 17-én a Venyera–7 a Vénusz felszínére.',
      'then, on 17 August 1970, Venera-7 on the surface of Venus.',
    );
    expect(quoting.discrepancies).toContainEqual({ text: venera.text, source: venera.source });
    // Part of the span is enough.
    const part = sputnikQuoting('a Venyera–7 a Vénusz felszínére.', 'Venera-7 on Venus.');
    expect(part.discrepancies.map((d) => d.source)).toContain(venera.source);
    const sputnik = loadRepoScene('sputnik-1');
    expect(sputnik.discrepancies.map((d) => d.source)).not.toContain(venera.source);
  });

  it('make every scene unavailable, with the reason, when the notes file is broken', () => {
    const broken = structuredClone(notes);
    broken.notes[0]!.quote = 'a szovjet nézők először 1975-ben láttak élő adást';
    expect(() =>
      loadScene(
        'scenes/sputnik-1.json',
        readSceneText('sputnik-1'),
        sourceText,
        MODEL_CATALOG,
        broken,
      ),
    ).toThrow('scenes/text/notes.json notes[0].quote: not found in the source text');
  });
});
