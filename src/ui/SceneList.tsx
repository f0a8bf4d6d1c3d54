import { otherLang } from '../player/lang.ts';
import { useAppState, useAppStore } from '../player/player-context.ts';
import { formatClock } from './format.ts';
import { JoinedText } from './JoinedText.tsx';
import { t } from './strings.ts';

/**
 * The scene picker: a card per scene with its still, date, one-line summary and length; a scene
 * whose file is broken is listed as unavailable with the reason.
 */
export function SceneList() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const catalog = useAppState((s) => s.catalog);
  const current = useAppState((s) => s.scene?.id);
  const other = otherLang(lang);
  return (
    <nav className="scene-list" aria-label={t('scenes', lang)} data-testid="scene-list">
      <div className="list-head">
        <h2>{t('chooseScene', lang)}</h2>
        <button
          type="button"
          className="language"
          lang={other}
          aria-label={`${t('language', lang)}: ${t('languageLabel', lang)}`}
          onClick={() => store.setLang(other)}
        >
          {t('language', lang)}
        </button>
      </div>
      <ul>
        {catalog.map((entry) => (
          <li key={entry.file}>
            {entry.available ? (
              <button
                type="button"
                className="scene-card"
                aria-current={entry.id === current}
                onClick={() => {
                  // A file that fails when first compiled turns into an unavailable card.
                  try {
                    store.loadScene(entry.id);
                  } catch {
                    return;
                  }
                  store.play();
                }}
              >
                <img src={`stills/${entry.id}.jpg`} alt="" width={512} height={256} />
                <strong>
                  <JoinedText text={entry.title[lang]} />
                </strong>
                <span className="meta">
                  {entry.date} · {formatClock(entry.durationSec)}
                </span>
                <span className="summary">
                  <JoinedText text={entry.summary[lang]} />
                </span>
              </button>
            ) : (
              <div className="scene-card unavailable">
                <strong>{entry.title[lang]}</strong> <span>{t('unavailable', lang)}</span>
                <pre>{entry.error}</pre>
              </div>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="close" onClick={() => store.setSceneListOpen(false)}>
        {t('close', lang)}
      </button>
    </nav>
  );
}
