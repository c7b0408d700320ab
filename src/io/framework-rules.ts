/**
 * Cross-field rules for a framework that already passed the Zod schema. Every rule runs and
 * every problem is reported, so an author can fix a file in one pass.
 */
import { checkLineage, checkLineageAgainst, type LineageProblem } from '../domain/lineage';
import {
  PLAN_ACTION_PATTERN,
  type Framework,
  type FrameworkV1,
  type LText,
  type Scale,
} from '../schemas/framework';
import { OTHER_FACILITY_TYPE } from '../domain/facility-types';
import type { Message } from '../domain/message';
import { messages } from './framework-messages';
import { formatJsonPath, type FrameworkIssue, type PathSegment } from './framework-issue';

export function checkFrameworkRules(framework: Framework): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const report = (path: readonly PathSegment[], code: string, message: Message): void => {
    issues.push({ path: formatJsonPath(path), code, message });
  };

  checkLanguages(framework, report);
  checkTexts(framework, report);
  const scales = checkScales(framework, report);
  checkDefaultScale(framework, scales, report);
  const kinds = checkReferenceKinds(framework, report);
  checkFacilityTypes(framework, report);
  checkDomains(framework, scales, kinds, report);
  checkChangelog(framework, report);
  for (const problem of checkLineage(framework)) reportLineage(problem, report);
  return issues;
}

/**
 * Checks the lineage of `framework` against the earlier version it names. Call it when that
 * version is at hand (the checker with several files, the bundled frameworks).
 */
export function checkFrameworkLineage(framework: Framework, previous: Framework): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const report: Report = (path, code, message) => {
    issues.push({ path: formatJsonPath(path), code, message });
  };
  for (const problem of checkLineageAgainst(framework, previous)) reportLineage(problem, report);
  return issues;
}

function reportLineage(problem: LineageProblem, report: Report): void {
  report(problem.path, problem.code, messages.lineage(problem.code, problem.params));
}

/**
 * The norm rules of format 1, checked before a format-1 file is migrated, so the author of such
 * a file hears about the place in the file he wrote: one framework norm that must be a level of
 * the default scale, and of every other scale unless its criteria carry their own norm.
 */
export function checkV1Norms(framework: FrameworkV1): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const report: Report = (path, code, message) => {
    issues.push({ path: formatJsonPath(path), code, message });
  };
  const scales = new Map(framework.scales.map((scale) => [scale.id, scale]));
  const values = (id: string) => scales.get(id)?.levels.map((level) => level.value);
  const defaults = values(framework.defaultScale);
  if (defaults && !defaults.includes(framework.normLevel)) {
    report(
      ['normLevel'],
      'norm-level-not-on-scale',
      messages.normLevelNotOnScale(framework.normLevel, framework.defaultScale, defaults),
    );
  }
  framework.domains.forEach((domain, d) =>
    domain.criteria.forEach((criterion, c) => {
      if (criterion.scale === undefined || criterion.normLevel !== undefined) return;
      const own = values(criterion.scale);
      if (own && !own.includes(framework.normLevel)) {
        report(
          ['domains', d, 'criteria', c],
          'norm-level-not-on-scale',
          messages.defaultNormNotOnScale(framework.normLevel, criterion.scale, own),
        );
      }
    }),
  );
  return issues;
}

/** Reference kinds by id (first occurrence wins). */
function checkReferenceKinds(framework: Framework, report: Report): Map<string, string> {
  const kinds = new Map<string, string>();
  const firstPath = new Map<string, string>();
  framework.referenceKinds.forEach((kind, i) => {
    const first = firstPath.get(kind.id);
    if (first !== undefined) {
      report(
        ['referenceKinds', i, 'id'],
        'duplicate-reference-kind',
        messages.duplicateReferenceKind(kind.id, first),
      );
      return;
    }
    firstPath.set(kind.id, formatJsonPath(['referenceKinds', i, 'id']));
    kinds.set(kind.id, kind.type);
  });
  return kinds;
}

/** Facility type ids are unique, and "other" stays the app's own (domain/facility-types). */
function checkFacilityTypes(framework: Framework, report: Report): void {
  const firstPath = new Map<string, string>();
  framework.facilityTypes?.forEach((type, i) => {
    const at = ['facilityTypes', i, 'id'] as const;
    if (type.id === OTHER_FACILITY_TYPE) {
      report(at, 'reserved-facility-type', messages.reservedFacilityType(type.id));
      return;
    }
    const first = firstPath.get(type.id);
    if (first !== undefined) {
      report(at, 'duplicate-facility-type', messages.duplicateFacilityType(type.id, first));
      return;
    }
    firstPath.set(type.id, formatJsonPath(at));
  });
}

type Report = (path: readonly PathSegment[], code: string, message: Message) => void;

function checkLanguages(framework: Framework, report: Report): void {
  if (!framework.languages.includes('nl-BE')) {
    report(['languages'], 'missing-language-nl-BE', messages.dutchLanguageRequired());
  }
  const seen = new Set<string>();
  framework.languages.forEach((lang, i) => {
    if (seen.has(lang))
      report(['languages', i], 'duplicate-language', messages.duplicateLanguage(lang));
    seen.add(lang);
  });
}

/** Every text must exist and be non-blank in each declared language, and always in nl-BE. */
function checkTexts(framework: Framework, report: Report): void {
  const required = [...new Set(['nl-BE', ...framework.languages])] as (keyof LText)[];
  const text = (value: LText, path: readonly PathSegment[]): void => {
    for (const lang of required) {
      const content = value[lang];
      if (typeof content !== 'string' || content.trim() === '') {
        report([...path, lang], 'missing-text', messages.missingText(lang));
      }
    }
  };

  text(framework.title, ['title']);
  text(framework.description, ['description']);
  framework.sources.forEach((source, i) => text(source.title, ['sources', i, 'title']));
  framework.referenceKinds.forEach((kind, i) => text(kind.label, ['referenceKinds', i, 'label']));
  framework.facilityTypes?.forEach((type, i) => text(type.label, ['facilityTypes', i, 'label']));
  framework.lineage?.withdrawn.forEach((entry, i) =>
    text(entry.reason, ['lineage', 'withdrawn', i, 'reason']),
  );
  framework.scales.forEach((scale, i) => {
    text(scale.label, ['scales', i, 'label']);
    scale.levels.forEach((level, k) => {
      text(level.label, ['scales', i, 'levels', k, 'label']);
      text(level.descriptor, ['scales', i, 'levels', k, 'descriptor']);
    });
  });
  framework.domains.forEach((domain, d) => {
    text(domain.title, ['domains', d, 'title']);
    text(domain.description, ['domains', d, 'description']);
    domain.criteria.forEach((criterion, c) => {
      const at = ['domains', d, 'criteria', c];
      text(criterion.title, [...at, 'title']);
      text(criterion.description, [...at, 'description']);
      criterion.levelDescriptors.forEach((descriptor, k) =>
        text(descriptor.text, [...at, 'levelDescriptors', k, 'text']),
      );
      criterion.guidance.forEach((item, k) => text(item, [...at, 'guidance', k]));
      criterion.evidenceExamples.forEach((item, k) => text(item, [...at, 'evidenceExamples', k]));
      if (criterion.naPolicy?.policy === 'conditional') {
        text(criterion.naPolicy.condition, [...at, 'naPolicy', 'condition']);
      }
    });
  });
  framework.changelog.forEach((entry, i) => text(entry.changes, ['changelog', i, 'changes']));
}

/** Checks each scale on its own; returns the scales by id (first occurrence wins). */
function checkScales(framework: Framework, report: Report): Map<string, Scale> {
  const byId = new Map<string, Scale>();
  const firstPath = new Map<string, string>();
  framework.scales.forEach((scale, i) => {
    const existing = firstPath.get(scale.id);
    if (existing !== undefined) {
      report(
        ['scales', i, 'id'],
        'duplicate-scale-id',
        messages.duplicateScaleId(scale.id, existing),
      );
    } else {
      firstPath.set(scale.id, formatJsonPath(['scales', i, 'id']));
      byId.set(scale.id, scale);
    }

    scale.levels.forEach((level, k) => {
      if (k === 0) return;
      const previous = scale.levels[k - 1]!.value;
      const at = ['scales', i, 'levels', k, 'value'];
      if (level.value === previous) {
        report(at, 'duplicate-level-value', messages.levelValueDuplicate(level.value));
      } else if (level.value < previous) {
        report(at, 'levels-not-ascending', messages.levelValuesNotAscending(level.value, previous));
      }
    });

    const normValues = levelValues(scale);
    if (!normValues.includes(scale.normLevel)) {
      report(
        ['scales', i, 'normLevel'],
        'norm-level-not-on-scale',
        messages.normLevelNotOnScale(scale.normLevel, scale.id, normValues),
      );
    }

    const count = scale.levels.length;
    const levelsPath = ['scales', i, 'levels'];
    if (scale.type === 'yesno') {
      if (count !== 2) {
        report(levelsPath, 'scale-level-count', messages.yesnoLevelCount(count));
      } else if (scale.levels[0]!.value !== 0 || scale.levels[1]!.value !== 1) {
        report(levelsPath, 'yesno-values', messages.yesnoValues());
      }
    } else if (scale.type === 'likert') {
      if (count < 3 || count > 11) {
        report(levelsPath, 'scale-level-count', messages.likertLevelCount(count));
      }
    } else if (count < 2) {
      report(levelsPath, 'scale-level-count', messages.ordinalLevelCount(count));
    }
  });
  return byId;
}

function levelValues(scale: Scale): number[] {
  return scale.levels.map((level) => level.value);
}

function checkDefaultScale(framework: Framework, scales: Map<string, Scale>, report: Report): void {
  if (!scales.has(framework.defaultScale)) {
    report(
      ['defaultScale'],
      'unknown-scale',
      messages.unknownScale(framework.defaultScale, [...scales.keys()]),
    );
    return;
  }
}

function checkDomains(
  framework: Framework,
  scales: Map<string, Scale>,
  kinds: Map<string, string>,
  report: Report,
): void {
  // Domains and criteria share one id namespace: answers and links are keyed by these ids.
  const idPaths = new Map<string, string>();
  const codePaths = new Map<string, string>();
  const claim = (
    registry: Map<string, string>,
    key: string,
    path: readonly PathSegment[],
    onDuplicate: (firstPath: string) => void,
  ): void => {
    const first = registry.get(key);
    if (first !== undefined) onDuplicate(first);
    else registry.set(key, formatJsonPath(path));
  };

  framework.domains.forEach((domain, d) => {
    const domainAt = ['domains', d];
    claim(idPaths, domain.id, [...domainAt, 'id'], (first) =>
      report([...domainAt, 'id'], 'duplicate-id', messages.duplicateId(domain.id, first)),
    );
    claim(codePaths, domain.code, [...domainAt, 'code'], (first) =>
      report([...domainAt, 'code'], 'duplicate-code', messages.duplicateCode(domain.code, first)),
    );
    if (domain.criteria.length === 0) {
      report([...domainAt, 'criteria'], 'empty-domain', messages.emptyDomain());
    }

    domain.criteria.forEach((criterion, c) => {
      const at = [...domainAt, 'criteria', c];
      claim(idPaths, criterion.id, [...at, 'id'], (first) =>
        report([...at, 'id'], 'duplicate-id', messages.duplicateId(criterion.id, first)),
      );
      claim(codePaths, criterion.code, [...at, 'code'], (first) =>
        report([...at, 'code'], 'duplicate-code', messages.duplicateCode(criterion.code, first)),
      );

      checkReferences(criterion.references, kinds, [...at, 'references'], report);

      const scaleId = criterion.scale ?? framework.defaultScale;
      const scale = scales.get(scaleId);
      if (!scale) {
        // A missing default scale is reported once at $.defaultScale, not for every criterion.
        if (criterion.scale !== undefined) {
          report(
            [...at, 'scale'],
            'unknown-scale',
            messages.unknownScale(scaleId, [...scales.keys()]),
          );
        }
        return;
      }
      const values = levelValues(scale);

      if (criterion.normLevel !== undefined && !values.includes(criterion.normLevel)) {
        report(
          [...at, 'normLevel'],
          'norm-level-not-on-scale',
          messages.normLevelNotOnScale(criterion.normLevel, scale.id, values),
        );
      }

      checkDescriptors(
        criterion.levelDescriptors,
        scale,
        values,
        [...at, 'levelDescriptors'],
        report,
      );
    });
  });
}

function checkReferences(
  references: Framework['domains'][number]['criteria'][number]['references'],
  kinds: Map<string, string>,
  at: readonly PathSegment[],
  report: Report,
): void {
  const seen = new Set<string>();
  references.forEach((reference, k) => {
    const type = kinds.get(reference.kind);
    if (type === undefined) {
      report(
        [...at, k, 'kind'],
        'unknown-reference-kind',
        messages.unknownReferenceKind(reference.kind, [...kinds.keys()]),
      );
    } else if (type === 'plan-action' && !PLAN_ACTION_PATTERN.test(reference.ref)) {
      report(
        [...at, k, 'ref'],
        'reference-plan-action-format',
        messages.referencePlanActionFormat(reference.ref, reference.kind),
      );
    }
    const key = `${reference.kind}\u0000${reference.ref}`;
    if (seen.has(key)) {
      report(
        [...at, k],
        'duplicate-reference',
        messages.duplicateReference(reference.kind, reference.ref),
      );
    }
    seen.add(key);
  });
}

function checkDescriptors(
  descriptors: readonly { value: number }[],
  scale: Scale,
  values: readonly number[],
  at: readonly PathSegment[],
  report: Report,
): void {
  const seen = new Map<number, string>();
  descriptors.forEach((descriptor, k) => {
    const path = [...at, k, 'value'];
    const first = seen.get(descriptor.value);
    if (first !== undefined) {
      report(path, 'descriptor-duplicate', messages.descriptorDuplicate(descriptor.value, first));
      return;
    }
    seen.set(descriptor.value, formatJsonPath(path));
    if (!values.includes(descriptor.value)) {
      report(
        path,
        'descriptor-unknown-level',
        messages.descriptorUnknownLevel(descriptor.value, scale.id, values),
      );
    }
  });
  const missing = [...new Set(values)].filter((value) => !seen.has(value));
  if (missing.length > 0) {
    report(at, 'descriptor-missing', messages.descriptorMissing(missing, scale.id));
  }
}

function checkChangelog(framework: Framework, report: Report): void {
  const seen = new Map<string, string>();
  framework.changelog.forEach((entry, i) => {
    const path = ['changelog', i, 'version'];
    const first = seen.get(entry.version);
    if (first !== undefined) {
      report(
        path,
        'changelog-duplicate-version',
        messages.changelogDuplicateVersion(entry.version, first),
      );
    } else {
      seen.set(entry.version, formatJsonPath(path));
    }
  });
  if (!seen.has(framework.version)) {
    report(
      ['changelog'],
      'changelog-missing-version',
      messages.changelogMissingVersion(framework.version),
    );
  }
}
