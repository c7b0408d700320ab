/**
 * Cross-field rules for a framework that already passed the Zod schema. Every rule runs and
 * every problem is reported, so an author can fix a file in one pass.
 */
import type { Framework, LText, Scale } from '../schemas/framework';
import { messages, type BilingualText } from './framework-messages';
import { formatJsonPath, type FrameworkIssue, type PathSegment } from './framework-issue';

export function checkFrameworkRules(framework: Framework): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const report = (path: readonly PathSegment[], code: string, message: BilingualText): void => {
    issues.push({ path: formatJsonPath(path), code, message });
  };

  checkLanguages(framework, report);
  checkTexts(framework, report);
  const scales = checkScales(framework, report);
  checkDefaultScale(framework, scales, report);
  checkDomains(framework, scales, report);
  checkChangelog(framework, report);
  return issues;
}

type Report = (path: readonly PathSegment[], code: string, message: BilingualText) => void;

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
  const scale = scales.get(framework.defaultScale);
  if (!scale) {
    report(
      ['defaultScale'],
      'unknown-scale',
      messages.unknownScale(framework.defaultScale, [...scales.keys()]),
    );
    return;
  }
  const values = levelValues(scale);
  if (!values.includes(framework.normLevel)) {
    report(
      ['normLevel'],
      'norm-level-not-on-scale',
      messages.normLevelNotOnScale(framework.normLevel, scale.id, values),
    );
  }
}

function checkDomains(framework: Framework, scales: Map<string, Scale>, report: Report): void {
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

      if (criterion.normLevel !== undefined) {
        if (!values.includes(criterion.normLevel)) {
          report(
            [...at, 'normLevel'],
            'norm-level-not-on-scale',
            messages.normLevelNotOnScale(criterion.normLevel, scale.id, values),
          );
        }
      } else if (criterion.scale !== undefined && !values.includes(framework.normLevel)) {
        report(
          at,
          'norm-level-not-on-scale',
          messages.defaultNormNotOnScale(framework.normLevel, scale.id, values),
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
