import type { Answer } from '../schemas/records';

/** An answer with nothing filled in yet: the one shape every layer starts a criterion from. */
export function emptyAnswer(now: string): Answer {
  return {
    level: null,
    notApplicable: false,
    naReason: '',
    target: null,
    evidence: [],
    actions: [],
    toDiscuss: false,
    updatedAt: now,
  };
}
