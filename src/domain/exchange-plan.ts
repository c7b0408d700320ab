/**
 * What importing an exchange file would do to each of its rounds, decided from content hashes
 * only (pure; the flow reads the local state and writes the result).
 *
 * Every version of a round that ever left a device in an exchange file is identified by the
 * SHA-256 of its content. A file lists, per round, the hashes of the earlier versions its sender
 * exported (`ancestry`); each device remembers the hashes it has sent or received per round
 * (`known`). With those:
 * - no local round with that id: new;
 * - same hash: no change;
 * - the file's version is one this device already had (its hash is known here): no change, the
 *   local version is newer;
 * - the local version is in the file's ancestry: the file continues it, an update;
 * - otherwise both sides changed the round since their last common version: a conflict, and
 *   the user keeps one of the two.
 * A file never replaces one of the user's own rounds on its own: any difference there is a
 * conflict that needs the user's choice.
 */

export type RoundVerdict = 'new' | 'update' | 'unchanged' | 'conflict';

export type RoundReason =
  'absent' | 'same' | 'older' | 'descends' | 'diverged' | 'own-round' | 'other-facility';

export interface LocalRoundState {
  facilityId: string;
  hash: string;
  /** Hashes of versions of this round that this device has exported or imported. */
  known: readonly string[];
  /** The user's own round (not imported). */
  own: boolean;
}

export interface IncomingRound {
  id: string;
  facilityId: string;
  hash: string;
  ancestry: readonly string[];
}

export type RoundPlan =
  | { id: string; verdict: RoundVerdict; reason: RoundReason }
  | { id: string; verdict: 'refused'; reason: 'other-facility' };

export function classifyRound(
  incoming: IncomingRound,
  local: LocalRoundState | undefined,
): RoundPlan {
  const id = incoming.id;
  if (!local) return { id, verdict: 'new', reason: 'absent' };
  if (local.facilityId !== incoming.facilityId) {
    return { id, verdict: 'refused', reason: 'other-facility' };
  }
  if (local.hash === incoming.hash) return { id, verdict: 'unchanged', reason: 'same' };
  if (local.known.includes(incoming.hash)) return { id, verdict: 'unchanged', reason: 'older' };
  if (local.own) return { id, verdict: 'conflict', reason: 'own-round' };
  if (incoming.ancestry.includes(local.hash)) return { id, verdict: 'update', reason: 'descends' };
  return { id, verdict: 'conflict', reason: 'diverged' };
}

export type FileVerdict = RoundVerdict | 'refused';

export type VerdictCounts = Record<RoundVerdict, number>;

export function countVerdicts(plans: readonly RoundPlan[]): VerdictCounts {
  const counts: VerdictCounts = { new: 0, update: 0, unchanged: 0, conflict: 0 };
  for (const plan of plans) if (plan.verdict !== 'refused') counts[plan.verdict]++;
  return counts;
}

/**
 * One word for a file's summary line: refused if any round is; else a conflict needs a choice;
 * else an update; else new; else no change.
 */
export function fileVerdict(plans: readonly RoundPlan[]): FileVerdict {
  if (plans.some((p) => p.verdict === 'refused')) return 'refused';
  const counts = countVerdicts(plans);
  if (counts.conflict > 0) return 'conflict';
  if (counts.update > 0) return 'update';
  if (counts.new > 0) return 'new';
  return 'unchanged';
}

export type ConflictChoice = 'local' | 'file';

/**
 * Whether a round is written: new and update always, conflicts only when the user keeps the
 * file's version.
 */
export function writesRound(plan: RoundPlan, choice: ConflictChoice | undefined): boolean {
  if (plan.verdict === 'new' || plan.verdict === 'update') return true;
  return plan.verdict === 'conflict' && choice === 'file';
}

/**
 * The local state after a round from a file was handled: whichever version stays, this device
 * now knows both, so the same file read again says "no change".
 */
export function stateAfter(
  incoming: IncomingRound,
  local: LocalRoundState | undefined,
  written: boolean,
): LocalRoundState {
  const known = new Set<string>([...(local?.known ?? []), ...incoming.ancestry, incoming.hash]);
  if (local) known.add(local.hash);
  if (written || !local) {
    return {
      facilityId: incoming.facilityId,
      hash: incoming.hash,
      known: [...known],
      own: local?.own ?? false,
    };
  }
  return { ...local, known: [...known] };
}
