import { config } from 'zod';

// Zod probes for eval support with `new Function` before its first object parse. Our CSP
// forbids eval, so the probe would be reported as a violation; jitless mode skips it.
// Every module that builds schemas imports this file first.
config({ jitless: true });
