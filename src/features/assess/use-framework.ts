import { useEffect, useState } from 'react';
import { getFramework } from '../../db/framework-catalogue';
import type { Framework } from '../../schemas/framework';

export interface FrameworkState {
  loading: boolean;
  framework: Framework | undefined;
}

/**
 * The framework version a round is pinned to. Not a live query: an id + version never changes
 * content, and bundled frameworks come from a dynamic import that does not belong in one.
 */
export function useFramework(id: string | undefined, version: string | undefined): FrameworkState {
  const key = id && version ? `${id}@${version}` : '';
  const [state, setState] = useState<{ key: string; framework: Framework | undefined }>({
    key: '',
    framework: undefined,
  });
  useEffect(() => {
    if (!id || !version) return;
    let cancelled = false;
    getFramework(id, version).then(
      (framework) => {
        if (!cancelled) setState({ key: `${id}@${version}`, framework });
      },
      () => {
        if (!cancelled) setState({ key: `${id}@${version}`, framework: undefined });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, version]);
  return {
    loading: key === '' || state.key !== key,
    framework: state.key === key ? state.framework : undefined,
  };
}
