import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { position, type Stats } from '../../domain/compare';
import { localize } from '../../domain/localize';
import { renderMessage } from '../../i18n/message';
import type { AssessmentResult } from '../../domain/scoring';
import {
  importBenchmark,
  loadBenchmark,
  removeBenchmark,
  type BenchmarkProblem,
} from '../../flows/benchmark';
import type { Framework } from '../../schemas/framework';
import { readFileText } from '../../ui/files';
import type { Formatters } from '../shared/use-formatters';
import { DataTable } from './data-table';

interface Props {
  framework: Framework;
  result: AssessmentResult;
  f: Formatters;
}

/** Suspends only itself while its catalogue loads, never the rest of the results page. */
export function SectorPosition(props: Props) {
  return (
    <Suspense fallback={null}>
      <SectorPositionSection {...props} />
    </Suspense>
  );
}

type Outcome =
  | { kind: 'imported' }
  | { kind: 'refused'; file: string; problems: BenchmarkProblem[] }
  | { kind: 'failed' };

/**
 * Where this round stands against a sector benchmark an evaluator sent (issue 12): per domain
 * and per criterion, the facility's own figure next to the sector's quartiles and median.
 */
function SectorPositionSection({ framework, result, f }: Props) {
  const { t, i18n } = useTranslation('benchmark');
  const inputId = useId();
  const benchmark = useLiveQuery(loadBenchmark);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const lang = i18n.language === 'en' ? 'en' : 'nl-BE';

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setOutcome({ kind: 'failed' });
      return;
    }
    const read = await importBenchmark(text);
    if (read.ok) setOutcome({ kind: 'imported' });
    else if ('error' in read)
      setOutcome({ kind: 'refused', file: file.name, problems: read.error });
    else setOutcome({ kind: 'failed' });
  }

  const matches =
    benchmark &&
    benchmark.frameworkId === framework.id &&
    benchmark.frameworkVersion === framework.version;
  const placeText = (value: number | null, stats: Stats | null) =>
    stats === null
      ? t('suppressed')
      : value === null
        ? t('noValue')
        : t(`position.${position(value, stats)}`);

  const domainRows = framework.domains.map((d, i) => ({
    id: d.id,
    name: `${d.code} ${localize(d.title, i18n.language)}`,
    own: result.domains[i]?.score ?? null,
    stats: benchmark?.domains.find((x) => x.domainId === d.id)?.stats ?? null,
  }));
  const criterionRows = framework.domains.flatMap((d, i) =>
    d.criteria.map((c, j) => ({
      id: c.id,
      name: `${c.code} ${localize(c.title, i18n.language)}`,
      own: result.domains[i]?.criteria[j]?.level ?? null,
      stats: benchmark?.criteria.find((x) => x.criterionId === c.id)?.stats ?? null,
    })),
  );
  type Row = (typeof domainRows)[number];
  const columns = (format: (v: number) => string, ownHeader: string) => [
    { id: 'name', header: t('col.item'), rowHeader: true, cell: (r: Row) => r.name },
    {
      id: 'own',
      header: ownHeader,
      num: true,
      cell: (r: Row) => (r.own === null ? '–' : format(r.own)),
    },
    ...(['q1', 'median', 'q3'] as const).map((key) => ({
      id: key,
      header: t(`col.${key}`),
      num: true,
      cell: (r: Row) => (r.stats ? format(r.stats[key]) : '–'),
    })),
    { id: 'place', header: t('col.position'), cell: (r: Row) => placeText(r.own, r.stats) },
  ];

  return (
    <section aria-labelledby="sector-heading" className="sector-position">
      <h2 id="sector-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div className="field no-print">
        <label htmlFor={inputId}>{t('choose')}</label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      <div role="status">
        {outcome?.kind === 'imported' ? <p className="success-box">{t('imported')}</p> : null}
      </div>
      {outcome?.kind === 'refused' ? (
        <div className="error-box" role="alert">
          <p>{t('refused', { file: outcome.file })}</p>
          <ul className="problem-list">
            {outcome.problems.map((p, i) => (
              <li key={i}>
                {t(`problems.${p.code}`, p.params ?? {})}
                {p.detail ? ` ${renderMessage(p.detail, lang)}` : ''}
                {p.path !== '$' ? (
                  <>
                    {' '}
                    <span className="muted">
                      {t('where')} <code>{p.path}</code>
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p className="error-box" role="alert">
          {t('failed')}
        </p>
      ) : null}
      {benchmark === undefined ? null : benchmark === null ? (
        <p>{t('none')}</p>
      ) : !matches ? (
        <p className="notice">
          {t('otherVersion', {
            id: benchmark.frameworkId,
            version: benchmark.frameworkVersion,
            ownVersion: framework.version,
          })}
        </p>
      ) : (
        <>
          <p>
            {t('about', {
              count: benchmark.facilityCount,
              date: f.date(benchmark.createdAt),
            })}
          </p>
          <DataTable
            caption={t('domainsCaption')}
            columns={columns(f.pct, t('col.ownScore'))}
            rows={domainRows}
            rowKey={(r) => r.id}
            keyboardScroll
          />
          <DataTable
            caption={t('criteriaCaption')}
            columns={columns(f.num, t('col.ownLevel'))}
            rows={criterionRows}
            rowKey={(r) => r.id}
            keyboardScroll
          />
        </>
      )}
      {benchmark ? (
        <p className="no-print">
          <button type="button" className="button" onClick={() => void removeBenchmark()}>
            {t('remove')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
