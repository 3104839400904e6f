// A measure's segments, shared by everything on the page that shows them (the check-in form, the
// chart, each history row): one request per measure, and a change in one (add, rename, delete)
// refetches all of them.
import { createResource, createSignal } from 'solid-js';
import { api } from '../../client/api.ts';
import type { Segment } from '../../domain/types.ts';

const [tick, setTick] = createSignal(0);
const cache = new Map<string, Promise<Segment[]>>();

/** The segments of a measure (none fetched for an empty id), refetched whenever `segmentsChanged()` is called. */
export function createSegments(measureId: () => string) {
  return createResource(
    () => (measureId() ? ([measureId(), tick()] as const) : false),
    ([id, n]) => {
      const key = `${n} ${id}`;
      let p = cache.get(key);
      if (!p) {
        p = api.segments.list(id);
        cache.set(key, p);
        p.catch(() => cache.delete(key));
      }
      return p;
    },
  );
}

export function segmentsChanged() {
  cache.clear();
  setTick((n) => n + 1);
}
