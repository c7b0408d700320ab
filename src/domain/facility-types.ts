/**
 * Facility types come from the frameworks on the device, not from the code: a framework may
 * declare the kinds of facility it is written for (`facilityTypes`, format 2). The choice list is
 * the union of those declarations; "other" is always offered last. A stored type that no
 * framework here declares (a framework was removed, a record came from another device) is kept
 * and shown by its id, never dropped.
 */
import type { FacilityTypeDecl } from '../schemas/framework';
import { localize, type LocalizedText } from './localize';

/**
 * Always available and labelled by the app: a facility that fits none of the declared types.
 * Reserved: a framework may not declare it (the checker says so), so "other" means the same on
 * every device whatever frameworks it holds.
 */
export const OTHER_FACILITY_TYPE = 'other';

export interface FacilityTypeOption {
  id: string;
  /**
   * The label of the first framework (in the order given) that declares the type; null for
   * "other" (the app's own label) and for undeclared types.
   */
  label: LocalizedText | null;
  /** False for a type no framework on this device declares (shown by its id). */
  declared: boolean;
}

interface DeclaresFacilityTypes {
  facilityTypes?: readonly FacilityTypeDecl[] | undefined;
}

/**
 * The union of the frameworks' facility types, in order of first appearance (pass the
 * frameworks in the order whose labels should win, e.g. newest first), then the types in
 * `present` that none declares (sorted, so the list is stable), then "other".
 */
export function facilityTypeOptions(
  frameworks: readonly DeclaresFacilityTypes[],
  present: Iterable<string> = [],
): FacilityTypeOption[] {
  const options = new Map<string, FacilityTypeOption>();
  for (const framework of frameworks) {
    for (const type of framework.facilityTypes ?? []) {
      if (type.id === OTHER_FACILITY_TYPE || options.has(type.id)) continue;
      options.set(type.id, { id: type.id, label: type.label, declared: true });
    }
  }
  const undeclared = [...new Set(present)]
    .filter((id) => id !== OTHER_FACILITY_TYPE && !options.has(id))
    .sort();
  return [
    ...options.values(),
    ...undeclared.map((id) => ({ id, label: null, declared: false })),
    { id: OTHER_FACILITY_TYPE, label: null, declared: true },
  ];
}

/**
 * The text for a facility type: its declared label in `lang`, the app's own label for an
 * undeclared "other", else the id itself (an honest fallback that never hides the stored value).
 */
export function facilityTypeLabel(
  options: readonly FacilityTypeOption[],
  id: string,
  lang: string,
  otherLabel: string,
): string {
  const option = options.find((o) => o.id === id);
  if (option?.label) return localize(option.label, lang) || id;
  return id === OTHER_FACILITY_TYPE ? otherLabel : id;
}

/** Whether `id` is one of the choices (the form accepts nothing else for a new value). */
export function isFacilityTypeOption(options: readonly FacilityTypeOption[], id: string): boolean {
  return options.some((o) => o.id === id);
}
