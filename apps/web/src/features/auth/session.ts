import type { TSessionResponse, TSessionUser } from "@renkei/contract";
import type { Permission } from "@renkei/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext } from "react";
import { isApiError, setCsrfToken } from "../../api/client";
import { authApi } from "../../api/endpoints";

export const SESSION_KEY = ["session"] as const;

async function loadSession(): Promise<TSessionResponse | null> {
  try {
    const session = await authApi.session();
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (isApiError(e) && e.code === "UNAUTHENTICATED") {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** The signed-in session, or null; fetched once and replaced on sign-in / sign-out. */
export function useSessionQuery() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: loadSession,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useSetSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (session: TSessionResponse | null) => {
      setCsrfToken(session?.csrfToken ?? null);
      if (!session) {
        queryClient.clear();
      }
      queryClient.setQueryData(SESSION_KEY, session);
    },
    [queryClient],
  );
}

export const SessionContext = createContext<TSessionUser | null>(null);

/** The current user; only valid below `RequireAuth`. */
export function useCurrentUser(): TSessionUser {
  const user = useContext(SessionContext);
  if (!user) {
    throw new Error("useCurrentUser outside RequireAuth");
  }
  return user;
}

/** `can("partner.write")`: hides or disables actions the user lacks (the server enforces the same). */
export function useCan(): (permission: Permission) => boolean {
  const user = useCurrentUser();
  return useCallback((permission: Permission) => user.permissions.includes(permission), [user]);
}
