import { Badge } from "@mantine/core";
import type { TLicence } from "@renkei/contract";
import { useI18n } from "../../lib/i18n";

/** 期限切れ / あと N 日 (30 日以内は赤系、90 日以内は黄色). */
export function ExpiryBadge({ licence }: { licence: TLicence }) {
  const { t } = useI18n();
  if (licence.expiry === "expired") {
    return <Badge color="gray">{t("licences.expired")}</Badge>;
  }
  if (licence.expiry === null || licence.daysLeft === null) {
    return null;
  }
  return (
    <Badge color={licence.expiry === "soon" ? "red" : "yellow"} variant="filled">
      {t("licences.daysLeft", { n: licence.daysLeft })}
    </Badge>
  );
}
