import './zod-config';
import { z } from 'zod';

/**
 * Zod schemas for framework files, see frameworks/*.json: formatVersion 2 (current) and
 * formatVersion 1 (still read; the loader validates it with FrameworkV1Schema and migrates it,
 * see src/domain/framework-migration.ts).
 *
 * The schema checks shape only. Rules that need the whole file (unique ids, scale references,
 * declared languages, descriptor coverage, changelog entry, ...) live in
 * src/io/framework-loader.ts, so that every problem can be reported with a precise path and a
 * plain sentence instead of one opaque refinement failure.
 *
 * Regex/format checks carry a short key as their error message (e.g. "semver"); the loader
 * turns that key into a catalogue message (src/io/framework-messages.ts, keys `shape.format.*`).
 */

/** The format version this app writes and reads natively. Older versions are migrated. */
export const CURRENT_FORMAT_VERSION = 2;

export const FRAMEWORK_LANGUAGES = ['nl-BE', 'en'] as const;
export const FrameworkLanguageSchema = z.enum(FRAMEWORK_LANGUAGES);
export type FrameworkLanguage = z.infer<typeof FrameworkLanguageSchema>;

/** Keys of the format messages the loader knows how to translate. */
export const FORMAT_KEYS = {
  kebabId: 'format:kebab-id',
  semver: 'format:semver',
  isoDate: 'format:iso-date',
  planAction: 'format:plan-action',
  url: 'format:url',
} as const;

export const KEBAB_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// semver.org core plus optional pre-release; build metadata is not used for frameworks.
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?$/;
export const PLAN_ACTION_PATTERN = /^(\d+(\.\d+)*|addendum)$/;
// Only web links: a source link is shown as a hyperlink, so no javascript:, data: or file: URLs.
export const URL_PATTERN = /^https?:\/\/[^\s/?#]+[^\s]*$/;

const IdSchema = z.string().regex(KEBAB_ID_PATTERN, { error: FORMAT_KEYS.kebabId });
const SemverSchema = z.string().regex(SEMVER_PATTERN, { error: FORMAT_KEYS.semver });
const IsoDateSchema = z.iso.date({ error: FORMAT_KEYS.isoDate });

/**
 * Text in one or more languages. Both keys are optional here on purpose: which ones must be
 * present depends on the file's `languages`, which the loader checks for every text.
 */
export const LTextSchema = z
  .strictObject({
    'nl-BE': z.string().optional(),
    en: z.string().optional(),
  })
  // The id makes the generated JSON Schema share one "$defs/LText" instead of inlining it ~20 times.
  .meta({ id: 'LText', description: 'Text per declared language; nl-BE is always required.' });
export type LText = z.infer<typeof LTextSchema>;

export const ScaleLevelSchema = z.strictObject({
  value: z.int(),
  label: LTextSchema,
  descriptor: LTextSchema,
});
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

export const NotApplicablePolicySchema = z.strictObject({
  allowed: z.boolean(),
  reasonRequired: z.boolean(),
  excludedFromScore: z.boolean(),
});
export type NotApplicablePolicy = z.infer<typeof NotApplicablePolicySchema>;

export const ScaleTypeSchema = z.enum(['ordinal', 'yesno', 'likert']);
export type ScaleType = z.infer<typeof ScaleTypeSchema>;

const scaleShape = {
  id: IdSchema,
  type: ScaleTypeSchema,
  label: LTextSchema,
  levels: z
    .array(ScaleLevelSchema)
    .min(1)
    .meta({ description: 'Unique integer values in ascending order.' }),
  notApplicable: NotApplicablePolicySchema.meta({
    description:
      "The scale's default N/A rule; a criterion's naPolicy decides whether N/A is allowed for it.",
  }),
};

export const ScaleV1Schema = z.strictObject(scaleShape);
export type ScaleV1 = z.infer<typeof ScaleV1Schema>;

export const ScaleSchema = z.strictObject({
  ...scaleShape,
  normLevel: z.int().meta({
    description:
      'The norm (minimum expected level) on this scale: one of its level values. A criterion may set its own normLevel.',
  }),
});
export type Scale = z.infer<typeof ScaleSchema>;

export const LevelDescriptorSchema = z.strictObject({
  value: z.int(),
  text: LTextSchema,
});
export type LevelDescriptor = z.infer<typeof LevelDescriptorSchema>;

/** What kind of thing a criterion refers to; the framework declares its kinds. */
export const REFERENCE_KIND_TYPES = ['plan-action', 'standard', 'legal-article', 'other'] as const;
export const ReferenceKindTypeSchema = z.enum(REFERENCE_KIND_TYPES);
export type ReferenceKindType = z.infer<typeof ReferenceKindTypeSchema>;

export const ReferenceKindSchema = z.strictObject({
  id: IdSchema,
  type: ReferenceKindTypeSchema.meta({
    description:
      '"plan-action" references must be action numbers such as "2.7" or "addendum"; the other types are free text.',
  }),
  label: LTextSchema.meta({
    description: 'Heading for this kind, e.g. "Acties uit het actieplan".',
  }),
});
export type ReferenceKind = z.infer<typeof ReferenceKindSchema>;

/**
 * A kind of facility the framework is written for, e.g. "Gemeenschapsinstelling". Facilities on
 * this device choose their type from the union of these lists (src/domain/facility-types.ts).
 */
export const FacilityTypeDeclSchema = z.strictObject({
  id: IdSchema.meta({
    description: 'Stored on facility records and in exchange files; never rename it.',
  }),
  label: LTextSchema,
});
export type FacilityTypeDecl = z.infer<typeof FacilityTypeDeclSchema>;

export const ReferenceSchema = z.strictObject({
  kind: IdSchema.meta({ description: "Id of one of the framework's referenceKinds." }),
  ref: z.string().min(1).max(80),
});
export type Reference = z.infer<typeof ReferenceSchema>;

/**
 * Whether a criterion may be marked N/A. Absent: the scale's notApplicable.allowed decides.
 * "conditional": N/A only when the named condition holds; a reason is then always required.
 */
export const NaPolicySchema = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('allowed') }),
  z.strictObject({ policy: z.literal('not-allowed') }),
  z.strictObject({ policy: z.literal('conditional'), condition: LTextSchema }),
]);
export type NaPolicy = z.infer<typeof NaPolicySchema>;

export const LINEAGE_RELATIONS = [
  'unchanged',
  'reworded',
  'stricter',
  'split',
  'merged',
  'new',
] as const;
export const LineageRelationSchema = z.enum(LINEAGE_RELATIONS);
export type LineageRelation = z.infer<typeof LineageRelationSchema>;

/** How a criterion relates to criteria of the previous version (framework `lineage`). */
export const CriterionLineageSchema = z.strictObject({
  relation: LineageRelationSchema,
  from: z.array(IdSchema).meta({
    description:
      'Criterion ids of the previous version: none for "new", two or more for "merged", exactly one otherwise.',
  }),
});
export type CriterionLineage = z.infer<typeof CriterionLineageSchema>;

export const WithdrawnCriterionSchema = z.strictObject({
  id: IdSchema,
  reason: LTextSchema,
});
export type WithdrawnCriterion = z.infer<typeof WithdrawnCriterionSchema>;

export const FrameworkLineageSchema = z.strictObject({
  previousVersion: SemverSchema,
  withdrawn: z.array(WithdrawnCriterionSchema),
});
export type FrameworkLineage = z.infer<typeof FrameworkLineageSchema>;

const criterionShape = {
  id: IdSchema,
  code: z.string().min(1),
  title: LTextSchema,
  description: LTextSchema,
  scale: IdSchema.optional().meta({ description: 'Scale id; defaults to defaultScale.' }),
  normLevel: z
    .int()
    .optional()
    .meta({ description: "Value on the criterion's scale; defaults to the framework normLevel." }),
  levelDescriptors: z
    .array(LevelDescriptorSchema)
    .meta({ description: "Exactly one per level of the criterion's scale." }),
  guidance: z.array(LTextSchema),
  evidenceExamples: z.array(LTextSchema),
  weight: z.number().positive(),
};

export const CriterionV1Schema = z.strictObject({
  ...criterionShape,
  planActions: z.array(z.string().regex(PLAN_ACTION_PATTERN, { error: FORMAT_KEYS.planAction })),
});
export type CriterionV1 = z.infer<typeof CriterionV1Schema>;

export const CriterionSchema = z.strictObject({
  ...criterionShape,
  references: z.array(ReferenceSchema),
  naPolicy: NaPolicySchema.optional(),
  lineage: CriterionLineageSchema.optional().meta({
    description: 'Required on every criterion when the framework has a lineage.',
  }),
});
export type Criterion = z.infer<typeof CriterionSchema>;

const domainShape = {
  id: IdSchema,
  code: z.string().min(1),
  title: LTextSchema,
  description: LTextSchema,
};

export const DomainV1Schema = z.strictObject({
  ...domainShape,
  criteria: z.array(CriterionV1Schema).meta({ description: 'At least one criterion.' }),
});
export type DomainV1 = z.infer<typeof DomainV1Schema>;

export const DomainSchema = z.strictObject({
  ...domainShape,
  criteria: z.array(CriterionSchema).meta({ description: 'At least one criterion.' }),
});
export type Domain = z.infer<typeof DomainSchema>;

export const SourceV1Schema = z.strictObject({
  title: LTextSchema,
  reference: z.string().min(1),
});
export type SourceV1 = z.infer<typeof SourceV1Schema>;

export const SourceSchema = z.strictObject({
  title: LTextSchema,
  reference: z.string().min(1),
  url: z.string().regex(URL_PATTERN, { error: FORMAT_KEYS.url }).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ChangelogEntrySchema = z.strictObject({
  version: SemverSchema,
  date: IsoDateSchema,
  changes: LTextSchema,
});
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>;

export const FrameworkStatusSchema = z.enum(['concept', 'vastgesteld']);
export type FrameworkStatus = z.infer<typeof FrameworkStatusSchema>;

const frameworkHead = {
  // Editors use "$schema" for completion; the loader ignores it.
  $schema: z.string().optional(),
  id: IdSchema,
  version: SemverSchema,
  status: FrameworkStatusSchema,
  publishedOn: IsoDateSchema,
  languages: z.array(FrameworkLanguageSchema).min(1),
  title: LTextSchema,
  description: LTextSchema,
};

export const FrameworkV1Schema = z
  .strictObject({
    ...frameworkHead,
    formatVersion: z.literal(1),
    sources: z.array(SourceV1Schema),
    scales: z.array(ScaleV1Schema).min(1),
    defaultScale: IdSchema,
    normLevel: z.int(),
    domains: z.array(DomainV1Schema).min(1),
    changelog: z.array(ChangelogEntrySchema).min(1),
  })
  .meta({
    title: 'Kwaliteitskader framework file, formatVersion 1',
    description:
      'Older format, still read: the app migrates it to formatVersion 2 when loading it.',
  });
export type FrameworkV1 = z.infer<typeof FrameworkV1Schema>;

export const FrameworkSchema = z
  .strictObject({
    ...frameworkHead,
    formatVersion: z.literal(CURRENT_FORMAT_VERSION),
    sources: z.array(SourceSchema),
    referenceKinds: z.array(ReferenceKindSchema).meta({
      description: 'The kinds of reference criteria may carry (plan actions, standards, ...).',
    }),
    facilityTypes: z
      .array(FacilityTypeDeclSchema)
      .optional()
      .meta({
        description:
          'The kinds of facility this framework is for. Optional; not part of the content hash, ' +
          'because it does not change how a round is scored.',
      }),
    scales: z.array(ScaleSchema).min(1),
    defaultScale: IdSchema,
    domains: z.array(DomainSchema).min(1),
    lineage: FrameworkLineageSchema.optional().meta({
      description:
        'The previous version this one derives from; then every criterion has a lineage.',
    }),
    changelog: z.array(ChangelogEntrySchema).min(1),
  })
  .meta({
    title: 'Kwaliteitskader framework file',
    description:
      'Framework definition, formatVersion 2. Cross-field rules (unique ids, scale references, ' +
      'norms on their scale, declared reference kinds, declared languages, one descriptor per ' +
      'level, lineage, changelog entry for the version) are checked by `npm run framework:check`.',
  });
export type Framework = z.infer<typeof FrameworkSchema>;

/** Any framework file the app reads, for the editors' JSON Schema. */
export const FrameworkFileSchema = z.discriminatedUnion('formatVersion', [
  FrameworkV1Schema,
  FrameworkSchema,
]);
