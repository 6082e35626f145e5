import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import type { TCaseDetail } from "@renkei/contract";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import type { ReviewFromCase } from "../export-control/review-form-page";
import { useCaseMutation } from "./queries";

/**
 * Every party of the case that needs its own decided 取引審査 (issue 15, C9: each foreign partner and
 * each non-resident / 特定類型 participant who receives controlled technology), the review covering
 * each, and why a decided review is stale (partners, participants, disclosures or classifications
 * changed after the decision). The officer reconfirms a stale review, or a new one is filed.
 */
export function ExportCoverage({ c }: { c: TCaseDetail }) {
  const { t, label } = useI18n();
  const can = useCan();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const reconfirm = useCaseMutation(c.id, (reviewId: string) =>
    api.post(`/cases/${c.id}/export-reviews/${reviewId}/reconfirm`),
  );
  const reviews = new Map(c.exportReviews.map((r) => [r.reviewId, r]));
  const stale = c.exportReviews.filter((r) => r.staleReasons.length > 0);
  const open = !["closed", "declined", "withdrawn"].includes(c.stage);
  const fileFor = (s: TCaseDetail["exportCoverage"][number]) => {
    const partner = s.kind === "partner" ? c.partners.find((p) => p.partnerId === s.id) : undefined;
    const carried: ReviewFromCase = {
      case: { id: c.id, ref: c.ref, title: c.title },
      applicantId: c.pi && c.pi.id !== me.id && can("export.review.proxy") ? c.pi.id : null,
      counterpartyName: partner?.name ?? label(s.label),
      counterpartyCountry: partner?.country ?? "",
      caseSubject: { kind: s.kind, id: s.id },
    };
    navigate("/export-control/reviews/new", { state: { fromCase: carried } });
  };
  if (c.exportCoverage.length === 0 && stale.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs" data-testid="export-coverage">
      {c.exportCoverage.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t("case.coverage.title")}
          </Text>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("case.coverage.party")}</Table.Th>
                <Table.Th>{t("case.coverage.why")}</Table.Th>
                <Table.Th>{t("case.coverage.review")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.exportCoverage.map((s) => {
                const r = s.reviewId ? reviews.get(s.reviewId) : undefined;
                return (
                  <Table.Tr key={`${s.kind}:${s.id}`}>
                    <Table.Td>
                      {t(`case.coverage.kind.${s.kind}`)}: {label(s.label)}
                    </Table.Td>
                    <Table.Td>{label(s.why)}</Table.Td>
                    <Table.Td>
                      {r ? (
                        <Group gap="xs">
                          <Anchor component={Link} to={`/export-control/reviews/${r.reviewId}`} size="sm">
                            {r.refNo}
                          </Anchor>
                          <Badge
                            variant="light"
                            color={r.staleReasons.length > 0 ? "orange" : r.decision ? "green" : "blue"}
                          >
                            {r.staleReasons.length > 0
                              ? t("case.coverage.stale")
                              : r.decision
                                ? t("case.coverage.decided")
                                : t("case.coverage.inReview")}
                          </Badge>
                        </Group>
                      ) : (
                        <Group gap="xs">
                          <Badge variant="light" color="red">
                            {t("case.coverage.missing")}
                          </Badge>
                          {open && can("export.review.submit") && (
                            <Button size="compact-xs" variant="light" onClick={() => fileFor(s)}>
                              {t("case.coverage.file")}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
      {stale.map((r) => (
        <Alert key={r.reviewId} color="orange" title={t("case.coverage.staleTitle", { ref: r.refNo })}>
          <Stack gap={4}>
            <Text size="sm">{t("case.coverage.staleHelp")}</Text>
            {r.staleReasons.map((reason) => (
              <Text key={reason.ja} size="sm">
                ・{label(reason)}
              </Text>
            ))}
            {can("export.review.decide") && (
              <ConfirmButton
                size="xs"
                w="fit-content"
                variant="light"
                loading={reconfirm.isPending}
                title={t("case.coverage.reconfirmConfirm")}
                onConfirm={() => reconfirm.mutate(r.reviewId, { onError: () => setError("failed") })}
              >
                {t("case.coverage.reconfirm")}
              </ConfirmButton>
            )}
          </Stack>
        </Alert>
      ))}
      {error !== null && <Alert color="red">{t("case.coverage.reconfirmFailed")}</Alert>}
    </Stack>
  );
}
