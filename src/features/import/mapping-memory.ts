// Saved column mappings: a person who imports the same monthly export again should not have to
// match its columns again. Kept in the browser (localStorage), keyed by the kind of file and its
// header row, so a file with the same headers in the same order gets the same mapping.
import type { ImportField, ImportKind } from '../../domain/import/fields.ts';

const PREFIX = 'tiller.importMapping.v1:';

/** The storage key of a mapping: kind + the headers as written (trimmed), in order. */
export function mappingKey(kind: ImportKind, headers: readonly string[]): string {
  return PREFIX + kind + ':' + JSON.stringify(headers.map((h) => h.trim()));
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved mapping for these headers, if one was saved and still fits them (one field or null per column). */
export function savedMapping(
  store: Store,
  kind: ImportKind,
  headers: readonly string[],
  known: readonly string[],
): (ImportField | null)[] | null {
  let value: unknown;
  try {
    value = JSON.parse(store.getItem(mappingKey(kind, headers)) ?? 'null');
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== headers.length) return null;
  if (!value.every((f) => f === null || (typeof f === 'string' && known.includes(f)))) return null;
  return value as (ImportField | null)[];
}

export function saveMapping(
  store: Store,
  kind: ImportKind,
  headers: readonly string[],
  mapping: readonly (ImportField | null)[],
): void {
  store.setItem(mappingKey(kind, headers), JSON.stringify(mapping));
}
