// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chooseSet,
  defaultFilter,
  distributions,
  rank,
  scoreSet,
  type CompareFacility,
} from '../../src/domain/compare';
import { generateDemoSet } from '../../src/domain/demo-data';
import { validateRound } from '../../src/domain/validate-round';
import { loadFrameworkText } from '../../src/io/framework-loader';
import { AssessmentSchema, FacilitySchema } from '../../src/schemas/records';

const loaded = loadFrameworkText(
  readFileSync(
    new URL('../../frameworks/kwaliteitskader-tienerpooiers-1.0.0.json', import.meta.url),
    'utf8',
  ),
);
if (!loaded.ok) throw new Error('bundled framework does not load');
const framework = loaded.value;

const TYPES = ['gemeenschapsinstelling', 'private-jeugdhulp', 'vaph', 'centrum-mensenhandel'];

describe('generateDemoSet', () => {
  // Built inside each test, so the mutation run traces it there.
  const build = () => generateDemoSet(framework, { types: TYPES });

  it('is deterministic and clearly marked', () => {
    const set = build();
    expect(generateDemoSet(framework, { types: TYPES })).toEqual(set);
    expect(generateDemoSet(framework, { seed: 1, types: TYPES })).not.toEqual(set);
    expect(set.facilities).toHaveLength(40);
    expect(set.assessments).toHaveLength(80);
    for (const f of set.facilities) {
      expect(f.demo).toBe(true);
      expect(f.name.startsWith('Demo ')).toBe(true);
      expect(f.alias.startsWith('DEMO-')).toBe(true);
      expect(FacilitySchema.safeParse(f).success).toBe(true);
    }
    expect(new Set(set.facilities.map((f) => f.type))).toEqual(new Set(TYPES));
    expect(new Set(set.facilities.map((f) => f.region)).size).toBe(6);
  });

  it('spreads over the types the framework declares, else over "other" only', () => {
    const declaring = {
      ...framework,
      facilityTypes: [
        { id: 'crisisopvang', label: { 'nl-BE': 'Crisisopvang' } },
        { id: 'kleinschalig', label: { 'nl-BE': 'Kleinschalig' } },
      ],
    };
    const types = (fw: typeof framework) =>
      new Set(generateDemoSet(fw, { count: 20 }).facilities.map((f) => f.type));
    expect(types(declaring)).toEqual(new Set(['crisisopvang', 'kleinschalig']));
    expect(types(framework)).toEqual(new Set(['other']));
  });

  it('makes valid rounds that the app’s own checks accept', () => {
    const set = build();
    const byId = new Map(set.assessments.map((a) => [a.id, a]));
    for (const round of set.assessments) {
      expect(round.demo).toBe(true);
      expect(AssessmentSchema.safeParse(round).success).toBe(true);
      const problems = validateRound(round, {
        framework,
        findRound: (id) => byId.get(id),
        now: new Date('2027-01-01T00:00:00Z'),
      });
      expect(problems).toEqual([]);
    }
  });

  it('gives a spread of scores, some facilities apart and some N/A with reasons', () => {
    const set = build();
    const facilities: CompareFacility[] = set.facilities.map((f) => ({
      id: f.id,
      name: f.name,
      code: f.alias,
      type: f.type,
      region: f.region,
      imported: false,
      demo: true,
    }));
    const scored = scoreSet(
      framework,
      chooseSet(facilities, set.assessments, defaultFilter(framework.id, framework.version)),
    );
    expect(scored).toHaveLength(40);
    const ranking = rank(scored);
    expect(ranking.apart.length).toBeGreaterThan(0);
    const scores = ranking.ranked.map((r) => r.score!);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(25);
    const dist = distributions(framework, scored);
    expect(dist.criteria.some((c) => c.naReasons.length > 0)).toBe(true);
  });

  it('marks N/A, with the reason, only the domains a type does not offer', () => {
    const naDomains = (type: string) => {
      const set = generateDemoSet(framework, { types: [type], count: 3 });
      const reasons = new Map<string, Set<string>>();
      for (const domain of framework.domains) {
        for (const criterion of domain.criteria) {
          for (const round of set.assessments) {
            const answer = round.answers[criterion.id];
            if (!answer?.notApplicable) continue;
            const list = reasons.get(domain.code) ?? new Set<string>();
            list.add(answer.naReason ?? '');
            reasons.set(domain.code, list);
          }
        }
      }
      return [...reasons.entries()].map(([code, r]) => [code, [...r]]);
    };
    expect(naDomains('zorgcentrum-seksueel-geweld')).toEqual([
      ['D4', ['Geen residentiële opvang in deze voorziening']],
      ['D5', ['Geen residentiële opvang in deze voorziening']],
    ]);
    expect(naDomains('centrum-mensenhandel')).toEqual([
      ['D4', ['Geen leefgroepen: begeleiding gebeurt ambulant']],
    ]);
    expect(naDomains('vaph')).toEqual([]);
  });

  it('without periods makes facilities only, dated at the default first period', () => {
    const set = generateDemoSet(framework, { types: TYPES, count: 2, periods: [] });
    expect(set.assessments).toEqual([]);
    expect(set.facilities.map((f) => f.createdAt)).toEqual([
      '2025-06-15T09:00:00.000Z',
      '2025-06-15T09:00:00.000Z',
    ]);
  });
});
