import { Button, Code, Table, Text } from "@mantine/core";
import type { TCaseDetail } from "@renkei/contract";
import { AUDIT_ACTIONS, type AuditAction, CASE_STAGE_LABELS, type CaseStage } from "@renkei/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useI18n } from "../../lib/i18n";
import { reasonText } from "../../lib/reasons";
import { casesApi } from "./api";
import { caseKeys } from "./queries";
import { SectionCard } from "./section-card";

/** A one-line reading of an audit event's data (stage moves and notes first). */
function Summary({ after }: { after: unknown }) {
  const { label, locale } = useI18n();
  const a = (after ?? {}) as Record<string, unknown>;
  if (typeof a.from === "string" && typeof a.to === "string") {
    return (
      <Text size="sm">
        {label(CASE_STAGE_LABELS[a.from as CaseStage])} → {label(CASE_STAGE_LABELS[a.to as CaseStage])}
        {typeof a.note === "string" && a.note ? `：${a.note}` : ""}
      </Text>
    );
  }
  if (Array.isArray(a.reasons)) {
    return <Text size="sm">{(a.reasons as unknown[]).map((r) => reasonText(locale, r)).join(" / ")}</Text>;
  }
  for (const key of ["title", "body", "fileName", "section", "justification", "note"]) {
    if (typeof a[key] === "string") {
      return (
        <Text size="sm" lineClamp={2}>
          {a[key] as string}
        </Text>
      );
    }
  }
  return <Code>{JSON.stringify(after)?.slice(0, 160)}</Code>;
}

/** The case's history from the audit log, newest first; the full file prints as PDF. */
export function CaseHistoryTab({ c }: { c: TCaseDetail }) {
  const { t, label, dateTime } = useI18n();
  const history = useInfiniteQuery({
    queryKey: caseKeys.history(c.id),
    queryFn: ({ pageParam }) => casesApi.history(c.id, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const items = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <SectionCard c={c} title={t("case.tab.history")}>
      <Button component="a" href={casesApi.historyPdfUrl(c.id)} variant="default" w="fit-content">
        {t("case.historyPdf")}
      </Button>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("case.history.empty")}
        </Text>
      )}
      <Table>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.seq}>
              <Table.Td w={170}>{dateTime(e.at)}</Table.Td>
              <Table.Td w={170}>{e.actorLabel}</Table.Td>
              <Table.Td w={200}>
                {AUDIT_ACTIONS[e.action as AuditAction]
                  ? label(AUDIT_ACTIONS[e.action as AuditAction])
                  : e.action}
              </Table.Td>
              <Table.Td>
                <Summary after={e.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {history.hasNextPage && (
        <Button variant="subtle" onClick={() => history.fetchNextPage()} loading={history.isFetchingNextPage}>
          {t("case.history.more")}
        </Button>
      )}
    </SectionCard>
  );
}
