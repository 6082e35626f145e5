import type { TVisitTour, ZVisitTourDecision, ZVisitTourInput } from "@renkei/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { InputOf } from "../../api/endpoints";

export type TVisitTourInput = InputOf<typeof ZVisitTourInput>;
export type TVisitTourDecision = InputOf<typeof ZVisitTourDecision>;

export const visitToursApi = {
  list: (visitorId: string) => api.get<{ items: TVisitTour[] }>(`/visitors/${visitorId}/tours`),
  create: (visitorId: string, tour: TVisitTourInput) =>
    api.post<TVisitTour>(`/visitors/${visitorId}/tours`, tour),
  submit: (id: string, version: number) => api.post<TVisitTour>(`/visit-tours/${id}/submission`, { version }),
  decide: (id: string, body: TVisitTourDecision) => api.post<TVisitTour>(`/visit-tours/${id}/decision`, body),
  complete: (id: string, version: number, done: boolean[]) =>
    api.post<TVisitTour>(`/visit-tours/${id}/completion`, { version, done }),
};

export function useVisitTours(visitorId: string) {
  return useQuery({ queryKey: ["visit-tours", visitorId], queryFn: () => visitToursApi.list(visitorId) });
}

export function useTourMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["visit-tours"] }),
  });
}
