import type { VisitorStatus } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { visitorsApi } from "./api";

export function useVisitors(scope: "mine" | "all", status?: VisitorStatus) {
  return useQuery({
    queryKey: ["visitors", "list", scope, status],
    queryFn: () => visitorsApi.list(scope, status),
  });
}

export function useVisitor(id: string) {
  return useQuery({ queryKey: ["visitors", "detail", id], queryFn: () => visitorsApi.get(id) });
}

/** Any change refreshes the lists and the detail (the server returns the fresh detail). */
export function useVisitorMutation<A>(fn: (args: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["visitors"] }),
  });
}
