/**
 * Bilingual (nl-BE + en) sentences for framework file problems.
 *
 * These are written for the people who maintain framework files, not for developers: they name
 * the expected thing in plain words and never mention Zod. They live here rather than in the
 * i18n catalogues because the CLI must produce them without i18next, and every issue carries
 * both languages so the UI can show whichever is active.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { formatBytes } from '../domain/format-bytes';
import type { LineageProblemCode } from '../domain/lineage';
import { FORMAT_KEYS } from '../schemas/framework';
import type { JsonSyntaxProblem } from './framework-json-syntax';

export interface BilingualText {
  'nl-BE': string;
  en: string;
}

const bi = (nl: string, en: string): BilingualText => ({ 'nl-BE': nl, en });

const LANGUAGE_NAMES: Record<string, BilingualText> = {
  'nl-BE': bi('Nederlands', 'Dutch'),
  en: bi('Engels', 'English'),
};

function languageName(lang: string): BilingualText {
  return LANGUAGE_NAMES[lang] ?? bi(`"${lang}"`, `"${lang}"`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Engine or library text, bounded (it may quote the input). */
function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Short, safe rendering of a value found in the file, for use inside a sentence. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return describeKind(value).en;
}

/** A character from the file, quoted, with control characters spelled out as U+XXXX. */
function showChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(char);
}

/** What kind of value was found, in plain words ("tekst" / "text"). */
export function describeKind(value: unknown): BilingualText {
  if (value === undefined) return bi('niets', 'nothing');
  if (value === null) return bi('null (geen waarde)', 'null (no value)');
  if (typeof value === 'string') return bi('tekst', 'text');
  if (typeof value === 'number') return bi('een getal', 'a number');
  if (typeof value === 'boolean') return bi('true/false', 'true/false');
  if (Array.isArray(value)) return bi('een lijst ([ ... ])', 'a list ([ ... ])');
  if (typeof value === 'object') return bi('een object ({ ... })', 'an object ({ ... })');
  return bi('een onbekend soort waarde', 'an unknown kind of value');
}

function describeExpected(expected: string): BilingualText {
  switch (expected) {
    case 'string':
      return bi('tekst', 'text');
    case 'number':
      return bi('een getal', 'a number');
    case 'int':
      return bi('een geheel getal', 'a whole number');
    case 'boolean':
      return bi('true of false', 'true or false');
    case 'array':
      return bi('een lijst ([ ... ])', 'a list ([ ... ])');
    case 'object':
      return bi('een object ({ ... })', 'an object ({ ... })');
    case 'null':
      return bi('null', 'null');
    default:
      return bi(`een waarde van het type ${expected}`, `a value of type ${expected}`);
  }
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => showValue(v)).join(', ');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// ---------------------------------------------------------------------------------------------
// Messages before schema validation
// ---------------------------------------------------------------------------------------------

export const messages = {
  tooLarge: (size: number, max: number) =>
    bi(
      `Het bestand is te groot (${formatBytes(size, 'nl-BE')}); een kaderbestand mag hoogstens ${formatBytes(max, 'nl-BE')} zijn.`,
      `The file is too large (${formatBytes(size, 'en')}); a framework file may be at most ${formatBytes(max, 'en')}.`,
    ),
  empty: () =>
    bi(
      'Het bestand is leeg; er wordt een kader in JSON-formaat verwacht.',
      'The file is empty; a framework in JSON format is expected.',
    ),
  notJson: (
    problem: JsonSyntaxProblem | null,
    where: { line: number; column: number } | null,
    detail: string,
  ) => {
    const at = where
      ? bi(
          ` op regel ${where.line}, kolom ${where.column}`,
          ` at line ${where.line}, column ${where.column}`,
        )
      : bi('', '');
    if (problem?.kind === 'unexpected-end') {
      return bi(
        `Het bestand is geen geldige JSON: het stopt onverwacht${at['nl-BE']} (ontbreekt er een " of een } of ]?).`,
        `The file is not valid JSON: it ends unexpectedly${at.en} (is a " or a } or ] missing?).`,
      );
    }
    if (problem?.kind === 'trailing-comma') {
      return bi(
        `Het bestand is geen geldige JSON: er staat een overbodige komma vóór ${showChar(problem.char)}${at['nl-BE']}.`,
        `The file is not valid JSON: there is a superfluous comma before ${showChar(problem.char)}${at.en}.`,
      );
    }
    if (problem) {
      return bi(
        `Het bestand is geen geldige JSON: onverwacht teken ${showChar(problem.char)}${at['nl-BE']}.`,
        `The file is not valid JSON: unexpected character ${showChar(problem.char)}${at.en}.`,
      );
    }
    // Only when the engine rejects what the scanner accepts (should not happen): its words are
    // English only, so the Dutch sentence goes without them.
    const engine = detail.replace(/\s+/g, ' ').slice(0, 120);
    return bi('Het bestand is geen geldige JSON.', `The file is not valid JSON (${engine}).`);
  },
  forbiddenKey: (key: string) =>
    bi(
      `De sleutel "${key}" is om veiligheidsredenen niet toegestaan in een kaderbestand.`,
      `The key "${key}" is not allowed in a framework file for security reasons.`,
    ),
  tooDeep: (max: number) =>
    bi(
      `Het bestand is te diep genest (meer dan ${max} niveaus); een kaderbestand heeft dat nooit nodig.`,
      `The file is nested too deeply (more than ${max} levels); a framework file never needs that.`,
    ),
  notAnObject: (value: unknown) => {
    const kind = describeKind(value);
    return bi(
      `Het bestand moet één JSON-object ({ ... }) bevatten, maar bevat ${kind['nl-BE']}.`,
      `The file must contain one JSON object ({ ... }), but it contains ${kind.en}.`,
    );
  },
  formatVersionMissing: (current: number) =>
    bi(
      `Het veld "formatVersion" ontbreekt; het zegt voor welke versie van het bestandsformaat het kader geschreven is (nu ${current}).`,
      `The field "formatVersion" is missing; it states which version of the file format the framework was written for (currently ${current}).`,
    ),
  formatVersionInvalid: (value: unknown) =>
    bi(
      `"formatVersion" moet een positief geheel getal zijn, maar er staat ${showValue(value)}.`,
      `"formatVersion" must be a positive whole number, but it is ${showValue(value)}.`,
    ),
  formatVersionNewer: (version: number, current: number) =>
    bi(
      `Dit kader is gemaakt voor een nieuwere versie van de app (bestandsformaat ${version}; deze app kent formaat ${current}). Werk de app bij om het te openen.`,
      `This framework was made for a newer version of the app (file format ${version}; this app knows format ${current}). Update the app to open it.`,
    ),
  formatVersionUnsupported: (version: number) =>
    bi(
      `Bestandsformaat ${version} wordt niet (meer) ondersteund; zet het kader om naar het huidige formaat.`,
      `File format ${version} is not (or no longer) supported; convert the framework to the current format.`,
    ),
  migrationFailed: (from: number, detail: string) =>
    bi(
      `Het omzetten van bestandsformaat ${from} naar ${from + 1} is mislukt.`,
      `Converting file format ${from} to ${from + 1} failed (${clip(detail)}).`,
    ),
  internalError: (detail: string) =>
    bi(
      'Het bestand kon door een onverwachte fout niet gecontroleerd worden.',
      `The file could not be checked because of an unexpected error (${clip(detail)}).`,
    ),
  tooManyIssues: (more: number) =>
    bi(
      `Er zijn nog ${plural(more, 'ander probleem', 'andere problemen')}; los eerst de bovenstaande op.`,
      `There ${more === 1 ? 'is' : 'are'} ${plural(more, 'more problem', 'more problems')}; fix the ones above first.`,
    ),

  // -------------------------------------------------------------------------------------------
  // Cross-field rules
  // -------------------------------------------------------------------------------------------
  missingText: (lang: string) => {
    const name = languageName(lang);
    return bi(
      `De tekst in het ${name['nl-BE']} ("${lang}") ontbreekt of is leeg; elke tekst is nodig in elke taal uit "languages".`,
      `The ${name.en} ("${lang}") text is missing or empty; every text is needed in every language listed in "languages".`,
    );
  },
  dutchLanguageRequired: () =>
    bi(
      'De lijst "languages" moet "nl-BE" bevatten; Nederlands is altijd verplicht.',
      'The "languages" list must contain "nl-BE"; Dutch is always required.',
    ),
  duplicateLanguage: (lang: string) =>
    bi(
      `De taal "${lang}" staat meer dan één keer in "languages".`,
      `The language "${lang}" is listed more than once in "languages".`,
    ),
  duplicateId: (id: string, firstPath: string) =>
    bi(
      `Het id "${id}" komt meer dan één keer voor (ook bij ${firstPath}); ids van domeinen en criteria moeten uniek zijn in het hele bestand.`,
      `The id "${id}" is used more than once (also at ${firstPath}); domain and criterion ids must be unique in the whole file.`,
    ),
  duplicateScaleId: (id: string, firstPath: string) =>
    bi(
      `Er is al een schaal met id "${id}" (bij ${firstPath}); elke schaal heeft een eigen id nodig.`,
      `There already is a scale with id "${id}" (at ${firstPath}); every scale needs its own id.`,
    ),
  duplicateCode: (code: string, firstPath: string) =>
    bi(
      `De code "${code}" komt meer dan één keer voor (ook bij ${firstPath}); codes moeten uniek zijn.`,
      `The code "${code}" is used more than once (also at ${firstPath}); codes must be unique.`,
    ),
  unknownScale: (id: string, known: readonly string[]) =>
    bi(
      `Er is geen schaal met id "${id}"; beschikbare schalen: ${listValues(known) || 'geen'}.`,
      `There is no scale with id "${id}"; available scales: ${listValues(known) || 'none'}.`,
    ),
  normLevelNotOnScale: (level: number, scaleId: string, values: readonly number[]) =>
    bi(
      `Het normniveau ${level} bestaat niet op de schaal "${scaleId}"; kies één van: ${values.join(', ')}.`,
      `The norm level ${level} does not exist on the scale "${scaleId}"; choose one of: ${values.join(', ')}.`,
    ),
  defaultNormNotOnScale: (level: number, scaleId: string, values: readonly number[]) =>
    bi(
      `Dit criterium gebruikt de schaal "${scaleId}", waarop het algemene normniveau ${level} niet bestaat; geef het criterium een eigen "normLevel" (één van: ${values.join(', ')}).`,
      `This criterion uses the scale "${scaleId}", on which the general norm level ${level} does not exist; give the criterion its own "normLevel" (one of: ${values.join(', ')}).`,
    ),
  emptyDomain: () =>
    bi(
      'Dit domein heeft geen criteria; een domein heeft minstens één criterium nodig.',
      'This domain has no criteria; a domain needs at least one criterion.',
    ),
  descriptorDuplicate: (value: number, firstPath: string) =>
    bi(
      `Er is al een niveaubeschrijving voor niveau ${value} (bij ${firstPath}); geef per niveau precies één beschrijving.`,
      `There already is a level descriptor for level ${value} (at ${firstPath}); give exactly one descriptor per level.`,
    ),
  descriptorUnknownLevel: (value: number, scaleId: string, values: readonly number[]) =>
    bi(
      `Niveau ${value} bestaat niet op de schaal "${scaleId}" (niveaus: ${values.join(', ')}).`,
      `Level ${value} does not exist on the scale "${scaleId}" (levels: ${values.join(', ')}).`,
    ),
  descriptorMissing: (missing: readonly number[], scaleId: string) =>
    bi(
      `De niveaubeschrijving ontbreekt voor ${missing.length === 1 ? 'niveau' : 'niveaus'} ${missing.join(', ')}; geef precies één beschrijving per niveau van de schaal "${scaleId}".`,
      `The level descriptor is missing for ${missing.length === 1 ? 'level' : 'levels'} ${missing.join(', ')}; give exactly one descriptor per level of the scale "${scaleId}".`,
    ),
  levelValueDuplicate: (value: number) =>
    bi(
      `De niveauwaarde ${value} komt twee keer voor; elke waarde op een schaal moet uniek zijn.`,
      `The level value ${value} occurs twice; every value on a scale must be unique.`,
    ),
  levelValuesNotAscending: (value: number, previous: number) =>
    bi(
      `De niveauwaarden moeten oplopen, maar ${value} komt na ${previous}.`,
      `Level values must be in ascending order, but ${value} comes after ${previous}.`,
    ),
  yesnoLevelCount: (count: number) =>
    bi(
      `Een ja/nee-schaal heeft precies 2 niveaus (0 = nee, 1 = ja), maar deze heeft er ${count}.`,
      `A yes/no scale has exactly 2 levels (0 = no, 1 = yes), but this one has ${count}.`,
    ),
  yesnoValues: () =>
    bi(
      'Een ja/nee-schaal gebruikt de waarden 0 (nee) en 1 (ja).',
      'A yes/no scale uses the values 0 (no) and 1 (yes).',
    ),
  likertLevelCount: (count: number) =>
    bi(
      `Een likertschaal heeft 3 tot 11 niveaus, maar deze heeft er ${count}.`,
      `A Likert scale has 3 to 11 levels, but this one has ${count}.`,
    ),
  ordinalLevelCount: (count: number) =>
    bi(
      `Een ordinale schaal heeft minstens 2 niveaus, maar deze heeft er ${count}.`,
      `An ordinal scale has at least 2 levels, but this one has ${count}.`,
    ),
  changelogMissingVersion: (version: string) =>
    bi(
      `De wijzigingsgeschiedenis ("changelog") heeft geen item voor versie ${version} van dit bestand.`,
      `The changelog has no entry for this file's version ${version}.`,
    ),
  changelogDuplicateVersion: (version: string, firstPath: string) =>
    bi(
      `Versie ${version} staat al in de wijzigingsgeschiedenis (bij ${firstPath}).`,
      `Version ${version} is already in the changelog (at ${firstPath}).`,
    ),
  duplicateReferenceKind: (id: string, firstPath: string) =>
    bi(
      `Er is al een soort verwijzing met id "${id}" (bij ${firstPath}); elke soort heeft een eigen id nodig.`,
      `There already is a reference kind with id "${id}" (at ${firstPath}); every kind needs its own id.`,
    ),
  unknownReferenceKind: (id: string, known: readonly string[]) =>
    bi(
      `Er is geen soort verwijzing "${id}" in "referenceKinds"; beschikbare soorten: ${listValues(known) || 'geen'}.`,
      `There is no reference kind "${id}" in "referenceKinds"; available kinds: ${listValues(known) || 'none'}.`,
    ),
  referencePlanActionFormat: (ref: string, kind: string) =>
    bi(
      `Een verwijzing van de soort "${kind}" is een actienummer uit het actieplan (bv. "2.3") of "addendum"; ${showValue(ref)} voldoet niet.`,
      `A reference of the kind "${kind}" is an action number from the action plan (e.g. "2.3") or "addendum"; ${showValue(ref)} is not.`,
    ),
  duplicateReference: (kind: string, ref: string) =>
    bi(
      `De verwijzing ${kind} ${showValue(ref)} staat twee keer bij dit criterium.`,
      `The reference ${kind} ${showValue(ref)} occurs twice in this criterion.`,
    ),
  lineage: (code: LineageProblemCode, params: Record<string, string | number>) =>
    lineageMessage(code, params),
} as const;

const RELATION_NAMES: Record<string, BilingualText> = {
  unchanged: bi('ongewijzigd', 'unchanged'),
  reworded: bi('herschreven', 'reworded'),
  stricter: bi('strenger', 'stricter'),
  split: bi('gesplitst', 'split'),
  merged: bi('samengevoegd', 'merged'),
  new: bi('nieuw', 'new'),
};

function lineageMessage(
  code: LineageProblemCode,
  params: Record<string, string | number>,
): BilingualText {
  const id = String(params.id ?? '');
  const version = String(params.version ?? '');
  const relation =
    RELATION_NAMES[String(params.relation)] ?? bi(String(params.relation), String(params.relation));
  switch (code) {
    case 'lineage-missing':
      return bi(
        `Het criterium "${id}" heeft geen "lineage"; in een kader met een vorige versie zegt elk criterium hoe het zich tot die versie verhoudt.`,
        `The criterion "${id}" has no "lineage"; in a framework with a previous version every criterion states how it relates to that version.`,
      );
    case 'lineage-without-previous':
      return bi(
        'Dit criterium heeft een "lineage", maar het kader noemt geen vorige versie ("lineage.previousVersion").',
        'This criterion has a "lineage", but the framework names no previous version ("lineage.previousVersion").',
      );
    case 'lineage-previous-not-earlier':
      return bi(
        `De vorige versie ${params.previous} moet ouder zijn dan deze versie ${params.version}.`,
        `The previous version ${params.previous} must be older than this version ${params.version}.`,
      );
    case 'lineage-source-count':
      return bi(
        `Bij de relatie "${relation['nl-BE']}" hoort ${params.relation === 'new' ? 'geen vorig criterium' : params.relation === 'merged' ? 'een lijst van minstens twee vorige criteria' : 'precies één vorig criterium'}, maar er staan er ${params.count}.`,
        `The relation "${relation.en}" takes ${params.relation === 'new' ? 'no earlier criterion' : params.relation === 'merged' ? 'two or more earlier criteria' : 'exactly one earlier criterion'}, but ${params.count} are listed.`,
      );
    case 'lineage-source-duplicate':
      return bi(
        `Het vorige criterium "${id}" staat twee keer in deze lijst.`,
        `The earlier criterion "${id}" is listed twice.`,
      );
    case 'lineage-source-shared':
      return bi(
        `Het vorige criterium "${id}" wordt al door een ander criterium overgenomen; alleen bij een splitsing ("split") mag één criterium meer opvolgers hebben.`,
        `The earlier criterion "${id}" is already taken over by another criterion; only a split may give one criterion several successors.`,
      );
    case 'lineage-split-single':
      return bi(
        `Het vorige criterium "${id}" heeft maar één deel; een splitsing ("split") geeft minstens twee criteria. Gebruik anders "reworded" of "stricter".`,
        `The earlier criterion "${id}" has only one part; a split gives at least two criteria. Otherwise use "reworded" or "stricter".`,
      );
    case 'lineage-withdrawn-duplicate':
      return bi(
        `Het criterium "${id}" staat twee keer in de lijst van geschrapte criteria.`,
        `The criterion "${id}" is listed twice as withdrawn.`,
      );
    case 'lineage-withdrawn-cited':
      return bi(
        `Het criterium "${id}" staat bij de geschrapte criteria, maar een criterium van deze versie neemt het over.`,
        `The criterion "${id}" is listed as withdrawn, but a criterion of this version takes it over.`,
      );
    case 'lineage-withdrawn-reused':
      return bi(
        `Het geschrapte criterium "${id}" komt in deze versie nog voor met dezelfde id.`,
        `The withdrawn criterion "${id}" still occurs in this version with the same id.`,
      );
    case 'lineage-unknown-source':
      return bi(
        `Versie ${version} heeft geen criterium "${id}".`,
        `Version ${version} has no criterion "${id}".`,
      );
    case 'lineage-unknown-withdrawn':
      return bi(
        `Het geschrapte criterium "${id}" bestaat niet in versie ${version}.`,
        `The withdrawn criterion "${id}" does not exist in version ${version}.`,
      );
    case 'lineage-unaccounted':
      return bi(
        `Het criterium "${id}" van versie ${version} wordt door geen criterium overgenomen en staat niet bij de geschrapte criteria.`,
        `The criterion "${id}" of version ${version} is taken over by no criterion and is not listed as withdrawn.`,
      );
    case 'lineage-new-reuses-id':
      return bi(
        `Een nieuw criterium mag de id "${id}" van versie ${version || 'de vorige versie'} niet hergebruiken; antwoorden worden op id bewaard.`,
        `A new criterion may not reuse the id "${id}" of ${version ? `version ${version}` : 'the previous version'}; answers are stored by id.`,
      );
    case 'lineage-scale-changed':
      return bi(
        `Bij "${relation['nl-BE']}" blijft de schaal dezelfde, maar de niveaus verschillen van die van "${id}"; gebruik "stricter" of "new".`,
        `With "${relation.en}" the scale stays the same, but its levels differ from those of "${id}"; use "stricter" or "new".`,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Messages for schema (Zod) issues
// ---------------------------------------------------------------------------------------------

/** What the loader knows about the place an issue points at, looked up in the original input. */
export interface IssueContext {
  /** The last path segment (field name or list index), if any. */
  key: string | number | undefined;
  /** Whether the path exists in the input (false = a required field is missing). */
  found: boolean;
  value: unknown;
}

function formatMessage(formatKey: string, value: unknown): BilingualText {
  const shown = showValue(value);
  switch (formatKey) {
    case FORMAT_KEYS.kebabId:
      return bi(
        `Een id bestaat alleen uit kleine letters, cijfers en losse koppeltekens (bv. "signalen-herkennen"); ${shown} voldoet niet.`,
        `An id consists only of lowercase letters, digits and single hyphens (e.g. "signalen-herkennen"); ${shown} does not.`,
      );
    case FORMAT_KEYS.semver:
      return bi(
        `Hier wordt een versienummer verwacht in de vorm MAJOR.MINOR.PATCH, bv. "1.0.0"; ${shown} voldoet niet.`,
        `A version number in the form MAJOR.MINOR.PATCH is expected here, e.g. "1.0.0"; ${shown} is not.`,
      );
    case FORMAT_KEYS.isoDate:
      return bi(
        `Hier wordt een bestaande datum verwacht in de vorm JJJJ-MM-DD, bv. "2026-11-28"; ${shown} voldoet niet.`,
        `An existing date in the form YYYY-MM-DD is expected here, e.g. "2026-11-28"; ${shown} is not.`,
      );
    case FORMAT_KEYS.url:
      return bi(
        `Hier wordt een webadres verwacht dat begint met "https://" of "http://"; ${shown} voldoet niet.`,
        `A web address starting with "https://" or "http://" is expected here; ${shown} is not.`,
      );
    case FORMAT_KEYS.planAction:
      return bi(
        `Hier wordt een actienummer uit het actieplan verwacht (bv. "2.3") of "addendum"; ${shown} voldoet niet.`,
        `An action number from the action plan (e.g. "2.3") or "addendum" is expected here; ${shown} is not.`,
      );
    default:
      return bi(
        `Deze tekst heeft niet de verwachte vorm; ${shown} voldoet niet.`,
        `This text does not have the expected form; ${shown} does not match.`,
      );
  }
}

function sizeMessage(
  issue: Extract<$ZodIssue, { code: 'too_small' | 'too_big' }>,
  ctx: IssueContext,
): BilingualText {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'number':
    case 'int': {
      const shown = showValue(ctx.value);
      if (small) {
        return inclusive
          ? bi(
              `Dit getal moet minstens ${limit} zijn, maar het is ${shown}.`,
              `This number must be at least ${limit}, but it is ${shown}.`,
            )
          : bi(
              `Dit getal moet groter dan ${limit} zijn, maar het is ${shown}.`,
              `This number must be greater than ${limit}, but it is ${shown}.`,
            );
      }
      return inclusive
        ? bi(
            `Dit getal mag hoogstens ${limit} zijn, maar het is ${shown}.`,
            `This number may be at most ${limit}, but it is ${shown}.`,
          )
        : bi(
            `Dit getal moet kleiner dan ${limit} zijn, maar het is ${shown}.`,
            `This number must be less than ${limit}, but it is ${shown}.`,
          );
    }
    case 'string':
      if (small && limit <= 1) {
        return bi('Deze tekst mag niet leeg zijn.', 'This text must not be empty.');
      }
      return small
        ? bi(
            `Deze tekst moet minstens ${plural(limit, 'teken', 'tekens')} lang zijn.`,
            `This text must be at least ${plural(limit, 'character', 'characters')} long.`,
          )
        : bi(
            `Deze tekst mag hoogstens ${plural(limit, 'teken', 'tekens')} lang zijn.`,
            `This text may be at most ${plural(limit, 'character', 'characters')} long.`,
          );
    case 'array':
      if (small && limit <= 1) {
        return bi(
          'Deze lijst mag niet leeg zijn; er is minstens één element nodig.',
          'This list must not be empty; at least one item is needed.',
        );
      }
      return small
        ? bi(
            `Deze lijst moet minstens ${plural(limit, 'element', 'elementen')} bevatten.`,
            `This list must contain at least ${plural(limit, 'item', 'items')}.`,
          )
        : bi(
            `Deze lijst mag hoogstens ${plural(limit, 'element', 'elementen')} bevatten.`,
            `This list may contain at most ${plural(limit, 'item', 'items')}.`,
          );
    default:
      return small
        ? bi(
            `Deze waarde is te klein (minimum ${limit}).`,
            `This value is too small (minimum ${limit}).`,
          )
        : bi(
            `Deze waarde is te groot (maximum ${limit}).`,
            `This value is too large (maximum ${limit}).`,
          );
  }
}

/**
 * One plain sentence per Zod issue. `unrecognized_keys` is handled by the caller (one issue per
 * key, pointing at the key itself) and only reaches this function for a single key.
 */
export function zodIssueMessage(issue: $ZodIssue, ctx: IssueContext): BilingualText {
  switch (issue.code) {
    case 'invalid_type': {
      if (!ctx.found) {
        const field = typeof ctx.key === 'string' ? ctx.key : String(ctx.key ?? '');
        return bi(
          `Het verplichte veld "${field}" ontbreekt.`,
          `The required field "${field}" is missing.`,
        );
      }
      const expected = describeExpected(issue.expected);
      // A fractional number where a whole number is expected reads better with the value shown.
      const found =
        typeof ctx.value === 'number'
          ? bi(String(ctx.value), String(ctx.value))
          : describeKind(ctx.value);
      return bi(
        `Hier wordt ${expected['nl-BE']} verwacht, maar er staat ${found['nl-BE']}.`,
        `${capitalise(expected.en)} is expected here, but there is ${found.en}.`,
      );
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, ctx);
    case 'invalid_value': {
      const shown = ctx.found ? showValue(ctx.value) : 'niets';
      const shownEn = ctx.found ? showValue(ctx.value) : 'nothing';
      if (issue.values.length === 1) {
        return bi(
          `Hier wordt de waarde ${listValues(issue.values)} verwacht, maar er staat ${shown}.`,
          `The value ${listValues(issue.values)} is expected here, but there is ${shownEn}.`,
        );
      }
      return bi(
        `Hier wordt één van deze waarden verwacht: ${listValues(issue.values)}; er staat ${shown}.`,
        `One of these values is expected here: ${listValues(issue.values)}; found ${shownEn}.`,
      );
    }
    case 'invalid_format':
      return formatMessage(issue.message, ctx.value);
    case 'unrecognized_keys': {
      const raw = issue.keys[0] ?? '';
      // Echoed from the file: a hostile key can be megabytes long.
      const key = raw.length > 60 ? `${raw.slice(0, 59)}…` : raw;
      return bi(
        `Het veld "${key}" is hier niet toegestaan; controleer de spelling of verwijder het.`,
        `The field "${key}" is not allowed here; check the spelling or remove it.`,
      );
    }
    case 'not_multiple_of':
      return bi(
        `Dit getal moet een veelvoud van ${issue.divisor} zijn.`,
        `This number must be a multiple of ${issue.divisor}.`,
      );
    // Zod's own words are English: the Dutch sentence goes without them.
    case 'custom':
      return bi('Deze waarde is niet geldig.', `This value is not valid (${clip(issue.message)}).`);
    default:
      return bi('Deze waarde is niet geldig.', `This value is not valid (${clip(issue.message)}).`);
  }
}
