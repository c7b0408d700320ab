// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkBackup, prepareFrameworks } from '../../src/flows/backup';
import type { Backup } from '../../src/schemas/backup';
import type { Answer } from '../../src/schemas/records';
import { LOCAL_FRAMEWORK, frameworkText } from '../db/framework-fixtures';

const T = '2026-03-01T09:00:00.000Z';

const answer: Answer = {
  level: 3,
  notApplicable: false,
  naReason: '',
  target: null,
  evidence: [],
  actions: [],
  toDiscuss: false,
  updatedAt: T,
};

function backup(answers: Record<string, Answer> = { 'signalen-herkennen': answer }): Backup {
  return {
    format: 'kwaliteitskader-backup',
    formatVersion: 1,
    createdAt: T,
    facilities: [],
    assessments: [
      {
        id: 'a1',
        facilityId: 'f1',
        frameworkId: LOCAL_FRAMEWORK.id,
        frameworkVersion: LOCAL_FRAMEWORK.version,
        scoringMethodVersion: '1.0.0',
        periodLabel: '2026',
        participants: [],
        status: 'concept',
        createdAt: T,
        updatedAt: T,
        finalisedAt: null,
        reopenings: [],
        revision: 1,
        previousAssessmentId: null,
        answers,
      },
    ],
    frameworks: [
      {
        id: LOCAL_FRAMEWORK.id,
        version: LOCAL_FRAMEWORK.version,
        text: frameworkText(LOCAL_FRAMEWORK.id, LOCAL_FRAMEWORK.version),
      },
    ],
  };
}

describe('checks before a restore writes', () => {
  it('accepts a well-formed backup', () => {
    expect(checkBackup(backup()).ok).toBe(true);
  });

  it('refuses an answer keyed by a prototype key, however the object was built', () => {
    // JSON.parse makes "__proto__" an own key; a caller handing in such an object is refused.
    const answers = JSON.parse(
      `{"__proto__": ${JSON.stringify(answer)}, "signalen-herkennen": ${JSON.stringify(answer)}}`,
    ) as Record<string, Answer>;
    const result = checkBackup(backup(answers));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', detail: expect.stringMatching(/a1/) },
    });
    for (const key of ['constructor', 'prototype']) {
      expect(checkBackup(backup({ [key]: answer })).ok).toBe(false);
    }
  });

  it('turns each embedded framework into the record to store', () => {
    const result = prepareFrameworks(backup(), T);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value).toHaveLength(1);
    expect(result.value[0]!.record).toMatchObject({
      id: LOCAL_FRAMEWORK.id,
      version: LOCAL_FRAMEWORK.version,
      loadedAt: T,
    });
    expect(result.value[0]!.label).toBe(`Minimaal kader ${LOCAL_FRAMEWORK.version}`);
  });

  it('refuses an embedded framework whose file names another id or version', () => {
    const otherVersion = backup();
    otherVersion.frameworks[0]!.text = frameworkText(LOCAL_FRAMEWORK.id, '2.0.0');
    expect(prepareFrameworks(otherVersion, T)).toEqual({
      ok: false,
      error: { kind: 'invalid', detail: '$.frameworks[0]' },
    });
    const otherId = backup();
    otherId.frameworks[0]!.text = frameworkText('ander-kader', LOCAL_FRAMEWORK.version);
    expect(prepareFrameworks(otherId, T).ok).toBe(false);
    const broken = backup();
    broken.frameworks[0]!.text = '{}';
    expect(prepareFrameworks(broken, T).ok).toBe(false);
  });
});
