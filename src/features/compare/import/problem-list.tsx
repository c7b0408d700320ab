import { useTranslation } from 'react-i18next';
import { renderMessage } from '../../../i18n/message';
import type { ExchangeProblem } from '../../../io/exchange/problems';

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

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
            params[key] = formatBytes(params[key]);
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
