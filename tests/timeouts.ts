/**
 * The few tests whose work is long by nature get a longer timeout than the global one in
 * vite.config.ts (10 s); each use names which of these it is. Everything else must be fast.
 */

/**
 * Component tests that render a whole feature area (router, i18n, IndexedDB) and drive it like a
 * user, click by click and key by key. That is seconds of CPU work, and on a shared 2-core machine
 * under load several times more.
 */
export const AREA_TEST = { timeout: 30_000 } as const;

/**
 * Work that is heavy by design: a child process (ESLint over fixture files, the CLI under tsx),
 * a generated corpus of hundreds of inputs, or passphrase key derivation (PBKDF2 with the
 * production iteration count, which is slow on purpose).
 */
export const HEAVY_TEST = { timeout: 60_000 } as const;
