import { Alert, Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { AskDeskButton } from "../desk/ask-desk-button";
import { AppliedPolicy } from "../policies/applied-policy";
import { STATUS_COLOR } from "./coi-home-page";
import { DeclarationForm } from "./declaration-form";
import { useDeclaration } from "./queries";
import { ReviewPanel } from "./review-panel";

/** One declaration: the declarant edits and submits; the committee determines and decides. */
export function DeclarationPage() {
  const { id = "" } = useParams();
  const { t, date, locale, paren } = useI18n();
  const q = useDeclaration(id);
  if (q.isPending) {
    return <Loading />;
  }
  if (q.error) {
    return <ErrorAlert error={q.error} />;
  }
  const d = q.data;
  return (
    <Stack>
      <PageTitle
        title={`${d.declarantName} — ${d.cycleTitle ?? t(`coi.trigger.${d.trigger}` as MessageKey)}`}
        actions={<AskDeskButton kind="coi_declaration" id={d.id} topic="coi" />}
      />
      <Group>
        <Badge color={STATUS_COLOR[d.status]} data-testid="declaration-status">
          {t(`coi.status.${d.status}` as MessageKey)}
        </Badge>
        {d.validUntil && (
          <Text size="sm">
            {t("coi.validUntil")}: {date(d.validUntil)}
          </Text>
        )}
      </Group>
      {d.returnComment && d.status === "returned" && (
        <Alert color="orange" title={t("coi.returnComment")}>
          {d.returnComment}
        </Alert>
      )}
      {d.can.edit ? (
        <DeclarationForm d={d} />
      ) : (
        <Card withBorder>
          <Title order={4}>{t("coi.interests")}</Title>
          {d.interests.length === 0 ? (
            <Text c="dimmed">{t("coi.noInterests")}</Text>
          ) : (
            <List>
              {d.interests.map((i) => (
                <List.Item key={i.interestId}>
                  {t(`coi.cat.${i.category}` as MessageKey)}: {i.entity}
                  {paren(t(`coi.band.${i.amountBand}` as MessageKey))}
                  {i.description && ` — ${i.description}`}
                </List.Item>
              ))}
            </List>
          )}
        </Card>
      )}
      {!d.selfCheckResult.complete && d.can.edit && (
        <Alert color="yellow">
          {d.selfCheckResult.reasons.map((r) => (
            <Text size="sm" key={r.text.ja}>
              {r.text[locale]}
            </Text>
          ))}
        </Alert>
      )}
      {d.determinations.length > 0 && (
        <Card withBorder>
          <Title order={4}>{t("coi.determinations")}</Title>
          {/* The committee decides the determinations together; the latest is the decision's day (unordered list). */}
          <AppliedPolicy
            decision="coi_declaration"
            on={d.determinations
              .map((x) => x.decidedAt)
              .sort()
              .at(-1)}
          />
          <List>
            {d.determinations.map((x) => (
              <List.Item key={x.id}>
                {d.interests.find((i) => i.interestId === x.interestId)?.entity} —{" "}
                {x.caseTitle ?? t("coi.general")}: {t(`coi.det.${x.outcome}` as MessageKey)}
                {x.reason && ` — ${t("coi.notes")}: ${x.reason}`}
                {x.plan &&
                  paren(
                    `${t("coi.monitoringOn")}: ${date(x.plan.monitoringOn)}; ${x.plan.conditions.join(" / ")}`,
                  )}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {d.can.review && <ReviewPanel d={d} />}
    </Stack>
  );
}
