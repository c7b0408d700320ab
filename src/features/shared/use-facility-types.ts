import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  facilityTypeLabel,
  facilityTypeOptions,
  type FacilityTypeOption,
} from '../../domain/facility-types';
import { listFrameworks } from '../../flows/framework-catalogue';

export interface FacilityTypes {
  /** The choices: the types the frameworks on this device declare, `present` ones, "other". */
  options: FacilityTypeOption[];
  /** The label of a type in the current language; an undeclared type is shown by its id. */
  label: (id: string) => string;
  /** False until the frameworks were read (the list then holds only `present` and "other"). */
  ready: boolean;
}

/**
 * The facility types of the frameworks on this device (bundled and loaded; newest version's
 * label first), kept live so a framework loaded in another tab adds its types. `present` are
 * types already stored (the record being edited, the facilities listed): they stay choosable and
 * readable even when no framework declares them.
 */
export function useFacilityTypes(present: readonly string[] = []): FacilityTypes {
  const { t, i18n } = useTranslation('assess');
  const catalogue = useLiveQuery(() => listFrameworks(), []);
  const presentKey = [...new Set(present)].sort().join('|');
  const lang = i18n.language;
  return useMemo(() => {
    const options = facilityTypeOptions(
      (catalogue ?? []).map((entry) => entry.framework),
      presentKey === '' ? [] : presentKey.split('|'),
    );
    const other = t('facilityTypes.other');
    return {
      options,
      label: (id: string) => facilityTypeLabel(options, id, lang, other),
      ready: catalogue !== undefined,
    };
  }, [catalogue, presentKey, lang, t]);
}
