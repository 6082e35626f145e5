import type { NavArea, Permission } from "@renkei/domain";
import type { MessageKey } from "../../lib/i18n";

/** Navigation entries of the records the law expects and the lab view (issue 15), each with its permission. */
export const EC_RECORDS_NAV: { to: string; label: MessageKey; permission: Permission; area: NavArea }[] = [
  { to: "/lab/visitors", label: "nav.labView", permission: "ec.lab_view", area: "export_control" },
  {
    to: "/export-control/appointments",
    label: "nav.ecAppointments",
    permission: "ec.records.read",
    area: "export_control",
  },
  {
    to: "/export-control/self-audit",
    label: "nav.ecSelfAudit",
    permission: "ec.records.read",
    area: "export_control",
  },
];
