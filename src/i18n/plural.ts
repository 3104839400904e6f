// Plurals by the language's own rules (Intl.PluralRules), so a catalog never writes "measure(s)"
// and a language with more forms than one/other (a later Finnish or Norwegian catalog has the
// same two, but not every language does) needs no code.
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** `plural(n, { one: '# goal', other: '# goals' })`: the form for n, with # as n in the language's digits. */
export function pluralFor(tag: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(tag);
  const number = new Intl.NumberFormat(tag);
  return (n, forms) => (forms[rules.select(n)] ?? forms.other).replaceAll('#', number.format(n));
}
