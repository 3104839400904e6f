export async function seedDemo(_c: unknown) { return { goals: 0, measures: 0, checkIns: 0 }; }
