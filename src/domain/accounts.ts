// Shapes and rules for accounts, invites, API tokens and the audit log (issue 5). Shared by the
// functions and (later) the sign-in and admin forms.
import { z } from 'zod';
import { ROLES, type Role } from './roles.ts';
import { noLoneSurrogate, WELL_FORMED } from './schemas.ts';

import { COMMON_PASSWORDS } from './common-passwords.ts';

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

const noNul = { error: 'Remove the invisible NUL character.' };
const id = z.string({ error: 'Required.' }).min(1, { error: 'Required.' }).max(64);
const version = z.int({ error: 'Send the version you read.' }).min(1);

/** E-mail addresses are compared trimmed and lower-cased (stored that way too). */
export const email = z
  .string({ error: 'Required.' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'At most 254 characters.' })
  .pipe(z.email({ error: 'Enter an e-mail address such as name@example.com.' }));

const PASSWORD_ERRORS: Record<PasswordWeakness, string> = {
  short: `Use at least ${PASSWORD_MIN} characters.`,
  invisible: 'Use visible characters, not only spaces or invisible ones.',
  repeated: 'Use more than one character repeated.',
  common: 'This password is on a list of common or leaked passwords: choose another.',
};

/** A new password (the one rule, for every place that sets one). Never trimmed; stored as typed. */
export const newPassword = z
  .string({ error: 'Required.' })
  .max(PASSWORD_MAX, { error: `At most ${PASSWORD_MAX} characters.` })
  .regex(/^[^\0]*$/, noNul)
  .regex(WELL_FORMED, noLoneSurrogate)
  .superRefine((p, ctx) => {
    const weak = passwordWeakness(p);
    if (weak) ctx.addIssue({ code: 'custom', message: PASSWORD_ERRORS[weak] });
  });

const personName = z
  .string({ error: 'Required.' })
  .trim()
  .min(1, { error: 'Required.' })
  .max(120, { error: 'At most 120 characters.' })
  .regex(/^[^\0]*$/, noNul)
  .regex(WELL_FORMED, noLoneSurrogate);

export const role = z.enum(ROLES, { error: `Choose one of: ${ROLES.join(', ')}.` });
const departmentIds = z.array(id).max(100, { error: 'At most 100 departments.' });

// ---------- sessions ----------
/** Signing in checks only that something was typed: old passwords may predate today's rules. */
export const signInInput = z.strictObject({
  email: z.string({ error: 'Required.' }).trim().toLowerCase().min(1, { error: 'Required.' }).max(254),
  password: z.string({ error: 'Required.' }).min(1, { error: 'Required.' }).max(PASSWORD_MAX),
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
  token: z.string({ error: 'Required.' }).min(1, { error: 'Required.' }).max(200),
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
  active: z.boolean({ error: 'Use true or false.' }).optional(),
  version,
});
export type UserPatch = z.infer<typeof userPatch>;

// ---------- API tokens ----------
export const tokenInput = z.strictObject({
  name: personName,
  measureIds: z.array(id).min(1, { error: 'Choose at least one measure.' }).max(200, { error: 'At most 200 measures.' }),
});
export type TokenInput = z.infer<typeof tokenInput>;

// ---------- audit log ----------
const day = z.iso.date({ error: 'Enter a complete date: day, month and year.' });
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
  limit: z.coerce.number({ error: 'Enter a number.' }).int().min(1).max(200).default(50),
  cursor: z.coerce.number({ error: 'Use the nextCursor of the previous page.' }).int().min(1).optional(),
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
