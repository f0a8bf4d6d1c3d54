/** The render layer of what the spacecraft reflect: the Earth and its air (EnvironmentFromSky). */
export const ENVIRONMENT_LAYER = 1;
