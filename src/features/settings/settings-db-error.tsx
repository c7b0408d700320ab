import { useTranslation } from 'react-i18next';
import type { DbError } from '../../db/errors';

const EXPLAINED = new Set(['quota', 'unavailable', 'conflict', 'invalid']);

/** Explains a failed backup or restore by DbError kind, in the user's language. */
export function SettingsDbError({ error }: { error: DbError }) {
  const { t } = useTranslation('settings');
  const key = EXPLAINED.has(error.kind) ? error.kind : 'generic';
  return <p>{t(`errors.${key}`)}</p>;
}
