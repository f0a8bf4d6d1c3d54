/**
 * GLSL for the atmosphere model of atmosphere-model.ts, shared by the Earth's surface and the air
 * shell: table look-ups (Bruneton's (r, μ) mapping), phase functions and the ray march of the
 * light scattered towards the eye (single scattering with the Earth's shadow, plus Hillaire's
 * multiple-scattering term Ψms). Positions are km from the Earth's centre.
 */
import {
  ATMOSPHERE,
  IRRADIANCE_SIZE,
  MULTIPLE_SCATTERING_SIZE,
  TRANSMITTANCE_SIZE,
} from './atmosphere-model.ts';
import type { AtmosphereTextures } from './atmosphere-textures.ts';

/** A number and a vector as GLSL literals, for constants written into the shaders' source. */
export const f = (x: number) => x.toFixed(8);
export const v3 = (v: readonly number[]) => `vec3(${v.map(f).join(', ')})`;

export const ATMOSPHERE_GLSL = /* glsl */ `
uniform sampler2D atmTransmittanceTable;
uniform sampler2D atmMultipleScatteringTable;
uniform sampler2D atmGroundIrradianceTable;
const float ATM_GROUND = ${f(ATMOSPHERE.groundKm)};
const float ATM_TOP = ${f(ATMOSPHERE.topKm)};
const vec3 ATM_RAYLEIGH = ${v3(ATMOSPHERE.rayleighScattering)};
const float ATM_MIE_SCATTERING = ${f(ATMOSPHERE.mieScattering)};
const float ATM_MIE_EXTINCTION = ${f(ATMOSPHERE.mieExtinction)};
const vec3 ATM_OZONE = ${v3(ATMOSPHERE.ozoneAbsorption)};
const float ATM_MIE_G = ${f(ATMOSPHERE.mieG)};

float atmUnitTexel(float x, float size) { return 0.5 / size + clamp(x, 0.0, 1.0) * (1.0 - 1.0 / size); }

vec3 atmTransmittanceToTop(float r, float mu) {
  float H = sqrt(ATM_TOP * ATM_TOP - ATM_GROUND * ATM_GROUND);
  float rho = sqrt(max(0.0, (r - ATM_GROUND) * (r + ATM_GROUND)));
  float disc = r * r * (mu * mu - 1.0) + ATM_TOP * ATM_TOP;
  float d = max(0.0, -r * mu + sqrt(max(0.0, disc)));
  float dMin = ATM_TOP - r;
  float dMax = rho + H;
  vec2 uv = vec2(
    atmUnitTexel((d - dMin) / max(dMax - dMin, 1e-4), ${f(TRANSMITTANCE_SIZE.width)}),
    atmUnitTexel(rho / H, ${f(TRANSMITTANCE_SIZE.height)}));
  return texture2D(atmTransmittanceTable, uv).rgb;
}

/** Sunlight reaching radius r with the Sun at cosine muS from the zenith: 0 behind the Earth. */
vec3 atmSunTransmittance(float r, float muS) {
  float sinHorizon = ATM_GROUND / r;
  float cosHorizon = -sqrt(max(0.0, 1.0 - sinHorizon * sinHorizon));
  // The Sun's disc (0.27°) sets below the horizon over its own width.
  float visible = smoothstep(-0.0047, 0.0047, muS - cosHorizon);
  return visible * atmTransmittanceToTop(r, muS);
}

vec3 atmMultipleScattering(float r, float muS) {
  vec2 uv = vec2(
    atmUnitTexel(muS * 0.5 + 0.5, ${f(MULTIPLE_SCATTERING_SIZE)}),
    atmUnitTexel((r - ATM_GROUND) / (ATM_TOP - ATM_GROUND), ${f(MULTIPLE_SCATTERING_SIZE)}));
  return texture2D(atmMultipleScatteringTable, uv).rgb;
}

/** Irradiance of the sky (not the Sun) on level ground with the Sun at cosine muS. */
vec3 atmSkyIrradiance(float muS) {
  return texture2D(atmGroundIrradianceTable, vec2(atmUnitTexel(muS * 0.5 + 0.5, ${f(IRRADIANCE_SIZE)}), 0.5)).rgb;
}

float atmRayleighPhase(float c) { return 3.0 / (16.0 * PI) * (1.0 + c * c); }
float atmMiePhase(float c) {
  // Cornette–Shanks.
  float g = ATM_MIE_G;
  float k = 3.0 / (8.0 * PI) * (1.0 - g * g) / (2.0 + g * g);
  return k * (1.0 + c * c) / pow(1.0 + g * g - 2.0 * g * c, 1.5);
}

/** Distances along a ray to a sphere about the centre (x: enter, y: leave; none: x > y). */
vec2 atmSphere(vec3 origin, vec3 dir, float radius) {
  float b = dot(origin, dir);
  float c = dot(origin, origin) - radius * radius;
  float h = b * b - c;
  if (h < 0.0) return vec2(1e30, -1e30);
  h = sqrt(h);
  return vec2(-b - h, -b + h);
}

/**
 * Light scattered towards the eye along origin + t·dir for t in [t0, t1] (origin relative to the
 * Earth's centre); transmittance over the segment in 'transmittance'. Rays that end on the ground
 * get their samples packed towards the end, where the dense low air (and the haze) is.
 */
vec3 atmInscatter(vec3 origin, vec3 dir, float t0, float t1, vec3 sunDir, const int steps,
                  bool toGround, out vec3 transmittance) {
  float cosView = dot(dir, sunDir);
  float phaseR = atmRayleighPhase(cosView);
  float phaseM = atmMiePhase(cosView);
  float span = max(t1 - t0, 0.0);
  vec3 light = vec3(0.0);
  vec3 throughput = vec3(1.0);
  for (int i = 0; i < steps; i++) {
    float a = float(i) / float(steps);
    float b = float(i + 1) / float(steps);
    if (toGround) {
      a = 1.0 - (1.0 - a) * (1.0 - a);
      b = 1.0 - (1.0 - b) * (1.0 - b);
    }
    float dt = (b - a) * span;
    vec3 p = origin + dir * (t0 + 0.5 * (a + b) * span);
    float r = length(p);
    float h = r - ATM_GROUND;
    float rayleigh = exp(-h / ${f(ATMOSPHERE.rayleighScaleKm)});
    float mie = exp(-h / ${f(ATMOSPHERE.mieScaleKm)});
    float ozone = max(0.0, 1.0 - abs(h - ${f(ATMOSPHERE.ozonePeakKm)}) / ${f(ATMOSPHERE.ozoneHalfWidthKm)});
    vec3 scatterR = ATM_RAYLEIGH * rayleigh;
    float scatterM = ATM_MIE_SCATTERING * mie;
    vec3 extinction = scatterR + ATM_MIE_EXTINCTION * mie + ATM_OZONE * ozone;
    float muS = dot(p, sunDir) / r;
    vec3 sun = atmSunTransmittance(r, muS);
    vec3 source = sun * (scatterR * phaseR + scatterM * phaseM)
      + atmMultipleScattering(r, muS) * (scatterR + scatterM);
    vec3 stepT = exp(-extinction * dt);
    light += throughput * source * (1.0 - stepT) / max(extinction, vec3(1e-7));
    throughput *= stepT;
  }
  transmittance = throughput;
  return light;
}
`;

export function atmosphereUniforms(textures: AtmosphereTextures) {
  return {
    atmTransmittanceTable: { value: textures.transmittance },
    atmMultipleScatteringTable: { value: textures.multipleScattering },
    atmGroundIrradianceTable: { value: textures.groundIrradiance },
  };
}
