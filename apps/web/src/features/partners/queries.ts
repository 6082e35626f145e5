import type { TPartnerInput } from "@renkei/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type PartnerFilters,
  partnersApi,
  type TContactInput,
  type TCreditCheckInput,
  type TDuplicateQuery,
  usersApi,
} from "../../api/endpoints";

export const partnerKeys = {
  all: ["partners"] as const,
  list: (f: PartnerFilters & { page?: number; pageSize?: number }) => ["partners", "list", f] as const,
  detail: (id: string) => ["partners", "detail", id] as const,
  duplicates: (q: TDuplicateQuery) => ["partners", "duplicates", q] as const,
};

export function usePartnerList(
  filters: PartnerFilters & { page?: number; pageSize?: number },
  enabled = true,
) {
  return useQuery({
    queryKey: partnerKeys.list(filters),
    queryFn: () => partnersApi.list(filters),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePartner(id: string) {
  return useQuery({ queryKey: partnerKeys.detail(id), queryFn: () => partnersApi.get(id) });
}

/** Likely duplicates of what is being typed; runs only once a legal name is present. */
export function useDuplicates(query: TDuplicateQuery | null) {
  return useQuery({
    queryKey: partnerKeys.duplicates(query ?? { legalName: "" }),
    queryFn: () => partnersApi.duplicates(query!),
    enabled: query !== null && query.legalName.trim().length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

function useInvalidatePartners() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnerKeys.all });
}

export function useCreatePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({ mutationFn: (p: TPartnerInput) => partnersApi.create(p), onSuccess: invalidate });
}

export function useUpdatePartner(id: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: ({ version, partner }: { version: number; partner: TPartnerInput }) =>
      partnersApi.update(id, version, partner),
    onSuccess: invalidate,
  });
}

export function useMergePartner(id: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (duplicateId: string) => partnersApi.merge(id, duplicateId),
    onSuccess: invalidate,
  });
}

export function useAddContact(id: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (c: TContactInput) => partnersApi.addContact(id, c),
    onSuccess: invalidate,
  });
}

export function useAddCreditCheck(id: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (c: TCreditCheckInput) => partnersApi.addCreditCheck(id, c),
    onSuccess: invalidate,
  });
}

export function useImportPartners() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: "preview" | "commit" }) =>
      partnersApi.import(file, mode),
    onSuccess: (report) => {
      if (report.mode === "commit") {
        void invalidate();
      }
    },
  });
}

/** Staff of the user's own institution (owner and participant pickers). */
export function useUsers(enabled = true) {
  return useQuery({ queryKey: ["users"], queryFn: () => usersApi.list(), enabled, staleTime: 300_000 });
}
