// What the API and the shared schemas say to people, as a stable code with its values
// (`{ code: 'goal.dueBeforeStart', params: {} }`) instead of an English sentence. The sentences
// live in the language modules (the `problems` of src/i18n/en.ts is the contract every language
// fills); the server writes the English beside the code for API users, the UI renders the code
// in the page's language. A code travels through zod and `Problem` as one encoded string, so
// schemas keep their plain `{ error }` options.
import type { Messages } from '../i18n/en.ts';

export type ProblemMessages = Messages['problems'];
export type ProblemCode = keyof ProblemMessages;
/** A value in a message: a number, date, name or list as the server knows it. */
export type ParamValue = string | number;
type ParamsOf<C extends ProblemCode> = ProblemMessages[C] extends (p: infer P) => string ? [params: P] : [];

declare const said: unique symbol;
/** A code with its values, encoded so that it passes through zod messages and Problem details. */
export type Said = string & { readonly [said]: true };
export interface SaidParts {
  code: string;
  params: Record<string, ParamValue>;
}

const SEP = '\u001f';

/** The message `code` with its values, e.g. `says('input.tooLong', { max: 200 })`. */
export function says<C extends ProblemCode>(code: C, ...params: ParamsOf<C>): Said {
  return (params[0] === undefined ? code : `${String(code)}${SEP}${JSON.stringify(params[0])}`) as Said;
}

/** The code and values of an encoded message; null for any other text (zod's own messages). */
export function decodeSaid(text: string): SaidParts | null {
  const at = text.indexOf(SEP);
  const code = at < 0 ? text : text.slice(0, at);
  if (!/^[a-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+$/.test(code)) return null;
  return { code, params: at < 0 ? {} : (JSON.parse(text.slice(at + 1)) as Record<string, ParamValue>) };
}

/** An encoded message (or zod's own text, kept as it is) in the language of `problems`. */
export function sayIn(problems: ProblemMessages, text: string): string {
  const parts = decodeSaid(text);
  return (parts && renderSaid(problems, parts)) ?? text;
}

/** A message in the language of `problems` (the module's `problems`); null for an unknown code. */
export function renderSaid(problems: ProblemMessages, parts: SaidParts): string | null {
  const entry = (
    problems as unknown as Record<string, string | ((p: Record<string, ParamValue>) => string) | undefined>
  )[parts.code];
  if (entry === undefined) return null;
  return typeof entry === 'function' ? entry(parts.params) : entry;
}
