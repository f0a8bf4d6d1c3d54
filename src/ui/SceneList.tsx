import { useAppState, useAppStore } from '../app/store-context.ts';
import { formatClock } from './format.ts';
import { t } from './strings.ts';

/** Every scene file: playable ones as buttons, broken ones with the reason. */
export function SceneList() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const catalog = useAppState((s) => s.catalog);
  const current = useAppState((s) => s.scene?.id);
  return (
    <nav className="scene-list" aria-label={t('scenes', lang)} data-testid="scene-list">
      <ul>
        {catalog.map((entry) => (
          <li key={entry.file}>
            {entry.available ? (
              <button
                type="button"
                aria-current={entry.id === current}
                onClick={() => {
                  store.loadScene(entry.id);
                  store.play();
                }}
              >
                <strong>{entry.title[lang]}</strong> <span>{entry.date}</span>{' '}
                <span>{formatClock(entry.durationSec)}</span>
              </button>
            ) : (
              <div className="unavailable">
                <strong>{entry.title[lang]}</strong> <span>{t('unavailable', lang)}</span>
                <pre>{entry.error}</pre>
              </div>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => store.setSceneListOpen(false)}>
        {t('close', lang)}
      </button>
    </nav>
  );
}
