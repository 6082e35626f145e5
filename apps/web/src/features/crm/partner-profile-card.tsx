import { Paper, Title } from "@mantine/core";
import type { TPartnerDetail } from "@renkei/contract";
import { DetailList } from "../../components/ui/detail-list";
import { useI18n } from "../../lib/i18n";

/**
 * Where the partner does business, the laws that apply, its contribution in Japan and a spin-off's
 * origin (issue 17 item 1; seed 001 §IV.2-3, 事例1): what case due diligence reads and cites.
 */
export function PartnerProfileCard({ partner: p }: { partner: TPartnerDetail }) {
  const { t, country } = useI18n();
  const tri = (b: boolean | null) => (b === null ? t("crm.unknown") : b ? t("common.yes") : t("common.no"));
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t("crm.profile")}
      </Title>
      <DetailList
        items={[
          {
            label: t("crm.operatingCountriesShown"),
            value: p.operatingCountries.map((c) => country(c)).join("、") || t("common.notSet"),
          },
          { label: t("crm.applicableLaws"), value: p.applicableLaws || t("common.notSet") },
          { label: t("crm.japanEmploys"), value: tri(p.japanEmploys) },
          { label: t("crm.japanPaysTax"), value: tri(p.japanPaysTax) },
          { label: t("crm.japanContribution"), value: t(`crm.contribution.${p.japanContribution}`) },
          { label: t("crm.originUniversity"), value: p.originUniversity ?? t("common.notSet") },
        ]}
      />
    </Paper>
  );
}
