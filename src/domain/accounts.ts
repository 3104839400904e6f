// Shapes and rules for accounts, invites, API tokens and the audit log (issue 5). Shared by the
// functions and (later) the sign-in and admin forms.
import { z } from 'zod';
import { ROLES, type Role } from './roles.ts';
import { noLoneSurrogate, WELL_FORMED } from './schemas.ts';

import { COMMON_PASSWORDS } from './common-passwords.ts';
import { says } from './problem.ts';

/** NIST SP 800-63B: length (counted in characters after NFC) and a list of known passwords, no composition rules. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export type PasswordWeakness = 'short' | 'invisible' | 'common' | 'repeated';

/** Characters as a person counts them: Unicode code points after NFC normalisation. */
export const passwordLength = (p: string) => [...p.normalize('NFC')].length;

/**
 * Why a new password is refused, or null. Spaces, zero-width characters and combining marks
 * alone are not a password; nor is one character repeated, or an entry of the common list.
 */
export function passwordWeakness(p: string): PasswordWeakness | null {
  const n = p.normalize('NFC');
  if ([...n].length < PASSWORD_MIN) return 'short';
  if (!/[^\s\p{Cf}\p{M}\p{Cc}]/u.test(n)) return 'invisible';
  if (/^(.)\1*$/su.test(n)) return 'repeated';
  if (COMMON_PASSWORDS.has(n.toLowerCase())) return 'common';
  return null;
}

const noNul = { error: says('input.nulCharacter') };
const id = z
  .string({ error: says('input.required') })
  .min(1, { error: says('input.required') })
  .max(64);
const version = z.int({ error: says('input.version') }).min(1);

/** E-mail addresses are compared trimmed and lower-cased (stored that way too). */
export const email = z
  .string({ error: says('input.required') })
  .trim()
  .toLowerCase()
  .max(254, { error: says('account.emailTooLong') })
  .pipe(z.email({ error: says('account.email') }));

const PASSWORD_ERRORS: Record<PasswordWeakness, string> = {
  short: says('account.passwordTooShort', { min: PASSWORD_MIN }),
  invisible: says('account.passwordBlank'),
  repeated: says('account.passwordRepeated'),
  common: says('account.passwordCommon'),
};

/** A new password (the one rule, for every place that sets one). Never trimmed; stored as typed. */
export const newPassword = z
  .string({ error: says('input.required') })
  .max(PASSWORD_MAX, { error: says('input.tooLong', { max: PASSWORD_MAX }) })
  .regex(/^[^\0]*$/, noNul)
  .regex(WELL_FORMED, noLoneSurrogate)
  .superRefine((p, ctx) => {
    const weak = passwordWeakness(p);
    if (weak) ctx.addIssue({ code: 'custom', message: PASSWORD_ERRORS[weak] });
  });

const personName = z
  .string({ error: says('input.required') })
  .trim()
  .min(1, { error: says('input.required') })
  .max(120, { error: says('account.nameTooLong') })
  .regex(/^[^\0]*$/, noNul)
  .regex(WELL_FORMED, noLoneSurrogate);

export const role = z.enum(ROLES, { error: says('account.roleChoice', { list: ROLES.join(', ') }) });
const departmentIds = z.array(id).max(100, { error: says('account.departmentsTooMany') });

// ---------- sessions ----------
/** Signing in checks only that something was typed: old passwords may predate today's rules. */
export const signInInput = z.strictObject({
  email: z
    .string({ error: says('input.required') })
    .trim()
    .toLowerCase()
    .min(1, { error: says('input.required') })
    .max(254),
  password: z
    .string({ error: says('input.required') })
    .min(1, { error: says('input.required') })
    .max(PASSWORD_MAX),
});
export type SignInInput = z.infer<typeof signInInput>;

// ---------- users and invites ----------
export const inviteInput = z.strictObject({
  email,
  role,
  departmentIds: departmentIds.default([]),
});
export type InviteInput = z.infer<typeof inviteInput>;

export const inviteAcceptInput = z.strictObject({
  token: z
    .string({ error: says('input.required') })
    .min(1, { error: says('input.required') })
    .max(200),
  name: personName,
  password: newPassword,
  /** Only for a setup link that names no address (the first admin chooses theirs). */
  email: email.optional(),
});
export type InviteAcceptInput = z.infer<typeof inviteAcceptInput>;

export const userPatch = z.strictObject({
  name: personName.optional(),
  role: role.optional(),
  departmentIds: departmentIds.optional(),
  active: z.boolean({ error: says('input.booleanUse') }).optional(),
  version,
});
export type UserPatch = z.infer<typeof userPatch>;

// ---------- API tokens ----------
export const tokenInput = z.strictObject({
  name: personName,
  measureIds: z
    .array(id)
    .min(1, { error: says('token.measuresEmpty') })
    .max(200, { error: says('token.measuresTooMany') }),
});
export type TokenInput = z.infer<typeof tokenInput>;

// ---------- audit log ----------
const day = z.iso.date({ error: says('input.date') });
export const auditQuery = z.strictObject({
  entity: z.string().max(40).optional(),
  /** create, update, delete, or a verb (close, restore …): `delete` lists what was deleted and by whom. */
  action: z.string().max(40).optional(),
  entityId: id.optional(),
  goalId: id.optional(),
  actorId: id.optional(),
  departmentId: id.optional(),
  from: day.optional(),
  to: day.optional(),
  limit: z.coerce
    .number({ error: says('input.number') })
    .int()
    .min(1)
    .max(200)
    .default(50),
  cursor: z.coerce
    .number({ error: says('audit.cursor') })
    .int()
    .min(1)
    .optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

// ---------- what the API returns ----------
/** The signed-in person, as GET /api/session returns it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentIds: string[];
}

export interface User extends SessionUser {
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Invite {
  id: string;
  /** '' for a setup link: the first admin types their address when accepting. */
  email: string;
  role: Role;
  departmentIds: string[];
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
}

/** The invite just created: the link holds the secret and is shown this once. */
export interface CreatedInvite {
  invite: Invite;
  token: string;
  link: string;
}

export interface ApiToken {
  id: string;
  name: string;
  measureIds: string[];
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface CreatedApiToken {
  token: ApiToken;
  /** `tlr_…`, shown this once; send it as `Authorization: Bearer …`. */
  secret: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { type: 'user' | 'token' | 'system' | 'anonymous'; id: string | null; label: string };
  action: string;
  entity: string;
  entityId: string;
  departmentId: string | null;
  goalId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}
