import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadAllNamespaces, loadedResources, namespaces } from '../src/i18n';
import { TYPED_NAMESPACES } from '../src/i18n/resources';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('message catalogues', () => {
  let nl: Record<string, unknown> = {};
  let en: Record<string, unknown> = {};
  beforeAll(async () => {
    await loadAllNamespaces();
    const resources = loadedResources();
    nl = resources['nl-BE'] ?? {};
    en = resources['en'] ?? {};
  });

  it('have the same namespaces in nl-BE and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(nl)).toContain('common');
    expect(Object.keys(nl).sort()).toEqual([...namespaces].sort());
  });

  it('types every namespace, so a key missing from a catalogue does not compile', () => {
    expect([...TYPED_NAMESPACES].sort()).toEqual([...namespaces].sort());
    const t = i18n.getFixedT('nl-BE', 'common');
    // @ts-expect-error -- not a key of the common catalogue: typecheck fails if keys are untyped
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('appName')).not.toBe('appName');
  });

  it.each(namespaces)('namespace %s has the same keys in both languages', (ns) => {
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
