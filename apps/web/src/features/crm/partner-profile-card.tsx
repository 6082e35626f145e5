import { Anchor, Group, Paper, Text, Title } from "@mantine/core";
import type { TPartnerDetail } from "@renkei/contract";
import { JAPAN_PRESENCE_LABELS } from "@renkei/domain";
import { Link } from "react-router-dom";
import { DetailList } from "../../components/ui/detail-list";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useProgramme } from "./queries";
import { tierName } from "./tier-name";

/**
 * Where the partner does business, the laws that apply (home country and countries of operation), its
 * presence and contribution in Japan, and a spin-off's origin (issue 17 item 1; seed 001 §IV.2-3, 事例1):
 * what case due diligence reads and cites. The office corrects them on the partner's edit page.
 */
export function PartnerProfileCard({ partner: p }: { partner: TPartnerDetail }) {
  const { t, country, label, date, listSep } = useI18n();
  const can = useCan();
  const programme = useProgramme(p.id).data;
  const membership = programme?.members.find((m) => m.status === "active");
  const tri = (b: boolean | null) => (b === null ? t("crm.unknown") : b ? t("common.yes") : t("common.no"));
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t("crm.profile")}
        </Title>
        {can("partner.write") && !p.readOnly && (
          <Anchor component={Link} to={`/partners/${p.id}/edit`} size="sm">
            {t("crm.editProfile")}
          </Anchor>
        )}
      </Group>
      <DetailList
        items={[
          { label: t("crm.homeCountry"), value: country(p.country) },
          {
            label: t("crm.operatingCountriesShown"),
            value: p.operatingCountries.map((c) => country(c)).join(listSep) || t("common.notSet"),
          },
          { label: t("crm.applicableLaws"), value: p.applicableLaws || t("common.notSet") },
          { label: t("crm.japanPresence"), value: label(JAPAN_PRESENCE_LABELS[p.japanPresence]) },
          { label: t("crm.japanEmploys"), value: tri(p.japanEmploys) },
          { label: t("crm.japanPaysTax"), value: tri(p.japanPaysTax) },
          { label: t("crm.japanContribution"), value: t(`crm.contribution.${p.japanContribution}`) },
          { label: t("crm.originUniversity"), value: p.originUniversity ?? t("common.notSet") },
        ]}
      />
      {programme && membership && (
        <Text size="sm" mt="md">
          <Anchor component={Link} to="/crm/memberships">
            {t("crm.mem.ofPartner", {
              tier: tierName(programme, membership.tier, label),
              expires: date(membership.expiresOn),
            })}
          </Anchor>
        </Text>
      )}
    </Paper>
  );
}
