import { criterionScale, listCriteria } from '../../domain/framework-model';
import type { CriterionEntry } from '../../domain/framework-model';
import { localize } from '../../domain/localize';
import type { Framework } from '../../schemas/framework';

export interface FrameworkLookup {
  criterion: (criterionId: string) => CriterionEntry | undefined;
  domain: (domainId: string) => Framework['domains'][number] | undefined;
  /** "3 – In uitvoering": value and label of a level on the criterion's scale. */
  levelText: (criterionId: string, value: number, lang: string) => string;
}

export function lookupFramework(framework: Framework): FrameworkLookup {
  const criteria = new Map(listCriteria(framework).map((entry) => [entry.criterion.id, entry]));
  const domains = new Map(framework.domains.map((d) => [d.id, d]));
  return {
    criterion: (id) => criteria.get(id),
    domain: (id) => domains.get(id),
    levelText: (criterionId, value, lang) => {
      const entry = criteria.get(criterionId);
      const scale = entry ? criterionScale(framework, entry.criterion) : undefined;
      const level = scale?.levels.find((l) => l.value === value);
      return level ? `${value} – ${capitalise(localize(level.label, lang))}` : String(value);
    },
  };
}

// Same form as the scoring screen shows ("3 – In uitvoering"), so a level reads alike everywhere.
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Where the scoring screen shows one criterion. */
export function criterionHref(assessmentId: string, criterionId: string): string {
  return `/zelfevaluatie/ronde/${encodeURIComponent(assessmentId)}?criterium=${encodeURIComponent(criterionId)}`;
}

export function frameworkLabel(framework: Framework, lang: string): string {
  return `${localize(framework.title, lang)} v${framework.version}`;
}
