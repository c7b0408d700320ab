import { describe, expect, it } from 'vitest';
import { defaultFrameworkKey } from '../../src/domain/default-framework';

const entry = (version: string, status: string, previousVersion?: string) => ({
  id: 'kader',
  version,
  status,
  framework: previousVersion ? { lineage: { previousVersion } } : {},
});

// Display order: newest version first.
const catalogue = [entry('1.1.0', 'concept', '1.0.0'), entry('1.0.0', 'concept')];

describe('defaultFrameworkKey', () => {
  it('never preselects a draft that revises another listed version', () => {
    expect(defaultFrameworkKey(catalogue, [])).toBe('kader@1.0.0');
  });

  it('preselects the newest version once the revision is established', () => {
    const established = [entry('1.1.0', 'vastgesteld', '1.0.0'), entry('1.0.0', 'concept')];
    expect(defaultFrameworkKey(established, [])).toBe('kader@1.1.0');
    // A draft without its predecessor at hand is simply the newest version.
    expect(defaultFrameworkKey([entry('1.1.0', 'concept', '1.0.0')], [])).toBe('kader@1.1.0');
    expect(
      defaultFrameworkKey([entry('1.2.0', 'concept', '1.1.0'), entry('1.0.0', 'concept')], []),
    ).toBe('kader@1.2.0');
  });

  it("counts only the same framework's versions as the one a draft revises", () => {
    // Another framework that happens to have version 1.0.0 does not make kader 1.1.0 a revision.
    const other = { ...entry('1.0.0', 'vastgesteld'), id: 'ander-kader' };
    expect(defaultFrameworkKey([entry('1.1.0', 'concept', '1.0.0'), other], [])).toBe(
      'kader@1.1.0',
    );
  });

  it("continues on the version of the facility's latest round", () => {
    const rounds = [{ frameworkId: 'kader', frameworkVersion: '1.1.0' }];
    expect(defaultFrameworkKey(catalogue, rounds)).toBe('kader@1.1.0');
    const gone = [{ frameworkId: 'kader', frameworkVersion: '0.9.0' }];
    expect(defaultFrameworkKey(catalogue, gone)).toBe('kader@1.0.0');
    expect(defaultFrameworkKey([], gone)).toBe('');
  });
});
