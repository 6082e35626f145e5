import type { TApiToken, TApiTokenCreated } from "@renkei/contract";
import type { TokenPermission } from "@renkei/domain";
import { api } from "../../api/client";

export const apiTokensApi = {
  list: () => api.get<{ items: TApiToken[] }>("/api-tokens"),
  create: (body: { name: string; permission: TokenPermission }) =>
    api.post<TApiTokenCreated>("/api-tokens", body),
  revoke: (id: string) => api.post<TApiToken>(`/api-tokens/${id}/revoke`),
};
