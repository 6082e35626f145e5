import type { IsoDate } from "../shared/dates";
import type { IpIncomeKind, SurveyKind, SurveyPartnerType } from "./survey-categories";

/** What the MEXT survey is computed from: records coded when they were entered (kpi-survey.md). */
export interface SurveyAgreement {
  id: string;
  kind: Exclude<SurveyKind, "ip_income">;
  partnerType: SurveyPartnerType;
  startOn: IsoDate;
  endOn: IsoDate | null;
  /** For seed 002's new-partner indicator; optional for records coded without a registry partner. */
  partnerId?: string | null;
}

export interface SurveyReceipt {
  id: string;
  agreementId: string | null;
  kind: SurveyKind;
  ipIncomeKind: IpIncomeKind | null;
  partnerType: SurveyPartnerType;
  /** Yen. */
  direct: number;
  indirect: number;
  receivedOn: IsoDate;
  /** ISO 3166-1 alpha-2 of the payer, for seed 002's international share. */
  partnerCountry?: string | null;
  /**
   * How many receipts this row stands for: the database may hand over receipts already summed per
   * agreement and coding (same figures, far fewer rows); 1 when absent.
   */
  receipts?: number;
}

export interface SurveyPatent {
  id: string;
  filedOn: IsoDate;
  foreign: boolean;
  grantedOn: IsoDate | null;
  lapsedOn: IsoDate | null;
}

export interface SurveyLicence {
  id: string;
  kind: "licence" | "option" | "assignment";
  startOn: IsoDate;
  endOn: IsoDate | null;
}

export interface SurveySpinoff {
  id: string;
  foundedOn: IsoDate;
}

export interface SurveyRecords {
  agreements: SurveyAgreement[];
  receipts: SurveyReceipt[];
  patents: SurveyPatent[];
  licences: SurveyLicence[];
  /**
   * Start-ups founded from the institution; absent when no register provides them, and the survey then
   * lists 大学等発ベンチャー設立数 among the fields the office fills in by hand (never a silent 0).
   */
  spinoffs?: SurveySpinoff[];
}

export type FigureUnit = "count" | "yen" | "ratio";

export interface SurveyFigure {
  /** Stable id (JSON only; the screen shows `label`). */
  id: string;
  section: string;
  label: { ja: string; en: string };
  value: number;
  unit: FigureUnit;
  /** The records behind the number, for drill-down (a summed receipt row is one entry here). */
  records: { kind: "agreement" | "receipt" | "patent" | "licence" | "spinoff"; id: string }[];
  /** How many records are behind the number (summed receipt rows count every receipt they stand for). */
  recordCount: number;
}

export interface SurveyResult {
  fiscalYear: number;
  asOf: IsoDate;
  figures: SurveyFigure[];
  /** Fields of the form Renkei does not hold: the office fills them in by hand. */
  notHeld: { id: string; label: { ja: string; en: string } }[];
  dataVersions: Record<string, string>;
}
