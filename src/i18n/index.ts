import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nl-BE', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl-BE';
/** Where the chosen language is remembered (also read by the paint-hold script of the built page). */
export const LANGUAGE_STORAGE_KEY = 'kwaliteitskader.language';

// Catalogue files are found by name (locales/<lang>/<namespace>.json), so a feature adds its
// own namespace without touching this file. Only 'common' (the shell) is in the first-screen
// bundle; a feature's namespace loads with the feature, through the backend below.
const commonFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  './locales/*/common.json',
  {
    eager: true,
  },
);
const lazyFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  './locales/*/*.json',
  '!./locales/*/common.json',
]);

function parsePath(path: string): { lang: string; ns: string } | null {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { lang: match[1]!, ns: match[2]! } : null;
}

const commonResources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(commonFiles)) {
  const parsed = parsePath(path);
  if (parsed) (commonResources[parsed.lang] ??= {})[parsed.ns] = mod.default;
}

/** Every namespace that exists, whether loaded yet or not. */
export const namespaces = [
  ...new Set(
    [...Object.keys(commonFiles), ...Object.keys(lazyFiles)].flatMap((p) => parsePath(p)?.ns ?? []),
  ),
];

const lazyBackend = {
  type: 'backend' as const,
  init() {},
  read(lang: string, ns: string, callback: (err: unknown, data?: Record<string, unknown>) => void) {
    const load = lazyFiles[`./locales/${lang}/${ns}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (mod) => callback(null, mod.default),
      (err: unknown) => callback(err),
    );
  },
};

/** Loads every namespace in every language (tests and catalogue checks). */
export async function loadAllNamespaces(): Promise<void> {
  await i18n.loadLanguages([...LANGUAGES]);
  await i18n.loadNamespaces(namespaces);
  for (const lang of LANGUAGES) {
    for (const ns of namespaces) {
      if (!i18n.hasResourceBundle(lang, ns)) {
        const load = lazyFiles[`./locales/${lang}/${ns}.json`];
        if (load) i18n.addResourceBundle(lang, ns, (await load()).default, true, true);
      }
    }
  }
}

/** The loaded catalogues, per language and namespace. */
export function loadedResources(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const lang of LANGUAGES) {
    for (const ns of namespaces) {
      const bundle = i18n.getResourceBundle(lang, ns) as Record<string, unknown> | undefined;
      if (bundle) (out[lang] ??= {})[ns] = bundle;
    }
  }
  return out;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Locked-down browsers can refuse storage access; the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

function applyDocumentLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function setLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits, but switched for this one.
  }
  void i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

void i18n
  .use(lazyBackend)
  .use(initReactI18next)
  .init({
    resources: commonResources,
    partialBundledLanguages: true,
    lng: readStoredLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export { i18n };
