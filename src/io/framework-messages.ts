/**
 * Framework file problems as catalogue messages (namespace `problems`, keys `framework.*`,
 * `lineage.*` and `shape.*`): a key plus the facts that fill it, never a sentence. The sentences,
 * written for the people who maintain framework files (plain words, never "Zod"), live in
 * src/i18n/locales/<lang>/problems.json; the UI and the CLI render them (src/i18n/message.ts).
 */
import type { $ZodIssue } from 'zod/v4/core';
import type { LineageProblemCode } from '../domain/lineage';
import { message, type Message, type MessageKey, type MessageParam } from '../domain/message';
import { FORMAT_KEYS } from '../schemas/framework';
import type { JsonSyntaxProblem } from './framework-json-syntax';

/** A language's name ("Nederlands"), or the code in quotes for a language the app does not know. */
function languageName(lang: string): MessageParam {
  if (lang === 'nl-BE') return message('language.nl-BE');
  if (lang === 'en') return message('language.en');
  return `"${lang}"`;
}

/** Engine or library text, bounded (it may quote the input). */
function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Short, safe rendering of a value found in the file, for use inside a sentence. */
export function showValue(value: unknown): MessageParam {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return describeKind(value);
}

/** A character from the file, quoted, with control characters spelled out as U+XXXX. */
function showChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(char);
}

/** What kind of value was found, in plain words ("tekst" / "text"). */
export function describeKind(value: unknown): Message {
  if (value === undefined) return message('value.nothing');
  if (value === null) return message('value.null');
  if (typeof value === 'string') return message('value.text');
  if (typeof value === 'number') return message('value.number');
  if (typeof value === 'boolean') return message('value.boolean');
  if (Array.isArray(value)) return message('value.list');
  if (typeof value === 'object') return message('value.object');
  return message('value.unknown');
}

function describeExpected(expected: string): Message {
  switch (expected) {
    case 'string':
      return message('expected.string');
    case 'number':
      return message('expected.number');
    case 'int':
      return message('expected.int');
    case 'boolean':
      return message('expected.boolean');
    case 'array':
      return message('expected.array');
    case 'object':
      return message('expected.object');
    case 'null':
      return message('expected.null');
    default:
      return message('expected.other', { type: expected });
  }
}

/** Values found in the file, in a list; an empty list reads "geen" / "none". */
function listValues(values: readonly unknown[]): MessageParam {
  if (values.length === 0) return message('none');
  // Only primitives are listed (scale ids, reference kinds, enum options).
  return values
    .map((v) => showValue(v))
    .map((s) => (typeof s === 'object' ? '…' : String(s)))
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// Messages before schema validation
// ---------------------------------------------------------------------------------------------

export const messages = {
  tooLarge: (size: number, max: number) => message('framework.tooLarge', { size, max }),
  empty: () => message('framework.empty'),
  notJson: (
    problem: JsonSyntaxProblem | null,
    where: { line: number; column: number } | null,
    detail: string,
  ) => {
    const at = where ? message('framework.at', { line: where.line, column: where.column }) : '';
    if (problem?.kind === 'unexpected-end') return message('framework.notJsonEnd', { at });
    if (problem?.kind === 'trailing-comma') {
      return message('framework.notJsonTrailingComma', { char: showChar(problem.char), at });
    }
    if (problem) return message('framework.notJsonChar', { char: showChar(problem.char), at });
    // Only when the engine rejects what the scanner accepts (should not happen): its words are
    // English only, so the Dutch sentence goes without them.
    return message('framework.notJsonEngine', {
      detail: detail.replace(/\s+/g, ' ').slice(0, 120),
    });
  },
  forbiddenKey: (key: string) => message('framework.forbiddenKey', { key }),
  tooDeep: (max: number) => message('framework.tooDeep', { max }),
  notAnObject: (value: unknown) => message('framework.notAnObject', { kind: describeKind(value) }),
  formatVersionMissing: (current: number) => message('framework.formatVersionMissing', { current }),
  formatVersionInvalid: (value: unknown) =>
    message('framework.formatVersionInvalid', { value: showValue(value) }),
  formatVersionNewer: (version: number, current: number) =>
    message('framework.formatVersionNewer', { version, current }),
  formatVersionUnsupported: (version: number) =>
    message('framework.formatVersionUnsupported', { version }),
  migrationFailed: (from: number, detail: string) =>
    message('framework.migrationFailed', { from, to: from + 1, detail: clip(detail) }),
  internalError: (detail: string) => message('framework.internalError', { detail: clip(detail) }),
  tooManyIssues: (more: number) => message('framework.tooManyIssues', { count: more }),
  notUtf8: () => message('framework.notUtf8'),

  // -------------------------------------------------------------------------------------------
  // Cross-field rules
  // -------------------------------------------------------------------------------------------
  missingText: (lang: string) =>
    message('framework.missingText', { name: languageName(lang), lang }),
  dutchLanguageRequired: () => message('framework.dutchLanguageRequired'),
  duplicateLanguage: (lang: string) => message('framework.duplicateLanguage', { lang }),
  duplicateId: (id: string, firstPath: string) =>
    message('framework.duplicateId', { id, first: firstPath }),
  duplicateScaleId: (id: string, firstPath: string) =>
    message('framework.duplicateScaleId', { id, first: firstPath }),
  duplicateCode: (code: string, firstPath: string) =>
    message('framework.duplicateCode', { code, first: firstPath }),
  unknownScale: (id: string, known: readonly string[]) =>
    message('framework.unknownScale', { id, known: listValues(known) }),
  normLevelNotOnScale: (level: number, scaleId: string, values: readonly number[]) =>
    message('framework.normLevelNotOnScale', { level, scale: scaleId, values: values.join(', ') }),
  defaultNormNotOnScale: (level: number, scaleId: string, values: readonly number[]) =>
    message('framework.defaultNormNotOnScale', {
      level,
      scale: scaleId,
      values: values.join(', '),
    }),
  emptyDomain: () => message('framework.emptyDomain'),
  descriptorDuplicate: (value: number, firstPath: string) =>
    message('framework.descriptorDuplicate', { value, first: firstPath }),
  descriptorUnknownLevel: (value: number, scaleId: string, values: readonly number[]) =>
    message('framework.descriptorUnknownLevel', {
      value,
      scale: scaleId,
      values: values.join(', '),
    }),
  descriptorMissing: (missing: readonly number[], scaleId: string) =>
    message('framework.descriptorMissing', {
      count: missing.length,
      levels: missing.join(', '),
      scale: scaleId,
    }),
  levelValueDuplicate: (value: number) => message('framework.levelValueDuplicate', { value }),
  levelValuesNotAscending: (value: number, previous: number) =>
    message('framework.levelValuesNotAscending', { value, previous }),
  yesnoLevelCount: (count: number) => message('framework.yesnoLevelCount', { count }),
  yesnoValues: () => message('framework.yesnoValues'),
  likertLevelCount: (count: number) => message('framework.likertLevelCount', { count }),
  ordinalLevelCount: (count: number) => message('framework.ordinalLevelCount', { count }),
  changelogMissingVersion: (version: string) =>
    message('framework.changelogMissingVersion', { version }),
  changelogDuplicateVersion: (version: string, firstPath: string) =>
    message('framework.changelogDuplicateVersion', { version, first: firstPath }),
  duplicateFacilityType: (id: string, firstPath: string) =>
    message('framework.duplicateFacilityType', { id, first: firstPath }),
  reservedFacilityType: (id: string) => message('framework.reservedFacilityType', { id }),
  duplicateReferenceKind: (id: string, firstPath: string) =>
    message('framework.duplicateReferenceKind', { id, first: firstPath }),
  unknownReferenceKind: (id: string, known: readonly string[]) =>
    message('framework.unknownReferenceKind', { id, known: listValues(known) }),
  referencePlanActionFormat: (ref: string, kind: string) =>
    message('framework.referencePlanActionFormat', { kind, ref: showValue(ref) }),
  duplicateReference: (kind: string, ref: string) =>
    message('framework.duplicateReference', { kind, ref: showValue(ref) }),
  lineage: (code: LineageProblemCode, params: Record<string, string | number>) =>
    lineageMessage(code, params),
} as const;

const RELATION_NAMES: Readonly<Record<string, MessageKey>> = {
  unchanged: 'relation.unchanged',
  reworded: 'relation.reworded',
  stricter: 'relation.stricter',
  split: 'relation.split',
  merged: 'relation.merged',
  new: 'relation.new',
};

function lineageMessage(
  code: LineageProblemCode,
  params: Record<string, string | number>,
): Message {
  const raw = String(params.relation);
  const known = Object.hasOwn(RELATION_NAMES, raw) ? RELATION_NAMES[raw] : undefined;
  const relation = known ? message(known) : raw;
  const id = String(params.id ?? '');
  const version = String(params.version ?? '');
  switch (code) {
    case 'lineage-source-count':
      return message('lineage.lineage-source-count', {
        relation,
        count: String(params.count),
        takes: message(
          raw === 'new'
            ? 'lineage.sourceCount.none'
            : raw === 'merged'
              ? 'lineage.sourceCount.several'
              : 'lineage.sourceCount.one',
        ),
      });
    case 'lineage-new-reuses-id':
      return version
        ? message('lineage.lineage-new-reuses-id', { id, version })
        : message('lineage.newReusesIdNoVersion', { id });
    case 'lineage-previous-not-earlier':
      return message('lineage.lineage-previous-not-earlier', {
        previous: String(params.previous),
        version: String(params.version),
      });
    case 'lineage-scale-changed':
      return message('lineage.lineage-scale-changed', { relation, id });
    default:
      return message(`lineage.${code}`, { id, version });
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

function formatMessage(formatKey: string, value: unknown): Message {
  const params = { value: showValue(value) };
  switch (formatKey) {
    case FORMAT_KEYS.kebabId:
      return message('shape.format.kebabId', params);
    case FORMAT_KEYS.semver:
      return message('shape.format.semver', params);
    case FORMAT_KEYS.isoDate:
      return message('shape.format.isoDate', params);
    case FORMAT_KEYS.url:
      return message('shape.format.url', params);
    case FORMAT_KEYS.planAction:
      return message('shape.format.planAction', params);
    default:
      return message('shape.format.other', params);
  }
}

function sizeMessage(
  issue: Extract<$ZodIssue, { code: 'too_small' | 'too_big' }>,
  ctx: IssueContext,
): Message {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'number':
    case 'int': {
      const params = { limit, value: showValue(ctx.value) };
      if (small) return message(inclusive ? 'shape.numberMin' : 'shape.numberAbove', params);
      return message(inclusive ? 'shape.numberMax' : 'shape.numberBelow', params);
    }
    case 'string':
      if (small && limit <= 1) return message('shape.textEmpty');
      return message(small ? 'shape.textMin' : 'shape.textMax', { count: limit });
    case 'array':
      if (small && limit <= 1) return message('shape.listEmpty');
      return message(small ? 'shape.listMin' : 'shape.listMax', { count: limit });
    default:
      return message(small ? 'shape.valueMin' : 'shape.valueMax', { limit });
  }
}

/**
 * One plain message per Zod issue. `unrecognized_keys` is handled by the caller (one issue per
 * key, pointing at the key itself) and only reaches this function for a single key.
 */
export function zodIssueMessage(issue: $ZodIssue, ctx: IssueContext): Message {
  switch (issue.code) {
    case 'invalid_type': {
      if (!ctx.found) {
        const field = typeof ctx.key === 'string' ? ctx.key : String(ctx.key ?? '');
        return message('shape.missingField', { field });
      }
      // A fractional number where a whole number is expected reads better with the value shown.
      const found = typeof ctx.value === 'number' ? String(ctx.value) : describeKind(ctx.value);
      return message('shape.wrongType', { expected: describeExpected(issue.expected), found });
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, ctx);
    case 'invalid_value': {
      const found = ctx.found ? showValue(ctx.value) : message('value.nothing');
      const values = listValues(issue.values);
      return message(issue.values.length === 1 ? 'shape.oneValue' : 'shape.oneOf', {
        values,
        found,
      });
    }
    case 'invalid_format':
      return formatMessage(issue.message, ctx.value);
    case 'unrecognized_keys': {
      const raw = issue.keys[0] ?? '';
      // Echoed from the file: a hostile key can be megabytes long.
      return message('shape.unknownField', { key: raw.length > 60 ? `${raw.slice(0, 59)}…` : raw });
    }
    case 'not_multiple_of':
      return message('shape.multipleOf', { divisor: Number(issue.divisor) });
    // Zod's own words are English: the Dutch sentence goes without them.
    default:
      return message('shape.invalid', { detail: clip(issue.message) });
  }
}
