/**
 * zod, configured before any schema parses: validators are interpreted, never compiled with
 * `new Function`. The app runs under a Content-Security-Policy without 'unsafe-eval', and even
 * zod's first probe for eval is reported there. Import `z` from here, not from 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
