import { localize } from '../../domain/localize';
import type { Scale } from '../../schemas/framework';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "3 – In uitvoering": the value and the scale's label of a level. */
export function levelText(scale: Scale | undefined, value: number, lang: string): string {
  const level = scale?.levels.find((l) => l.value === value);
  return level ? `${value} – ${capitalise(localize(level.label, lang))}` : String(value);
}
