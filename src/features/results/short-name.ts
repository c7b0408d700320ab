/**
 * A domain's short name for chart labels: its first words within `max` characters, with an
 * ellipsis when words were left out (a trailing "en", "de", "and"… goes too).
 */
export function shortName(title: string, max = 16): string {
  const words = title.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (first.length > max) return `${first.slice(0, max - 1)}…`;
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length === 0 ? word.length : length + 1 + word.length;
    if (next > max) break;
    kept.push(word);
    length = next;
  }
  if (kept.length === words.length) return kept.join(' ');
  while (kept.length > 1 && (kept[kept.length - 1]?.length ?? 0) <= 3) kept.pop();
  return `${kept.join(' ')}…`;
}
