import type { HubScope, Permission, Role } from "@renkei/domain";

/** Who is calling: resolved from the session cookie on every request. */
export interface Actor {
  userId: string;
  institutionId: string;
  role: Role;
  displayName: string;
  email: string;
  departmentId: string | null;
  csrfToken: string;
  sessionHash: string;
  /** Member institutions this actor may read through consulting access (seed 000 fn. 16). */
  consultable: string[];
  /** What each of those members granted (issue 16 §5): restricted contacts and credit checks only when named. */
  hubScopes?: Record<string, HubScope[]>;
  /** Set when the caller authenticated with an API token instead of a session (features/api-tokens). */
  apiToken?: { id: string; name: string };
  can(permission: Permission): boolean;
}

export type AppEnv = {
  Variables: {
    actor: Actor | null;
    requestId: string;
  };
};
