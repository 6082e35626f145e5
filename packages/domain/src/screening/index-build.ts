// In-memory screening index. Layout chosen for 10^6 aliases (screening-research.md §5.2/§5.3):
// per-alias data in typed arrays plus three compact strings, blocking keys interned to integer ids,
// postings in one CSR structure (Uint32Array offsets + Uint32Array alias ids).
import { blockingKeys } from "./blocking-keys";
import { looseKey, originCode } from "./compact-name";
import { DEFAULT_CONFIG, type ScreeningConfig } from "./config";
import { countryCodes } from "./country";
import { normalizeName } from "./normalize";
import type { ListEntry } from "./types";

/** A built index. Treat as opaque; rebuild it from entries when a list changes. */
export interface ScreeningIndex {
  config: ScreeningConfig;
  entries: ListEntry[];
  /** ISO codes per entry (parsed once). */
  entryCountries: string[][];
  /** Alias → entry index, and alias → position in entry.names. */
  aliasEntry: Uint32Array;
  aliasName: Uint16Array;
  aliasOrigin: Uint8Array;
  aliasLatin: string[];
  aliasLoose: (string | undefined)[];
  aliasNative: string[];
  keyIds: Map<string, number>;
  keyOffsets: Uint32Array;
  postings: Uint32Array;
  listVersions: Record<string, string>;
}

/** Options for buildIndex. */
export interface BuildOptions {
  config?: ScreeningConfig;
  /** Version label per list code (e.g. file hash or publication date), echoed in every result. */
  listVersions?: Record<string, string>;
  /** Skip names of kind "weak-alias" (FtM weakAlias is not matchable, §3.3). Default true. */
  skipWeakAliases?: boolean;
}

class GrowableU32 {
  data = new Uint32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Builds the screening index from parsed list entries (any mix of lists). Pure and synchronous;
 * cost is dominated by normalisation (see docs/benchmarks.md for 10^6-alias timings).
 */
export function buildIndex(entries: ListEntry[], options: BuildOptions = {}): ScreeningIndex {
  const skipWeak = options.skipWeakAliases ?? true;
  const aliasEntry = new GrowableU32();
  const aliasName: number[] = [];
  const aliasOrigin: number[] = [];
  const aliasLatin: string[] = [];
  const aliasLoose: (string | undefined)[] = [];
  const aliasNative: string[] = [];
  const keyIds = new Map<string, number>();
  const pairKey = new GrowableU32();
  const pairAlias = new GrowableU32();
  entries.forEach((entry, e) => {
    entry.names.forEach((name, k) => {
      if (skipWeak && name.kind === "weak-alias") {
        return;
      }
      const n = normalizeName(name.value, { schema: entry.schema });
      if (n.latin === "" && n.native === "") {
        return;
      }
      const alias = aliasLatin.length;
      aliasEntry.push(e);
      aliasName.push(k);
      aliasOrigin.push(originCode(n));
      aliasLatin.push(n.latin);
      aliasLoose.push(looseKey(n));
      aliasNative.push(n.native);
      for (const key of blockingKeys(n)) {
        let id = keyIds.get(key);
        if (id === undefined) {
          id = keyIds.size;
          keyIds.set(key, id);
        }
        pairKey.push(id);
        pairAlias.push(alias);
      }
    });
  });
  // Counting sort of (key, alias) pairs into CSR form.
  const keyOffsets = new Uint32Array(keyIds.size + 1);
  for (let i = 0; i < pairKey.length; i++) {
    const k = pairKey.data[i] as number;
    keyOffsets[k + 1] = (keyOffsets[k + 1] as number) + 1;
  }
  for (let k = 0; k < keyIds.size; k++) {
    keyOffsets[k + 1] = (keyOffsets[k + 1] as number) + (keyOffsets[k] as number);
  }
  const fill = keyOffsets.slice(0, keyIds.size);
  const postings = new Uint32Array(pairKey.length);
  for (let i = 0; i < pairKey.length; i++) {
    const k = pairKey.data[i] as number;
    const at = fill[k] as number;
    postings[at] = pairAlias.data[i] as number;
    fill[k] = at + 1;
  }
  return {
    config: options.config ?? DEFAULT_CONFIG,
    entries,
    entryCountries: entries.map((en) => countryCodes(en.countries)),
    aliasEntry: aliasEntry.data.slice(0, aliasEntry.length),
    aliasName: Uint16Array.from(aliasName),
    aliasOrigin: Uint8Array.from(aliasOrigin),
    aliasLatin,
    aliasLoose,
    aliasNative,
    keyIds,
    keyOffsets,
    postings,
    listVersions: options.listVersions ?? {},
  };
}

/** Size summary of an index (for monitoring and the benchmark). */
export function indexStats(index: ScreeningIndex): {
  entries: number;
  aliases: number;
  keys: number;
  postings: number;
} {
  return {
    entries: index.entries.length,
    aliases: index.aliasLatin.length,
    keys: index.keyIds.size,
    postings: index.postings.length,
  };
}
