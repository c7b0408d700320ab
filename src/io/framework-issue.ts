import type { BilingualText } from './framework-messages';

/** One problem found in a framework file. */
export interface FrameworkIssue {
  /** JSON path of the offending place, e.g. `$.domains[2].criteria[0].title.en`; `$` = whole file. */
  path: string;
  /** Stable machine-readable code, e.g. "invalid-type", "duplicate-id", "not-json". */
  code: string;
  message: BilingualText;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["domains", 2, "title", "nl-BE"]` → `$.domains[2].title["nl-BE"]`. */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
