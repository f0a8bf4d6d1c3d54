import type { KioskHealth } from './kiosk-health.ts';

function duration(sec: number): string {
  const d = Math.floor(sec / 86400);
  const h = Math.floor((sec % 86400) / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  return `${d > 0 ? `${d} d ` : ''}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** `?kiosk&debug`: the operator's health readout, updated once a second. */
export function HealthOverlay({ health }: { health: KioskHealth }) {
  const rows: [string, string][] = [
    ['mode', health.mode],
    ['scene', health.sceneId ?? '—'],
    ['fps', health.fps.toFixed(1)],
    ['heap', health.heapMB === null ? 'n/a' : `${health.heapMB.toFixed(1)} MB`],
    ['gpu objects', `${health.geometries} geometries, ${health.textures} textures`],
    ['uptime', `${duration(health.uptimeSec)} (session ${duration(health.sessionUptimeSec)})`],
    ['cycles', String(health.cycles)],
    [
      'restarts',
      `${health.reloads} reloads, ${health.remounts} remounts, ${health.contextLosses} context losses`,
    ],
    ['last recovery', health.lastRecovery ?? '—'],
    ['errors', String(health.errors)],
    ['offline cache', health.serviceWorker],
    ['build', health.build],
  ];
  if (health.problems.length > 0) rows.push(['settings', health.problems.join('; ')]);
  return (
    <dl className="kiosk-health" data-testid="kiosk-health" aria-hidden="true">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
