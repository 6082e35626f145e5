import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { PARTNER_TYPE_LABELS, registryView } from "@renkei/domain";
import { useState } from "react";
import { Link, useLocation, useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { RiskFlagBadges } from "../../components/ui/risk-flag-badges";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { PartnerProfileCard } from "../crm/partner-profile-card";
import { AskDeskButton } from "../desk/ask-desk-button";
import { OwnershipSection } from "../ec-records/ownership-section";
import { SubjectScreeningCard } from "../screening/subject-screening-card";
import { AffiliationsCard } from "./affiliations-card";
import { ContactsSection } from "./contacts-section";
import { CreditChecksSection } from "./credit-checks-section";
import { MergeDialog } from "./merge-dialog";
import { PartnerOverview } from "./partner-overview";
import { usePartner } from "./queries";

export function PartnerDetailPage() {
  const { t, label, country } = useI18n();
  const { id = "" } = useParams();
  const location = useLocation();
  const can = useCan();
  // Need to know (issue 11 item 8): the server withholds contact history and credit checks from this
  // view; the page then leaves their sections out rather than showing them empty.
  const sensitive = registryView(useCurrentUser().role)?.sensitive ?? false;
  const partner = usePartner(id);
  const [mergeOpen, merge] = useDisclosure(false);
  const [merged, setMerged] = useState(false);

  if (partner.isPending) {
    return <Loading />;
  }
  if (partner.isError) {
    return <ErrorAlert error={partner.error} />;
  }
  const p = partner.data;
  const writable = !p.readOnly && !p.mergedIntoId;
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const people = p.affiliations
    .filter((a) => a.endedOn === null)
    .map((a) => ({ id: a.personId, name: a.personName }));

  return (
    <Stack>
      <Anchor component={Link} to="/partners" size="sm">
        ← {t("partners.title")}
      </Anchor>
      <PageTitle
        title={p.legalName}
        description={
          <Group gap="xs" component="span">
            {p.nameEn && <Text span>{p.nameEn}</Text>}
            <Badge variant="outline">{label(PARTNER_TYPE_LABELS[p.type])}</Badge>
            <Text span size="sm">
              {country(p.country)}
            </Text>
            {p.readOnly && <Badge color="blue">{t("common.readOnly")}</Badge>}
          </Group>
        }
        actions={
          <>
            {!p.readOnly && <AskDeskButton kind="partner" id={p.id} />}
            {can("audit.read") && (
              <Button component={Link} to={`/audit?entityType=partner&entityId=${p.id}`} variant="subtle">
                {t("partner.auditLog")}
              </Button>
            )}
            {can("partner.merge") && writable && (
              <Button variant="default" onClick={merge.open}>
                {t("partner.merge")}
              </Button>
            )}
            {can("partner.write") && writable && (
              <Button component={Link} to={`/partners/${p.id}/edit`}>
                {t("common.edit")}
              </Button>
            )}
          </>
        }
      />
      {justCreated && (
        <Alert color="green" role="status">
          {t("partner.created")}
        </Alert>
      )}
      {merged && (
        <Alert color="green" role="status">
          {t("merge.done")}
        </Alert>
      )}
      {p.mergedIntoId && (
        <Alert color="yellow">
          {t("partner.mergedInto")}{" "}
          <Anchor component={Link} to={`/partners/${p.mergedIntoId}`}>
            {t("partner.mergedIntoLink")}
          </Anchor>
        </Alert>
      )}
      <Group gap="xs" aria-label={t("field.riskFlags")}>
        <Text size="sm" fw={600}>
          {t("field.riskFlags")}:
        </Text>
        <RiskFlagBadges flags={p.riskFlags} emptyText={t("partner.noRisk")} />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <PartnerOverview partner={p} />
        <PartnerProfileCard partner={p} />
      </SimpleGrid>
      {!p.readOnly && <SubjectScreeningCard kind="partner" id={p.id} />}
      {!p.readOnly && <OwnershipSection partnerId={p.id} />}
      <AffiliationsCard affiliations={p.affiliations} />
      {sensitive && (
        <>
          <ContactsSection
            partnerId={p.id}
            contacts={p.contacts}
            people={people}
            canWrite={can("contact.write") && writable}
          />
          <CreditChecksSection
            partnerId={p.id}
            checks={p.creditChecks}
            canWrite={can("credit.write") && writable}
          />
        </>
      )}
      {can("partner.merge") && writable && (
        <MergeDialog
          partnerId={p.id}
          partnerName={p.legalName}
          opened={mergeOpen}
          onClose={merge.close}
          onMerged={() => {
            merge.close();
            setMerged(true);
          }}
        />
      )}
    </Stack>
  );
}
