import type { ContactVisibility } from "../partners/partner-types";
import type { Role } from "../shared/roles";
import { hasPermission } from "./permissions";

export interface ContactViewer {
  userId: string;
  role: Role;
}

export interface ContactFacts {
  visibility: ContactVisibility;
  createdBy: string;
  staffIds: string[];
}

/**
 * A restricted contact record (e.g. a sensitive introduction or donation talk) is visible only to the
 * staff who took part, its author, and officers with `contact.read_restricted`; others never learn it exists.
 */
export function canSeeContact(viewer: ContactViewer, contact: ContactFacts): boolean {
  if (contact.visibility === "institution") {
    return true;
  }
  return (
    contact.createdBy === viewer.userId ||
    contact.staffIds.includes(viewer.userId) ||
    hasPermission(viewer.role, "contact.read_restricted")
  );
}
