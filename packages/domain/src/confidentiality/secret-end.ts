import { addDays, addMonths, type IsoDate } from "../shared/dates";
import { reason } from "../shared/decision";
import type { SecretReason } from "./secret-access";
import type { SecretEndKind, SecretStatus } from "./secret-types";

/**
 * The end of a project (issue 12 item 7; seed-coverage H10, H11, J7): how long secrecy survives, and the
 * reminders for NDA expiry, surviving confidentiality and students' post-project secrecy.
 */

/** Contract end + survival period (seed 002 第3章: 秘密保持義務の存続期間). Null when either is unknown. */
export function secrecyUntil(contractEndsOn: IsoDate | null, survivalYears: number | null): IsoDate | null {
  if (!contractEndsOn || survivalYears === null) {
    return null;
  }
  return addMonths(contractEndsOn, survivalYears * 12);
}

export const SECRET_REMINDER_DAYS = [30, 7] as const;

export type SecretReminderKind = "nda_expiry" | "secrecy_end" | "return_due" | "student_secrecy";

export interface SecretReminder {
  kind: SecretReminderKind;
  /** Sent once: the item remembers the keys it has been reminded of. */
  key: string;
  dueOn: IsoDate;
  reason: SecretReason;
}

export interface ReminderFacts {
  status: SecretStatus;
  ndaExpiresOn: IsoDate | null;
  contractEndsOn: IsoDate | null;
  secrecyUntil: IsoDate | null;
  /** The case has ended (closed, withdrawn, not pursued): students are reminded that secrecy survives. */
  caseEnded: boolean;
  studentsOnCase: boolean;
}

/** Reminders due today that have not been sent (`sent` = keys already sent). */
export function dueSecretReminders(
  facts: ReminderFacts,
  today: IsoDate,
  sent: readonly string[],
): SecretReminder[] {
  if (facts.status !== "active") {
    return [];
  }
  const out: SecretReminder[] = [];
  const near = (kind: SecretReminderKind, date: IsoDate | null, text: (d: number) => [string, string]) => {
    if (!date) {
      return;
    }
    for (const days of SECRET_REMINDER_DAYS) {
      const key = `${kind}:${date}:${days}`;
      if (today >= addDays(date, -days) && today <= date && !sent.includes(key)) {
        const [ja, en] = text(days);
        out.push({
          kind,
          key,
          dueOn: date,
          reason: reason(`SEC-REMIND-${kind}`, "seed002§3-4", ja, en),
        });
        return;
      }
    }
  };
  near("nda_expiry", facts.ndaExpiresOn, (d) => [
    `秘密保持契約の期限（${facts.ndaExpiresOn}）まで${d}日以内`,
    `The NDA expires within ${d} days (${facts.ndaExpiresOn})`,
  ]);
  near("secrecy_end", facts.secrecyUntil, (d) => [
    `秘密保持義務の存続期間の終了（${facts.secrecyUntil}）まで${d}日以内`,
    `Surviving confidentiality ends within ${d} days (${facts.secrecyUntil})`,
  ]);
  // After the contract ends the item must be returned or destroyed (seed 002 第3章 3-4 返還・廃棄).
  if (
    facts.contractEndsOn &&
    today > facts.contractEndsOn &&
    !sent.includes(`return_due:${facts.contractEndsOn}`)
  ) {
    out.push({
      kind: "return_due",
      key: `return_due:${facts.contractEndsOn}`,
      dueOn: facts.contractEndsOn,
      reason: reason(
        "SEC-REMIND-return_due",
        "seed002§3-4",
        `契約終了（${facts.contractEndsOn}）後: 返還または廃棄を記録してください`,
        `The contract ended on ${facts.contractEndsOn}: record the return or destruction`,
      ),
    });
  }
  if (facts.caseEnded && facts.studentsOnCase && !sent.includes("student_secrecy")) {
    out.push({
      kind: "student_secrecy",
      key: "student_secrecy",
      dueOn: today,
      reason: reason(
        "SEC-REMIND-student_secrecy",
        "seed003§学生の取扱",
        `案件の終了後も秘密保持義務は続きます${facts.secrecyUntil ? `（${facts.secrecyUntil}まで）` : ""}`,
        `Your duty of secrecy continues after the project${facts.secrecyUntil ? ` (until ${facts.secrecyUntil})` : ""}`,
      ),
    });
  }
  return out;
}

/**
 * Why recording the end of an item deletes the bytes Renkei keeps of its files (seed 002 第3章 3-4
 * 返還・廃棄: a returned or destroyed secret leaves no copy behind). An ended item is never opened again
 * (`SEC-ENDED`), so keeping its bytes would only keep the risk. The register row, the file's name, size
 * and sha-256 (which still prove what was received or disclosed) and the certificate stay as the record.
 */
export function endDeletesFiles(kind: SecretEndKind): SecretReason {
  return kind === "returned"
    ? reason(
        "SEC-END-RETURNED",
        "seed002§3-4",
        "返還した秘密情報の写しを残さない: 保存されたファイルを削除し、記録と証明書を残す",
        "No copy of a returned secret is kept: the stored files are deleted; the record and certificate stay",
      )
    : reason(
        "SEC-END-DESTROYED",
        "seed002§3-4",
        "廃棄した秘密情報は復元できないよう消去する: 保存されたファイルを削除し、記録と証明書を残す",
        "A destroyed secret is erased for good: the stored files are deleted; the record and certificate stay",
      );
}
