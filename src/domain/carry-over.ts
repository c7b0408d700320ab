/**
 * What a new round takes over from the round it follows up: the team's own targets and the
 * improvement actions that are not done yet. Levels, N/A and evidence stay behind: they belong
 * to the earlier round and are shown there as a reference, never re-used as this round's answer.
 * Only `import type` from the schemas, so domain/ stays free of Zod at runtime.
 */
import type { Framework } from '../schemas/framework';
import type { Answer } from '../schemas/records';
import { emptyAnswer } from './answer';
import { criterionScale, listCriteria } from './framework-model';

/**
 * Answers that carry last round's plan into a round made under `framework` (which may be a
 * newer version). An own target comes along only if it is still a level of the criterion's
 * scale; an action keeps its id, so it can be recognised as carried over. Criteria that no
 * longer exist in `framework` are left out, as are criteria with nothing to carry.
 */
export function carryOverPlan(
  framework: Framework,
  previousAnswers: Readonly<Record<string, Answer>>,
  now: string,
): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const { criterion } of listCriteria(framework)) {
    if (!Object.prototype.hasOwnProperty.call(previousAnswers, criterion.id)) continue;
    const previous = previousAnswers[criterion.id];
    if (!previous) continue;
    const scale = criterionScale(framework, criterion);
    const target =
      previous.target !== null && scale?.levels.some((l) => l.value === previous.target)
        ? previous.target
        : null;
    const actions = previous.actions
      .filter((action) => action.status !== 'done')
      .map((action) => ({ ...action }));
    if (target === null && actions.length === 0) continue;
    out[criterion.id] = { ...emptyAnswer(now), target, actions };
  }
  return out;
}

/** The ids of last round's actions, to mark those a round took over. */
export function actionIds(answer: Answer | undefined): ReadonlySet<string> {
  return new Set(answer?.actions.map((a) => a.id) ?? []);
}
