/**
 * A synthetic, clearly labelled demo set (issue 12): facilities of various types and regions
 * with two finalised rounds each, so an evaluator can try the comparison before real exchange
 * files arrive. Deterministic: the same seed always gives the same records (a seeded PRNG, fixed
 * dates), so tests, screenshots and two demo sessions agree.
 *
 * Every record carries `demo: true`; names start with "Demo" and codes with "DEMO-". Nothing
 * here describes a person.
 */
import type { Framework } from '../schemas/framework';
import type { Answer, Assessment, Facility, FacilityType, Region } from '../schemas/records';
import { emptyAnswer } from './answer';
import { OTHER_FACILITY_TYPE } from './facility-types';
import { criterionNa, criterionScale } from './framework-model';
import { SCORING_METHOD_VERSION } from './scoring';

export const DEMO_SEED = 20261202;
export const DEMO_FACILITY_COUNT = 40;
export const DEMO_ID_PREFIX = 'demo-';

/** mulberry32: tiny, fast, good enough for synthetic data; never for anything secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS: readonly Region[] = [
  'antwerpen',
  'limburg',
  'oost-vlaanderen',
  'vlaams-brabant',
  'west-vlaanderen',
  'brussel',
];
// Invented place-like names; "Demo" in front so no one mistakes them for real facilities.
const NAMES = [
  'De Linde',
  'Het Anker',
  'De Horizon',
  'Ter Beuken',
  'De Vlier',
  'Het Kompas',
  'De Brug',
  'Zonnewende',
  'De Klaproos',
  'Het Baken',
  'De Wilg',
  'Ter Heide',
];

export interface DemoOptions {
  seed?: number;
  count?: number;
  /** The two rounds' periods and dates (fixed, so the set does not depend on today). */
  periods?: readonly { label: string; date: string }[];
  /**
   * The facility types to spread over (the types of the frameworks on the device); by default
   * the ones `framework` declares, else only "other".
   */
  types?: readonly FacilityType[];
}

export interface DemoSet {
  facilities: Facility[];
  assessments: Assessment[];
}

const DEFAULT_PERIODS = [
  { label: '2025', date: '2025-06-15T09:00:00.000Z' },
  { label: '2026', date: '2026-06-15T09:00:00.000Z' },
];

/** Criteria a facility of this type plausibly marks N/A, with the reason it gives. */
function notApplicableFor(type: FacilityType, domainCode: string): string | null {
  if (type === 'zorgcentrum-seksueel-geweld' && (domainCode === 'D4' || domainCode === 'D5')) {
    return 'Geen residentiële opvang in deze voorziening';
  }
  if (type === 'centrum-mensenhandel' && domainCode === 'D4') {
    return 'Geen leefgroepen: begeleiding gebeurt ambulant';
  }
  return null;
}

function demoTypes(framework: Framework, given: readonly FacilityType[] | undefined) {
  const types = given ?? (framework.facilityTypes ?? []).map((type) => type.id);
  return types.length > 0 ? types : [OTHER_FACILITY_TYPE];
}

export function generateDemoSet(framework: Framework, options: DemoOptions = {}): DemoSet {
  const random = seededRandom(options.seed ?? DEMO_SEED);
  const count = options.count ?? DEMO_FACILITY_COUNT;
  const periods = options.periods ?? DEFAULT_PERIODS;
  const types = demoTypes(framework, options.types);
  const facilities: Facility[] = [];
  const assessments: Assessment[] = [];
  const created = periods[0]?.date ?? DEFAULT_PERIODS[0]!.date;

  for (let i = 0; i < count; i++) {
    const n = String(i + 1).padStart(2, '0');
    const type = types[Math.floor(random() * types.length)]!;
    const region = REGIONS[i % REGIONS.length]!;
    const facility: Facility = {
      id: `${DEMO_ID_PREFIX}f${n}`,
      name: `Demo ${NAMES[i % NAMES.length]!} ${n}`,
      type,
      region,
      alias: `DEMO-${n}`,
      archived: false,
      createdAt: created,
      updatedAt: created,
      demo: true,
    };
    facilities.push(facility);

    // A facility's maturity (on the 1..5 feel of the scale), strengths per domain, and growth.
    const maturity = 0.25 + random() * 0.55;
    const domainBias = new Map(framework.domains.map((d) => [d.id, (random() - 0.5) * 0.35]));
    const growth = (random() - 0.2) * 0.18;
    // A few facilities leave part of the latest round open, so "listed apart" has members.
    const leavesOpen = i % 13 === 5;

    let previousId: string | null = null;
    periods.forEach((period, p) => {
      const id = `${DEMO_ID_PREFIX}f${n}-r${p + 1}`;
      const answers: Record<string, Answer> = {};
      for (const domain of framework.domains) {
        const naReason = notApplicableFor(type, domain.code);
        for (const criterion of domain.criteria) {
          const scale = criterionScale(framework, criterion);
          if (!scale) continue;
          const values = scale.levels.map((l) => l.value).sort((a, b) => a - b);
          const base = emptyAnswer(period.date);
          if (naReason !== null && criterionNa(framework, criterion).allowed) {
            answers[criterion.id] = { ...base, notApplicable: true, naReason };
            continue;
          }
          if (leavesOpen && p === periods.length - 1 && random() < 0.35) continue;
          const position = Math.min(
            1,
            Math.max(
              0,
              maturity + (domainBias.get(domain.id) ?? 0) + growth * p + (random() - 0.5) * 0.35,
            ),
          );
          const level = values[Math.round(position * (values.length - 1))]!;
          answers[criterion.id] = { ...base, level };
        }
      }
      assessments.push({
        id,
        facilityId: facility.id,
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        scoringMethodVersion: SCORING_METHOD_VERSION,
        periodLabel: period.label,
        participants: [{ role: 'Kwaliteitsteam', count: 3 + Math.floor(random() * 4) }],
        status: 'afgerond',
        createdAt: period.date,
        updatedAt: period.date,
        finalisedAt: period.date,
        reopenings: [],
        revision: 1,
        previousAssessmentId: previousId,
        answers,
        demo: true,
      });
      previousId = id;
    });
  }
  return { facilities, assessments };
}
