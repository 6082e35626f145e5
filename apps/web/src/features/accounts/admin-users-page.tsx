import { Alert, Badge, Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from "@mantine/core";
import type { TAdminUser } from "@renkei/contract";
import { ROLE_LABELS } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import { accountsApi } from "./api";
import { UserFormModal } from "./user-form-modal";

type Status = "all" | "active" | "deactivated";

/** 管理 > 利用者管理: accounts with role, department, status and last sign-in. */
export function AdminUsersPage() {
  const { t, label, dateTime } = useI18n();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [q, setQ] = useState("");
  const [status, setStatus] = useState<Status>("all");
  const [editing, setEditing] = useState<TAdminUser | "new" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ["admin-users", q, status],
    queryFn: () => accountsApi.users({ q, status }),
  });
  const depts = useQuery({ queryKey: ["admin-departments"], queryFn: accountsApi.departments });
  const deptName = new Map(
    (depts.data?.items ?? []).map((d) => [d.id, label({ ja: d.nameJa, en: d.nameEn })]),
  );
  const act = useMutation({
    mutationFn: (a: { id: string; action: "deactivate" | "reactivate" | "invite" | "reset-totp" }) =>
      accountsApi.userAction(a.id, a.action),
    onSuccess: (_r, a) => {
      setNotice(a.action === "invite" ? t("admin.users.sent") : t("admin.users.saved"));
      void queryClient.invalidateQueries({ queryKey: ["admin-users"] });
    },
  });
  return (
    <Stack>
      <PageTitle
        title={t("admin.users.title")}
        description={t("admin.users.help")}
        actions={
          <>
            <Button variant="default" component={Link} to="/admin/users/import">
              {t("admin.users.import")}
            </Button>
            <Button onClick={() => setEditing("new")}>{t("admin.users.new")}</Button>
          </>
        }
      />
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)} role="status">
          {notice}
        </Alert>
      )}
      {act.error ? <ErrorAlert error={act.error} /> : null}
      <Group>
        <TextInput
          placeholder={t("admin.users.search")}
          aria-label={t("admin.users.search")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={320}
        />
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as Status)}
          data={(["all", "active", "deactivated"] as const).map((s) => ({
            value: s,
            label: t(`admin.users.status.${s}`),
          }))}
        />
      </Group>
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("admin.users.name")}</Table.Th>
                <Table.Th>{t("admin.users.email")}</Table.Th>
                <Table.Th>{t("admin.users.role")}</Table.Th>
                <Table.Th>{t("admin.users.department")}</Table.Th>
                <Table.Th>{t("admin.users.lastSignIn")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((u) => (
                <Table.Tr key={u.id} data-testid={`user-row-${u.email}`}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {u.displayName}
                    </Text>
                    <Group gap={4}>
                      {u.disabled && <Badge color="gray">{t("admin.users.deactivated")}</Badge>}
                      {u.invitePending && <Badge color="yellow">{t("admin.users.invitePending")}</Badge>}
                      {u.totpEnabled && <Badge color="teal">{t("admin.users.totp")}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>{label(ROLE_LABELS[u.role])}</Table.Td>
                  <Table.Td>{u.departmentId ? (deptName.get(u.departmentId) ?? "") : ""}</Table.Td>
                  <Table.Td>{u.lastSignInAt ? dateTime(u.lastSignInAt) : t("admin.users.never")}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => setEditing(u)}>
                        {t("admin.users.edit")}
                      </Button>
                      {u.id !== me.id &&
                        (u.disabled ? (
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => act.mutate({ id: u.id, action: "reactivate" })}
                          >
                            {t("admin.users.reactivate")}
                          </Button>
                        ) : (
                          <ConfirmButton
                            size="xs"
                            variant="light"
                            color="red"
                            title={t("admin.users.confirmDeactivate", { name: u.displayName })}
                            onConfirm={() => act.mutate({ id: u.id, action: "deactivate" })}
                          >
                            {t("admin.users.deactivate")}
                          </ConfirmButton>
                        ))}
                      {!u.disabled && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => act.mutate({ id: u.id, action: "invite" })}
                        >
                          {t("admin.users.resend")}
                        </Button>
                      )}
                      {u.totpEnabled && (
                        <ConfirmButton
                          size="xs"
                          variant="subtle"
                          color="red"
                          title={t("admin.users.confirmResetTotp", { name: u.displayName })}
                          onConfirm={() => act.mutate({ id: u.id, action: "reset-totp" })}
                        >
                          {t("admin.users.resetTotp")}
                        </ConfirmButton>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <UserFormModal
          user={editing === "new" ? null : editing}
          departments={depts.data?.items ?? []}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setNotice(message);
            void queryClient.invalidateQueries({ queryKey: ["admin-users"] });
          }}
        />
      )}
    </Stack>
  );
}
