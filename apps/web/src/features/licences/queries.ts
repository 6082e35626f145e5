import type { LicenceApplicationStatus } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { licencesApi } from "./api";

export function useLicences(status?: LicenceApplicationStatus) {
  return useQuery({ queryKey: ["licences", "list", status], queryFn: () => licencesApi.list(status) });
}

export function useLicence(id: string) {
  return useQuery({
    queryKey: ["licences", "detail", id],
    queryFn: () => licencesApi.get(id),
    enabled: id !== "",
  });
}

export function useLicenceMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["licences"] }),
        queryClient.invalidateQueries({ queryKey: ["trips"] }),
      ]),
  });
}
