import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CatalogueEntry } from '../../flows/framework-catalogue';
import { countCriteria } from '../../domain/framework-model';
import { localize } from '../../domain/localize';
import type { Domain, Framework } from '../../schemas/framework';
import { Page } from '../../ui/page';
import { CriterionDetails } from './criterion-details';
import { filterCriteria, listReferences } from './filter-criteria';
import { FrameworkStatusBadge, SourceBadge, useReferenceLabel } from './framework-badges';
import { formatIsoDate, formatNumber, frameworkPath, hashTarget } from './framework-format';
import { ScaleSection } from './scale-section';

/**
 * Everything a framework says: its metadata, scales and norm, changelog, and every domain and
 * criterion, with search and a plan-action filter. Domains fold away (details/summary) to keep
 * the long list manageable; while searching or filtering, matches are always shown unfolded.
 */
export function FrameworkDetail({
  entry,
  versions,
}: {
  entry: CatalogueEntry;
  versions: CatalogueEntry[];
}) {
  const { t, i18n } = useTranslation('framework');
  const lang = i18n.language;
  const { framework } = entry;
  const location = useLocation();
  const ids = useId();
  const [query, setQuery] = useState('');
  const [reference, setReference] = useState('');
  // Only domains the person opened or closed themselves; the rest follow the URL hash.
  const [openOverrides, setOpenOverrides] = useState<Record<string, boolean>>({});
  const referenceLabel = useReferenceLabel();

  const references = useMemo(() => listReferences(framework), [framework]);
  const onlyPlanActions = framework.referenceKinds.every((kind) => kind.type === 'plan-action');
  const result = useMemo(
    () => filterCriteria(framework, { query, reference, language: lang }),
    [framework, query, reference, lang],
  );

  const target = hashTarget(location.hash);
  const targetDomainId = useMemo(
    () =>
      target === null
        ? null
        : (framework.domains.find((domain) => domain.criteria.some((c) => c.id === target))?.id ??
          null),
    [framework, target],
  );

  // /kader/id/version#criterion-id: the criterion's domain is rendered open (see isOpen), so
  // after that render the criterion exists and can be brought into view and focused.
  useEffect(() => {
    if (target === null) return;
    const element = document.getElementById(target);
    if (!element) return;
    element.scrollIntoView?.({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [target]);

  const isOpen = (domainId: string) => openOverrides[domainId] ?? domainId === targetDomainId;
  const setAll = (open: boolean) =>
    setOpenOverrides(Object.fromEntries(framework.domains.map((domain) => [domain.id, open])));

  const title = localize(framework.title, lang);
  const searchId = `${ids}-search`;
  const searchHintId = `${ids}-search-hint`;
  const actionId = `${ids}-action`;
  const versionsLabelId = `${ids}-versions`;

  return (
    <Page title={title} lead={localize(framework.description, lang)}>
      <p className="badge-row">
        <FrameworkStatusBadge status={framework.status} /> <SourceBadge source={entry.source} />
      </p>
      <dl className="facts">
        <div>
          <dt>{t('facts.version')}</dt>
          <dd>{framework.version}</dd>
        </div>
        <div>
          <dt>{t('facts.publishedOn')}</dt>
          <dd>
            <time dateTime={framework.publishedOn}>
              {formatIsoDate(framework.publishedOn, lang)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('facts.id')}</dt>
          <dd>
            <code>{framework.id}</code>
          </dd>
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
          <dt>{t('facts.languages')}</dt>
          <dd>{framework.languages.map((l) => t(`languageNames.${l}`)).join(', ')}</dd>
        </div>
      </dl>

      {versions.length > 1 ? (
        <nav aria-labelledby={versionsLabelId} className="version-picker">
          <p id={versionsLabelId} className="label">
            {t('detail.versions')}
          </p>
          <ul>
            {versions.map((v) => {
              const current = v.version === framework.version;
              return (
                <li key={v.version}>
                  <Link
                    to={frameworkPath(v.id, v.version)}
                    aria-current={current ? 'page' : undefined}
                    className={current ? 'current' : undefined}
                  >
                    {v.version}
                  </Link>{' '}
                  <FrameworkStatusBadge status={v.status} />
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}

      <p>
        <Link to="/kader">{t('detail.backToList')}</Link>
      </p>

      <section aria-labelledby={`${ids}-sources`}>
        <h2 id={`${ids}-sources`}>{t('detail.sources')}</h2>
        {framework.sources.length === 0 ? (
          <p>{t('detail.noSources')}</p>
        ) : (
          <ul>
            {framework.sources.map((source, index) => (
              <li key={index}>
                <strong>{localize(source.title, lang)}</strong> — {source.reference}
                {source.url ? (
                  <>
                    {' '}
                    <a href={source.url} rel="noreferrer noopener" target="_blank">
                      {t('detail.sourceLink')}
                      <span className="visually-hidden"> ({t('detail.newWindow')})</span>
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${ids}-scales`}>
        <h2 id={`${ids}-scales`}>{t('detail.scales')}</h2>
        {framework.scales.map((scale) => (
          <ScaleSection key={scale.id} framework={framework} scale={scale} />
        ))}
      </section>

      <section aria-labelledby={`${ids}-changelog`}>
        <h2 id={`${ids}-changelog`}>{t('detail.changelog')}</h2>
        <dl className="changelog">
          {framework.changelog.map((change, index) => (
            <div key={`${change.version}-${index}`}>
              <dt>
                {t('facts.version')} {change.version} —{' '}
                <time dateTime={change.date}>{formatIsoDate(change.date, lang)}</time>
              </dt>
              <dd>{localize(change.changes, lang)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby={`${ids}-domains`}>
        <h2 id={`${ids}-domains`}>{t('detail.domainsHeading')}</h2>
        <div className="criteria-filters">
          <div className="field grow">
            <label htmlFor={searchId}>{t('search.label')}</label>
            <span className="hint" id={searchHintId}>
              {t('search.hint')}
            </span>
            <input
              id={searchId}
              type="search"
              value={query}
              aria-describedby={searchHintId}
              onChange={(event) => setQuery(event.currentTarget.value)}
            />
          </div>
          {references.length > 0 ? (
            <div className="field">
              <label htmlFor={actionId}>
                {onlyPlanActions ? t('search.actionLabel') : t('search.referenceLabel')}
              </label>
              <select
                id={actionId}
                value={reference}
                onChange={(event) => setReference(event.currentTarget.value)}
              >
                <option value="">
                  {onlyPlanActions ? t('search.allActions') : t('search.allReferences')}
                </option>
                {framework.referenceKinds.map((kind) => {
                  const options = references.filter((option) => option.kind.id === kind.id);
                  if (options.length === 0) return null;
                  return (
                    <optgroup key={kind.id} label={localize(kind.label, lang)}>
                      {options.map((option) => (
                        <option key={option.key} value={option.key}>
                          {referenceLabel(kind.type, option.ref)}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
            </div>
          ) : null}
        </div>
        <div className="criteria-toolbar">
          <p role="status" className="criteria-count">
            {!result.active
              ? t('search.all', { count: result.total })
              : result.count === 0
                ? t('search.none')
                : t('search.found', { count: result.count })}
          </p>
          {result.active ? (
            <button
              type="button"
              className="button small"
              onClick={() => {
                setQuery('');
                setReference('');
              }}
            >
              {t('search.clear')}
            </button>
          ) : (
            <>
              <button type="button" className="button small" onClick={() => setAll(true)}>
                {t('detail.expandAll')}
              </button>
              <button type="button" className="button small" onClick={() => setAll(false)}>
                {t('detail.collapseAll')}
              </button>
            </>
          )}
        </div>

        {result.domains.map(({ domain, criteria }) => (
          <DomainSection
            key={domain.id}
            framework={framework}
            domain={domain}
            criteria={criteria}
            folded={!result.active}
            open={isOpen(domain.id)}
            onToggle={(open) =>
              setOpenOverrides((prev) =>
                prev[domain.id] === open ? prev : { ...prev, [domain.id]: open },
              )
            }
          />
        ))}
      </section>
    </Page>
  );
}

function DomainSection({
  framework,
  domain,
  criteria,
  folded,
  open,
  onToggle,
}: {
  framework: Framework;
  domain: Domain;
  criteria: Domain['criteria'];
  /** false while searching/filtering: matches must be visible without unfolding. */
  folded: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { t, i18n } = useTranslation('framework');
  const lang = i18n.language;
  // A double hyphen can never occur in a (kebab-case) criterion id, so anchors never collide.
  const headingId = `domain--${domain.id}`;
  const list = criteria.map((criterion) => (
    <CriterionDetails key={criterion.id} framework={framework} criterion={criterion} />
  ));
  return (
    <section className="domain" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="code">{domain.code}</span> {localize(domain.title, lang)}
      </h3>
      <p>{localize(domain.description, lang)}</p>
      {folded ? (
        <details open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
          <summary>
            {t('detail.domainCriteria', { count: criteria.length, code: domain.code })}
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
