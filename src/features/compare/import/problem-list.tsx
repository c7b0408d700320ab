import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../domain/format-bytes';
import { renderMessage } from '../../../i18n/message';
import type { ExchangeProblem } from '../../../io/exchange/problems';

/** Why a file is refused: a sentence in the user's language and where in the file. */
export function ProblemList({ problems }: { problems: readonly ExchangeProblem[] }) {
  const { t, i18n } = useTranslation(['exchange', 'validation']);
  const lang = i18n.language === 'en' ? 'en' : 'nl-BE';
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => {
        const params: Record<string, string | number> = { ...problem.params };
        for (const key of ['size', 'max'] as const) {
          if (typeof params[key] === 'number' && problem.code.includes('large')) {
            // The app's one byte format (as for backups and framework files): "2,5 MB".
            params[key] = formatBytes(params[key], lang);
          }
        }
        const sentence = problem.roundCode
          ? t(`validation:round.${problem.roundCode}`, params)
          : t(`exchange:problems.${problem.code}`, params);
        return (
          <li key={index}>
            {sentence}
            {problem.detail ? ` ${renderMessage(problem.detail, lang)}` : ''}
            {problem.path !== '$' ? (
              <>
                {' '}
                <span className="muted small-text">
                  {t('exchange:where')} <code className="json-path">{problem.path}</code>
                </span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
