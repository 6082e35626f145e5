import { Anchor, Paper, Title } from "@mantine/core";
import type { TPartnerDetail } from "@renkei/contract";
import { JAPAN_PRESENCE_LABELS, PARTNER_TYPE_LABELS, SIZE_CLASS_LABELS } from "@renkei/domain";
import { DetailList } from "../../components/ui/detail-list";
import { useI18n } from "../../lib/i18n";

/** Every stored field of the partner, in two cards. */
export function PartnerOverview({ partner: p }: { partner: TPartnerDetail }) {
  const { t, label, country, date } = useI18n();
  const yesNo = (b: boolean) => (b ? t("common.yes") : t("common.no"));
  return (
    <>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t("partner.basic")}
        </Title>
        <DetailList
          items={[
            { label: t("field.legalName"), value: p.legalName },
            { label: t("field.nameEn"), value: p.nameEn },
            { label: t("field.nameRomanized"), value: p.nameRomanized },
            { label: t("field.aliases"), value: p.aliases.join("\n") },
            { label: t("field.type"), value: label(PARTNER_TYPE_LABELS[p.type]) },
            { label: t("field.country"), value: `${country(p.country)} (${p.country})` },
            { label: t("field.corporateNumber"), value: p.corporateNumber },
            {
              label: t("field.website"),
              value: p.website ? (
                <Anchor href={p.website} target="_blank" rel="noopener noreferrer">
                  {p.website}
                </Anchor>
              ) : null,
            },
            { label: t("field.owner"), value: p.owner?.displayName },
            { label: t("field.createdAt"), value: date(p.createdAt) },
            { label: t("field.updatedAt"), value: date(p.updatedAt) },
            { label: t("field.notes"), value: p.notes },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t("partner.ownership")}
        </Title>
        <DetailList
          items={[
            { label: t("field.parentName"), value: p.parentName },
            { label: t("field.controllingOwner"), value: p.controllingOwner },
            { label: t("field.foreignGovControl"), value: yesNo(p.foreignGovControl) },
            { label: t("field.stateOwned"), value: yesNo(p.stateOwned) },
            { label: t("field.japanPresence"), value: label(JAPAN_PRESENCE_LABELS[p.japanPresence]) },
            {
              label: t("field.sizeClass"),
              value: p.sizeClass ? label(SIZE_CLASS_LABELS[p.sizeClass]) : t("common.notSet"),
            },
          ]}
        />
      </Paper>
    </>
  );
}
