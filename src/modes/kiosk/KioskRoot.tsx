import { useSyncExternalStore, type ReactNode } from 'react';
import { useAppState } from '../../player/player-context.ts';
import { AttractOverlay } from './AttractOverlay.tsx';
import { HealthOverlay } from './HealthOverlay.tsx';
import type { KioskDriver } from './kiosk-driver.ts';
import { kt } from './kiosk-strings.ts';
import { OperatorCorner } from './OperatorCorner.tsx';
import { RestartBoundary } from './RestartBoundary.tsx';
import { StillThere } from './StillThere.tsx';
import './kiosk.css';

export interface KioskRootProps {
  driver: KioskDriver;
  /** The player, given the kiosk's crash handler (the composition root supplies it). */
  renderPlayer: (onViewError: (error: unknown) => void) => ReactNode;
}

interface DriverProps {
  driver: KioskDriver;
}

/** Debug only: throws while a test fault is armed, to show that the kiosk recovers. */
function FaultProbe({ armed }: { armed: boolean }) {
  if (armed) throw new Error('kiosk test fault (render)');
  return null;
}

function Countdown({ driver }: DriverProps) {
  const lang = useAppState((s) => s.lang);
  const secondsLeft = useSyncExternalStore(driver.subscribe, driver.getCountdown);
  return <StillThere lang={lang} secondsLeft={secondsLeft} onContinue={driver.input} />;
}

function Health({ driver }: DriverProps) {
  const health = useSyncExternalStore(driver.subscribe, driver.getHealth);
  return driver.config.debug ? <HealthOverlay health={health} /> : null;
}

function Operator({ driver }: DriverProps) {
  const health = useSyncExternalStore(driver.subscribe, driver.getHealth);
  return <OperatorCorner build={health.build} serviceWorker={health.serviceWorker} />;
}

/**
 * The kiosk around the player: the attract and "Still there?" screens over it, the build id in a
 * corner, and a boundary that restarts the player rather than ever showing an error. The player's
 * one Canvas lives across scenes; only a crash remounts it.
 */
export function KioskRoot({ driver, renderPlayer }: KioskRootProps) {
  const view = useSyncExternalStore(driver.subscribe, driver.getView);
  const lang = useAppState((s) => s.lang);
  return (
    <div className={`kiosk kiosk-${view.mode}`} data-testid="kiosk" data-mode={view.mode}>
      <RestartBoundary
        key={view.generation}
        onError={driver.playerFailed}
        fallback={<p className="kiosk-starting">{kt('starting', lang)}</p>}
      >
        {renderPlayer(driver.playerFailed)}
        <FaultProbe armed={view.fault} />
      </RestartBoundary>
      {view.mode === 'attract' ? <AttractOverlay lang={lang} onTouch={driver.input} /> : null}
      {view.mode === 'countdown' ? <Countdown driver={driver} /> : null}
      <Operator driver={driver} />
      <Health driver={driver} />
    </div>
  );
}
