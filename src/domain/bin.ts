// The bin of deleted goals (src/server/bin.ts): what the admin page lists.
export interface BinContents {
  /** The goal itself and its sub-goals. */
  goals: number;
  measures: number;
  checkIns: number;
  practices: number;
  pairs: number;
}

export interface BinEntry {
  /** The deleted goal's id (it keeps it when restored). */
  id: string;
  title: string;
  departmentId: string;
  departmentName: string;
  parentGoalId: string | null;
  parentTitle: string | null;
  deletedAt: string;
  deletedBy: string;
  /** When it is purged for good (30 days after deletion). */
  purgeAt: string;
  contents: BinContents;
}
