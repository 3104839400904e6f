// The decision table of `can`: every kind of actor × action × target, own and other department.
import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  MISSING,
  ORG,
  SYSTEM,
  can,
  departments,
  type Action,
  type Actor,
  type Target,
} from '../../../src/domain/roles.ts';

const A = 'dept-a';
const B = 'dept-b';
const user = (role: 'admin' | 'editor' | 'viewer', departmentIds: string[] = []): Actor => ({
  type: 'user',
  id: `u-${role}`,
  email: `${role}@example.com`,
  name: role,
  role,
  departmentIds,
});
const token = (
  measureIds: string[],
  owner: { role: 'admin' | 'editor' | 'viewer'; departmentIds: string[] },
): Actor => ({
  type: 'token',
  id: 't',
  name: 'Telephony',
  measureIds,
  owner: { id: 'owner', ...owner },
});

const actors = {
  admin: user('admin'),
  'editor of A': user('editor', [A]),
  'editor of A and B': user('editor', [A, B]),
  viewer: user('viewer', [A]),
  anonymous: ANONYMOUS,
  system: SYSTEM,
  'token for m1 (editor of A)': token(['m1'], { role: 'editor', departmentIds: [A] }),
  'token for m1 (owner lost A)': token(['m1'], { role: 'editor', departmentIds: [B] }),
  'token for m1 (owner now viewer)': token(['m1'], { role: 'viewer', departmentIds: [A] }),
  'token for m2': token(['m2'], { role: 'admin', departmentIds: [] }),
} satisfies Record<string, Actor>;
type Who = keyof typeof actors;

const targets = {
  org: ORG,
  A: departments(A),
  B: departments(B),
  'A and B (a move)': departments(A, B),
  'no department': departments(),
  missing: MISSING,
  'measure m1 of A': { kind: 'measure', measureId: 'm1', departmentId: A },
  'measure m1 of B': { kind: 'measure', measureId: 'm1', departmentId: B },
} satisfies Record<string, Target>;
type What = keyof typeof targets;

// Expected: who may [action] on [target]. Everything not listed is refused.
const ALLOWED: Record<Action, Partial<Record<Who, What[] | 'all'>>> = {
  read: { admin: 'all', 'editor of A': 'all', 'editor of A and B': 'all', viewer: 'all', system: 'all' },
  write: {
    admin: 'all',
    system: 'all',
    'editor of A': ['A', 'missing', 'measure m1 of A'],
    'editor of A and B': ['A', 'B', 'A and B (a move)', 'missing', 'measure m1 of A', 'measure m1 of B'],
  },
  create_check_in: {
    admin: 'all',
    system: 'all',
    'editor of A': ['A', 'missing', 'measure m1 of A'],
    'editor of A and B': ['A', 'B', 'A and B (a move)', 'missing', 'measure m1 of A', 'measure m1 of B'],
    'token for m1 (editor of A)': ['measure m1 of A'],
    // A token never outranks its creator as they are now: moved to B, the token follows.
    'token for m1 (owner lost A)': ['measure m1 of B'],
  },
  manage_tokens: { admin: 'all', system: 'all', 'editor of A': 'all', 'editor of A and B': 'all' },
};

describe('can(actor, action, target)', () => {
  const cases: [Who, Action, What, boolean][] = [];
  for (const who of Object.keys(actors) as Who[])
    for (const action of Object.keys(ALLOWED) as Action[])
      for (const what of Object.keys(targets) as What[]) {
        const allowed = ALLOWED[action][who];
        cases.push([who, action, what, allowed === 'all' || (allowed?.includes(what) ?? false)]);
      }

  it.each(cases)('%s · %s · %s → %s', (who, action, what, expected) => {
    expect(can(actors[who], action, targets[what])).toBe(expected);
  });

  it('covers every combination (10 actors × 4 actions × 8 targets)', () => {
    expect(cases).toHaveLength(10 * 4 * 8);
    expect(cases.filter((c) => c[3]).length).toBeGreaterThan(50);
  });

  it('a move between departments needs both: editor of A alone may not move a goal to B, nor from B', () => {
    expect(can(actors['editor of A'], 'write', departments(A, B))).toBe(false);
    expect(can(actors['editor of A'], 'write', departments(B, A))).toBe(false);
    expect(can(actors['editor of A and B'], 'write', departments(B, A))).toBe(true);
  });

  it('an editor without departments writes nothing that exists', () => {
    const lonely = user('editor', []);
    expect(can(lonely, 'write', departments(A))).toBe(false);
    expect(can(lonely, 'write', ORG)).toBe(false);
    expect(can(lonely, 'read')).toBe(true);
  });
});
