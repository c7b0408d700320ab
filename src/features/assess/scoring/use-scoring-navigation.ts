import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listCriteria } from '../../../domain/framework-model';
import type { CriterionStatus } from '../../../domain/scoring';
import type { Domain, Framework } from '../../../schemas/framework';
import { criterionElementId } from './criterion-card';
import { hasModifier, isTypingTarget } from './keyboard';

export const DOMAIN_HEADING_ID = 'domain-heading';

export interface ScoringNavigation {
  currentDomain: Domain | undefined;
  previousDomain: Domain | undefined;
  nextDomain: Domain | undefined;
  /** Search string that opens a domain (for links). */
  domainSearch: (domain: Domain) => string;
  /** Call when a domain link is followed: the domain heading gets the focus once shown. */
  focusDomainOnShow: () => void;
  goNextUnanswered: () => void;
  /** A polite message, e.g. that everything is answered. */
  announcement: string;
}

/**
 * Which domain is shown (from ?domein or ?criterium), moving between criteria and domains, and
 * the J shortcut. Focus moves after the render that shows its target, as another domain may
 * have to render first.
 */
export function useScoringNavigation(
  framework: Framework,
  statuses: ReadonlyMap<string, CriterionStatus>,
): ScoringNavigation {
  const { t } = useTranslation('assess');
  const [params, setParams] = useSearchParams();
  const [announcement, setAnnouncement] = useState('');
  const entries = useMemo(() => listCriteria(framework), [framework]);
  const criterionIds = useMemo(() => entries.map((e) => e.criterion.id), [entries]);
  const domainOf = useMemo(
    () => new Map(entries.map((e) => [e.criterion.id, e.domain.id] as const)),
    [entries],
  );

  const criteriumParam = params.get('criterium');
  const domainParam = params.get('domein');
  const currentDomain =
    framework.domains.find((d) => d.id === domainParam) ??
    framework.domains.find(
      (d) => d.id === (criteriumParam ? domainOf.get(criteriumParam) : undefined),
    ) ??
    framework.domains[0];
  const domainIndex = currentDomain ? framework.domains.indexOf(currentDomain) : -1;

  const pendingFocus = useRef<string | null>(criteriumParam);
  const lastCriterion = useRef<string | null>(criteriumParam);
  useEffect(() => {
    if (criteriumParam) {
      pendingFocus.current = criteriumParam;
      lastCriterion.current = criteriumParam;
    }
  }, [criteriumParam]);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const el = document.getElementById(
      target === DOMAIN_HEADING_ID ? target : criterionElementId(target),
    );
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  function goTo(criterionId: string) {
    lastCriterion.current = criterionId;
    const domainId = domainOf.get(criterionId);
    const el = document.getElementById(criterionElementId(criterionId));
    if (el) {
      el.focus();
      return;
    }
    pendingFocus.current = criterionId;
    // Only the domain goes into the URL: a ?criterium written here could be applied late (router
    // updates are transitions) and pull the focus back while the user already moved on.
    if (domainId) setParams({ domein: domainId }, { replace: true });
  }

  function goNextUnanswered() {
    const active = document.activeElement
      ?.closest?.('[data-criterion-id]')
      ?.getAttribute('data-criterion-id');
    const from = active ?? lastCriterion.current;
    const n = criterionIds.length;
    let start = from ? criterionIds.indexOf(from) : -1;
    if (start < 0 && currentDomain) {
      start = criterionIds.findIndex((id) => domainOf.get(id) === currentDomain.id) - 1;
    }
    for (let i = 1; i <= n; i++) {
      const id = criterionIds[(((start + i) % n) + n) % n];
      if (id && id !== from && statuses.get(id) === 'unanswered') {
        setAnnouncement('');
        goTo(id);
        return;
      }
    }
    setAnnouncement(t('scoring.allAnswered'));
  }

  const onDocumentKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'j' && event.key !== 'J') return;
    if (event.defaultPrevented || hasModifier(event) || isTypingTarget(event.target)) return;
    // Handled here, so the letter is never typed into the field that receives the focus.
    event.preventDefault();
    goNextUnanswered();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onDocumentKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return {
    currentDomain,
    previousDomain: domainIndex > 0 ? framework.domains[domainIndex - 1] : undefined,
    nextDomain: framework.domains[domainIndex + 1],
    domainSearch: (domain) => `?domein=${encodeURIComponent(domain.id)}`,
    focusDomainOnShow: () => {
      pendingFocus.current = DOMAIN_HEADING_ID;
    },
    goNextUnanswered,
    announcement,
  };
}
