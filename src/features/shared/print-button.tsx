import { useTranslation } from 'react-i18next';

/**
 * "Print / save as PDF": the browser's own print dialog with the print stylesheet (navigation,
 * buttons and chart toggles hidden; see the @media print rules), where "save as PDF" is one of
 * the printers.
 */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {t('print.button')}
    </button>
  );
}
