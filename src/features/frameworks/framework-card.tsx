import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogueEntry } from '../../flows/framework-catalogue';
import { countCriteria } from '../../domain/framework-model';
import { localize } from '../../domain/localize';
import { FrameworkStatusBadge, SourceBadge } from './framework-badges';
import { formatIsoDate, formatNumber, frameworkPath } from './framework-format';
import { RemoveFrameworkConfirm } from './remove-framework-confirm';

export interface RemovalNotice {
  title: string;
  version: string;
}

/** One framework in the list: what it is, where it came from, and a link to browse it. */
export function FrameworkCard({
  entry,
  onRemoved,
}: {
  entry: CatalogueEntry;
  onRemoved: (notice: RemovalNotice) => void;
}) {
  const { t, i18n } = useTranslation('framework');
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const { framework } = entry;
  const title = localize(entry.title, i18n.language);
  const lang = i18n.language;

  // After "Cancel", focus goes back to the button that opened the question.
  useEffect(() => {
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      removeButton.current?.focus();
    }
  }, [confirming]);

  return (
    <li className="card framework-card">
      <h3 id={headingId}>
        <Link to={frameworkPath(entry.id, entry.version)}>
          {title}{' '}
          <span className="framework-version">
            {t('list.versionSuffix', { version: entry.version })}
          </span>
        </Link>
      </h3>
      <p className="badge-row">
        <FrameworkStatusBadge status={entry.status} /> <SourceBadge source={entry.source} />
      </p>
      <dl className="facts">
        <div>
          <dt>{t('facts.id')}</dt>
          <dd>
            <code>{entry.id}</code>
          </dd>
        </div>
        <div>
          <dt>{t('facts.version')}</dt>
          <dd>{entry.version}</dd>
        </div>
        <div>
          <dt>{t('facts.domains')}</dt>
          <dd>{formatNumber(framework.domains.length, lang)}</dd>
        </div>
        <div>
          <dt>{t('facts.criteria')}</dt>
          <dd>{formatNumber(countCriteria(framework), lang)}</dd>
        </div>
        <div>
          <dt>{t('facts.publishedOn')}</dt>
          <dd>
            <time dateTime={framework.publishedOn}>
              {formatIsoDate(framework.publishedOn, lang)}
            </time>
          </dd>
        </div>
      </dl>
      {entry.source === 'local' ? (
        confirming ? (
          <RemoveFrameworkConfirm
            entry={entry}
            title={title}
            onCancel={() => {
              returnFocus.current = true;
              setConfirming(false);
            }}
            onRemoved={() => onRemoved({ title, version: entry.version })}
          />
        ) : (
          <p>
            <button
              ref={removeButton}
              type="button"
              className="button danger small"
              onClick={() => setConfirming(true)}
            >
              {t('remove.button')}{' '}
              <span className="visually-hidden">
                {title} {t('list.versionSuffix', { version: entry.version })}
              </span>
            </button>
          </p>
        )
      ) : null}
    </li>
  );
}
