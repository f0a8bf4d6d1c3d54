import { useAppState, useAppStore } from '../player/player-context.ts';
import { t } from './strings.ts';

/** Non-blocking notices (bad link parameters and the like). Text only, never HTML. */
export function Notices() {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const notices = useAppState((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {notices.map((notice) => (
        <p key={notice.id}>
          {notice.text[lang]}
          <button
            type="button"
            aria-label={t('dismiss', lang)}
            onClick={() => store.dismissNotice(notice.id)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
