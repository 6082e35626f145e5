// Screening benchmark (issue 3): `npm run bench:screening`. Reads ../shared/data relative to the
// repository root, prints one JSON document, and exits 0 with a message when the data is absent.
import { DEFAULT_CONFIG, ENGINE_VERSION } from "../src/screening/index";
import { crossScriptBench, namePairBench } from "./bench-accuracy";
import { dataDir, hasData } from "./bench-data";
import { kanaLatinBench } from "./bench-kana-latin";
import { recallBench } from "./bench-recall";
import { speedBench } from "./bench-speed";

if (!hasData()) {
  console.log(JSON.stringify({ skipped: true, reason: `shared data not found at ${dataDir}` }));
} else {
  const started = performance.now();
  const only = process.argv[2];
  const out: Record<string, unknown> = {
    engineVersion: ENGINE_VERSION,
    configVersion: DEFAULT_CONFIG.version,
    node: process.version,
  };
  if (only === undefined || only === "accuracy") {
    out.namePairs = namePairBench();
    out.crossScript = crossScriptBench();
  }
  if (only === undefined || only === "kana") {
    out.katakanaLatin = kanaLatinBench();
  }
  if (only === undefined || only === "recall") {
    out.unRecall = recallBench();
  }
  if (only === undefined || only === "speed") {
    out.speed = speedBench();
  }
  out.totalSeconds = Math.round((performance.now() - started) / 1000);
  console.log(JSON.stringify(out, null, 2));
}
