import type { Bilingual } from "../shared/bilingual";

/**
 * The headings of the compliance standards for exporters (輸出者等遵守基準を定める省令, 平成21年経済産業省令
 * 第60号; spec §6.1, sources S33/S34/S35): 基準1 binds every exporter, 基準2 those who provide list-controlled
 * items. The yearly self-audit checklist is seeded from them (issue 15 item 7, C12).
 */
const std = (ja: string, en: string): Bilingual => ({
  ja: `輸出者等遵守基準を定める省令 ${ja}`,
  en: `Ministerial Order on Compliance Standards for Exporters, ${en}`,
});

export const COMPLIANCE_STANDARD_CITATIONS: Record<string, Bilingual> = {
  "spec§6.1.1(1)": std(
    "基準1(1)（該非確認責任者の選任）",
    "standard 1 (1) (appointing a classification officer)",
  ),
  "spec§6.1.1(2)": std(
    "基準1(2)（法令遵守のための指導）",
    "standard 1 (2) (instructing staff on compliance)",
  ),
  "spec§6.1.2(1)": std(
    "基準2(1)（代表者を統括責任者とする）",
    "standard 2 (1) (the representative as chief officer)",
  ),
  "spec§6.1.2(2)": std("基準2(2)（組織・役割分担）", "standard 2 (2) (organisation and roles)"),
  "spec§6.1.2(3)": std("基準2(3)（該非確認の手続）", "standard 2 (3) (classification procedure)"),
  "spec§6.1.2(4)": std("基準2(4)（用途・需要者の確認）", "standard 2 (4) (end-use and end-user checks)"),
  "spec§6.1.2(5)": std("基準2(5)（出荷時の確認）", "standard 2 (5) (check at shipment)"),
  "spec§6.1.2(6)": std("基準2(6)（監査）", "standard 2 (6) (audits)"),
  "spec§6.1.2(7)": std("基準2(7)（研修）", "standard 2 (7) (training)"),
  "spec§6.1.2(8)": std("基準2(8)（文書の保存）", "standard 2 (8) (keeping documents)"),
  "spec§6.1.2(9)": std(
    "基準2(9)（違反時の報告と再発防止）",
    "standard 2 (9) (reporting violations, preventing recurrence)",
  ),
};
