import { TOKEN_PERMISSIONS } from "@renkei/domain";
import { z } from "zod";
import { ZUuid } from "./common";

export const ZApiTokenInput = z
  .object({
    name: z.string().trim().min(1, "validation.required").max(200, "validation.too_long"),
    permission: z.enum(TOKEN_PERMISSIONS),
  })
  .meta({ id: "ApiTokenInput" });

export const ZApiToken = z
  .object({
    id: ZUuid,
    name: z.string(),
    permission: z.enum(TOKEN_PERMISSIONS),
    tokenPrefix: z.string(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken" });
export type TApiToken = z.infer<typeof ZApiToken>;

/** The plain token appears in this response only; it cannot be shown again. */
export const ZApiTokenCreated = z
  .object({ token: z.string(), item: ZApiToken })
  .meta({ id: "ApiTokenCreated" });
export type TApiTokenCreated = z.infer<typeof ZApiTokenCreated>;
