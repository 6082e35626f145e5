import { z } from "zod";
import { loadVersioned, ZVersionedBase } from "./versioned";

/** Destination classes of the catch-all matrix (spec §4.2). */
export const CATCH_ALL_CLASSES = ["GROUP_A", "GENERAL", "UN_ARMS_EMBARGO"] as const;
export type CatchAllClass = (typeof CATCH_ALL_CLASSES)[number];

/** Which item-16 goods/technology a conventional-weapons requirement covers. */
const ZConvScope = z.enum(["NONE", "16-1", "ALL"]);
export type ConvScope = z.infer<typeof ZConvScope>;

const ZMatrixRow = z.object({
  wmdUse: z.boolean(),
  wmdEndUser: z.boolean(),
  inform: z.boolean(),
  convUse: ZConvScope,
  convEndUser: ZConvScope,
});
export type CatchAllRow = z.infer<typeof ZMatrixRow>;

export const ZCatchAllMatrix = ZVersionedBase.extend({
  id: z.literal("CATCH_ALL_MATRIX"),
  rows: z.object({ GROUP_A: ZMatrixRow, GENERAL: ZMatrixRow, UN_ARMS_EMBARGO: ZMatrixRow }),
});
export type CatchAllMatrix = z.infer<typeof ZCatchAllMatrix>;

export const CATCH_ALL_MATRICES: readonly CatchAllMatrix[] = loadVersioned(ZCatchAllMatrix, [
  {
    // Reconstructed from the three changes the 2025 reform made (spec §4.2): before it, Group A had no
    // catch-all at all, general countries had conventional controls by inform only, and UN arms-embargo
    // destinations had conventional 用途 but no conventional 需要者 requirement.
    id: "CATCH_ALL_MATRIX",
    version: "catch-all@pre-2025-10-09",
    sourceId: "S26",
    effectiveFrom: "2019-08-02",
    effectiveTo: "2025-10-08",
    tag: "S",
    rows: {
      GROUP_A: { wmdUse: false, wmdEndUser: false, inform: false, convUse: "NONE", convEndUser: "NONE" },
      GENERAL: { wmdUse: true, wmdEndUser: true, inform: true, convUse: "NONE", convEndUser: "NONE" },
      UN_ARMS_EMBARGO: { wmdUse: true, wmdEndUser: true, inform: true, convUse: "ALL", convEndUser: "NONE" },
    },
  },
  {
    id: "CATCH_ALL_MATRIX",
    version: "catch-all@2025-10-09",
    sourceId: "S26",
    effectiveFrom: "2025-10-09",
    effectiveTo: null,
    tag: "S",
    note: "Promulgated 2025-04-09 (S26 03, S25, S40, S22).",
    rows: {
      GROUP_A: { wmdUse: false, wmdEndUser: false, inform: true, convUse: "NONE", convEndUser: "NONE" },
      GENERAL: { wmdUse: true, wmdEndUser: true, inform: true, convUse: "16-1", convEndUser: "16-1" },
      UN_ARMS_EMBARGO: { wmdUse: true, wmdEndUser: true, inform: true, convUse: "ALL", convEndUser: "ALL" },
    },
  },
]);
