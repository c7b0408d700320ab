import { useEffect, useRef, useState } from 'react';
import { newId } from '../../../db/ids';
import type { EditMode } from './answer-saver';

/**
 * The rows of a list editor (evidence, actions) where a new row lives only on screen until
 * something is filled in, so "add" never stores an empty item. One empty row at a time: "add"
 * again leads back to it. The first field of a new row gets the focus once it is rendered.
 */
export function usePendingRows<T extends { id: string }>({
  items,
  hasContent,
  blank,
  fieldId,
  onEdit,
}: {
  items: readonly T[];
  hasContent: (item: T) => boolean;
  /** A new, empty item with this id. */
  blank: (id: string) => T;
  /** The element id of an item's first field. */
  fieldId: (itemId: string) => string;
  onEdit: (update: (items: T[]) => T[], mode: EditMode) => void;
}) {
  const [pending, setPending] = useState<T | null>(null);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const el = document.getElementById(fieldId(pendingFocus.current));
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  const rows = pending ? [...items, pending] : items;
  const change = (itemId: string, patch: Partial<T>, mode: EditMode) => {
    if (pending && itemId === pending.id) {
      const next = { ...pending, ...patch };
      if (hasContent(next)) {
        onEdit((list) => [...list, next], mode);
        setPending(null);
      } else {
        setPending(next);
      }
      return;
    }
    onEdit((list) => list.map((item) => (item.id === itemId ? { ...item, ...patch } : item)), mode);
  };
  const remove = (itemId: string) => {
    if (pending && itemId === pending.id) setPending(null);
    else onEdit((list) => list.filter((x) => x.id !== itemId), 'now');
  };
  const add = () => {
    if (pending) {
      document.getElementById(fieldId(pending.id))?.focus();
      return;
    }
    const id = newId();
    setPending(blank(id));
    pendingFocus.current = id;
  };
  return { rows, change, remove, add };
}
