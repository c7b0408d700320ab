import { useLiveQuery } from 'dexie-react-hooks';
import { listFrameworks, type CatalogueEntry } from '../../flows/framework-catalogue';

/**
 * All frameworks (bundled and locally loaded), kept live: a framework loaded or removed in this
 * or another tab shows up without a reload. `undefined` while the first read is running.
 */
export function useCatalogue(): CatalogueEntry[] | undefined {
  return useLiveQuery(() => listFrameworks(), []);
}
