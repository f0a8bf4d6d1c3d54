import type { CompiledScene } from '../core/script/compiled-scene.ts';
import type { Lang } from '../player/lang.ts';
import { t } from './strings.ts';

const mhz = (hz: number, lang: Lang) =>
  (hz / 1e6).toLocaleString(lang === 'hu' ? 'hu-HU' : 'en-GB', { maximumFractionDigits: 3 });

/** What the beacon heard in the scene is made of, with its sources: it is a reconstruction. */
export function SoundInfo({
  scene,
  lang,
  cite,
}: {
  scene: CompiledScene;
  lang: Lang;
  cite: (tag: string) => React.ReactNode;
}) {
  const heard = scene.sound.beacon;
  if (!heard) return null;
  const { beacon } = heard;
  const all = beacon.transmittersHz
    .map((hz) => mhz(hz, lang))
    .join(lang === 'hu' ? ' és ' : ' and ');
  const tuned = mhz(beacon.transmittersHz[beacon.tunedTo] ?? 0, lang);
  const pulse = beacon.pulseSec.toLocaleString(lang === 'hu' ? 'hu-HU' : 'en-GB');
  const text =
    lang === 'hu'
      ? `${all} MHz-es adók, felváltva ${pulse} s-os impulzusokkal. A ${tuned} MHz-re hangolt vevő ${beacon.beatOffsetHz} Hz-es lebegési hangot ad; hangmagassága a pálya szerint számított Doppler-eltolódást követi, és csak akkor szól, amikor a műhold a hallgató horizontja fölött van.`
      : `Transmitters on ${all} MHz, keyed in turn in ${pulse} s pulses. A receiver tuned to ${tuned} MHz makes a ${beacon.beatOffsetHz} Hz beat tone; its pitch follows the Doppler shift computed from the orbit, and it sounds only while the satellite is above the listener's horizon.`;
  return (
    <section className="sound-info" data-testid="sound-info">
      <h3>{t('soundSection', lang)}</h3>
      <p>
        <strong>{t('soundReconstruction', lang)}.</strong> {text}{' '}
        {heard.sources.map((tag) => (
          <span key={tag}>{cite(tag)} </span>
        ))}
      </p>
      <p>
        {t('soundListener', lang)}: {heard.listenerName[lang]}
      </p>
    </section>
  );
}
