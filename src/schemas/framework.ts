import './zod-config';
import { z } from 'zod';

/**
 * Zod schema for framework files (formatVersion 1), see frameworks/*.json.
 *
 * The schema checks shape only. Rules that need the whole file (unique ids, scale references,
 * declared languages, descriptor coverage, changelog entry, ...) live in
 * src/io/framework-loader.ts, so that every problem can be reported with a precise path and a
 * plain sentence instead of one opaque refinement failure.
 *
 * Regex/format checks carry a short key as their error message (e.g. "semver"); the loader
 * turns that key into a bilingual sentence (src/io/framework-messages.ts).
 */

/** The format version this app writes and reads natively. Older versions are migrated. */
export const CURRENT_FORMAT_VERSION = 1;

export const FRAMEWORK_LANGUAGES = ['nl-BE', 'en'] as const;
export const FrameworkLanguageSchema = z.enum(FRAMEWORK_LANGUAGES);
export type FrameworkLanguage = z.infer<typeof FrameworkLanguageSchema>;

/** Keys of the format messages the loader knows how to translate. */
export const FORMAT_KEYS = {
  kebabId: 'format:kebab-id',
  semver: 'format:semver',
  isoDate: 'format:iso-date',
  planAction: 'format:plan-action',
} as const;

export const KEBAB_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// semver.org core plus optional pre-release; build metadata is not used for frameworks.
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?$/;
export const PLAN_ACTION_PATTERN = /^(\d+(\.\d+)*|addendum)$/;

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

export const ScaleSchema = z.strictObject({
  id: IdSchema,
  type: ScaleTypeSchema,
  label: LTextSchema,
  levels: z
    .array(ScaleLevelSchema)
    .min(1)
    .meta({ description: 'Unique integer values in ascending order.' }),
  notApplicable: NotApplicablePolicySchema,
});
export type Scale = z.infer<typeof ScaleSchema>;

export const LevelDescriptorSchema = z.strictObject({
  value: z.int(),
  text: LTextSchema,
});
export type LevelDescriptor = z.infer<typeof LevelDescriptorSchema>;

export const CriterionSchema = z.strictObject({
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
  planActions: z.array(z.string().regex(PLAN_ACTION_PATTERN, { error: FORMAT_KEYS.planAction })),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const DomainSchema = z.strictObject({
  id: IdSchema,
  code: z.string().min(1),
  title: LTextSchema,
  description: LTextSchema,
  criteria: z.array(CriterionSchema).meta({ description: 'At least one criterion.' }),
});
export type Domain = z.infer<typeof DomainSchema>;

export const SourceSchema = z.strictObject({
  title: LTextSchema,
  reference: z.string().min(1),
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

export const FrameworkSchema = z
  .strictObject({
    // Editors use "$schema" for completion; the loader ignores it.
    $schema: z.string().optional(),
    formatVersion: z.literal(CURRENT_FORMAT_VERSION),
    id: IdSchema,
    version: SemverSchema,
    status: FrameworkStatusSchema,
    publishedOn: IsoDateSchema,
    languages: z.array(FrameworkLanguageSchema).min(1),
    title: LTextSchema,
    description: LTextSchema,
    sources: z.array(SourceSchema),
    scales: z.array(ScaleSchema).min(1),
    defaultScale: IdSchema,
    normLevel: z.int(),
    domains: z.array(DomainSchema).min(1),
    changelog: z.array(ChangelogEntrySchema).min(1),
  })
  .meta({
    title: 'Kwaliteitskader framework file',
    description:
      'Framework definition, formatVersion 1. Cross-field rules (unique ids, scale references, ' +
      'declared languages, one descriptor per level, changelog entry for the version) are ' +
      'checked by `npm run framework:check`.',
  });
export type Framework = z.infer<typeof FrameworkSchema>;
