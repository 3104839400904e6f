// Lists of ids in a query string (`?ids=a,b,c`): at most MAX_IDS in one request, so the address
// stays well under any server's limit; longer lists go in several requests.
export const MAX_IDS = 100;

export function chunks<T>(list: readonly T[], size = MAX_IDS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
