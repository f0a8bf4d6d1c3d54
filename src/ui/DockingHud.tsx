import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppState, useFrameSubscription } from '../player/player-context.ts';
import { approachConeRadiusM, rangeProfile } from '../core/script/body-motion.ts';
import { ChevronDown, ChevronUp } from './icons.ts';
import { t, type StringKey } from './strings.ts';

const PLOT_W = 200;
const PLOT_H = 56;
/** The log scale runs from 1 m to 100 km. */
const DECADES = 5;
const logFraction = (rangeM: number) => Math.min(1, Math.log10(Math.max(1, rangeM)) / DECADES);
const PHASES: Record<string, StringKey> = {
  orbit: 'phaseOrbit',
  transfer: 'phaseTransfer',
  'station-keeping': 'phaseStationKeeping',
  'final-approach': 'phaseFinalApproach',
  docked: 'phaseDocked',
};

function formatRange(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(2)} km` : `${m.toFixed(1)} m`;
}
const signed = (v: number, digits: number) => `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(digits)}`;
const signedDistance = (m: number) =>
  Math.abs(m) >= 1000 ? `${signed(m / 1000, 2)} km` : `${signed(m, 1)} m`;

/**
 * Range, rates, offsets and alignment of a chaser closing on its target, like a docking HUD:
 * shown during the approach. Per-frame values are written to the DOM directly.
 */
export function DockingHud() {
  const subscribeFrame = useFrameSubscription();
  const lang = useAppState((s) => s.lang);
  const scene = useAppState((s) => s.scene);
  const shown = useAppState((s) => s.dockingHud);
  const root = useRef<HTMLElement>(null);
  // Folded to its header line, it leaves room to the facts panel below it; the visitor's own
  // choice (null: none yet) wins over folding while the facts are open.
  const infoOpen = useAppState((s) => s.infoOpen);
  const [folded, setFolded] = useState<boolean | null>(null);
  const collapsed = folded ?? infoOpen;
  const setCollapsed = (next: boolean) => setFolded(next);
  const chaser = scene?.bodies.find((b) => b.rendezvous);
  const target = scene?.bodies.find((b) => b.id === chaser?.rendezvous?.targetId);

  const profile = useMemo(() => {
    if (!chaser?.rendezvous || !target) return null;
    const { handOverMs, contactMs } = chaser.rendezvous.plan;
    const fromMs = handOverMs - 10 * 60_000;
    const toMs = contactMs + 5 * 60_000;
    const samples = rangeProfile(
      chaser.id,
      chaser.rendezvous,
      chaser.motion,
      target.motion,
      fromMs,
      toMs,
      160,
    );
    const x = (utcMs: number) => ((utcMs - fromMs) / (toMs - fromMs)) * PLOT_W;
    const points = samples
      .map((s) => `${x(s.utcMs).toFixed(1)},${(PLOT_H * (1 - logFraction(s.rangeM))).toFixed(1)}`)
      .join(' ');
    return { points, x, fromMs, toMs };
  }, [chaser, target]);

  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const f: Record<string, Element | null> = {};
    for (const node of element.querySelectorAll('[data-field]'))
      f[(node as HTMLElement).dataset.field ?? ''] = node;
    return subscribeFrame((frame) => {
      const r = frame.relative;
      element.hidden = !r;
      if (!r || element.hidden) return;
      const text = (key: string, value: string) => {
        const node = f[key];
        if (node) node.textContent = value;
      };
      const cone = approachConeRadiusM(r.rangeM);
      const offset = Math.hypot(r.lateralM[0], r.lateralM[1]);
      const aligned = offset <= cone && r.attitudeErrorDeg <= 5;
      element.dataset.aligned = String(aligned);
      element.dataset.phase = r.phase;
      text('range', formatRange(r.rangeM));
      text('rate', `${signed(r.rangeRateMs, 2)} m/s`);
      text('radial', `${signedDistance(r.lateralM[0])}  ${signed(r.lateralRateMs[0], 2)} m/s`);
      text('normal', `${signedDistance(r.lateralM[1])}  ${signed(r.lateralRateMs[1], 2)} m/s`);
      text('attitude', `${r.attitudeErrorDeg.toFixed(1)}°`);
      text('cone', formatRange(cone));
      const phaseKey = PHASES[r.phase];
      text('phase', phaseKey ? t(phaseKey, lang).replace('{m}', String(Math.round(r.holdM))) : '');
      f.bar?.setAttribute('width', `${(logFraction(r.rangeM) * 100).toFixed(1)}%`);
      // Target view: the cone's circle at a fixed size, the offset scaled to it.
      const scale = 30 / cone;
      const clamp = (v: number) => Math.max(-46, Math.min(46, v * scale));
      f.dot?.setAttribute('cx', String(50 + clamp(r.lateralM[1])));
      f.dot?.setAttribute('cy', String(50 - clamp(r.lateralM[0])));
      if (profile && f.now) {
        const x = profile
          .x(Math.min(profile.toMs, Math.max(profile.fromMs, frame.utcMs)))
          .toFixed(1);
        f.now.setAttribute('x1', x);
        f.now.setAttribute('x2', x);
      }
    });
  }, [profile, lang, shown, scene, subscribeFrame, collapsed]);

  if (!scene || !chaser || !target || !shown) return null;
  return (
    <section
      ref={root}
      className="docking-hud"
      aria-label={t('dockingHud', lang)}
      data-collapsed={collapsed}
      hidden
    >
      <header>
        <span>
          <strong>{t('dockingHud', lang)}</strong> <span data-field="phase" />
        </span>
        <button
          type="button"
          className="collapse"
          aria-label={t('dockingHudToggle', lang)}
          aria-expanded={!collapsed}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? (
            <ChevronDown aria-hidden="true" size={18} />
          ) : (
            <ChevronUp aria-hidden="true" size={18} />
          )}
        </button>
      </header>
      {collapsed ? null : (
        <>
          <dl>
            <dt>{t('range', lang)}</dt>
            <dd>
              <span data-field="range" data-testid="hud-range" />
              <svg
                className="range-bar"
                viewBox="0 0 100 6"
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <rect x="0" y="0" width="100" height="6" className="track" />
                <rect data-field="bar" x="0" y="0" height="6" className="fill" />
              </svg>
            </dd>
            <dt>{t('rangeRate', lang)}</dt>
            <dd data-field="rate" />
            <dt>{t('radialOffset', lang)}</dt>
            <dd data-field="radial" />
            <dt>{t('normalOffset', lang)}</dt>
            <dd data-field="normal" />
            <dt>{t('attitudeError', lang)}</dt>
            <dd data-field="attitude" />
            <dt>{t('approachCone', lang)}</dt>
            <dd data-field="cone" />
          </dl>
          <svg className="cone-view" viewBox="0 0 100 100" aria-hidden="true">
            <circle cx="50" cy="50" r="30" className="cone" />
            <line x1="50" y1="8" x2="50" y2="92" className="cross" />
            <line x1="8" y1="50" x2="92" y2="50" className="cross" />
            <circle data-field="dot" cx="50" cy="50" r="4" className="dot" />
          </svg>
          {profile ? (
            <svg
              className="range-plot"
              viewBox={`0 0 ${PLOT_W} ${PLOT_H}`}
              aria-label={t('rangePlot', lang)}
              role="img"
            >
              {[1, 2, 3, 4].map((decade) => (
                <line
                  key={decade}
                  x1="0"
                  x2={PLOT_W}
                  y1={PLOT_H * (1 - decade / DECADES)}
                  y2={PLOT_H * (1 - decade / DECADES)}
                  className="grid"
                />
              ))}
              <polyline points={profile.points} className="profile" />
              <line data-field="now" y1="0" y2={PLOT_H} className="now" />
            </svg>
          ) : null}
        </>
      )}
    </section>
  );
}
