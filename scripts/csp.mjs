// The Content-Security-Policy of the built app: one definition for the <meta> tag the build
// writes into index.html (vite.config.ts) and the header the servers send (static-server.mjs,
// README "Museum kiosk"). Everything comes from the app's own origin; no eval, no inline script.
// WebAssembly may be compiled (the KTX2 maps' transcoder, src/view/ktx2-transcoder.ts) and run
// in a worker made from a blob: three's KTX2Loader builds its worker's script from the
// transcoder's file (fetched from the origin) and its own code.

/** @type {Record<string, string[]>} */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // React's style props go through the CSSOM, which CSP allows; no inline <style> or style="".
  'style-src': ["'self'"],
  // The favicon is a data: SVG; recorded clips are offered as blob: downloads.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Only honoured as an HTTP header (browsers ignore it, with a warning, in a <meta> tag). */
const HEADER_ONLY = { 'frame-ancestors': ["'none'"] };

function serialize(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = serialize(CSP_DIRECTIVES);

/** The same policy as a `Content-Security-Policy` response header. */
export const CSP_HEADER = serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY });
