// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  facilityTypeLabel,
  facilityTypeOptions,
  isFacilityTypeOption,
  OTHER_FACILITY_TYPE,
} from '../../src/domain/facility-types';

const flemish = {
  facilityTypes: [
    {
      id: 'gemeenschapsinstelling',
      label: { 'nl-BE': 'Gemeenschapsinstelling', en: 'Community institution' },
    },
    { id: 'vaph', label: { 'nl-BE': 'VAPH-voorziening', en: 'VAPH facility' } },
  ],
};
const shelter = {
  facilityTypes: [
    { id: 'crisisopvang', label: { 'nl-BE': 'Crisisopvang', en: 'Crisis shelter' } },
    { id: 'vaph', label: { 'nl-BE': 'Andere VAPH-benaming' } },
  ],
};
const formatOne = {};

describe('facilityTypeOptions', () => {
  it('is the union of the declared types in order of first appearance, then "other"', () => {
    const options = facilityTypeOptions([flemish, formatOne, shelter]);
    expect(options.map((o) => o.id)).toEqual([
      'gemeenschapsinstelling',
      'vaph',
      'crisisopvang',
      OTHER_FACILITY_TYPE,
    ]);
    // The first framework that declares a type gives its label.
    expect(options[1]!.label).toEqual(flemish.facilityTypes[1]!.label);
    expect(options.every((o) => o.declared)).toBe(true);
  });

  it('offers only "other" when no framework declares types', () => {
    expect(facilityTypeOptions([])).toEqual([{ id: 'other', label: null, declared: true }]);
    expect(facilityTypeOptions([formatOne])).toEqual([
      { id: 'other', label: null, declared: true },
    ]);
  });

  it('keeps stored types no framework declares, sorted, before "other", once each', () => {
    const options = facilityTypeOptions(
      [flemish],
      ['zorgboerderij', 'vaph', 'other', 'jeugdpsychiatrie', 'zorgboerderij'],
    );
    expect(options.map((o) => [o.id, o.declared])).toEqual([
      ['gemeenschapsinstelling', true],
      ['vaph', true],
      ['jeugdpsychiatrie', false],
      ['zorgboerderij', false],
      ['other', true],
    ]);
  });

  it('never takes a framework label for "other": it means the same everywhere', () => {
    const relabels = { facilityTypes: [{ id: 'other', label: { 'nl-BE': 'Overige' } }] };
    const options = facilityTypeOptions([relabels, flemish]);
    expect(options.at(-1)).toEqual({ id: 'other', label: null, declared: true });
    expect(options.filter((o) => o.id === 'other')).toHaveLength(1);
  });
});

describe('facilityTypeLabel', () => {
  const options = facilityTypeOptions([flemish, shelter], ['zorgboerderij']);

  it('gives the declared label in the language asked, falling back to nl-BE', () => {
    expect(facilityTypeLabel(options, 'gemeenschapsinstelling', 'en', 'Other')).toBe(
      'Community institution',
    );
    expect(facilityTypeLabel(options, 'vaph', 'nl-BE', 'Andere')).toBe('VAPH-voorziening');
    const dutchOnly = facilityTypeOptions([
      { facilityTypes: [{ id: 'crisisopvang', label: { 'nl-BE': 'Crisisopvang' } }] },
    ]);
    expect(facilityTypeLabel(dutchOnly, 'crisisopvang', 'en', 'Other')).toBe('Crisisopvang');
  });

  it('gives the app label for "other" and the id for a type no framework declares', () => {
    expect(facilityTypeLabel(options, 'other', 'en', 'Other')).toBe('Other');
    expect(facilityTypeLabel(options, 'zorgboerderij', 'nl-BE', 'Andere')).toBe('zorgboerderij');
    // Not even in the list (e.g. a record read before the list was built): still its id.
    expect(facilityTypeLabel(options, 'onbekend-type', 'nl-BE', 'Andere')).toBe('onbekend-type');
  });
});

describe('isFacilityTypeOption', () => {
  it('accepts the choices only', () => {
    const options = facilityTypeOptions([flemish], ['zorgboerderij']);
    expect(isFacilityTypeOption(options, 'vaph')).toBe(true);
    expect(isFacilityTypeOption(options, 'zorgboerderij')).toBe(true);
    expect(isFacilityTypeOption(options, 'other')).toBe(true);
    expect(isFacilityTypeOption(options, 'crisisopvang')).toBe(false);
    expect(isFacilityTypeOption(options, '')).toBe(false);
  });
});
