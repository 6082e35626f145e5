import { Anchor, Button, Stack, UnstyledButton } from "@mantine/core";
import type { TEntryRequest } from "@renkei/contract";
import { ENTRY_REQUEST_KIND_LABELS, ENTRY_REQUEST_STATUS_LABELS } from "@renkei/domain";
import { useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { type DataColumn, DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { RequestStatusBadge } from "./crm-badges";
import { EntryRequestPanel } from "./entry-request-panel";
import { useEntryRequests } from "./queries";

/**
 * 登録依頼 (issue 17 item 1; seed 001 事例20): the requester's own requests, or all of the institution's
 * for the office that enters them. The status column filters the list; a request opens below it.
 */
export function EntryRequestsPage() {
  const { t, label, date, country, paren } = useI18n();
  const can = useCan();
  const list = useEntryRequests();
  const [openId, setOpenId] = useState<string | null>(null);
  const office = can("crm.request_handle");
  const columns = useMemo<DataColumn<TEntryRequest>[]>(
    () => [
      { key: "createdAt", header: t("crm.req.filedOn"), value: (r) => date(r.createdAt), width: 110 },
      {
        key: "kind",
        header: t("crm.req.kind"),
        value: (r) => label(ENTRY_REQUEST_KIND_LABELS[r.kind]),
        filter: true,
      },
      {
        key: "organisation",
        header: t("crm.req.organisation"),
        value: (r) => r.organisationName,
        render: (r) => (
          <UnstyledButton onClick={() => setOpenId(r.id)} c="indigo" fw={600} fz="sm">
            {r.organisationName}
          </UnstyledButton>
        ),
      },
      { key: "country", header: t("crm.req.country"), value: (r) => (r.country ? country(r.country) : "") },
      { key: "person", header: t("crm.req.person"), value: (r) => r.personName ?? "" },
      ...(office
        ? [
            {
              key: "requester",
              header: t("crm.req.requester"),
              value: (r: TEntryRequest) =>
                r.department ? `${r.requestedBy.label}${paren(label(r.department))}` : r.requestedBy.label,
            },
          ]
        : []),
      {
        key: "status",
        header: t("crm.req.status"),
        value: (r) => label(ENTRY_REQUEST_STATUS_LABELS[r.status]),
        render: (r) => <RequestStatusBadge status={r.status} />,
        filter: true,
        width: 110,
      },
      {
        key: "result",
        header: t("crm.req.result"),
        value: (r) => r.createdPartner?.label ?? r.createdPerson?.label ?? r.resolutionNote,
        render: (r) =>
          r.createdPartner ? (
            <Anchor component={Link} to={`/partners/${r.createdPartner.id}`} fz="sm">
              {r.createdPartner.label}
            </Anchor>
          ) : r.createdPerson ? (
            <Anchor component={Link} to={`/people/${r.createdPerson.id}`} fz="sm">
              {r.createdPerson.label}
            </Anchor>
          ) : (
            r.resolutionNote
          ),
      },
    ],
    [t, label, date, country, office, paren],
  );
  const open = list.data?.items.find((r) => r.id === openId) ?? null;
  return (
    <Stack>
      <PageTitle
        title={t("crm.req.title")}
        description={t("crm.req.help")}
        actions={
          can("crm.request") && (
            <Button component={Link} to="/crm/requests/new">
              {t("crm.req.new")}
            </Button>
          )
        }
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <DataTable
          rows={list.data.items}
          columns={columns}
          rowKey={(r) => r.id}
          fileName="entry-requests"
          testId="entry-requests"
        />
      )}
      {open && <EntryRequestPanel key={open.id} request={open} onClose={() => setOpenId(null)} />}
    </Stack>
  );
}
