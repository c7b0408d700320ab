import { describe, expect, it } from 'vitest';
import { resources } from '../src/i18n';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('message catalogues', () => {
  const nl = resources['nl-BE'] ?? {};
  const en = resources['en'] ?? {};

  it('have the same namespaces in nl-BE and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(nl)).toContain('common');
  });

  it.each(Object.keys(resources['nl-BE'] ?? {}))('namespace %s has the same keys in both languages', (ns) => {
    expect(keys(en[ns]).sort()).toEqual(keys(nl[ns]).sort());
  });

  it('has no empty messages', () => {
    for (const lang of [nl, en]) {
      for (const [ns, catalogue] of Object.entries(lang)) {
        const walk = (o: unknown, path: string): void => {
          if (typeof o === 'string') expect(o.trim(), `${ns}:${path}`).not.toBe('');
          else if (o && typeof o === 'object')
            for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
        };
        walk(catalogue, '');
      }
    }
  });
});
