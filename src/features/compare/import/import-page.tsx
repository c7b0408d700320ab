import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConflictChoice } from '../../../domain/exchange-plan';
import {
  applyImport,
  facilityLabel,
  previewImport,
  type FilePreview,
  type ImportApplyResult,
  type ImportPreview,
  type ImportSource,
} from '../../../flows/exchange-import';
import { Page } from '../../../ui/page';
import { useFacilityTypes, type FacilityTypes } from '../../shared/use-facility-types';
import { ConflictPicker } from './conflict-picker';
import { ProblemList } from './problem-list';

type Choices = Map<string, Map<string, ConflictChoice>>;

let sourceCounter = 0;
const toSources = (files: readonly File[]): ImportSource[] =>
  files.map((file) => ({ key: `f${++sourceCounter}`, name: file.name, blob: file }));

/**
 * /vergelijken: the evaluator reads many facilities' exchange files at once, by the file picker
 * or by dropping them anywhere on the page, sees one line per file, settles conflicts, and only
 * then confirms. Nothing is written before the confirmation.
 */
export function ImportPage() {
  const { t } = useTranslation(['exchange', 'assess']);
  const facilityTypes = useFacilityTypes();
  const inputId = useId();
  const hintId = useId();
  const [sources, setSources] = useState<ImportSource[]>([]);
  const [passphrases, setPassphrases] = useState<Map<string, string>>(new Map());
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [choices, setChoices] = useState<Choices>(new Map());
  const [result, setResult] = useState<ImportApplyResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const run = useRef(0);

  async function check(next: ImportSource[], nextPassphrases: Map<string, string>) {
    const id = ++run.current;
    setBusy(true);
    setResult(null);
    setProgress({ done: 0, total: next.length });
    const found = await previewImport(next, {
      passphrases: nextPassphrases,
      onProgress: (done, total) => {
        if (run.current === id) setProgress({ done, total });
      },
    });
    if (run.current !== id) return;
    setPreview(found);
    setProgress(null);
    setBusy(false);
    summaryRef.current?.focus();
  }

  function start(files: readonly File[]) {
    if (files.length === 0) return;
    const next = toSources(files);
    setSources(next);
    setPassphrases(new Map());
    setChoices(new Map());
    void check(next, new Map());
  }

  // Files dropped anywhere on the page are read; the browser must not open them instead.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) =>
      Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onDragLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      start(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
    // start only uses setters and check, which read no render state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  function unlock(key: string, passphrase: string) {
    const next = new Map(passphrases);
    next.set(key, passphrase);
    setPassphrases(next);
    void check(sources, next);
  }

  function choose(fileKey: string, roundId: string, choice: ConflictChoice) {
    const next: Choices = new Map(choices);
    const forFile = new Map(next.get(fileKey) ?? []);
    forFile.set(roundId, choice);
    next.set(fileKey, forFile);
    setChoices(next);
  }

  async function confirm() {
    if (!preview) return;
    setBusy(true);
    const outcome = await applyImport(preview, choices);
    setBusy(false);
    setResult(outcome);
    if (outcome.ok) setPreview(null);
  }

  function reset() {
    run.current++;
    setSources([]);
    setPreview(null);
    setResult(null);
    setChoices(new Map());
    setPassphrases(new Map());
    setProgress(null);
    setBusy(false);
  }

  const files = preview?.files ?? [];
  const conflicts = files.flatMap((file) =>
    file.verdict === 'conflict'
      ? file.rounds.filter((r) => r.plan.verdict === 'conflict').map((round) => ({ file, round }))
      : [],
  );
  const unresolved = conflicts.filter(
    ({ file, round }) => !choices.get(file.key)?.has(round.id),
  ).length;
  const writable = files.some((f) => f.verdict !== 'refused' && f.verdict !== 'unchanged');

  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      <p className="muted">{t('import.comparisonLater')}</p>
      <div className={`card drop-zone${dragging ? ' dragging' : ''}`}>
        <label htmlFor={inputId} className="button primary file-button">
          {t('import.choose')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(event) => {
            start(Array.from(event.target.files ?? []));
            event.target.value = '';
          }}
        />
        <p id={hintId} className="hint">
          {dragging ? t('import.dropHere') : t('import.chooseHint')}
        </p>
      </div>

      <p role="status" className="status-line">
        {progress ? t('import.reading', progress) : ''}
      </p>

      {result ? (
        <div ref={resultRef} tabIndex={-1} className={result.ok ? 'success-box' : 'error-box'}>
          {result.ok ? (
            <>
              <p>{t('import.done', { count: result.value.written.length })}</p>
              {result.value.stale.length > 0 ? (
                <p>{t('import.stale', { count: result.value.stale.length })}</p>
              ) : null}
              <p>
                <Link to="/zelfevaluatie?herkomst=ingelezen">{t('import.viewFacilities')}</Link>
              </p>
            </>
          ) : (
            <p role="alert">{t('import.failed')}</p>
          )}
        </div>
      ) : null}

      {preview ? (
        <section aria-labelledby="import-summary-heading">
          <h2 id="import-summary-heading" ref={summaryRef} tabIndex={-1}>
            {t('import.summaryHeading')}
          </h2>
          <p>{t('import.summaryCount', { count: files.length })}</p>
          <ol className="import-files">
            {files.map((file) => (
              <FileLine
                key={file.key}
                file={file}
                onUnlock={unlock}
                busy={busy}
                facilityTypes={facilityTypes}
              />
            ))}
          </ol>

          {conflicts.length > 0 ? (
            <section aria-labelledby="import-conflicts-heading">
              <h2 id="import-conflicts-heading">{t('import.conflictsHeading')}</h2>
              <p>{t('import.conflictIntro')}</p>
              {conflicts.map(({ file, round }) => (
                <ConflictPicker
                  key={`${file.key}/${round.id}`}
                  facility={file.facility}
                  round={round}
                  choice={choices.get(file.key)?.get(round.id)}
                  onChoose={(choice) => choose(file.key, round.id, choice)}
                />
              ))}
            </section>
          ) : null}

          <div className="button-row import-actions">
            {writable ? (
              <button
                type="button"
                className="button primary"
                disabled={busy || unresolved > 0}
                aria-describedby={unresolved > 0 ? `${inputId}-confirm-hint` : undefined}
                onClick={() => void confirm()}
              >
                {t('import.confirm')}
              </button>
            ) : (
              <p>{t('import.nothingToWrite')}</p>
            )}
            <button type="button" className="button" onClick={reset}>
              {t('import.startOver')}
            </button>
          </div>
          {writable && unresolved > 0 ? (
            <p id={`${inputId}-confirm-hint`} className="hint">
              {t('import.confirmHint')}
            </p>
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}

function FileLine({
  file,
  onUnlock,
  busy,
  facilityTypes,
}: {
  file: FilePreview;
  onUnlock: (key: string, passphrase: string) => void;
  busy: boolean;
  facilityTypes: FacilityTypes;
}) {
  const { t } = useTranslation(['exchange', 'assess']);
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const counts = (['new', 'update', 'unchanged', 'conflict'] as const)
    .filter((kind) => file.counts[kind] > 0)
    .map((kind) => t(`import.counts.${kind}`, { count: file.counts[kind] }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase !== '') onUnlock(file.key, passphrase);
  }

  return (
    <li className={`card import-file verdict-${file.verdict}`}>
      <h3 className="file-name">{file.name}</h3>
      <p>
        <span className={`badge verdict-badge verdict-${file.verdict}`}>
          {t(`import.verdict.${file.verdict}`)}
        </span>{' '}
        {file.encrypted ? <span className="badge">{t('import.encrypted')}</span> : null}
      </p>
      {file.facility ? (
        <p>
          {t('import.facilityLine', {
            facility: facilityLabel({ ...file.facility, name: file.facility.name ?? undefined }),
            type: facilityTypes.label(file.facility.type),
            region: t(`assess:regions.${file.facility.region}`),
          })}
          {file.facility.name === null ? ` (${t('import.nameHidden')})` : ''}
          {file.facility.own ? ` — ${t('import.facilityOwn')}` : ''}
        </p>
      ) : null}
      {counts.length > 0 ? <p>{counts.join('; ')}</p> : null}
      {file.problems.length > 0 ? <ProblemList problems={file.problems} /> : null}
      {file.needsPassphrase ? (
        <form className="passphrase-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-pass`}>{t('import.passphrase', { file: file.name })}</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={busy || passphrase === ''}>
            {t('import.open')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
