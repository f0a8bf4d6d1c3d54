/**
 * Nothing a visitor can do leaves the app: no context menu, text selection, page zoom, dropped
 * files, printing, saving, new windows, downloads or links away. (The kiosk browser's own flags,
 * README "Museum kiosk", close the rest: --kiosk, --disable-pinch, --overscroll-history-navigation=0.)
 * Returns the function that undoes it.
 */

/** Ctrl/⌘ + these keys print, save, open, zoom, find or open windows: never in the kiosk. */
const BLOCKED_CTRL_KEYS = new Set([
  'p',
  's',
  'o',
  'n',
  't',
  'f',
  'g',
  'h',
  'j',
  'u',
  '+',
  '-',
  '=',
  '0',
]);

function blockedKey(event: KeyboardEvent): boolean {
  const key = event.key.toLowerCase();
  if ((event.ctrlKey || event.metaKey) && BLOCKED_CTRL_KEYS.has(key)) return true;
  // Alt+arrows navigate back and forward; F5 / F12 / F11 are the browser's, not the visitor's.
  if (event.altKey && (key === 'arrowleft' || key === 'arrowright')) return true;
  return ['f5', 'f7', 'f11', 'f12', 'browserback', 'browserforward'].includes(key);
}

/** True when following the link would leave the app, open a window or download a file. */
export function linkLeavesApp(
  link: { href: string; target: string; hasDownload: boolean },
  appOrigin: string,
): boolean {
  if (link.hasDownload || (link.target !== '' && link.target !== '_self')) return true;
  try {
    return new URL(link.href, appOrigin).origin !== appOrigin;
  } catch {
    return true;
  }
}

export function installLockdown(win: Window): () => void {
  const doc = win.document;
  const prevent = (event: Event) => event.preventDefault();
  const undo: (() => void)[] = [];
  const on = <K extends keyof WindowEventMap>(
    type: K,
    listener: (event: WindowEventMap[K]) => void,
  ) => {
    win.addEventListener(type, listener, { capture: true, passive: false });
    undo.push(() => win.removeEventListener(type, listener, { capture: true }));
  };

  on('contextmenu', prevent);
  on('selectstart', prevent);
  on('dragstart', prevent);
  on('dragover', prevent);
  on('drop', prevent);
  on('wheel', (event) => {
    if (event.ctrlKey) event.preventDefault(); // trackpad pinch and Ctrl+wheel zoom the page
  });
  on('touchmove', (event) => {
    // Two fingers zoom the page; the 3D view reads pointer events, which this does not stop.
    if (event.touches.length > 1) event.preventDefault();
  });
  on('keydown', (event) => {
    if (blockedKey(event)) {
      event.preventDefault();
      event.stopPropagation();
    }
  });
  on('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (
      link &&
      linkLeavesApp(
        { href: link.href, target: link.target, hasDownload: link.hasAttribute('download') },
        win.location.origin,
      )
    )
      event.preventDefault();
  });
  on('auxclick', prevent); // middle click opens links in new tabs
  // Safari's pinch gestures.
  for (const type of ['gesturestart', 'gesturechange']) {
    win.addEventListener(type, prevent, { capture: true, passive: false });
    undo.push(() => win.removeEventListener(type, prevent, { capture: true }));
  }

  const open = win.open;
  const print = win.print;
  win.open = () => null;
  win.print = () => undefined;
  undo.push(() => {
    win.open = open;
    win.print = print;
  });

  // No page zoom on a touch screen; the 3D view zooms its own camera.
  const viewport = doc.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  const viewportBefore = viewport?.content ?? null;
  viewport?.setAttribute(
    'content',
    'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no',
  );
  undo.push(() => {
    if (viewport && viewportBefore !== null) viewport.setAttribute('content', viewportBefore);
  });

  return () => {
    for (const step of undo.splice(0).reverse()) step();
  };
}
