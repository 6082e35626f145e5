import { ROLES } from "@renkei/domain";
import { z } from "zod";

export const ZLoginRequest = z.object({
  email: z.string().trim().toLowerCase().email("validation.email"),
  password: z.string().min(1, "validation.required").max(200),
});

export const ZSessionUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    locale: z.enum(["ja", "en"]),
    institution: z.object({
      id: z.uuid(),
      code: z.string(),
      nameJa: z.string(),
      nameEn: z.string(),
      isHub: z.boolean(),
    }),
    permissions: z.array(z.string()),
    /** Member institutions this user may consult (read-only), for hub staff. */
    consultable: z.array(z.object({ id: z.uuid(), nameJa: z.string(), nameEn: z.string() })),
  })
  .meta({ id: "SessionUser" });
export type TSessionUser = z.infer<typeof ZSessionUser>;

export const ZSessionResponse = z
  .object({ user: ZSessionUser, csrfToken: z.string() })
  .meta({ id: "Session" });
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, "validation.required").max(1000, "validation.too_long"),
  newPassword: z.string().min(10, "validation.password_too_short").max(200),
});

export const ZCreateUserRequest = z.object({
  email: z.string().trim().toLowerCase().email("validation.email"),
  displayName: z.string().trim().min(1, "validation.required").max(200),
  role: z.enum(ROLES),
  password: z.string().min(10, "validation.password_too_short").max(200),
  departmentId: z.uuid().nullable().optional(),
  locale: z.enum(["ja", "en"]).default("ja"),
});
