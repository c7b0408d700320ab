import { useEffect, useMemo, useState } from 'react';
import { getFramework } from '../../flows/framework-catalogue';
import type { Framework } from '../../schemas/framework';

export interface FrameworkRef {
  frameworkId: string;
  frameworkVersion: string;
}

export function frameworkKey(ref: FrameworkRef): string {
  return `${ref.frameworkId}@${ref.frameworkVersion}`;
}

export interface LoadedFrameworks {
  /** True until every requested framework was looked up. */
  loading: boolean;
  /** The framework, or undefined when it is not available on this device. */
  get: (ref: FrameworkRef) => Framework | undefined;
}

/**
 * Looks up the framework versions that stored assessments are pinned to. Not a live query on
 * purpose: a framework id + version never changes content, and the bundled ones are loaded
 * through a dynamic import that must not run inside a Dexie live query.
 */
export function useFrameworks(refs: readonly FrameworkRef[] | undefined): LoadedFrameworks {
  const wanted = useMemo(() => [...new Set((refs ?? []).map(frameworkKey))].sort(), [refs]);
  const wantedKey = wanted.join('|');
  const [state, setState] = useState<{
    key: string;
    map: ReadonlyMap<string, Framework | undefined>;
  }>({ key: '', map: new Map() });

  useEffect(() => {
    let cancelled = false;
    const keys = wantedKey === '' ? [] : wantedKey.split('|');
    void Promise.all(
      keys.map(async (key) => {
        const at = key.lastIndexOf('@');
        try {
          return [key, await getFramework(key.slice(0, at), key.slice(at + 1))] as const;
        } catch {
          // A broken stored file is reported where frameworks are managed; here it is just missing.
          return [key, undefined] as const;
        }
      }),
    ).then((entries) => {
      if (!cancelled) setState({ key: wantedKey, map: new Map(entries) });
    });
    return () => {
      cancelled = true;
    };
  }, [wantedKey]);

  return useMemo(
    () => ({
      loading: refs === undefined || state.key !== wantedKey,
      get: (ref: FrameworkRef) => state.map.get(frameworkKey(ref)),
    }),
    [refs, state, wantedKey],
  );
}

export interface FrameworkState {
  loading: boolean;
  framework: Framework | undefined;
}

/** The one framework version a round is pinned to (see useFrameworks). */
export function useFramework(id: string | undefined, version: string | undefined): FrameworkState {
  const refs = useMemo(
    () => (id && version ? [{ frameworkId: id, frameworkVersion: version }] : undefined),
    [id, version],
  );
  const loaded = useFrameworks(refs);
  return {
    loading: loaded.loading,
    framework: refs ? loaded.get(refs[0]!) : undefined,
  };
}
