import { NAV_AREAS, type NavArea, type Permission } from "@renkei/domain";
import { ACCOUNT_NAV } from "../../features/accounts/routes";
import { EC_RECORDS_NAV } from "../../features/ec-records/nav";
import { EC_WORKFLOW_NAV } from "../../features/ec-shared/routes";
import type { MessageKey } from "../../lib/i18n";

/**
 * Every navigation entry: its page, its area and the permission its page needs (issue 11 item 4).
 * A role sees an entry exactly when the permission table grants it that permission — there is no
 * second per-role list. A new page adds one line here (or in its feature's own *_NAV array).
 * `area: null` entries are the user's own pages (home, notifications, account).
 */
export interface NavEntry {
  to: string;
  label: MessageKey;
  area: NavArea | null;
  permission: Permission;
}

export const NAV_ENTRIES: NavEntry[] = [
  { to: "/", label: "nav.home", area: null, permission: "self.manage" },
  { to: "/notifications", label: "nav.notifications", area: null, permission: "self.manage" },
  { to: "/cases", label: "nav.cases", area: "cases", permission: "case.read" },
  { to: "/cases/new", label: "nav.caseNew", area: "cases", permission: "case.create" },
  { to: "/cases/settings", label: "case.settings", area: "cases", permission: "case.configure" },
  { to: "/desk", label: "nav.desk", area: "desk", permission: "desk.read" },
  { to: "/desk/lab", label: "nav.labProfile", area: "desk", permission: "lab_profile.read" },
  { to: "/partners", label: "nav.partners", area: "partners", permission: "partner.read" },
  { to: "/partners/new", label: "nav.partnerNew", area: "partners", permission: "partner.write" },
  { to: "/partners/import", label: "nav.import", area: "partners", permission: "partner.import" },
  { to: "/people", label: "nav.people", area: "partners", permission: "partner.read" },
  { to: "/crm/requests", label: "nav.crmRequests", area: "partners", permission: "crm.request" },
  { to: "/crm/register", label: "nav.crmRegister", area: "partners", permission: "partner.read" },
  { to: "/crm/memberships", label: "nav.crmMemberships", area: "partners", permission: "partner.read" },
  { to: "/screening", label: "nav.screening", area: "screening", permission: "screening.search" },
  { to: "/screening/queue", label: "nav.screeningQueue", area: "screening", permission: "screening.read" },
  { to: "/screening/lists", label: "nav.screeningLists", area: "screening", permission: "screening.read" },
  {
    to: "/export-control/assess",
    label: "nav.ecAssess",
    area: "export_control",
    permission: "export.assess",
  },
  {
    to: "/export-control/classifications",
    label: "nav.ecClassifications",
    area: "export_control",
    permission: "export.read",
  },
  {
    to: "/export-control/reviews",
    label: "nav.ecReviews",
    area: "export_control",
    permission: "export.read",
  },
  {
    to: "/export-control/travel-payments",
    label: "nav.ecTravelPayments",
    area: "export_control",
    permission: "ec.records.read",
  },
  ...EC_RECORDS_NAV,
  ...EC_WORKFLOW_NAV,
  { to: "/coi", label: "nav.coi", area: "coi", permission: "coi.declare" },
  { to: "/coi/queue", label: "nav.coiQueue", area: "coi", permission: "coi.review" },
  { to: "/coi/programmes", label: "nav.coiProgrammes", area: "coi", permission: "security.review" },
  { to: "/security-clearances", label: "nav.clearances", area: "coi", permission: "clearance.register" },
  {
    to: "/security-clearances/officers",
    label: "nav.clearanceOfficers",
    area: "admin",
    permission: "clearance.designate",
  },
  { to: "/ip", label: "nav.ip", area: "ip", permission: "ip.read" },
  { to: "/ip/settings", label: "nav.ipSettings", area: "ip", permission: "ip.configure" },
  { to: "/secrets", label: "nav.secrets", area: "secrets", permission: "secret.read" },
  { to: "/secrets/alerts", label: "nav.secretAlerts", area: "secrets", permission: "secret.manage" },
  { to: "/secrets/pledges", label: "nav.secretPledges", area: "secrets", permission: "secret.pledge" },
  { to: "/secrets/manage", label: "nav.secretManage", area: "secrets", permission: "secret.write" },
  { to: "/insight/dashboard", label: "nav.insightDashboard", area: "insight", permission: "insight.read" },
  { to: "/insight/survey", label: "nav.insightSurvey", area: "insight", permission: "insight.read" },
  { to: "/insight/indicators", label: "nav.insightIndicators", area: "insight", permission: "insight.read" },
  { to: "/insight/money", label: "nav.insightMoney", area: "insight", permission: "insight.read" },
  { to: "/hub/access", label: "nav.hubAccess", area: "insight", permission: "hub.grant" },
  { to: "/hub/advice", label: "nav.hubAdvice", area: "insight", permission: "hub.advise" },
  { to: "/hub/figures", label: "nav.hubFigures", area: "insight", permission: "hub.figures" },
  { to: "/library", label: "nav.caseLibrary", area: "insight", permission: "library.read" },
  { to: "/policies", label: "nav.policies", area: "admin", permission: "policy.read" },
  { to: "/audit", label: "nav.audit", area: "admin", permission: "audit.read" },
  { to: "/outbox", label: "nav.outbox", area: "admin", permission: "outbox.read" },
  ...ACCOUNT_NAV,
  { to: "/account/password", label: "nav.password", area: null, permission: "self.manage" },
  { to: "/personal-data", label: "nav.personalData", area: null, permission: "self.manage" },
];

export interface NavGroup {
  area: NavArea | null;
  entries: NavEntry[];
}

/** The entries a user may use, personal ones first, then each area in the fixed order of NAV_AREAS. */
export function navGroups(can: (p: Permission) => boolean): NavGroup[] {
  const allowed = NAV_ENTRIES.filter((e) => can(e.permission));
  return [null, ...NAV_AREAS]
    .map((area) => ({ area, entries: allowed.filter((e) => e.area === area) }))
    .filter((g) => g.entries.length > 0);
}
