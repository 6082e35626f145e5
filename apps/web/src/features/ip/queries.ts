import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ipApi } from "./api";

export function useInventions(enabled = true) {
  return useQuery({ queryKey: ["ip", "list"], queryFn: ipApi.list, enabled });
}

export function useInvention(id: string) {
  return useQuery({ queryKey: ["ip", "detail", id], queryFn: () => ipApi.get(id), enabled: id !== "" });
}

export function useDocket() {
  return useQuery({ queryKey: ["ip", "docket"], queryFn: ipApi.docket });
}

export function useIncome() {
  return useQuery({ queryKey: ["ip", "income"], queryFn: ipApi.income });
}

/** A write that refreshes every IP view (and cases, whose Bayh-Dole gate reads these records). */
export function useIpMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["ip"] }),
        queryClient.invalidateQueries({ queryKey: ["cases"] }),
      ]),
  });
}
