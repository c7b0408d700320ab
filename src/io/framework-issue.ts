import type { Message } from '../domain/message';

/** One problem found in a framework file. */
export interface FrameworkIssue {
  /** JSON path of the offending place, e.g. `$.domains[2].criteria[0].title.en`; `$` = whole file. */
  path: string;
  /** Stable machine-readable code, e.g. "invalid-type", "duplicate-id", "not-json". */
  code: string;
  /** What is wrong, as a catalogue message (namespace `problems`). */
  message: Message;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Longest key shown in a path: keys come from the file, and a hostile one can be megabytes. */
const MAX_SEGMENT = 60;

/** `["domains", 2, "title", "nl-BE"]` → `$.domains[2].title["nl-BE"]`; long keys are clipped. */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const raw of segments) {
    const segment =
      typeof raw === 'string' && raw.length > MAX_SEGMENT
        ? `${raw.slice(0, MAX_SEGMENT - 1)}…`
        : raw;
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
