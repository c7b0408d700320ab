import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_GROUP_SIZE } from '../../../domain/compare';
import { exportBenchmark } from '../../../flows/benchmark';
import { downloadTextFile } from '../../../ui/files';
import type { Comparison } from './use-comparison';

type Outcome =
  { kind: 'done'; file: string; suppressed: number; facilityCount: number } | { kind: 'failed' };

/**
 * The sector benchmark of the chosen set: distributions only, without names, codes or ids;
 * groups of fewer than five facilities are left out. Facilities read it on their results page.
 */
export function BenchmarkExport({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const small = comparison.dist.facilities < MIN_GROUP_SIZE;

  function download() {
    const file = exportBenchmark(comparison.framework, comparison.dist);
    try {
      downloadTextFile(file.text, file.filename);
    } catch {
      setOutcome({ kind: 'failed' });
      return;
    }
    setOutcome({
      kind: 'done',
      file: file.filename,
      suppressed: file.suppressed,
      facilityCount: file.facilityCount,
    });
  }

  return (
    <section aria-labelledby="benchmark-heading">
      <h2 id="benchmark-heading">{t('benchmark.heading')}</h2>
      <p>{t('benchmark.intro', { min: MIN_GROUP_SIZE })}</p>
      <ul>
        <li>{t('benchmark.contains')}</li>
        <li>{t('benchmark.notContains')}</li>
        <li>{t('benchmark.suppression', { min: MIN_GROUP_SIZE })}</li>
      </ul>
      {small ? <p className="notice">{t('benchmark.tooSmall', { min: MIN_GROUP_SIZE })}</p> : null}
      <p>
        <button type="button" className="button primary" onClick={download}>
          {t('benchmark.download')}
        </button>
      </p>
      <div role="status">
        {outcome?.kind === 'done' ? (
          <p className="success-box">
            {t('benchmark.done', {
              file: outcome.file,
              count: outcome.facilityCount,
              suppressed: outcome.suppressed,
            })}
          </p>
        ) : null}
      </div>
      {outcome?.kind === 'failed' ? (
        <p className="error-box" role="alert">
          {t('benchmark.downloadFailed')}
        </p>
      ) : null}
    </section>
  );
}
