import { Alert, Button, Group, Pagination, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router-dom";
import { partnersApi } from "../../api/endpoints";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { PartnerFilters } from "./partner-filters";
import { PartnerTable } from "./partner-table";
import { usePartnerList } from "./queries";
import { usePartnerFilters } from "./use-partner-filters";

const PAGE_SIZE = 25;
const CONTROL_LABELS = {
  first: "common.firstPage",
  previous: "common.prevPage",
  next: "common.nextPage",
  last: "common.lastPage",
} as const;

export function PartnerListPage() {
  const { t } = useI18n();
  const can = useCan();
  const { filters, update } = usePartnerFilters();
  const list = usePartnerList({ ...filters, pageSize: PAGE_SIZE });
  const consulting = Boolean(filters.institutionId);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <PageTitle
        title={t("partners.title")}
        actions={
          <>
            {can("partner.export") && (
              <>
                <Button component="a" href={partnersApi.exportUrl(filters, "csv")} download variant="default">
                  {t("partners.exportCsv")}
                </Button>
                <Button
                  component="a"
                  href={partnersApi.exportUrl(filters, "xlsx")}
                  download
                  variant="default"
                >
                  {t("partners.exportXlsx")}
                </Button>
              </>
            )}
            {can("partner.import") && !consulting && (
              <Button component={Link} to="/partners/import" variant="light">
                {t("nav.import")}
              </Button>
            )}
            {can("partner.write") && !consulting && (
              <Button component={Link} to="/partners/new">
                {t("partners.new")}
              </Button>
            )}
          </>
        }
      />
      {consulting && <Alert color="blue">{t("partners.consultingNotice")}</Alert>}
      <PartnerFilters filters={filters} onChange={update} />
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <Loading />}
      {list.data && (
        <Paper withBorder style={{ opacity: list.isPlaceholderData ? 0.5 : 1 }} aria-busy={list.isFetching}>
          <Group justify="space-between" p="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t(list.data.totalCapped ? "common.countAtLeast" : "common.count", { n: list.data.total })}
            </Text>
          </Group>
          {list.data.items.length === 0 ? (
            <Text p="md" c="dimmed">
              {t("partners.empty")}
            </Text>
          ) : (
            <PartnerTable items={list.data.items} />
          )}
          {pages > 1 && (
            <Group justify="center" p="sm">
              <Pagination
                total={pages}
                value={filters.page}
                onChange={(page) => update({ page })}
                getControlProps={(control) => ({ "aria-label": t(CONTROL_LABELS[control]) })}
              />
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
