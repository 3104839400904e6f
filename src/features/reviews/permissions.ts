// What the review pages may offer the person: the same rules the server enforces (issue 5's
// session, src/client/session.ts). One place, so the review UI has a single seam to the accounts code.
export { can, canChangeGoal, canWriteSomewhere, isAdmin, writableDepartments } from '../../client/session.ts';
