/** Levels of goals the overview and a department page load and show at first (the top goals are level 1); the rest expand on demand. */
export const OUTLINE_DEPTH = 3;
/** A goal page loads its goal and the levels its sub-goal outline shows at first. */
export const GOAL_PAGE_DEPTH = OUTLINE_DEPTH + 1;
