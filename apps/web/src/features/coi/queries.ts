import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { coiApi } from "./api";

export const useMyCoi = () => useQuery({ queryKey: ["coi", "me"], queryFn: coiApi.me });
export const useDeclaration = (id: string) =>
  useQuery({ queryKey: ["coi", "declaration", id], queryFn: () => coiApi.get(id) });
export const useCoiQueue = (status?: string) =>
  useQuery({ queryKey: ["coi", "queue", status], queryFn: () => coiApi.queue(status) });

/** Every COI change refreshes COI views and cases (the case page shows the gate's outcome). */
export function useCoiMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ["coi"] }),
        qc.invalidateQueries({ queryKey: ["cases"] }),
      ]),
  });
}
