/**
 * The one result shape of the layers below the UI (io, db, flows): a value, or a typed error the
 * caller can explain. Functions that return a Result never throw for expected failures.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
