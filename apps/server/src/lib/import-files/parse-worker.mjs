// Runs one parse task of `parse-tasks.ts` off the event loop (issue 10 item 1): list files and CSV text
// are parsed here, so a large or hostile file delays only its own import, never other requests.
// Plain JavaScript that registers tsx itself, so it starts the same under `renkei serve` and in tests.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();

try {
  const { PARSE_TASKS } = await import("./parse-tasks.ts");
  const run = PARSE_TASKS[workerData.task];
  if (!run) {
    throw new Error(`unknown parse task ${workerData.task}`);
  }
  parentPort.postMessage({ ok: true, value: await run(workerData.input) });
} catch (err) {
  parentPort.postMessage({
    ok: false,
    error: {
      domain: err?.name === "DomainError",
      code: err?.code,
      message: String(err?.message ?? err),
      details: err?.details,
    },
  });
}
