/**
 * Keys that could reach an object's prototype if a value were ever merged naively. Every door
 * that turns foreign data into objects (framework files, backups, criterion ids used as answer
 * keys) refuses them, from this one list.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}
