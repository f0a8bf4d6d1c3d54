import { useAppState, useAppStore } from '../player/player-context.ts';
import { t } from './strings.ts';

/** Scene title and date, and the way to the scene list. */
export function SceneHeader() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const open = useAppState((s) => s.sceneListOpen);
  return (
    <header className="scene-header">
      <button type="button" aria-expanded={open} onClick={() => store.setSceneListOpen(!open)}>
        {t('scenes', lang)}
      </button>
      {scene ? (
        <div>
          <h1 data-testid="scene-title">{scene.title[lang]}</h1>
          <p className="date">{scene.date}</p>
          <p className="era-note">{t('cityLightsNote', lang)}</p>
        </div>
      ) : (
        <h1>{t('noScene', lang)}</h1>
      )}
    </header>
  );
}
