/**
 * Timeout for component tests that render a whole feature area (router, i18n, IndexedDB) and
 * drive it like a user, click by click and key by key. That is seconds of CPU work, and on a
 * shared 2-core machine under load several times more; the 5 s default would turn a slow machine
 * into a red run. Unit tests keep the default.
 */
export const AREA_TEST = { timeout: 30_000 } as const;
