import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DbError, DbErrorKind } from '../../db/errors';

/**
 * What the user was doing when the database failed: saving their own input (assess), managing
 * frameworks, or backing up and restoring. The advice differs: only while saving is the typed
 * text still on the screen.
 */
export type DbErrorContext = 'save' | 'frameworks' | 'backup';

/** The kinds each context has its own sentence for; any other kind gets the generic one. */
const FRAMEWORK_KINDS = ['quota', 'unavailable', 'conflict', 'not-found'] as const;
const BACKUP_KINDS = ['quota', 'unavailable', 'conflict', 'invalid'] as const;

const isOneOf = <K extends string>(list: readonly K[], kind: string): kind is K =>
  (list as readonly string[]).includes(kind);

/** The catalogue key (common namespace) of the sentence for this context and kind. */
function messageKey(context: DbErrorContext, kind: DbErrorKind) {
  switch (context) {
    case 'save':
      return `dbError.save.${kind}` as const;
    case 'frameworks':
      return isOneOf(FRAMEWORK_KINDS, kind)
        ? (`dbError.frameworks.${kind}` as const)
        : 'dbError.frameworks.generic';
    case 'backup':
      return isOneOf(BACKUP_KINDS, kind)
        ? (`dbError.backup.${kind}` as const)
        : 'dbError.backup.generic';
  }
}

/** When data may be at risk, the message points to Settings to download a backup at once. */
const OFFER_BACKUP: Record<DbErrorContext, ReadonlySet<DbErrorKind>> = {
  save: new Set(['quota', 'unknown', 'aborted']),
  frameworks: new Set(['quota']),
  backup: new Set(),
};

/**
 * Explains a failed database operation in the user's language. `inline` renders the sentence
 * without its own paragraph, for use inside a message that already has one.
 */
export function DbErrorMessage({
  error,
  context,
  inline = false,
}: {
  error: DbError;
  context: DbErrorContext;
  inline?: boolean;
}) {
  const { t } = useTranslation('common');
  const content = (
    <>
      {t(messageKey(context, error.kind))}
      {OFFER_BACKUP[context].has(error.kind) ? (
        <>
          {' '}
          <Link to="/instellingen">{t('dbError.backupLink')}</Link>
        </>
      ) : null}
    </>
  );
  return inline ? content : <p>{content}</p>;
}

/** A failed save, inside the caller's own message (the assess screens). */
export function DbErrorText({ error }: { error: DbError }) {
  return <DbErrorMessage error={error} context="save" inline />;
}
