/**
 * Facility tours and handouts for short visits (issue 17 item 5; spec C7): before a visitor is shown a
 * laboratory or handed a document, the host lists what will be shown or handed out and by whom, and the
 * export-control office decides each line (seed 000 §3-2: 見学・資料提供も技術提供になりうる).
 */
export const TOUR_ITEM_KINDS = ["show", "handout"] as const;
export type TourItemKind = (typeof TOUR_ITEM_KINDS)[number];

export const TOUR_ITEM_DECISIONS = ["pending", "allowed", "conditional", "refused"] as const;
export type TourItemDecision = (typeof TOUR_ITEM_DECISIONS)[number];

export const TOUR_STATUSES = ["draft", "submitted", "approved", "returned", "completed"] as const;
export type TourStatus = (typeof TOUR_STATUSES)[number];
