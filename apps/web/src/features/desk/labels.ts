import type { DeskAboutKind, DeskStatus } from "@renkei/domain";

export const DESK_STATUS_COLOR: Record<DeskStatus, string> = {
  open: "blue",
  answered: "green",
  closed: "gray",
  reopened: "orange",
};

/** The page of each kind of record a question can come from (and a conversion can open). */
export const RECORD_PATH: Record<DeskAboutKind, (id: string) => string> = {
  case: (id) => `/cases/${id}`,
  partner: (id) => `/partners/${id}`,
  visitor: (id) => `/visitors/${id}`,
  trip: (id) => `/trips/${id}`,
  review: (id) => `/export-control/reviews/${id}`,
  classification: (id) => `/export-control/classifications/${id}`,
  licence: (id) => `/licences/${id}`,
  secret: (id) => `/secrets/items/${id}`,
  coi_declaration: (id) => `/coi/declarations/${id}`,
};
