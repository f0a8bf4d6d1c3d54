import { afterEach, expect } from 'vitest';
import { takeOffOriginRequests } from './browser.ts';

// No browser test may make a request that leaves the app's origin (see keepToOrigin).
afterEach(() => {
  expect(takeOffOriginRequests(), 'requests that tried to leave the origin').toEqual([]);
});
