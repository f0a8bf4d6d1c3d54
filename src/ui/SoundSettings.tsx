import { useAppState, useAppStore } from '../player/player-context.ts';
import { t } from './strings.ts';

/** Sound in the settings menu: on or off (M), volume, effects, captions read aloud. */
export function SoundSettings({
  Switch,
}: {
  Switch: (props: { on: boolean; label: string; onToggle: () => void }) => React.ReactNode;
}) {
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const sound = useAppState((s) => s.sound);
  const kiosk = useAppState((s) => s.kiosk);
  return (
    <>
      <Switch
        on={!sound.muted}
        label={`${t('soundOn', lang)} (M)`}
        onToggle={() => store.setSound({ muted: !sound.muted })}
      />
      <label className="setting">
        <span>{t('volume', lang)}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(sound.volume * 100)}
          data-testid="volume"
          aria-valuetext={`${Math.round(sound.volume * 100)} %`}
          onChange={(event) => store.setSound({ volume: Number(event.currentTarget.value) / 100 })}
        />
      </label>
      <Switch
        on={sound.effects}
        label={t('soundEffects', lang)}
        onToggle={() => store.setSound({ effects: !sound.effects })}
      />
      {kiosk === null ? (
        <Switch
          on={sound.readAloud}
          label={t('readAloud', lang)}
          onToggle={() => store.setSound({ readAloud: !sound.readAloud })}
        />
      ) : null}
    </>
  );
}
