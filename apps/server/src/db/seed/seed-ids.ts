import { createHash } from "node:crypto";

/** Stable UUIDs for seeded rows (architecture §8.12): the same demo partner has the same id everywhere. */
export function seedId(kind: string, n: number | string): string {
  const h = createHash("sha256").update(`renkei-seed:${kind}:${n}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
