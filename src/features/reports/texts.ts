import { i18n } from '../../i18n';
import type { ReportTexts } from './compose';

const NAMESPACES = ['reports', 'results', 'framework', 'assess', 'compare'] as const;

/**
 * The translations of a report in its own language, which need not be the screen's: the
 * catalogues of that language are loaded first.
 */
export async function reportTexts(lang: string): Promise<ReportTexts> {
  await i18n.loadNamespaces([...NAMESPACES]);
  await i18n.loadLanguages(lang);
  if (!NAMESPACES.every((ns) => i18n.hasResourceBundle(lang, ns))) {
    await i18n.reloadResources([lang], [...NAMESPACES]);
  }
  return {
    lang,
    reports: i18n.getFixedT(lang, 'reports'),
    results: i18n.getFixedT(lang, 'results'),
    framework: i18n.getFixedT(lang, 'framework'),
    assess: i18n.getFixedT(lang, 'assess'),
    compare: i18n.getFixedT(lang, 'compare'),
  };
}
