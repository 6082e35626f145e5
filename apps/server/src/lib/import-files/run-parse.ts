import { Worker } from "node:worker_threads";
import { DomainError, type ErrorCode } from "@renkei/domain";
import { IMPORT_LIMITS } from "./limits";
import { PARSE_TASKS, type ParseInput, type ParseOutput, type ParseTask } from "./parse-tasks";

type WorkerReply<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: { domain: boolean; code?: string; message: string; details?: Record<string, unknown> };
    };

/** Bytes a task will read: every file of a list, or the one CSV. */
function inputBytes(input: ParseInput<ParseTask>): number {
  return "files" in input ? input.files.reduce((n, f) => n + f.bytes.length, 0) : input.bytes.length;
}

/**
 * Runs a parse task in a worker thread with bounded time and memory (issue 10 item 1): the event loop
 * that serves every institution never runs a parser over an uploaded file. Domain errors (limits,
 * encodings, unreadable files) come back as the same DomainError the caller would have seen inline.
 * Files under `IMPORT_LIMITS.inlineParseBytes` are parsed in place: the parsers are linear, so such a file
 * holds the loop for milliseconds, less than starting a worker (which loads the parsers anew) costs.
 */
export async function runParse<T extends ParseTask>(
  task: T,
  input: ParseInput<T>,
  limits: { ms: number; mb: number } = { ms: IMPORT_LIMITS.parseWorkerMs, mb: IMPORT_LIMITS.parseWorkerMb },
): Promise<ParseOutput<T>> {
  if (inputBytes(input) < IMPORT_LIMITS.inlineParseBytes) {
    return (PARSE_TASKS[task] as (i: ParseInput<T>) => ParseOutput<T>)(input);
  }
  const reply = await new Promise<WorkerReply<ParseOutput<T>>>((resolve, reject) => {
    const worker = new Worker(new URL("./parse-worker.mjs", import.meta.url), {
      workerData: { task, input },
      resourceLimits: { maxOldGenerationSizeMb: limits.mb },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({
        ok: false,
        error: {
          domain: true,
          code: "IMPORT_FAILED",
          message: `The file exceeds a limit: too_slow (${limits.ms})`,
          details: { reason: "too_slow", limit: limits.ms },
        },
      });
    }, limits.ms);
    worker.once("message", (m: WorkerReply<ParseOutput<T>>) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", (err) => {
      clearTimeout(timer);
      const code = (err as { code?: string }).code;
      code === "ERR_WORKER_OUT_OF_MEMORY"
        ? resolve({
            ok: false,
            error: {
              domain: true,
              code: "IMPORT_FAILED",
              message: `The file exceeds a limit: too_much_memory (${limits.mb})`,
              details: { reason: "too_much_memory", limit: limits.mb },
            },
          })
        : reject(err);
    });
  });
  if (reply.ok) {
    return reply.value;
  }
  if (reply.error.domain && reply.error.code) {
    throw new DomainError(reply.error.code as ErrorCode, reply.error.message, reply.error.details);
  }
  throw new Error(reply.error.message);
}
