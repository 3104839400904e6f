/** Levels of goals the overview and a department page load and show at first (the top goals are level 1); the rest expand on demand. */
export const OUTLINE_DEPTH = 3;
