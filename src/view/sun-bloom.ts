/**
 * Bloom for the Sun on the medium and high tiers: the scene is drawn in linear HDR into a
 * half-float buffer, light far above the exposure's white spills into its surroundings (pmndrs
 * `postprocessing`, mip-map blur), then the same exposure and AgX operator as the direct path
 * map it to the screen. Its code is not in the start's bundle; it is fetched beside the scene's
 * maps. Each frame depends only on that frame's picture, so recordings stay deterministic.
 */
import type * as Postprocessing from 'postprocessing';
import * as THREE from 'three';

/**
 * Radiance (units of the Sun's irradiance outside the air, before exposure) from which light
 * blooms: above a white plate facing the Sun (1/π) several times over, so the sunlit Earth and
 * paint never glow and the Sun's disc and specular glints on the craft do.
 */
export const BLOOM_THRESHOLD = 2;
const BLOOM_INTENSITY = 1.2;

export interface SunBloom {
  render(): void;
  dispose(): void;
}

export type SunBloomCode = typeof Postprocessing;

let code: Promise<SunBloomCode | null> | null = null;
/** What the fetch gave once it settled (null: it failed); undefined while under way or not asked. */
let settled: SunBloomCode | null | undefined = undefined;

/**
 * The bloom's code, fetched once (scene-preload.ts asks for it early, and why); null if it
 * could not be fetched. One promise for every caller, so a view can wait for it with React's
 * `use()`: a view on screen is never sent back to waiting by a fetch tried again.
 */
export function sunBloomCode(): Promise<SunBloomCode | null> {
  code ??= import('postprocessing').then(
    (module: SunBloomCode) => (settled = module),
    () => (settled = null),
  );
  return code;
}

/**
 * The bloom's code if its fetch has settled (null if it failed), else undefined: a view that
 * finds it in uses it at once instead of waiting on the promise (which would suspend it once).
 */
export function sunBloomCodeIn(): SunBloomCode | null | undefined {
  return settled;
}

/** After a failed fetch, the next call fetches again: for a view about to load its scene. */
export function retrySunBloomCode(): void {
  if (settled !== null) return;
  code = null;
  settled = undefined;
}

/** The pass, made at once from code already in: it is in place before the first frame. */
export function createSunBloom(
  pp: SunBloomCode,
  gl: THREE.WebGLRenderer,
  scene: THREE.Scene,
  camera: THREE.Camera,
): SunBloom {
  const autoClear = gl.autoClear;
  // Antialiased like the canvas it stands in for.
  const composer = new pp.EffectComposer(gl, {
    frameBufferType: THREE.HalfFloatType,
    multisampling: Math.min(4, gl.capabilities.maxSamples),
  });
  composer.addPass(new pp.RenderPass(scene, camera));
  const bloom = new pp.BloomEffect({
    luminanceThreshold: BLOOM_THRESHOLD,
    luminanceSmoothing: 0.4,
    intensity: BLOOM_INTENSITY,
    mipmapBlur: true,
    // Five halvings reach a glow a few degrees wide and keep the passes (draw calls) few.
    levels: 5,
    radius: 0.7,
  });
  // Exposure: the renderer's toneMappingExposure, which three hands every shader.
  const toneMapping = new pp.ToneMappingEffect({ mode: pp.ToneMappingMode.AGX });
  composer.addPass(new pp.EffectPass(camera, bloom, toneMapping));
  const size = new THREE.Vector2();
  const drawn = new THREE.Vector2();
  const css = new THREE.Vector2();
  return {
    render() {
      // Follows the canvas wherever it was resized from (the player, the recorder).
      gl.getDrawingBufferSize(size);
      if (!size.equals(drawn)) {
        gl.getSize(css);
        composer.setSize(css.x, css.y, false);
        drawn.copy(size);
      }
      // One frame's cost in renderer.info, all passes together (each render would reset it).
      const autoReset = gl.info.autoReset;
      gl.info.reset();
      gl.info.autoReset = false;
      composer.render();
      gl.info.autoReset = autoReset;
    },
    dispose: () => {
      composer.dispose();
      // The composer clears its buffers itself and turned the renderer's own clearing off.
      gl.autoClear = autoClear;
    },
  };
}
