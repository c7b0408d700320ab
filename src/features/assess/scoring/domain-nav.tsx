import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../../domain/localize';
import type { AssessmentResult } from '../../../domain/scoring';
import type { Domain, Framework } from '../../../schemas/framework';
import type { Answer } from '../../../schemas/records';
import { missingNaReason } from '../progress';
import type { ScoringNavigation } from './use-scoring-navigation';

export interface DomainNavProps {
  framework: Framework;
  result: AssessmentResult | null;
  answers: Readonly<Record<string, Answer>>;
  nav: ScoringNavigation;
}

interface DomainStats {
  done: number;
  total: number;
  /** N/A without the reason the scale asks for. */
  flagged: number;
}

function domainStats(
  framework: Framework,
  domain: Domain,
  result: AssessmentResult | null,
  answers: Readonly<Record<string, Answer>>,
): DomainStats {
  const domainResult = result?.domains.find((d) => d.domainId === domain.id);
  return {
    done: domainResult
      ? domainResult.completeness.answered + domainResult.completeness.notApplicable
      : 0,
    total: domain.criteria.length,
    flagged: domain.criteria.filter((c) => missingNaReason(framework, c, answers[c.id])).length,
  };
}

/** Every domain with how far it is; the current one marked. */
function DomainList({
  framework,
  result,
  answers,
  nav,
  onFollow,
}: DomainNavProps & { onFollow?: () => void }) {
  const { t, i18n } = useTranslation('assess');
  return (
    <nav aria-label={t('scoring.domainsNav')}>
      <ol className="domain-nav">
        {framework.domains.map((domain) => {
          const { done, total, flagged } = domainStats(framework, domain, result, answers);
          const current = domain.id === nav.currentDomain?.id;
          return (
            <li key={domain.id}>
              <Link
                to={{ search: nav.domainSearch(domain) }}
                replace
                aria-current={current ? 'true' : undefined}
                className={done === total ? 'complete' : undefined}
                onClick={() => {
                  nav.focusDomainOnShow();
                  onFollow?.();
                }}
              >
                <span className="domain-nav-title">
                  {domain.code} {localize(domain.title, i18n.language)}
                </span>
                <span className="domain-nav-progress">
                  {done}/{total}
                  <span className="visually-hidden"> {t('scoring.answeredSuffix')}</span>
                </span>
                {flagged > 0 ? (
                  <span className="domain-nav-flag">
                    {t('scoring.flaggedNa', { count: flagged })}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Wide screens: the domain list beside the criteria, scrolling on its own when it is long. */
export function DomainSidebar(props: DomainNavProps) {
  return (
    <div className="scoring-sidebar">
      <DomainList {...props} />
    </div>
  );
}

/**
 * Narrow screens: one line with the current domain and how far it is, which opens the full
 * list in the page flow (it pushes the criteria down, never covers them), with previous/next.
 */
export function DomainSelector(props: DomainNavProps) {
  const { t, i18n } = useTranslation('assess');
  const [open, setOpen] = useState(false);
  const { framework, result, answers, nav } = props;
  const domain = nav.currentDomain;
  if (!domain) return null;
  const { done, total } = domainStats(framework, domain, result, answers);
  const index = framework.domains.indexOf(domain) + 1;
  return (
    <div className="domain-selector">
      <details
        className="domain-picker"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>
          <span className="domain-picker-label">
            {t('scoring.domainOf', { n: index, total: framework.domains.length })}
          </span>
          <span className="domain-picker-current">
            {domain.code} {localize(domain.title, i18n.language)}
          </span>
          <span className="domain-nav-progress">
            {done}/{total}
            <span className="visually-hidden"> {t('scoring.answeredSuffix')}</span>
          </span>
        </summary>
        <DomainList {...props} onFollow={() => setOpen(false)} />
      </details>
      <div className="domain-steps">
        <DomainStep domain={nav.previousDomain} nav={nav} direction="previous" />
        <DomainStep domain={nav.nextDomain} nav={nav} direction="next" />
      </div>
    </div>
  );
}

function DomainStep({
  domain,
  nav,
  direction,
}: {
  domain: Domain | undefined;
  nav: ScoringNavigation;
  direction: 'previous' | 'next';
}) {
  const { t, i18n } = useTranslation('assess');
  if (!domain) return <span />;
  const name = `${domain.code} ${localize(domain.title, i18n.language)}`;
  const hidden = (
    <span className="visually-hidden">{t('scoring.domainNamed', { domain: name })}</span>
  );
  return (
    <Link
      className="button small"
      to={{ search: nav.domainSearch(domain) }}
      replace
      onClick={nav.focusDomainOnShow}
    >
      {direction === 'previous' ? (
        <>
          <span aria-hidden="true">←</span> {t('scoring.previousShort')}
          {hidden}
        </>
      ) : (
        <>
          {t('scoring.nextShort')}
          {hidden} <span aria-hidden="true">→</span>
        </>
      )}
    </Link>
  );
}

/** A link that shows `domain` in place of the current one and moves the focus to it. */
const pagerLink = (nav: ScoringNavigation, domain: Domain) => ({
  to: { search: nav.domainSearch(domain) },
  replace: true,
  onClick: nav.focusDomainOnShow,
});

/** Under the last criterion of a domain: on to the next one, or back. */
export function DomainPager({ nav }: { nav: ScoringNavigation }) {
  const { t, i18n } = useTranslation('assess');
  const label = (domain: Domain) => `${domain.code} ${localize(domain.title, i18n.language)}`;
  return (
    <nav className="domain-pager" aria-label={t('scoring.pagerNav')}>
      {nav.previousDomain ? (
        <Link className="button" {...pagerLink(nav, nav.previousDomain)}>
          {t('scoring.previousDomain', { domain: label(nav.previousDomain) })}
        </Link>
      ) : (
        <span />
      )}
      {nav.nextDomain ? (
        <Link className="button primary" {...pagerLink(nav, nav.nextDomain)}>
          {t('scoring.nextDomain', { domain: label(nav.nextDomain) })}
        </Link>
      ) : null}
    </nav>
  );
}
