import type { THome, TSearchResult } from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";

export const homeApi = {
  home: () => api.get<THome>("/home"),
  search: (q: string) => api.get<TSearchResult>("/search", { q }),
};

export function useHome() {
  return useQuery({ queryKey: ["home"], queryFn: homeApi.home });
}

export function useSearch(q: string) {
  return useQuery({ queryKey: ["search", q], queryFn: () => homeApi.search(q), enabled: q.length > 0 });
}
