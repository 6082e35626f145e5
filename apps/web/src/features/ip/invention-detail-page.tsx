import { Anchor, Badge, Group, Stack } from "@mantine/core";
import { INVENTION_CATEGORY_LABELS } from "@renkei/domain";
import { Link, useParams } from "react-router-dom";
import { DetailList } from "../../components/ui/detail-list";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { AgreementsSection } from "./agreements-section";
import { BayhDoleSection } from "./bayh-dole-section";
import { FilingsSection } from "./filings-section";
import { InventorsSection } from "./inventors-section";
import { IpSection } from "./ip-kit";
import { useInvention } from "./queries";
import { SecrecySection } from "./secrecy-section";

/** One invention: disclosure and decision, 非公開 check, docket, Bayh-Dole steps, agreements and income. */
export function InventionDetailPage() {
  const { t, label, date, listSep } = useI18n();
  const { id = "" } = useParams();
  const q = useInvention(id);
  if (q.isPending) {
    return <Loading />;
  }
  if (q.isError) {
    return <ErrorAlert error={q.error} />;
  }
  const d = q.data;
  return (
    <Stack>
      <Anchor component={Link} to="/ip" size="sm">
        ← {t("ip.title")}
      </Anchor>
      <PageTitle
        title={`${d.ref} ${d.title}`}
        description={
          <Group gap={6}>
            <Badge data-testid="invention-stage">{t(`ip.stage.${d.stage}` as MessageKey)}</Badge>
            {d.category && <Badge color="teal">{label(INVENTION_CATEGORY_LABELS[d.category])}</Badge>}
            {d.bayhDole && <Badge color="grape">{t("ip.bayhDole")}</Badge>}
            {d.secrecy.latest?.reviewStatus === "designated" && (
              <Badge color="red">{t("ip.designated")}</Badge>
            )}
          </Group>
        }
      />
      <IpSection title={t("ip.form.title")}>
        <DetailList
          items={[
            { label: t("ip.form.summary"), value: d.summary },
            { label: t("ip.form.field"), value: d.field },
            { label: t("case.field.createdAt"), value: date(d.createdAt) },
            {
              label: t("ip.form.funding"),
              value: d.funding
                .map((f) =>
                  `${t(`case.funding.kind.${f.kind}` as MessageKey)} ${f.funder} ${f.programme}`.trim(),
                )
                .join(listSep),
            },
          ]}
        />
      </IpSection>
      <InventorsSection d={d} />
      <SecrecySection d={d} />
      <FilingsSection d={d} />
      {d.bayhDole && <BayhDoleSection d={d} />}
      <AgreementsSection d={d} />
    </Stack>
  );
}
