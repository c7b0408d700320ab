import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BOARD_SECTIONS,
  FULL_SECTIONS,
  REPORT_SECTIONS,
  type ReportSection,
} from '../../domain/report';
import { localize } from '../../domain/localize';
import { defaultFilter } from '../../domain/compare';
import { listComparisonVersions, listReportable } from '../../flows/reports';
import { useCompareStore } from '../../store/compare-store';
import { LANGUAGES } from '../../i18n';
import { downloadBytes } from '../../ui/files';
import { Page } from '../../ui/page';
import { useFrameworks } from '../shared/use-frameworks';
import { makeReport, type ReportFormat, type ReportKind, type ReportRequest } from './make';
import './reports.css';

const FORMATS: readonly ReportFormat[] = ['pdf', 'docx', 'csv'];
const KINDS: readonly ReportKind[] = ['facility', 'plan', 'comparison'];

type Outcome =
  { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'error'; message: string };

/** /rapporten: what can be made, by facility, round and kind, and one click per format. */
export function ReportsArea({ clock = () => new Date() }: { clock?: () => Date }) {
  const { t, i18n } = useTranslation(['reports', 'results', 'framework']);
  const id = useId();
  const [includeDemo, setIncludeDemo] = useState(false);
  const data = useLiveQuery(() => listReportable({ includeDemo }), [includeDemo]);
  const versions = useLiveQuery(() => listComparisonVersions(includeDemo), [includeDemo]);
  // The comparison report follows the comparison views: their set and their anonymise switch.
  const storedFilter = useCompareStore((s) => s.filter);
  const anonymise = useCompareStore((s) => s.anonymise);
  const setAnonymise = useCompareStore((s) => s.setAnonymise);
  const [versionKey, setVersionKey] = useState('');
  const [kind, setKind] = useState<ReportKind>('facility');
  const [facilityId, setFacilityId] = useState('');
  const [roundId, setRoundId] = useState('');
  const [sections, setSections] = useState<readonly ReportSection[]>(FULL_SECTIONS);
  const [lang, setLang] = useState<string>(i18n.language);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const facilities = data?.facilities ?? [];
  const chosen = facilities.find((f) => f.facility.id === facilityId) ?? facilities[0];
  const rounds = chosen?.rounds ?? [];
  const round = rounds.find((r) => r.id === roundId) ?? rounds[0];
  const frameworks = useFrameworks(rounds);

  const versionOf = (v: { frameworkId: string; frameworkVersion: string }) =>
    `${v.frameworkId}@${v.frameworkVersion}`;
  const version = versions?.find((v) => versionOf(v) === versionKey) ?? versions?.[0];
  const comparisonFilter = version
    ? storedFilter && versionOf(storedFilter) === versionOf(version)
      ? storedFilter
      : defaultFilter(version.frameworkId, version.frameworkVersion)
    : null;

  async function make(format: ReportFormat) {
    if (kind === 'facility' && sections.length === 0) {
      setOutcome({ kind: 'error', message: t('make.noSections') });
      return;
    }
    let request: ReportRequest;
    if (kind === 'comparison') {
      if (!comparisonFilter) return;
      request = { kind, format, filter: comparisonFilter, anonymise, lang, includeDemo };
    } else {
      if (!round) return;
      request = { kind, format, assessmentId: round.id, sections, lang, includeDemo };
    }
    setOutcome({ kind: 'busy' });
    try {
      const made = await makeReport(request, clock());
      if (!made.ok) {
        setOutcome({
          kind: 'error',
          message:
            made.error.kind === 'framework-missing'
              ? t('choose.frameworkMissing', { id: made.error.id, version: made.error.version })
              : made.error.kind === 'not-found' && kind === 'comparison'
                ? t('choose.emptySet')
                : t('make.failed'),
        });
        return;
      }
      downloadBytes(made.value.bytes, made.value.filename, made.value.mime);
      setOutcome({ kind: 'done', file: made.value.filename });
    } catch {
      setOutcome({ kind: 'error', message: t('make.failed') });
    }
  }

  const toggle = (s: ReportSection, on: boolean) =>
    setSections((current) => REPORT_SECTIONS.filter((x) => (x === s ? on : current.includes(x))));

  return (
    <Page title={t('title')} lead={t('lead')}>
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <form className="card form-card report-form" onSubmit={(e) => e.preventDefault()}>
          {data.hasDemo ? (
            <div className="field">
              <label className="check">
                <input
                  type="checkbox"
                  checked={includeDemo}
                  aria-describedby={`${id}-demo-hint`}
                  onChange={(e) => setIncludeDemo(e.target.checked)}
                />{' '}
                {t('choose.includeDemo')}
              </label>
              <span className="hint" id={`${id}-demo-hint`}>
                {t('choose.includeDemoHint')}
              </span>
            </div>
          ) : null}

          {facilities.length === 0 ? (
            <p className="notice">{t('empty')}</p>
          ) : (
            <>
              <fieldset>
                <legend>{t('kind.legend')}</legend>
                {KINDS.map((k) => (
                  <label key={k} className="radio-option">
                    <input
                      type="radio"
                      name={`${id}-kind`}
                      value={k}
                      checked={kind === k}
                      onChange={() => setKind(k)}
                    />{' '}
                    <span>
                      <strong>{t(`kind.${k}`)}</strong>
                      <span className="hint"> {t(`kind.${k}Hint`)}</span>
                    </span>
                  </label>
                ))}
              </fieldset>

              <div className="report-choices">
                {kind === 'comparison' ? (
                  <>
                    <div className="field">
                      <label htmlFor={`${id}-version`}>{t('choose.version')}</label>
                      <select
                        id={`${id}-version`}
                        value={version ? versionOf(version) : ''}
                        aria-describedby={`${id}-version-hint`}
                        onChange={(e) => setVersionKey(e.target.value)}
                      >
                        {(versions ?? []).map((v) => (
                          <option key={versionOf(v)} value={versionOf(v)}>
                            {t('choose.versionOption', {
                              id: v.frameworkId,
                              version: v.frameworkVersion,
                              count: v.rounds,
                            })}
                          </option>
                        ))}
                      </select>
                      <span className="hint" id={`${id}-version-hint`}>
                        {t('choose.versionHint')}
                      </span>
                    </div>
                    <div className="field">
                      <span className="label">{t('choose.names')}</span>
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={anonymise}
                          onChange={(e) => setAnonymise(e.target.checked)}
                        />{' '}
                        {t('choose.anonymise')}
                      </label>
                    </div>
                  </>
                ) : (
                  <>
                    <div className="field">
                      <label htmlFor={`${id}-facility`}>{t('choose.facility')}</label>
                      <select
                        id={`${id}-facility`}
                        value={chosen?.facility.id ?? ''}
                        onChange={(e) => {
                          setFacilityId(e.target.value);
                          setRoundId('');
                        }}
                      >
                        {facilities.map((f) => (
                          <option key={f.facility.id} value={f.facility.id}>
                            {f.facility.name}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor={`${id}-round`}>{t('choose.round')}</label>
                      <select
                        id={`${id}-round`}
                        value={round?.id ?? ''}
                        onChange={(e) => setRoundId(e.target.value)}
                      >
                        {rounds.map((r) => {
                          const fw = frameworks.get(r);
                          return (
                            <option key={r.id} value={r.id}>
                              {t('choose.roundOption', {
                                period: r.periodLabel,
                                framework: fw
                                  ? `${localize(fw.title, i18n.language)} v${r.frameworkVersion}`
                                  : `${r.frameworkId} v${r.frameworkVersion}`,
                                status: t(`results:status.${r.status}`),
                              })}
                            </option>
                          );
                        })}
                      </select>
                    </div>
                  </>
                )}
                <div className="field">
                  <label htmlFor={`${id}-lang`}>{t('choose.lang')}</label>
                  <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value)}>
                    {LANGUAGES.map((l) => (
                      <option key={l} value={l} lang={l}>
                        {l === 'en' ? 'English' : 'Nederlands'}
                      </option>
                    ))}
                  </select>
                </div>
              </div>

              {kind === 'facility' ? (
                <fieldset>
                  <legend>{t('sections.legend')}</legend>
                  <div className="report-presets">
                    <button
                      type="button"
                      className="button small"
                      aria-pressed={sameSections(sections, BOARD_SECTIONS)}
                      onClick={() => setSections(BOARD_SECTIONS)}
                    >
                      {t('sections.board')}
                    </button>
                    <button
                      type="button"
                      className="button small"
                      aria-pressed={sameSections(sections, FULL_SECTIONS)}
                      onClick={() => setSections(FULL_SECTIONS)}
                    >
                      {t('sections.full')}
                    </button>
                  </div>
                  <div className="report-sections">
                    {REPORT_SECTIONS.map((s) => (
                      <label key={s} className="check">
                        <input
                          type="checkbox"
                          checked={sections.includes(s)}
                          onChange={(e) => toggle(s, e.target.checked)}
                        />{' '}
                        {t(`sections.${s}`)}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}

              <fieldset>
                <legend>{t('make.legend')}</legend>
                <div className="report-buttons">
                  {FORMATS.map((format) => (
                    <button
                      key={format}
                      type="button"
                      className="button primary"
                      disabled={
                        outcome?.kind === 'busy' ||
                        (kind === 'comparison' ? !comparisonFilter : !round)
                      }
                      onClick={() => void make(format)}
                    >
                      {t(`make.${format}`)}
                    </button>
                  ))}
                </div>
              </fieldset>
            </>
          )}
          <div role="status" className="report-status">
            {outcome?.kind === 'busy' ? <p>{t('make.busy')}</p> : null}
            {outcome?.kind === 'done' ? (
              <p className="success-box">{t('make.done', { file: outcome.file })}</p>
            ) : null}
          </div>
          {outcome?.kind === 'error' ? (
            <p className="error-box" role="alert">
              {outcome.message}
            </p>
          ) : null}
        </form>
      )}
    </Page>
  );
}

function sameSections(a: readonly ReportSection[], b: readonly ReportSection[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}
