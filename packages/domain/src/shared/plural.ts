/**
 * English plurals for counts (issue 11 item 6: never "1 BLOCKER(S)"). A message writes the choice as
 * `{n:blocker|blockers}`: the first form when `n` is 1, the second otherwise. Japanese needs none.
 */
const CHOICE = /\{(\w+):([^|{}]*)\|([^{}]*)\}/g;

export function plural(n: number, one: string, other: string): string {
  return n === 1 ? one : other;
}

/** Resolves every `{var:one|other}` in `text` from the numeric variables. */
export function resolvePlurals(text: string, vars: Record<string, string | number>): string {
  return text.replace(CHOICE, (m, name: string, one: string, other: string) =>
    name in vars ? plural(Number(vars[name]), one, other) : m,
  );
}
