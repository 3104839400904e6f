// What the review pages may offer the person. Until the accounts UI (issue 5: src/client/session.ts,
// the same rules the server enforces) is in, every control shows, as it does with sign-in
// enforcement off (the default); the server stays the guard. Then this file re-exports `can` and
// `canWriteSomewhere` from there: the review UI's single seam to the accounts code.
export const can = (_action: 'write' | 'create_check_in', _departmentId?: string | readonly string[]): boolean => true;
export const canWriteSomewhere = (): boolean => true;
