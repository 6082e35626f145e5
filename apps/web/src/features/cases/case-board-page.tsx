import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { CASE_STAGE_LABELS, type CaseStage, isTerminalStage } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { CaseBoardFilterBar, useCaseBoardFilters } from "./case-board-filters";
import { CaseCard } from "./case-card";
import { CaseTable } from "./case-table";
import { useCaseBoard } from "./queries";

const PER_STAGE = 12;
const PAGE_SIZE = 60;
const TABLE_PER_STAGE = 200;

/** The case board: one column per stage of the guideline's process, newest first, with filters. */
export function CaseBoardPage() {
  const { t, label, paren } = useI18n();
  const can = useCan();
  const { filters, page, update } = useCaseBoardFilters();
  const [showTerminal, setShowTerminal] = useState(false);
  const { view, ...apiFilters } = filters;
  const table = view === "table";
  const single = table ? undefined : (filters.stage as CaseStage | undefined);
  const board = useCaseBoard({
    ...apiFilters,
    // The table lists every visible case (up to the API's 200 a stage), sorted and exported in the page.
    perStage: table ? TABLE_PER_STAGE : single ? PAGE_SIZE : PER_STAGE,
    page: single ? page : 1,
  });

  return (
    <Stack>
      <PageTitle
        title={t("cases.title")}
        description={t("cases.help")}
        actions={
          <>
            {can("case.configure") && (
              <Button component={Link} to="/cases/settings" variant="default">
                {t("case.settings")}
              </Button>
            )}
            {can("case.create") && (
              <Button component={Link} to="/cases/new">
                {t("nav.caseNew")}
              </Button>
            )}
          </>
        }
      />
      <Group justify="space-between">
        <SegmentedControl
          value={table ? "table" : "board"}
          onChange={(v) => update({ view: v === "table" ? "table" : undefined })}
          data={[
            { value: "board", label: t("list.viewBoard") },
            { value: "table", label: t("list.viewTable") },
          ]}
          data-testid="case-view"
        />
      </Group>
      <CaseBoardFilterBar filters={filters} onChange={update} />
      {board.data && table && <CaseTable board={board.data} />}
      {board.isPending && <Loading />}
      {board.isError && <ErrorAlert error={board.error} />}
      {board.data && single && (
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t("cases.stageList", { stage: label(CASE_STAGE_LABELS[single]) })}
              {paren(t("cases.total", { n: board.data.total }))}
            </Title>
            <Anchor component="button" onClick={() => update({ stage: undefined })}>
              {t("cases.backToBoard")}
            </Anchor>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 4 }}>
            {board.data.columns[0]?.items.map((c) => (
              <CaseCard key={c.id} c={c} />
            ))}
          </SimpleGrid>
          {board.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(board.data.total / PAGE_SIZE)}
              value={page}
              onChange={(p) => update({ page: p })}
            />
          )}
        </Stack>
      )}
      {board.data && !single && !table && (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t("cases.total", { n: board.data.total })}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => setShowTerminal((v) => !v)}>
              {showTerminal ? t("cases.hideTerminal") : t("cases.openTerminal")}
            </Button>
          </Group>
          <ScrollArea type="auto" offsetScrollbars>
            <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
              {board.data.columns
                .filter((col) => showTerminal || !isTerminalStage(col.stage))
                .map((col) => (
                  <Paper
                    key={col.stage}
                    withBorder
                    p="xs"
                    w={230}
                    miw={230}
                    bg="gray.1"
                    component="section"
                    aria-label={label(CASE_STAGE_LABELS[col.stage])}
                    data-testid={`column-${col.stage}`}
                  >
                    <Group justify="space-between" mb="xs" wrap="nowrap">
                      <Text size="sm" fw={700} lineClamp={2}>
                        {label(CASE_STAGE_LABELS[col.stage])}
                      </Text>
                      <Badge variant="filled" color="gray">
                        {col.total}
                      </Badge>
                    </Group>
                    <Stack gap="xs">
                      {col.items.length === 0 && (
                        <Text size="xs" c="dimmed">
                          {t("cases.column.empty")}
                        </Text>
                      )}
                      {col.items.map((c) => (
                        <CaseCard key={c.id} c={c} />
                      ))}
                      {col.total > col.items.length && (
                        <Anchor component="button" size="xs" onClick={() => update({ stage: col.stage })}>
                          {t("cases.column.more", { n: col.total })}
                        </Anchor>
                      )}
                    </Stack>
                  </Paper>
                ))}
            </Group>
          </ScrollArea>
        </>
      )}
    </Stack>
  );
}
