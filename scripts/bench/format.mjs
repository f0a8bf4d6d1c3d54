// Number formats shared by the benchmark's printed tables.

export function sizeLabel(size) {
  return `${size.width}×${size.height}`;
}

export function ms(value) {
  if (value === null || value === undefined) return '–';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

export function mb(bytes) {
  return bytes === null || bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)} MB`;
}

export function kb(bytes) {
  return bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`;
}
