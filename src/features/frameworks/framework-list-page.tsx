import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { FrameworkCard, type RemovalNotice } from './framework-card';
import { FrameworkUpload } from './framework-upload';
import { useCatalogue } from './use-catalogue';

/** /kader: every framework on this device, and the control to load another one. */
export function FrameworkListPage() {
  const { t } = useTranslation('framework');
  const catalogue = useCatalogue();
  const [notice, setNotice] = useState<RemovalNotice | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  function onRemoved(next: RemovalNotice) {
    setNotice(next);
    // The removed card (and the focused button in it) is gone: continue at the list.
    listHeading.current?.focus();
  }

  return (
    <Page title={t('title')} lead={t('lead')}>
      <section aria-labelledby="framework-list-heading">
        <h2 id="framework-list-heading" ref={listHeading} tabIndex={-1}>
          {t('list.heading')}
        </h2>
        <div role="status">
          {catalogue === undefined ? <p>{t('loading')}</p> : null}
          {notice ? (
            <p className="success-box">
              {t('remove.done', { title: notice.title, version: notice.version })}
            </p>
          ) : null}
        </div>
        {/* Holds the list's place while the catalogue loads, so the prerendered page does not
            jump when it arrives. */}
        {catalogue === undefined ? (
          <div className="skeleton framework-list-skeleton" aria-hidden="true" />
        ) : null}
        {catalogue !== undefined && catalogue.length === 0 ? <p>{t('list.empty')}</p> : null}
        {catalogue !== undefined && catalogue.length > 0 ? (
          <ul className="framework-list">
            {catalogue.map((entry) => (
              <FrameworkCard
                key={`${entry.id}@${entry.version}`}
                entry={entry}
                onRemoved={onRemoved}
              />
            ))}
          </ul>
        ) : null}
        {catalogue?.some((entry) => entry.source === 'bundled') ? (
          <p className="muted">{t('list.bundledNote')}</p>
        ) : null}
      </section>
      <FrameworkUpload />
    </Page>
  );
}
