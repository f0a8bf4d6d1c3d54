// The one way this project starts Chromium: Debian's build, headless, offline. WebGL2 runs on
// SwiftShader (software, the same pixels on every machine) for the browser tests, the benchmark
// and the image scripts; the recorder may ask for the machine's GPU instead (`gl: 'hardware'`).
import { existsSync } from 'node:fs';

/**
 * WebGL on SwiftShader, and the page composited in software: what Chromium does by itself on a
 * machine without a usable GPU ("Compositing: Software only" in chrome://gpu there). With
 * `--use-angle=swiftshader` alone it would composite through SwiftShader as if it were a GPU,
 * which no visitor's browser does and which made every frame with page content over the view
 * (the HUD) dearer: a paused player's seek took 0.40–0.53 s instead of 0.25–0.29 s.
 */
const SOFTWARE_GL = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu-compositing',
];
/**
 * Hardware WebGL in headless Chromium, in the order tried: ANGLE on Vulkan (NVIDIA, AMD and Intel
 * drivers on Linux), then ANGLE on EGL (desktop GL drivers). No SwiftShader switch, so a machine
 * without a usable GPU answers with no WebGL or a software renderer rather than a silent fallback.
 */
export const HARDWARE_GL_VARIANTS = [
  ['--use-angle=vulkan', '--enable-features=Vulkan,VulkanFromANGLE', '--enable-gpu'],
  ['--use-angle=gl-egl', '--use-gl=angle', '--enable-gpu'],
];
const COMMON = [
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_ARGS = [...SOFTWARE_GL, ...COMMON];

export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  );
  if (!found)
    throw new Error(
      'Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH',
    );
  return found;
}

/**
 * `options`: more playwright launch options (the record CLI handles Ctrl-C itself);
 * `glArgs`: switches that choose the WebGL backend (default: SwiftShader).
 */
export async function launchChromium(options = {}, glArgs = SOFTWARE_GL) {
  // Loaded here, not at the top: it takes most of a second, which a CLI that refuses its
  // arguments (or prints its help) should not pay.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...glArgs, ...COMMON],
    ...options,
  });
}

/** Renderer names of software rasterisers: no GPU drew the frame. */
export function isSoftwareRenderer(name) {
  return /swiftshader|llvmpipe|softpipe|lavapipe|software|microsoft basic/i.test(name);
}

/** WebGL2's unmasked renderer string in a blank page of `browser`, or null without WebGL2. */
export async function webglRenderer(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

/**
 * A browser for `gpu` ('auto' | 'on' | 'off'): 'off' is SwiftShader; 'on' and 'auto' try each
 * hardware variant and keep the first whose renderer is a real GPU; 'auto' falls back to
 * SwiftShader, 'on' throws saying what answered. Resolves with the browser, its renderer string
 * and whether it is a GPU.
 */
export async function launchForGpu(gpu, options = {}) {
  const tried = [];
  if (gpu !== 'off') {
    for (const variant of HARDWARE_GL_VARIANTS) {
      let browser = null;
      try {
        browser = await launchChromium(options, variant);
        const renderer = await webglRenderer(browser);
        if (renderer && !isSoftwareRenderer(renderer))
          return { browser, renderer, hardware: true, glArgs: variant };
        tried.push(`${variant[0]}: ${renderer ?? 'no WebGL2'}`);
      } catch (error) {
        tried.push(`${variant[0]}: ${String(error.message ?? error).split('\n')[0]}`);
      }
      await browser?.close().catch(() => {});
    }
    if (gpu === 'on') {
      const error = new Error(`--gpu on: no usable GPU for WebGL (${tried.join('; ')})`);
      error.name = 'NoGpuError';
      throw error;
    }
  }
  const browser = await launchChromium(options, SOFTWARE_GL);
  const renderer = (await webglRenderer(browser)) ?? 'no WebGL2';
  return { browser, renderer, hardware: false, glArgs: SOFTWARE_GL };
}
