/** Whether a key press belongs to text entry (then it must never act as a shortcut). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
}

export function hasModifier(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}

/**
 * A field where a number key chooses the criterion's level instead of typing: the target
 * select, whose type-ahead would otherwise change the target behind the user's back.
 */
export function isLevelShortcutTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.hasAttribute('data-level-shortcuts');
}
