import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { localize } from '../../domain/localize';
import type { CriterionResult } from '../../domain/scoring';
import type { Column } from './data-table';
import { criterionHref, type FrameworkLookup } from './framework-lookup';

/** The first two columns of every per-criterion table: its code, and its title linking to it. */
export function criterionColumns(
  assessmentId: string,
  lookup: FrameworkLookup,
  t: TFunction<'results'>,
  lang: string,
): Column<CriterionResult>[] {
  return [
    { id: 'code', header: t('columns.code'), cell: (c) => c.code },
    {
      id: 'criterion',
      header: t('columns.criterion'),
      rowHeader: true,
      cell: (c) => {
        const entry = lookup.criterion(c.criterionId);
        return (
          <Link to={criterionHref(assessmentId, c.criterionId)}>
            {entry ? localize(entry.criterion.title, lang) : c.criterionId}
          </Link>
        );
      },
    },
  ];
}
