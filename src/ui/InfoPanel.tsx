import { useRef, useState } from 'react';
import { useAppState, useAppStore } from '../player/player-context.ts';
import { ChapterList } from './ChapterList.tsx';
import { SoundInfo } from './SoundInfo.tsx';
import { X } from './icons.ts';
import { t } from './strings.ts';
import { useReturnFocus } from './useFocusTrap.ts';
import { JoinedText } from './JoinedText.tsx';

/**
 * The scene's chapters (each jumps there), then facts of a body of the scene (launch, orbit, size, crew), each with its source tag and the
 * citation it stands for, and where the museum text and the sources disagree.
 */
export function InfoPanel() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const followed = useAppState((s) => s.followId);
  const [picked, setPicked] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  useReturnFocus(panel, { focusFirst: false });
  if (!scene) return null;
  const withFacts = scene.bodies.filter((b) => b.facts.length > 0 || b.crew.length > 0);
  const body =
    withFacts.find((b) => b.id === picked) ??
    withFacts.find((b) => b.id === followed) ??
    withFacts[0];
  const cite = (tag: string) => (
    <abbr className="source" title={scene.sources[tag] ?? tag}>
      {tag}
    </abbr>
  );
  return (
    <aside
      ref={panel}
      className="info-panel"
      aria-label={t('facts', lang)}
      data-testid="info-panel"
    >
      <header>
        <h2>{t('facts', lang)}</h2>
        <button
          type="button"
          className="close"
          onClick={() => store.setInfoOpen(false)}
          aria-label={t('close', lang)}
        >
          <X aria-hidden="true" size={20} />
        </button>
      </header>
      <ChapterList />
      {withFacts.length > 1 ? (
        <div className="body-tabs" role="tablist">
          {withFacts.map((b) => (
            <button
              key={b.id}
              type="button"
              role="tab"
              aria-selected={b.id === body?.id}
              onClick={() => setPicked(b.id)}
            >
              {b.name[lang]}
            </button>
          ))}
        </div>
      ) : null}
      {body ? (
        <section role="tabpanel">
          <h3>{body.name[lang]}</h3>
          <dl>
            {body.facts.map((fact, i) => (
              <div key={i}>
                <dt>{fact.label[lang]}</dt>
                <dd>
                  <JoinedText
                    text={typeof fact.value === 'string' ? fact.value : fact.value[lang]}
                  />{' '}
                  {cite(fact.source)}
                </dd>
              </div>
            ))}
          </dl>
          {body.crew.length > 0 ? (
            <>
              <h4>{t('crew', lang)}</h4>
              <ul className="crew">
                {body.crew.map((member) => (
                  <li key={member.name}>
                    <JoinedText text={member.name} /> <span>({member.role[lang]})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <SoundInfo scene={scene} lang={lang} cite={cite} />
      {scene.discrepancies.length > 0 ? (
        <section className="discrepancies">
          <h3>{t('discrepancies', lang)}</h3>
          <ul>
            {scene.discrepancies.map((d, i) => (
              <li key={i}>
                <JoinedText text={d.text[lang]} /> {cite(d.source)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
