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
  spinoffs: SurveySpinoff[];
}

export type FigureUnit = "count" | "yen" | "ratio";

export interface SurveyFigure {
  /** Stable id (JSON only; the screen shows `label`). */
  id: string;
  section: string;
  label: { ja: string; en: string };
  value: number;
  unit: FigureUnit;
  /** The records behind the number, for drill-down. */
  records: { kind: "agreement" | "receipt" | "patent" | "licence" | "spinoff"; id: string }[];
}

export interface SurveyResult {
  fiscalYear: number;
  asOf: IsoDate;
  figures: SurveyFigure[];
  /** Fields of the form Renkei does not hold: the office fills them in by hand. */
  notHeld: { id: string; label: { ja: string; en: string } }[];
  dataVersions: Record<string, string>;
}
