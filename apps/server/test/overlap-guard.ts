import pg from "pg";

/**
 * Records every query started on a node-postgres connection that is still running another one.
 *
 * A transaction holds ONE connection: `Promise.all` over queries on it overlaps them, which node-postgres
 * only queues (with a deprecation warning from the third query on, printed once per process) and pg 9
 * refuses. The pool itself hands each query its own idle connection, so only such misuse is recorded.
 * The PostgreSQL lane of the server tests installs this and fails a file that overlaps (harness `drop`).
 */
const overlaps: string[] = [];
const inFlight = new WeakMap<object, number>();
let installed = false;

/**
 * What overlapped: the statement (placeholders only, no values) and any server frames on the stack. A
 * query builder started by `Promise.all` has no caller frames left, so the statement is what finds it.
 */
function overlapOf(query: unknown): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  const stack = new Error("overlapping query").stack ?? "";
  Error.stackTraceLimit = limit;
  const text = typeof query === "string" ? query : ((query as { text?: string } | null)?.text ?? "");
  const frames = stack.split("\n").filter((l) => l.includes("apps/server/src/"));
  return [text.slice(0, 160), ...frames.slice(0, 3).map((f) => f.trim())].join(" ← ");
}

export function guardOverlappingQueries(): void {
  if (installed) {
    return;
  }
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  // biome-ignore lint/suspicious/noExplicitAny: patching the driver's overloaded method in tests only.
  (pg.Client.prototype as any).query = function guardedQuery(this: object, ...args: unknown[]) {
    const running = inFlight.get(this) ?? 0;
    if (running > 0) {
      overlaps.push(overlapOf(args[0]));
    }
    const done = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      inFlight.set(this, running + 1);
      args[last] = (...res: unknown[]) => {
        done();
        return (callback as (...r: unknown[]) => unknown)(...res);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      inFlight.set(this, running + 1);
      // Registered before the caller's own `await`, so the count drops before the caller goes on.
      (result as Promise<unknown>).then(done, done);
    }
    return result;
  };
}

/** The overlaps recorded since the last call (and forgets them). */
export function takeOverlappingQueries(): string[] {
  return overlaps.splice(0);
}
