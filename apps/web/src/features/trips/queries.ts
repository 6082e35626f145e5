import type { TripStatus } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { tripsApi } from "./api";

export function useTrips(scope: "mine" | "all", status?: TripStatus) {
  return useQuery({
    queryKey: ["trips", "list", scope, status],
    queryFn: () => tripsApi.list(scope, status),
  });
}

export function useTrip(id: string) {
  return useQuery({ queryKey: ["trips", "detail", id], queryFn: () => tripsApi.get(id), enabled: id !== "" });
}

export function useTripMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["trips"] }),
        queryClient.invalidateQueries({ queryKey: ["licences"] }),
      ]),
  });
}
