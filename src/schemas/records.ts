import './zod-config';
import { z } from 'zod';
import { KEBAB_ID_PATTERN } from './framework';

/**
 * Shapes of the records stored in IndexedDB and carried in backup files. Stored data is
 * checked with these schemas whenever it crosses an edge (restore, import), never trusted
 * blindly. None of them has room for a person's name: roles and counts only.
 */

const IsoDateTime = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();
const Id = z.string().min(1).max(100);
const ShortText = z.string().max(200);
const LongText = z.string().max(5000);

/**
 * A facility type id. The types come from the frameworks on the device (their `facilityTypes`,
 * see src/domain/facility-types.ts), not from this code, so any id in the framework id format is
 * accepted: a record keeps a type that no framework here declares (e.g. from an exchange file)
 * and the app shows it by its id. The ids of the former fixed list are all of this form, so old
 * records, backups and exchange files stay valid.
 */
export const FacilityTypeSchema = z.string().max(60).regex(KEBAB_ID_PATTERN);
export type FacilityType = z.infer<typeof FacilityTypeSchema>;

export const REGIONS = [
  'antwerpen',
  'limburg',
  'oost-vlaanderen',
  'vlaams-brabant',
  'west-vlaanderen',
  'brussel',
  'other',
] as const;
export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

/**
 * Set on facilities and rounds that came in through an exchange file (issue 11); absent on the
 * user's own records. Imported rounds are read-only; comparisons filter on it ("eigen" versus
 * "ingelezen").
 */
export const ImportMarkerSchema = z.strictObject({
  /** The facility code (or, when no code was sent, a short label) the file carried. */
  facilityCode: z.string().min(1).max(120),
  /** When this record was last written by an import. */
  importedAt: IsoDateTime,
  /** False when the exporter left "naam meesturen" off; `name` then holds the code. */
  nameShared: z.boolean(),
});
export type ImportMarker = z.infer<typeof ImportMarkerSchema>;

/**
 * Set on the synthetic demo set's facilities and rounds (issue 12; loaded and removed from
 * Settings); absent on real records. Demo records stay out of backups unless the user asks, and
 * never leave in an exchange file. No index: lists filter in memory.
 */
export const DemoMarkerSchema = z.literal(true);

export const FacilitySchema = z.strictObject({
  id: Id,
  name: z.string().trim().min(1).max(120),
  type: FacilityTypeSchema,
  region: RegionSchema,
  /** Optional short code, used instead of the name when names are hidden. */
  alias: z.string().max(20),
  archived: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  imported: ImportMarkerSchema.optional(),
  demo: DemoMarkerSchema.optional(),
});
export type Facility = z.infer<typeof FacilitySchema>;

export const EVIDENCE_KINDS = ['document', 'observation', 'conversation', 'data'] as const;
export const EvidenceSchema = z.strictObject({
  id: Id,
  kind: z.enum(EVIDENCE_KINDS),
  note: LongText,
  reference: ShortText,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export const ImprovementActionSchema = z.strictObject({
  id: Id,
  what: LongText,
  responsibleRole: ShortText,
  dueDate: IsoDate.nullable(),
  status: z.enum(ACTION_STATUSES),
});
export type ImprovementAction = z.infer<typeof ImprovementActionSchema>;

export const CARRIED_RELATIONS = ['unchanged', 'reworded', 'stricter', 'split', 'merged'] as const;

/**
 * An answer carried from a round made under an earlier framework version (issue 14), kept apart
 * from `level` / `notApplicable`: nothing is scored until a person confirms it. While a proposal
 * is pending the answer counts as unanswered; confirming copies it into `level` /
 * `notApplicable` and removes it, as does any level or N/A the team chooses itself. A round
 * cannot be finalised while proposals remain.
 */
export const CarriedProposalSchema = z.strictObject({
  /** The lineage relation of the criterion to the earlier version's criteria. */
  relation: z.enum(CARRIED_RELATIONS),
  /** The earlier version's criterion ids the proposal comes from. */
  from: z.array(Id).min(1).max(50),
  /** The framework version of the round the proposal comes from. */
  fromVersion: z.string().min(1).max(50),
  level: z.number().int().nullable(),
  notApplicable: z.boolean(),
  naReason: LongText,
});
export type CarriedProposal = z.infer<typeof CarriedProposalSchema>;

export const AnswerSchema = z.strictObject({
  /** A value on the criterion's scale; null while not answered. */
  level: z.number().int().nullable(),
  notApplicable: z.boolean(),
  naReason: LongText,
  /** null: the criterion's norm is the target. */
  target: z.number().int().nullable(),
  evidence: z.array(EvidenceSchema).max(200),
  actions: z.array(ImprovementActionSchema).max(200),
  toDiscuss: z.boolean(),
  updatedAt: IsoDateTime,
  /** A level carried from an earlier framework version, still to be confirmed (see above). */
  proposal: CarriedProposalSchema.optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

export { emptyAnswer } from '../domain/answer';

export const ParticipantSchema = z.strictObject({
  role: z.string().trim().min(1).max(80),
  count: z.number().int().min(1).max(999),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const ASSESSMENT_STATUSES = ['concept', 'afgerond'] as const;
export const AssessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;

export const AssessmentSchema = z.strictObject({
  id: Id,
  facilityId: Id,
  frameworkId: Id,
  frameworkVersion: z.string().min(1).max(50),
  scoringMethodVersion: z.string().min(1).max(50),
  periodLabel: z.string().trim().min(1).max(80),
  participants: z.array(ParticipantSchema).max(50),
  status: AssessmentStatusSchema,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  finalisedAt: IsoDateTime.nullable(),
  reopenings: z.array(
    z.strictObject({ at: IsoDateTime, reason: z.string().trim().min(1).max(1000) }),
  ),
  /** Rises by one on every save; lets a tab notice that another tab saved in between. */
  revision: z.number().int().min(0),
  previousAssessmentId: Id.nullable(),
  /** Keyed by permanent criterion id, never by position. */
  answers: z.record(Id, AnswerSchema),
  imported: ImportMarkerSchema.optional(),
  demo: DemoMarkerSchema.optional(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
