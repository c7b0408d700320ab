/**
 * Which framework version a new round starts on unless the team picks another.
 *
 * A facility with rounds continues on the version of its latest round: trends and the previous
 * round stay comparable. A first round starts on the newest version, except a concept that
 * revises another listed version (a draft under review, e.g. 1.1.0 beside 1.0.0): the team
 * chooses such a draft itself, it is never preselected.
 */
export interface FrameworkChoice {
  id: string;
  version: string;
  status: string;
  framework: { lineage?: { previousVersion: string } | undefined };
}

export const frameworkKey = (entry: { id: string; version: string }): string =>
  `${entry.id}@${entry.version}`;

/** `catalogue` in display order (newest version first); `rounds` newest first. */
export function defaultFrameworkKey(
  catalogue: readonly FrameworkChoice[],
  rounds: readonly { frameworkId: string; frameworkVersion: string }[],
): string {
  const latest = rounds[0];
  if (latest) {
    const key = frameworkKey({ id: latest.frameworkId, version: latest.frameworkVersion });
    if (catalogue.some((entry) => frameworkKey(entry) === key)) return key;
  }
  const isDraftRevision = (entry: FrameworkChoice) => {
    const previous = entry.framework.lineage?.previousVersion;
    return (
      entry.status === 'concept' &&
      previous !== undefined &&
      catalogue.some((other) => other.id === entry.id && other.version === previous)
    );
  };
  const first = catalogue.find((entry) => !isDraftRevision(entry)) ?? catalogue[0];
  return first ? frameworkKey(first) : '';
}
