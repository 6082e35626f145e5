import { Badge, Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import type { TInventionDetail } from "@renkei/contract";
import {
  SECRECY_RESULTS,
  SECRECY_REVIEW_STATUSES,
  type SecrecyResult,
  type SecrecyReviewStatus,
} from "@renkei/domain";
import { useState } from "react";
import { todayIso } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ipApi } from "./api";
import { IpErrorAlert, IpReasonList, IpSection } from "./ip-kit";
import { useIpMutation } from "./queries";

/** 特許出願非公開 (J6): the check legal/IP records, and whether foreign filing and publication may go ahead. */
export function SecrecySection({ d }: { d: TInventionDetail }) {
  const { t, date, paren, listSep } = useI18n();
  const can = useCan();
  const record = useIpMutation((body: unknown) => ipApi.secrecy(d.id, body));
  const [result, setResult] = useState<SecrecyResult>("not_listed");
  const [review, setReview] = useState<SecrecyReviewStatus>("none");
  const [on, setOn] = useState(todayIso());
  const [evidence, setEvidence] = useState("");
  const s = d.secrecy;
  const gate = (name: "foreign" | "publication", g: typeof s.foreignFiling) => (
    <Stack gap={2} data-testid={`secrecy-${name}`}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t(`ip.secrecy.${name}` as MessageKey)}
        </Text>
        <Badge color={g.outcome === "allowed" ? "green" : "red"}>
          {t(`ip.secrecy.${g.outcome}` as MessageKey)}
        </Badge>
      </Group>
      <IpReasonList reasons={g.reasons} color={g.outcome === "allowed" ? undefined : "red"} />
    </Stack>
  );
  return (
    <IpSection title={t("ip.section.secrecy")}>
      {s.latest && (
        <Text size="sm">
          {t(`ip.secrecy.result.${s.latest.result}` as MessageKey)} / {t("ip.secrecy.review")}:{" "}
          {t(`ip.secrecy.review.${s.latest.reviewStatus}` as MessageKey)}
          {paren([date(s.latest.checkedOn), s.latest.recordedBy?.displayName].filter(Boolean).join(listSep))}
          {` — ${s.latest.evidence}`}
        </Text>
      )}
      <Group align="flex-start" grow>
        {gate("foreign", s.foreignFiling)}
        {gate("publication", s.publication)}
      </Group>
      {can("ip.manage") && (
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("ip.secrecy.result")}
            value={result}
            onChange={(e) => {
              setResult(e.currentTarget.value as SecrecyResult);
              setReview("none");
            }}
            data={SECRECY_RESULTS.map((r) => ({
              value: r,
              label: t(`ip.secrecy.result.${r}` as MessageKey),
            }))}
          />
          <NativeSelect
            label={t("ip.secrecy.review")}
            value={review}
            disabled={result === "not_listed"}
            onChange={(e) => setReview(e.currentTarget.value as SecrecyReviewStatus)}
            data={SECRECY_REVIEW_STATUSES.map((r) => ({
              value: r,
              label: t(`ip.secrecy.review.${r}` as MessageKey),
            }))}
          />
          <TextInput
            label={t("ip.secrecy.checkedOn")}
            type="date"
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
          <TextInput
            label={t("ip.secrecy.evidence")}
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
          />
          <Button
            loading={record.isPending}
            onClick={() =>
              record.mutate(
                { result, reviewStatus: review, checkedOn: on, evidence },
                { onSuccess: () => setEvidence("") },
              )
            }
          >
            {t("ip.secrecy.submit")}
          </Button>
        </Group>
      )}
      {record.error ? <IpErrorAlert error={record.error} /> : null}
    </IpSection>
  );
}
