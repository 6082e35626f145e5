import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { peopleApi, type TMovePersonRequest, type TPersonInput } from "../../api/endpoints";

export function usePeople(q: string) {
  return useQuery({
    queryKey: ["people", "list", q],
    queryFn: () => peopleApi.list(q),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: ["people", "detail", id], queryFn: () => peopleApi.get(id) });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["people"] }),
      queryClient.invalidateQueries({ queryKey: ["partners"] }),
    ]);
}

export function useCreatePerson() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: TPersonInput) => peopleApi.create(input), onSuccess: invalidate });
}

export function useMovePerson(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TMovePersonRequest) => peopleApi.move(id, input),
    onSuccess: invalidate,
  });
}
