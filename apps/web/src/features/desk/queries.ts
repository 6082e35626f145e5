import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { deskApi } from "./api";

export function useDeskList(box: "mine" | "inbox") {
  return useQuery({ queryKey: ["desk", "list", box], queryFn: () => deskApi.list(box) });
}

export function useDeskQuestion(id: string) {
  return useQuery({ queryKey: ["desk", "detail", id], queryFn: () => deskApi.get(id), enabled: id !== "" });
}

export function useLabProfile(userId: string) {
  return useQuery({
    queryKey: ["lab-profiles", userId],
    queryFn: () => deskApi.labProfile(userId),
    enabled: userId !== "",
  });
}

export function useLabProfiles(enabled: boolean) {
  return useQuery({ queryKey: ["lab-profiles", "all"], queryFn: () => deskApi.labProfiles(), enabled });
}

export function useDeskMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["desk"] }),
        queryClient.invalidateQueries({ queryKey: ["lab-profiles"] }),
      ]),
  });
}
