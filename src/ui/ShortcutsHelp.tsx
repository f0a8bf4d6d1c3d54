import { useRef } from 'react';
import { SHORTCUTS } from './shortcuts.ts';
import { useAppState, useAppStore } from '../player/player-context.ts';
import { useClipRecorder } from './clip-recorder-context.ts';
import { t } from './strings.ts';
import { useFocusTrap } from './useFocusTrap.ts';

/** The keyboard shortcuts, from the same table the key handler and the tooltips use. */
export function ShortcutsHelp() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const clips = useClipRecorder() !== null;
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog);
  return (
    <div
      ref={dialog}
      className="shortcuts-help"
      role="dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-title"
    >
      <h2 id="shortcuts-title">{t('shortcuts', lang)}</h2>
      <dl>
        {SHORTCUTS.filter((s) => clips || !s.clips).map((s) => (
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
