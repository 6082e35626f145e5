// Development loop for the katakana → Latin reading (issue 15 item 4), not part of `bench:screening`:
// screens the DEVELOPMENT queries only (the MOFA development part and our second set,
// kana-latin-extra.tsv; the held-out part of the split is never run here, so rules cannot be tuned on
// it) and prints recall and every miss. `NEGATIVES=1` adds the 100,000 yente
// negatives to the index to watch false positives (slower); the Japanese company names are always run.
//   node --import tsx packages/domain/bench/kana-dev-loop.ts
import { buildIndex, DEFAULT_CONFIG, screenName } from "../src/screening/index";
import { hasData, negativeEntries } from "./bench-data";
import {
  extraSet,
  JAPANESE_PARTNERS,
  latinOnlyEntries,
  mofaEntries,
  queriesOf,
  run,
} from "./bench-kana-latin";

if (!hasData()) {
  console.log("shared data not found: nothing to run");
  process.exit(0);
}
const extra = extraSet();
const entries = [...mofaEntries(), ...extra.entries];
const dev = [...queriesOf(mofaEntries()).filter((q) => q.split === "dev"), ...extra.queries];
const { latinOnly, truthOf } = latinOnlyEntries(entries);
const withNegatives = process.env.NEGATIVES === "1";
const index = buildIndex([...latinOnly, ...(withNegatives ? negativeEntries() : [])], {
  config: DEFAULT_CONFIG,
});
for (const [split, kind] of [
  ["dev", "katakana"],
  ["extra", "katakana"],
  ["dev", "mixed"],
  ["extra", "mixed"],
] as const) {
  const qs = dev.filter((q) => q.kind === kind && q.split === split);
  const outcomes = qs.map((q) => ({ q, o: run(index, truthOf, q) }));
  const found = outcomes.filter((x) => x.o.found).length;
  console.log(`${split} ${kind}: ${found}/${qs.length} = ${(found / Math.max(1, qs.length)).toFixed(3)}`);
  for (const x of outcomes) {
    if (!x.o.found) {
      console.log(`  miss ${x.q.name} ⇒ ${x.q.truth} | best: ${x.o.best}`);
    }
    if (x.o.negativeHit || x.o.otherEntryHit) {
      console.log(`  false positive ${x.q.name} | best: ${x.o.best}`);
    }
  }
}
for (const name of JAPANESE_PARTNERS) {
  const hit = screenName(index, { name, schema: "organization" }).matches.find((m) => m.isMatch);
  if (hit !== undefined) {
    console.log(`  partner false positive ${name} → ${hit.name} (${hit.score})`);
  }
}
if (process.env.SCORES === "1") {
  // Every development query with its own entry's best score: the weak ones show which conventions
  // are only just covered.
  for (const q of dev.filter((x) => x.kind === "katakana")) {
    const own = screenName(index, { name: q.name, schema: "organization" }).matches.find(
      (m) => m.list !== "negatives" && truthOf.get(m.sourceId) === q.truth,
    );
    console.log(`  ${own?.score ?? 0}\t${q.name} ⇒ ${own?.name ?? q.truth}`);
  }
}
