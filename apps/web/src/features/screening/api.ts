import type {
  ListFormat,
  TListChange,
  TListImportReport,
  TListSource,
  TListVersion,
  TScreeningHit,
  TScreeningList,
  TScreeningSearchResponse,
  TSubjectScreening,
} from "@renkei/contract";
import { api } from "../../api/client";

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type SubjectKind = "partner" | "person";
export type HitDecision = "true_match" | "false_positive" | "escalate";
export type QueueStatus = "open" | "pending" | "escalated" | "true_match" | "false_positive" | "delisted";

export interface ImportForm {
  format: ListFormat;
  name: string;
  source: string;
  versionLabel: string;
  publishedOn: string;
  effectiveOn: string;
  files: File[];
}

const segment = (kind: SubjectKind) => (kind === "partner" ? "partners" : "people");

export const screeningApi = {
  search: (body: { name: string; country?: string | null }) =>
    api.post<TScreeningSearchResponse>("/screening/search", body),
  queue: (status: QueueStatus, page: number) =>
    api.get<Page<TScreeningHit>>("/screening/hits", { status, page, pageSize: 20 }),
  decide: (id: string, body: { decision: HitDecision; reason: string }) =>
    api.post<TScreeningHit>(`/screening/hits/${id}/decision`, body),
  subject: (kind: SubjectKind, id: string) => api.get<TSubjectScreening>(`/${segment(kind)}/${id}/screening`),
  screenNow: (kind: SubjectKind, id: string) =>
    api.post<{
      runId: string;
      outcome: "clear" | "hit";
      hitCount: number;
      suppressed: number;
      newHits: number;
    }>(`/${segment(kind)}/${id}/screening`),
  lists: () => api.get<{ items: TScreeningList[] }>("/screening/lists"),
  versions: (listId: string) =>
    api.get<{ list: { id: string; name: string; format: string; source: string }; versions: TListVersion[] }>(
      `/screening/lists/${listId}/versions`,
    ),
  changes: (versionId: string, change: string | null, page: number) =>
    api.get<Page<TListChange>>(`/screening/versions/${versionId}/changes`, { change, page, pageSize: 50 }),
  import: (form: ImportForm, mode: "preview" | "commit") => {
    const data = new FormData();
    for (const [key, value] of Object.entries(form)) {
      if (key !== "files" && typeof value === "string" && value.trim() !== "") {
        data.set(key, value.trim());
      }
    }
    for (const file of form.files) {
      data.append("files", file, file.name);
    }
    return api.upload<TListImportReport>("/screening/lists/import", data, { mode });
  },
  sources: () => api.get<TListSource[]>("/screening/list-sources"),
  saveSource: (id: string | null, body: ListSourceForm): Promise<unknown> =>
    id
      ? api.put<{ ok: true }>(`/screening/list-sources/${id}`, body)
      : api.post<{ id: string }>("/screening/list-sources", body),
  fetchSource: (id: string) =>
    api.post<{ status: "imported" | "unchanged" | "failed"; error?: string }>(
      `/screening/list-sources/${id}/fetch`,
    ),
};

/** A list fetched on a schedule (issue 15 item 6). */
export interface ListSourceForm {
  listName: string;
  format: ListFormat;
  locations: string[];
  intervalHours: number;
  enabled: boolean;
}
