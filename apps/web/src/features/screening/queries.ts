import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type HitDecision,
  type ListSourceForm,
  type QueueStatus,
  type SubjectKind,
  screeningApi,
} from "./api";

export const screeningKeys = {
  all: ["screening"] as const,
  queue: (status: QueueStatus, page: number) => ["screening", "queue", status, page] as const,
  subject: (kind: SubjectKind, id: string) => ["screening", "subject", kind, id] as const,
  lists: ["screening", "lists"] as const,
  sources: ["screening", "sources"] as const,
  versions: (listId: string) => ["screening", "versions", listId] as const,
  changes: (versionId: string, change: string | null, page: number) =>
    ["screening", "changes", versionId, change, page] as const,
};

export function useQueue(status: QueueStatus, page: number) {
  return useQuery({
    queryKey: screeningKeys.queue(status, page),
    queryFn: () => screeningApi.queue(status, page),
    placeholderData: keepPreviousData,
  });
}

export function useSubjectScreening(kind: SubjectKind, id: string, enabled: boolean) {
  return useQuery({
    queryKey: screeningKeys.subject(kind, id),
    queryFn: () => screeningApi.subject(kind, id),
    enabled,
  });
}

export function useLists() {
  return useQuery({ queryKey: screeningKeys.lists, queryFn: screeningApi.lists });
}

export function useVersions(listId: string) {
  return useQuery({ queryKey: screeningKeys.versions(listId), queryFn: () => screeningApi.versions(listId) });
}

export function useChanges(versionId: string | null, change: string | null, page: number) {
  return useQuery({
    queryKey: screeningKeys.changes(versionId ?? "", change, page),
    queryFn: () => screeningApi.changes(versionId!, change, page),
    enabled: versionId !== null,
    placeholderData: keepPreviousData,
  });
}

/** Any change to screening data refreshes every screening view (queue, subject cards, lists). */
function useInvalidateScreening() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: screeningKeys.all });
}

export function useDecide() {
  const invalidate = useInvalidateScreening();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: HitDecision; reason: string }) =>
      screeningApi.decide(id, { decision, reason }),
    onSuccess: invalidate,
  });
}

export function useScreenNow(kind: SubjectKind, id: string) {
  const invalidate = useInvalidateScreening();
  return useMutation({ mutationFn: () => screeningApi.screenNow(kind, id), onSuccess: invalidate });
}

export function useSearch() {
  return useMutation({ mutationFn: screeningApi.search });
}

export function useImportList() {
  const invalidate = useInvalidateScreening();
  return useMutation({
    mutationFn: ({
      form,
      mode,
    }: {
      form: Parameters<typeof screeningApi.import>[0];
      mode: "preview" | "commit";
    }) => screeningApi.import(form, mode),
    onSuccess: (report) => {
      if (report.mode === "commit") {
        void invalidate();
      }
    },
  });
}

export function useListSources() {
  return useQuery({ queryKey: screeningKeys.sources, queryFn: screeningApi.sources });
}

export function useSaveListSource() {
  const invalidate = useInvalidateScreening();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ListSourceForm }) =>
      screeningApi.saveSource(id, body),
    onSuccess: invalidate,
  });
}

/** A fetch may import a new version and re-screen: every screening view is refreshed. */
export function useFetchListSource() {
  const invalidate = useInvalidateScreening();
  return useMutation({ mutationFn: screeningApi.fetchSource, onSuccess: invalidate });
}
