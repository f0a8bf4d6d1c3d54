import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../models/registry.ts';
import { measuredBounds } from '../../helpers/model-bounds.ts';

describe('each model declares the box it fills', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))(
    '%s: its declared bounds hold every part, within 1 cm',
    (_, model) => {
      const measured = measuredBounds(model.build());
      for (let axis = 0; axis < 3; axis++) {
        // Rounded outwards: never inside the model (its drawing would sink), never 1 cm beyond.
        expect(model.boundsM.min[axis]).toBeLessThanOrEqual(measured.min[axis]! + 1e-9);
        expect(model.boundsM.min[axis]).toBeGreaterThan(measured.min[axis]! - 0.01);
        expect(model.boundsM.max[axis]).toBeGreaterThanOrEqual(measured.max[axis]! - 1e-9);
        expect(model.boundsM.max[axis]).toBeLessThan(measured.max[axis]! + 0.01);
      }
    },
  );
});
