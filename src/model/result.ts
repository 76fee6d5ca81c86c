/**
 * The one outcome shape of every parser and every edit in the model (shared/STYLE.md item 11): a
 * value with what was repaired or read past, or the problems that refuse it. A problem carries a
 * stable code and its parameters, so that the UI can say it in the reader's language, and the
 * English sentence the UI shows until it does. Nothing that returns a Result throws at its caller.
 */

/**
 * One problem (refusing) or warning (repaired, read past): `code` is stable and kebab-case, a
 * name the UI can translate; `params` are the figures and names the sentence needs; `message` is
 * that sentence in English, naming where (file, annotation, field) when there is a where.
 */
export interface Problem<C extends string = string> {
  readonly code: C;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/** A value, and what was repaired or read past on the way to it (shown, never refusing). */
export interface Success<T, C extends string = string> {
  readonly ok: true;
  readonly value: T;
  readonly warnings: readonly Problem<C>[];
}

/** Every reason there is no value; never empty. */
export interface Failure<C extends string = string> {
  readonly ok: false;
  readonly problems: readonly Problem<C>[];
}

/** What a parser or an edit gives: a {@link Success} or a {@link Failure}. */
export type Result<T, C extends string = string> = Success<T, C> | Failure<C>;

/** A problem with `code`, its `params` and its English `message`. */
export function problem<C extends string>(code: C, params: Problem['params'], message: string): Problem<C> {
  return { code, params, message };
}

/** A success with `value` and, when there are any, the warnings about it. */
export function ok<T, C extends string = string>(value: T, warnings: readonly Problem<C>[] = []): Success<T, C> {
  return { ok: true, value, warnings };
}

/** A failure for one problem: `code`, its `params` and its English `message`. */
export function fail<C extends string>(code: C, params: Problem['params'], message: string): Failure<C> {
  return { ok: false, problems: [problem(code, params, message)] };
}

/** A failure for every problem found (a parser that reports them all, not just the first). */
export function failAll<C extends string>(problems: readonly Problem<C>[]): Failure<C> {
  return { ok: false, problems };
}

/** The English messages of `problems`, in order: what the UI shows until it translates the codes. */
export function messages(problems: readonly Problem[]): string[] {
  return problems.map((entry) => entry.message);
}
