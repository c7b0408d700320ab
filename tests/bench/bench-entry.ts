// Runs inside Chromium on the same origin as the app build, so it measures the real
// repository code against the real IndexedDB the app uses.
import { db } from '../../src/db/database';
import { createFacility, listFacilities } from '../../src/db/facilities-repo';
import { listAssessmentSummaries, saveAnswer } from '../../src/db/assessments-repo';
import { createAssessment } from '../../src/flows/assessments';
import { emptyAnswer, type Assessment, type Facility } from '../../src/schemas/records';
import { SCORING_METHOD_VERSION } from '../../src/domain/scoring';
import { exportExchange } from '../../src/flows/exchange-export';
import { applyImport, previewImport } from '../../src/flows/exchange-import';
import { readExchangeText, writeExchangeText } from '../../src/io/exchange/format';
import { readExchangeFiles } from '../../src/io/exchange/parse-client';
import { listAssessments } from '../../src/db/assessments-repo';
import { writeDemoSet } from '../../src/db/demo-repo';
import { defaultFilter } from '../../src/domain/compare';
import { generateDemoSet } from '../../src/domain/demo-data';
import { loadBundledFrameworks } from '../../src/io/bundled-frameworks';
import {
  buildComparison,
  type CompareRecords,
} from '../../src/features/compare/analysis/use-comparison';
import { FULL_SECTIONS } from '../../src/domain/report';
import { makeReport, type ReportFormat } from '../../src/features/reports/make';
import { fullRound, STAMP } from '../features/reports/report-fixture';

const FRAMEWORK_ID = 'kwaliteitskader-tienerpooiers';
const FRAMEWORK_VERSION = '1.0.0';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function saveAnswerTimings(count: number, criterionIds: string[]) {
  const facility = await createFacility({
    name: 'Bench',
    type: 'other',
    region: 'other',
    alias: '',
  });
  if (!facility.ok) throw new Error(`createFacility: ${facility.error.kind}`);
  const created = await createAssessment({
    facilityId: facility.value.id,
    frameworkId: FRAMEWORK_ID,
    frameworkVersion: FRAMEWORK_VERSION,
    periodLabel: 'bench',
    participants: [{ role: 'team', count: 3 }],
  });
  if (!created.ok) throw new Error(`createAssessment: ${created.error.kind}`);
  let current = created.value;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const criterionId = criterionIds[i % criterionIds.length]!;
    const base = current.answers[criterionId]?.updatedAt ?? null;
    const answer = {
      ...(current.answers[criterionId] ?? emptyAnswer(new Date().toISOString())),
      level: (i % 5) + 1,
    };
    const t0 = performance.now();
    const result = await saveAnswer(current.id, criterionId, answer, base);
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(`saveAnswer: ${result.error.kind}`);
    current = result.value;
  }
  return {
    median: median(times),
    p95: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!,
  };
}

async function seed(facilities: number, assessmentsPerFacility: number, criterionIds: string[]) {
  const now = new Date().toISOString();
  const facilityRows: Facility[] = [];
  const assessmentRows: Assessment[] = [];
  for (let f = 0; f < facilities; f++) {
    const id = `bench-f-${f}`;
    facilityRows.push({
      id,
      name: `Voorziening ${String(f).padStart(3, '0')}`,
      type: 'private-jeugdhulp',
      region: 'antwerpen',
      alias: `V${f}`,
      archived: false,
      createdAt: now,
      updatedAt: now,
    });
    for (let a = 0; a < assessmentsPerFacility; a++) {
      const answers: Assessment['answers'] = {};
      for (const [i, c] of criterionIds.entries()) {
        answers[c] = { ...emptyAnswer(now), level: ((i + a) % 5) + 1 };
      }
      assessmentRows.push({
        id: `bench-a-${f}-${a}`,
        facilityId: id,
        frameworkId: FRAMEWORK_ID,
        frameworkVersion: FRAMEWORK_VERSION,
        scoringMethodVersion: SCORING_METHOD_VERSION,
        periodLabel: `${2020 + a} voorjaar`,
        participants: [{ role: 'team', count: 4 }],
        status: a < assessmentsPerFacility - 1 ? 'afgerond' : 'concept',
        createdAt: now,
        updatedAt: now,
        finalisedAt: a < assessmentsPerFacility - 1 ? now : null,
        reopenings: [],
        revision: 1,
        previousAssessmentId: null,
        answers,
      });
    }
  }
  const t0 = performance.now();
  await db.transaction('rw', db.facilities, db.assessments, async () => {
    await db.facilities.bulkPut(facilityRows);
    for (let i = 0; i < assessmentRows.length; i += 500)
      await db.assessments.bulkPut(assessmentRows.slice(i, i + 500));
  });
  return { seedMs: performance.now() - t0 };
}

async function reset() {
  await db.transaction('rw', db.facilities, db.assessments, async () => {
    await db.facilities.clear();
    await db.assessments.clear();
  });
}

/** The two queries behind the facility list, timed on their own. */
async function listQueries() {
  const t0 = performance.now();
  const facilities = await listFacilities();
  const t1 = performance.now();
  const summaries = await listAssessmentSummaries();
  const t2 = performance.now();
  return {
    facilitiesMs: t1 - t0,
    summariesMs: t2 - t1,
    facilities: facilities.length,
    summaries: summaries.length,
  };
}

/**
 * Comparison (issue 12): `facilities` synthetic facilities with two finalised rounds each (the
 * demo generator, so the profiles are plausible), stored in IndexedDB; then the reads and the
 * pure aggregation behind the views, timed apart.
 */
async function compareBench(facilities: number, runs: number) {
  const framework = (await loadBundledFrameworks()).frameworks[0]!.framework;
  await db.transaction('rw', db.facilities, db.assessments, db.exchangeLog, async () => {
    await db.facilities.clear();
    await db.assessments.clear();
    await db.exchangeLog.clear();
  });
  const set = generateDemoSet(framework, { count: facilities });
  const written = await writeDemoSet(set);
  if (!written.ok) throw new Error(`seed: ${JSON.stringify(written.error)}`);
  const r0 = performance.now();
  const [facilityRows, rounds] = await Promise.all([
    listFacilities({ includeArchived: true }),
    listAssessments(),
  ]);
  const readMs = performance.now() - r0;
  const records: CompareRecords = {
    facilities: facilityRows.map((f) => ({
      id: f.id,
      name: f.name,
      code: f.alias,
      type: f.type,
      region: f.region,
      imported: false,
      demo: true,
    })),
    rounds,
    versions: [],
  };
  const filter = defaultFilter(framework.id, framework.version);
  // Cold: as when the page opens or the data changed (a new list of rounds, nothing scored
  // yet). Warm: another filter or view over the same rows (round scores reused).
  // The over-time series is worked out when first read (the over-time view): timed apart,
  // right after the cold build it belongs to.
  const times: number[] = [];
  const timelineTimes: number[] = [];
  const warmTimes: number[] = [];
  let facilitiesInSet = 0;
  for (let i = 0; i < runs; i++) {
    const fresh = { ...records, rounds: [...records.rounds] };
    const t0 = performance.now();
    const built = buildComparison(fresh, framework, filter);
    const t1 = performance.now();
    built.timeline();
    timelineTimes.push(performance.now() - t1);
    times.push(t1 - t0);
    facilitiesInSet = built.scored.length;
  }
  buildComparison(records, framework, filter).timeline();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    buildComparison(records, framework, { ...filter, regions: i % 2 ? ['antwerpen'] : [] });
    warmTimes.push(performance.now() - t0);
  }
  return {
    readMs,
    aggregateMs: median(times),
    runs: times,
    timelineMs: median(timelineTimes),
    timelineRuns: timelineTimes,
    warmMs: median(warmTimes),
    warmRuns: warmTimes,
    facilitiesInSet,
    rounds: rounds.length,
  };
}

/**
 * Reports (issue 13): the full facility report of a 64-criterion round (framework 1.0.0, every
 * section, evidence and actions), made as the Rapporten area makes it: read from IndexedDB,
 * composed, written by the lazily loaded writer. The first run of each format includes loading
 * that writer's chunk; the median is over all runs.
 */
async function reportBench(runs: number) {
  await db.delete();
  await db.open();
  const bundled = await loadBundledFrameworks();
  const framework = bundled.frameworks.find(
    (f) => f.framework.version === FRAMEWORK_VERSION,
  )!.framework;
  const round = fullRound(framework, { id: 'bench-round', facilityId: 'bench-facility' });
  await db.facilities.put({
    id: 'bench-facility',
    name: 'Voorziening Bench',
    type: 'other',
    region: 'other',
    alias: '',
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  await db.assessments.put(round);
  const out: Record<string, { first: number; median: number; bytes: number }> = {};
  for (const format of ['pdf', 'docx', 'csv'] as ReportFormat[]) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const made = await makeReport(
        {
          kind: 'facility',
          format,
          assessmentId: round.id,
          sections: FULL_SECTIONS,
          lang: 'nl-BE',
          includeDemo: false,
        },
        new Date(),
      );
      times.push(performance.now() - t0);
      if (!made.ok) throw new Error(`report: ${JSON.stringify(made.error)}`);
      bytes =
        typeof made.value.bytes === 'string' ? made.value.bytes.length : made.value.bytes.length;
    }
    out[format] = { first: times[0]!, median: median(times), bytes };
  }
  return { criteria: Object.keys(round.answers).length, ...out };
}

Object.assign(window, {
  bench: {
    saveAnswerTimings,
    seed,
    reset,
    listQueries,
    exchangeBench,
    compareBench,
    reportBench,
  },
});
document.getElementById('state')!.textContent = 'ready';

// ---------------------------------------------------------------------------------------------
// Exchange files (issue 11): 500 facilities' files, 2 rounds x 64 answers with evidence and
// actions, exported one file per facility, then imported in one batch on an empty device.
// ---------------------------------------------------------------------------------------------

interface BenchCriterion {
  id: string;
  levels: number[];
}

function benchAnswers(criteria: BenchCriterion[], round: number, now: string) {
  const answers: Assessment['answers'] = {};
  for (const [i, c] of criteria.entries()) {
    answers[c.id] = {
      ...emptyAnswer(now),
      level: c.levels[(i + round) % c.levels.length]!,
      evidence: [
        {
          id: `e-${i}`,
          kind: 'document',
          note: `Procedure en verslag van het teamoverleg over criterium ${i + 1}, met opvolging.`,
          reference: `DOC-${round}-${i}`,
        },
      ],
      actions: [
        {
          id: `a-${i}`,
          what: `Vorming voor het hele team en een werkinstructie voor criterium ${i + 1}.`,
          responsibleRole: 'teamcoach',
          dueDate: '2027-06-30',
          status: 'open',
        },
      ],
    };
  }
  return answers;
}

async function exchangeBench(
  facilities: number,
  criteria: BenchCriterion[],
  profileInline = 0,
  runs = 1,
) {
  await reset();
  const now = new Date().toISOString();
  const facilityRows: Facility[] = [];
  const roundRows: Assessment[] = [];
  for (let f = 0; f < facilities; f++) {
    const id = `x-f-${f}`;
    facilityRows.push({
      id,
      name: `Voorziening ${String(f).padStart(3, '0')}`,
      type: 'private-jeugdhulp',
      region: 'antwerpen',
      alias: `V${f}`,
      archived: false,
      createdAt: now,
      updatedAt: now,
    });
    for (let r = 0; r < 2; r++) {
      roundRows.push({
        id: `x-a-${f}-${r}`,
        facilityId: id,
        frameworkId: FRAMEWORK_ID,
        frameworkVersion: FRAMEWORK_VERSION,
        scoringMethodVersion: SCORING_METHOD_VERSION,
        periodLabel: `${2025 + r} voorjaar`,
        participants: [{ role: 'team', count: 4 }],
        status: 'afgerond',
        createdAt: now,
        updatedAt: now,
        finalisedAt: now,
        reopenings: [],
        revision: 65,
        previousAssessmentId: null,
        answers: benchAnswers(criteria, r, now),
      });
    }
  }
  await db.transaction('rw', db.facilities, db.assessments, async () => {
    await db.facilities.bulkPut(facilityRows);
    await db.assessments.bulkPut(roundRows);
  });

  // Export: one file per facility, through the real flow (reads, hashes, records the versions).
  const texts: { name: string; text: string }[] = [];
  // With BENCH_PROFILE=1 the driver collects a CPU profile of each stage (console.profile).
  const profile = (title: string) => {
    if (profileInline > 0) console.profile(title);
  };
  const profileEnd = (title: string) => {
    if (profileInline > 0) console.profileEnd(title);
  };
  profile('the export');
  const e0 = performance.now();
  for (let f = 0; f < facilities; f++) {
    const result = await exportExchange({
      facilityId: `x-f-${f}`,
      roundIds: [`x-a-${f}-0`, `x-a-${f}-1`],
      includeName: true,
    });
    if (!result.ok) throw new Error(`export: ${JSON.stringify(result.error)}`);
    texts.push({ name: result.value.filename, text: result.value.text });
  }
  const exportMs = performance.now() - e0;
  profileEnd('the export');
  const bytes = texts.reduce((sum, t) => sum + t.text.length, 0);

  const sources = texts.map((t, i) => ({
    key: `b${i}`,
    name: t.name,
    blob: new Blob([t.text], { type: 'application/json' }),
  }));
  // Profiling aid: the same reader on the page thread, one file after another.
  let inlineMsPerFile = 0;
  if (profileInline > 0) {
    const i0 = performance.now();
    for (const t of texts.slice(0, profileInline)) await readExchangeText(t.text);
    inlineMsPerFile = (performance.now() - i0) / profileInline;
  }

  // Import on an empty device, `runs` times (the machine is shared: one run says little).
  const previewRuns: number[] = [];
  const applyRuns: number[] = [];
  const readOnlyRuns: number[] = [];
  const gapRuns: number[] = [];
  let verdicts = new Map<string, number>();
  let written = 0;
  for (let run = 0; run < runs; run++) {
    await db.transaction('rw', [db.facilities, db.assessments, db.exchangeLog], async () => {
      await db.facilities.clear();
      await db.assessments.clear();
      await db.exchangeLog.clear();
    });
    // Longest gap between frames while the summary is prepared: how long the page froze.
    let longestGap = 0;
    let last = performance.now();
    let watching = true;
    const watch = () => {
      const t = performance.now();
      longestGap = Math.max(longestGap, t - last);
      last = t;
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const r0 = performance.now();
    await readExchangeFiles(sources.map((s) => ({ blob: s.blob })));
    readOnlyRuns.push(performance.now() - r0);
    if (run === 0) profile('the summary');
    const p0 = performance.now();
    const preview = await previewImport(sources);
    previewRuns.push(performance.now() - p0);
    if (run === 0) profileEnd('the summary');
    watching = false;
    gapRuns.push(longestGap);
    verdicts = new Map<string, number>();
    for (const file of preview.files)
      verdicts.set(file.verdict, (verdicts.get(file.verdict) ?? 0) + 1);
    if (run === 0) profile('the writes');
    const a0 = performance.now();
    const applied = await applyImport(preview, new Map());
    applyRuns.push(performance.now() - a0);
    if (run === 0) profileEnd('the writes');
    if (!applied.ok) throw new Error(`apply: ${JSON.stringify(applied.error)}`);
    written = applied.value.written.length;
  }

  // The cost of one encrypted file: PBKDF2 (600,000 iterations) + AES-GCM + checks.
  const encryptedText = await writeExchangeText(
    {
      facility: { id: 'enc', type: 'other', region: 'other', code: 'ENC', name: 'Versleuteld' },
      rounds: [
        {
          ...(({ facilityId: _f, ...rest }) => rest)(roundRows[0]!),
          frameworkContentHash: '00000000000000',
          ancestry: [],
        },
      ],
      frameworks: [],
    },
    { appVersion: 'bench', exportedAt: now, passphrase: 'bench-wachtwoord' },
  );
  const decryptRuns: number[] = [];
  for (let run = 0; run < runs; run++) {
    const d0 = performance.now();
    const decrypted = await readExchangeText(encryptedText, 'bench-wachtwoord');
    decryptRuns.push(performance.now() - d0);
    if (!decrypted.ok) throw new Error(`decrypt: ${JSON.stringify(decrypted.error.problems)}`);
  }

  return {
    files: texts.length,
    bytes,
    exportMs,
    previewMs: median(previewRuns),
    previewRuns,
    applyMs: median(applyRuns),
    applyRuns,
    longestGapMs: Math.max(...gapRuns),
    verdicts: Object.fromEntries(verdicts),
    written,
    rounds: await db.assessments.count(),
    decryptMs: median(decryptRuns),
    decryptRuns,
    readOnlyMs: median(readOnlyRuns),
    readOnlyRuns,
    inlineMsPerFile,
  };
}
