import type { TAppointment } from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";

export const APPOINTMENTS_KEY = ["export-control", "appointments"] as const;

/** Who holds 統括責任者 / 該非確認責任者 and who held them (issue 15 item 7, C1). */
export function useAppointments(enabled = true) {
  return useQuery({
    queryKey: APPOINTMENTS_KEY,
    queryFn: () => api.get<{ items: TAppointment[] }>("/export-control/appointments"),
    enabled,
  });
}
