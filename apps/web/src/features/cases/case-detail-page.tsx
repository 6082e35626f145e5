import { Alert, Anchor, Badge, Button, Grid, Group, Modal, Stack, Tabs, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { CASE_KIND_LABELS, CASE_STAGE_LABELS } from "@renkei/domain";
import { Link, useLocation, useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { CaseMobilityAlerts } from "../crm/case-mobility-alerts";
import { AskDeskButton } from "../desk/ask-desk-button";
import { casesApi } from "./api";
import { CaseActionsPanel, CaseBlockersPanel } from "./case-actions-panel";
import { CaseChecklist } from "./case-checklist";
import { CaseCoreForm } from "./case-core-form";
import { CaseCostTab } from "./case-cost-tab";
import { CaseDocumentsTab } from "./case-documents-tab";
import { CaseHistoryTab } from "./case-history-tab";
import { CaseMonitoringTab } from "./case-monitoring-tab";
import { CaseOverviewTab } from "./case-overview-tab";
import { CasePartiesTab } from "./case-parties-tab";
import { CaseRecordsTab } from "./case-records-tab";
import { CaseCommentsTab, CaseTasksTab } from "./case-work-tabs";
import { useCase, useCaseMutation } from "./queries";

/** The case page: steps, actions with reasons, blockers, and the case file in tabs. */
export function CaseDetailPage() {
  const { t, label } = useI18n();
  const { id = "" } = useParams();
  const location = useLocation();
  const can = useCan();
  const query = useCase(id);
  const [editing, edit] = useDisclosure(false);
  const update = useCaseMutation(id, (v: Parameters<typeof casesApi.update>[2] & { version: number }) => {
    const { version, ...input } = v;
    return casesApi.update(id, version, input);
  });

  if (query.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    return <ErrorAlert error={query.error} />;
  }
  const c = query.data;
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const openTasks = c.tasks.filter((x) => !x.done).length;

  return (
    <Stack>
      <Anchor component={Link} to="/cases" size="sm">
        ← {t("cases.title")}
      </Anchor>
      <PageTitle
        title={c.title}
        description={
          <Group gap="xs" component="span">
            <Text span size="sm">
              {c.ref}
            </Text>
            <Badge variant="outline">{label(CASE_KIND_LABELS[c.kind])}</Badge>
            <Badge data-testid="case-stage">{label(CASE_STAGE_LABELS[c.stage])}</Badge>
            {c.blockers.blocked && <Badge color="red">{t("cases.filter.blockedYes")}</Badge>}
            <Text span size="sm">
              {t("case.field.pi")}: {c.pi?.displayName ?? "—"}
            </Text>
          </Group>
        }
        actions={
          <>
            <AskDeskButton kind="case" id={c.id} />
            {can("audit.read") && (
              <Button component={Link} to={`/audit?entityType=case&entityId=${c.id}`} variant="subtle">
                {t("case.auditLog")}
              </Button>
            )}
            <Button component="a" href={casesApi.historyPdfUrl(c.id)} variant="default">
              {t("case.historyPdf")}
            </Button>
            {c.permissions.edit && c.sections.core.length === 0 && (
              <Button onClick={edit.open}>{t("case.edit")}</Button>
            )}
          </>
        }
      />
      {created && (
        <Alert color="green" role="status">
          {t("case.created")}
        </Alert>
      )}
      <CaseChecklist stage={c.stage} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <CaseBlockersPanel c={c} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <CaseActionsPanel c={c} />
        </Grid.Col>
      </Grid>
      <CaseMobilityAlerts caseId={c.id} />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t("case.tab.overview")}</Tabs.Tab>
          <Tabs.Tab value="parties">{t("case.tab.parties")}</Tabs.Tab>
          <Tabs.Tab value="records">{t("case.tab.records")}</Tabs.Tab>
          <Tabs.Tab value="documents">
            {t("case.tab.documents")} ({c.documents.length})
          </Tabs.Tab>
          <Tabs.Tab value="comments">
            {t("case.tab.comments")} ({c.comments.length})
          </Tabs.Tab>
          <Tabs.Tab value="tasks">
            {t("case.tab.tasks")} ({openTasks})
          </Tabs.Tab>
          <Tabs.Tab value="monitoring">{t("case.tab.monitoring")}</Tabs.Tab>
          <Tabs.Tab value="cost">{t("case.tab.cost")}</Tabs.Tab>
          <Tabs.Tab value="history">{t("case.tab.history")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <CaseOverviewTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="parties" pt="md">
          <CasePartiesTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="records" pt="md">
          <CaseRecordsTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <CaseDocumentsTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="comments" pt="md">
          <CaseCommentsTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <CaseTasksTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="monitoring" pt="md">
          <CaseMonitoringTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="cost" pt="md">
          <CaseCostTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <CaseHistoryTab c={c} />
        </Tabs.Panel>
      </Tabs>
      <Modal opened={editing} onClose={edit.close} title={t("case.editTitle")} size="lg">
        <CaseCoreForm
          initial={{
            kind: c.kind,
            title: c.title,
            summary: c.summary,
            piUserId: c.pi?.id ?? null,
            departmentIds: c.departments.map((d) => d.id),
            field: c.field,
            partnerIds: [],
          }}
          withPartners={false}
          submitLabel={t("common.save")}
          pending={update.isPending}
          error={update.error}
          onCancel={edit.close}
          onSubmit={({ partnerIds: _p, ...values }, setErrors) =>
            update.mutate(
              { ...values, version: c.version },
              { onSuccess: edit.close, onError: (err) => setErrors(serverFieldErrors(err, "case.")) },
            )
          }
        />
      </Modal>
    </Stack>
  );
}
