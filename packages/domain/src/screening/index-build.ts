// In-memory screening index. Layout chosen for 10^6 aliases (screening-research.md §5.2/§5.3):
// per-alias data in typed arrays plus three compact strings; blocking keys are 32-bit hashes (no key
// strings kept), sorted, with postings in one CSR structure (Uint32Array offsets + alias ids).
import { indexKeyHashes } from "./blocking-keys";
import { looseKey, originCode } from "./compact-name";
import {
  conventionKeysOn,
  DEFAULT_CONFIG,
  epentheticKeysOn,
  type ScreeningConfig,
  soundKeysOn,
} from "./config";
import { countryCodes } from "./country";
import { normalizeName } from "./normalize";
import type { EntitySchema, ListEntry } from "./types";

/** A built index. Treat as opaque; rebuild it from entries when a list changes. */
export interface ScreeningIndex {
  config: ScreeningConfig;
  entries: ListEntry[];
  /** ISO codes per entry (parsed once). */
  entryCountries: string[][];
  /** Schema code per entry (SCHEMA_CODES order) and list per entry (index into listCodes). */
  entrySchema: Uint8Array;
  entryList: Uint16Array;
  listCodes: string[];
  /** Alias → entry index, and alias → position in entry.names. */
  aliasEntry: Uint32Array;
  aliasName: Uint16Array;
  aliasOrigin: Uint8Array;
  aliasLatin: string[];
  /** Length of each alias's Latin key (capped at 255): read per touched alias when ranking. */
  aliasLength: Uint8Array;
  aliasLoose: (string | undefined)[];
  /** Native CJK parts joined by single spaces ("" when none). */
  aliasNative: string[];
  /** Distinct blocking-key hashes, ascending; postings of key k are postings[keyOffsets[k]…[k+1]]. */
  keyHashes: Uint32Array;
  keyOffsets: Uint32Array;
  /** Alias ids per key, ascending within a key. */
  postings: Uint32Array;
  /** Start of each 2^BUCKET_BITS range of hashes in keyHashes (top bits → first key), for lookup. */
  keyBuckets: Uint32Array;
  listVersions: Record<string, string>;
}

/** Order of schema codes in ScreeningIndex.entrySchema. */
export const SCHEMA_CODES: readonly EntitySchema[] = [
  "unknown",
  "person",
  "organization",
  "vessel",
  "aircraft",
];

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

/** Bits of the hash used to bucket the sorted key array (2^20 buckets, 4 MB). */
const BUCKET_BITS = 20;
const BUCKET_SHIFT = 32 - BUCKET_BITS;

/** Stable LSD radix sort of (hash, alias) pairs by hash, two passes of 16 bits. */
function sortPairs(
  hashes: Uint32Array,
  aliases: Uint32Array,
  n: number,
): { hashes: Uint32Array; aliases: Uint32Array } {
  let srcH: Uint32Array = hashes;
  let srcA: Uint32Array = aliases;
  let dstH: Uint32Array = new Uint32Array(n);
  let dstA: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((srcH[i] as number) >>> shift) & 0xffff;
      counts[d + 1] = (counts[d + 1] as number) + 1;
    }
    for (let d = 0; d < 65536; d++) {
      counts[d + 1] = (counts[d + 1] as number) + (counts[d] as number);
    }
    for (let i = 0; i < n; i++) {
      const h = srcH[i] as number;
      const d = (h >>> shift) & 0xffff;
      const at = counts[d] as number;
      counts[d] = at + 1;
      dstH[at] = h;
      dstA[at] = srcA[i] as number;
    }
    [srcH, dstH] = [dstH, srcH];
    [srcA, dstA] = [dstA, srcA];
  }
  return { hashes: srcH, aliases: srcA };
}

/**
 * Builds the screening index from parsed list entries (any mix of lists). Pure and synchronous;
 * cost is dominated by normalisation (see docs/benchmarks.md for 10^6-alias timings).
 */
export function buildIndex(entries: ListEntry[], options: BuildOptions = {}): ScreeningIndex {
  const skipWeak = options.skipWeakAliases ?? true;
  const crossScript = (options.config ?? DEFAULT_CONFIG).crossScript !== false;
  const soundKeys = soundKeysOn(options.config ?? DEFAULT_CONFIG);
  const conventionKeys = conventionKeysOn(options.config ?? DEFAULT_CONFIG);
  const epentheticKeys = epentheticKeysOn(options.config ?? DEFAULT_CONFIG);
  const aliasEntry = new GrowableU32();
  const aliasName: number[] = [];
  const aliasOrigin: number[] = [];
  const aliasLatin: string[] = [];
  const aliasLoose: (string | undefined)[] = [];
  const aliasNative: string[] = [];
  const pairHash = new GrowableU32();
  const pairAlias = new GrowableU32();
  const keys: number[] = [];
  const listCodes: string[] = [];
  const listIndex = (code: string): number => {
    let i = listCodes.indexOf(code);
    if (i < 0) {
      i = listCodes.length;
      listCodes.push(code);
    }
    return i;
  };
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e] as ListEntry;
    for (let k = 0; k < entry.names.length; k++) {
      const name = entry.names[k] as ListEntry["names"][number];
      if (skipWeak && name.kind === "weak-alias") {
        continue;
      }
      const n = normalizeName(name.value, { schema: entry.schema });
      if (n.latin === "" && n.native === "") {
        continue;
      }
      const alias = aliasLatin.length;
      aliasEntry.push(e);
      aliasName.push(k);
      aliasOrigin.push(originCode(n));
      aliasLatin.push(n.latin);
      aliasLoose.push(looseKey(n));
      aliasNative.push((n.nativeParts ?? []).join(" "));
      keys.length = 0;
      indexKeyHashes(n, keys, crossScript, soundKeys, conventionKeys, epentheticKeys);
      for (const h of keys) {
        pairHash.push(h);
        pairAlias.push(alias);
      }
    }
  }
  const sorted = sortPairs(pairHash.data, pairAlias.data, pairHash.length);
  pairHash.data = new Uint32Array(0);
  pairAlias.data = new Uint32Array(0);
  // Distinct keys and postings, dropping repeated (key, alias) pairs.
  const n = pairHash.length;
  const keyHashes = new GrowableU32();
  const offsets = new GrowableU32();
  const postings = new Uint32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const h = sorted.hashes[i] as number;
    const a = sorted.aliases[i] as number;
    if (keyHashes.length === 0 || keyHashes.data[keyHashes.length - 1] !== h) {
      keyHashes.push(h);
      offsets.push(m);
    } else if (postings[m - 1] === a) {
      continue;
    }
    postings[m++] = a;
  }
  offsets.push(m);
  const hashesOut = keyHashes.data.slice(0, keyHashes.length);
  const keyBuckets = new Uint32Array((1 << BUCKET_BITS) + 1);
  let k = 0;
  for (let b = 0; b <= 1 << BUCKET_BITS; b++) {
    while (k < hashesOut.length && (hashesOut[k] as number) >>> BUCKET_SHIFT < b) {
      k++;
    }
    keyBuckets[b] = k;
  }
  return {
    config: options.config ?? DEFAULT_CONFIG,
    entries,
    entryCountries: entries.map((en) => countryCodes(en.countries)),
    entrySchema: Uint8Array.from(entries, (en) => Math.max(0, SCHEMA_CODES.indexOf(en.schema))),
    entryList: Uint16Array.from(entries, (en) => listIndex(en.list)),
    listCodes,
    aliasEntry: aliasEntry.data.slice(0, aliasEntry.length),
    aliasName: Uint16Array.from(aliasName),
    aliasOrigin: Uint8Array.from(aliasOrigin),
    aliasLatin,
    aliasLength: Uint8Array.from(aliasLatin, (l) => Math.min(255, l.length)),
    aliasLoose,
    aliasNative,
    keyHashes: hashesOut,
    keyOffsets: offsets.data.slice(0, offsets.length),
    postings: postings.slice(0, m),
    keyBuckets,
    listVersions: options.listVersions ?? {},
  };
}

/** Position of `hash` in index.keyHashes, or -1. */
export function findKey(index: ScreeningIndex, hash: number): number {
  const b = hash >>> BUCKET_SHIFT;
  let lo = index.keyBuckets[b] as number;
  let hi = (index.keyBuckets[b + 1] as number) - 1;
  const keys = index.keyHashes;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = keys[mid] as number;
    if (v < hash) {
      lo = mid + 1;
    } else if (v > hash) {
      hi = mid - 1;
    } else {
      return mid;
    }
  }
  return -1;
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
    keys: index.keyHashes.length,
    postings: index.postings.length,
  };
}
