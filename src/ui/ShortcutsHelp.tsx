import { SHORTCUTS } from './shortcuts.ts';
import { useAppState, useAppStore } from '../player/player-context.ts';
import { t } from './strings.ts';

/** The keyboard shortcuts, from the same table the key handler uses. */
export function ShortcutsHelp() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  return (
    <div
      className="shortcuts-help"
      role="dialog"
      aria-modal="false"
      aria-label={t('shortcuts', lang)}
    >
      <h2>{t('shortcuts', lang)}</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.action}>
            <dt>
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(s.label, lang)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => store.setHelpOpen(false)}>
        {t('close', lang)}
      </button>
    </div>
  );
}
