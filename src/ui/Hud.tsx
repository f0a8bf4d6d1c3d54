import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useAppState, usePlayer } from '../player/player-context.ts';
import { createStepAside } from './step-aside.ts';

/** The controls that step aside (their keyboard focus holds them up). */
const CONTROLS = '.player-bar, .scene-header';

/**
 * The layer over the picture. While the scene plays, the controls, the title block and the
 * cursor fade out after a few quiet seconds and come back on pointer movement, touch, a key or
 * focus; paused, with a menu or panel open, with the pointer on the bar or keyboard focus in it,
 * and in the kiosk (which keeps its own large controls), they stay.
 */
export function Hud({ children }: { children: ReactNode }) {
  const { wall } = usePlayer();
  const root = useRef<HTMLDivElement>(null);
  const [stepAside] = useState(() => createStepAside(wall));
  const shown = useSyncExternalStore(stepAside.subscribe, stepAside.shown);
  const playing = useAppState((s) => s.clock.playing);
  const menus = useAppState((s) => s.settingsOpen || s.clipOpen || s.helpOpen || s.sceneListOpen);
  const kiosk = useAppState((s) => s.kiosk !== null);
  const [pointerOnControls, setPointerOnControls] = useState(false);
  const [keyboardFocus, setKeyboardFocus] = useState(false);
  const held = !playing || menus || kiosk || pointerOnControls || keyboardFocus;

  useEffect(() => {
    stepAside.hold(held);
  }, [stepAside, held]);
  useEffect(() => () => stepAside.dispose(), [stepAside]);

  useEffect(() => {
    const hud = root.current;
    const app = hud?.parentElement;
    if (!hud || !app) return undefined;
    const wake = () => stepAside.activity();
    let last = { x: Number.NaN, y: Number.NaN };
    const onMove = (event: PointerEvent) => {
      // Browsers send moves without movement when the page changes under a resting pointer.
      if (event.clientX !== last.x || event.clientY !== last.y) wake();
      last = { x: event.clientX, y: event.clientY };
      const onControls = !!(event.target as Element | null)?.closest?.(CONTROLS);
      setPointerOnControls(event.pointerType === 'mouse' && onControls);
    };
    const onDown = (event: PointerEvent) => {
      // A touch on the hidden controls' picture only brings them back (it does not grab the camera).
      if (!stepAside.shown() && event.pointerType !== 'mouse') {
        event.stopPropagation();
        event.preventDefault();
      }
      wake();
    };
    const onLeave = () => setPointerOnControls(false);
    const onFocus = () => {
      wake();
      setKeyboardFocus(hud.querySelector(`:is(${CONTROLS}) :focus-visible`) !== null);
    };
    const onBlur = () =>
      // After the focus has moved (focusout fires before the new element has it).
      queueMicrotask(() =>
        setKeyboardFocus(hud.querySelector(`:is(${CONTROLS}) :focus-visible`) !== null),
      );
    app.addEventListener('pointermove', onMove);
    app.addEventListener('pointerdown', onDown, true);
    app.addEventListener('pointerleave', onLeave);
    app.addEventListener('wheel', wake, { passive: true });
    app.addEventListener('focusin', onFocus);
    app.addEventListener('focusout', onBlur);
    window.addEventListener('keydown', wake);
    return () => {
      app.removeEventListener('pointermove', onMove);
      app.removeEventListener('pointerdown', onDown, true);
      app.removeEventListener('pointerleave', onLeave);
      app.removeEventListener('wheel', wake);
      app.removeEventListener('focusin', onFocus);
      app.removeEventListener('focusout', onBlur);
      window.removeEventListener('keydown', wake);
    };
  }, [stepAside]);

  return (
    <div ref={root} className="hud" data-controls={shown ? 'shown' : 'hidden'}>
      {children}
    </div>
  );
}
