import { Badge, Button, Group, Paper, Stack, Table, TextInput } from "@mantine/core";
import type { TDepartment } from "@renkei/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { fieldError, serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { accountsApi } from "./api";

/** 管理 > 部局: add, rename, deactivate and reactivate departments. */
export function DepartmentsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ["admin-departments"], queryFn: accountsApi.departments });
  const [editing, setEditing] = useState<TDepartment | null>(null);
  const [nameJa, setJa] = useState("");
  const [nameEn, setEn] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["admin-departments"] });
  const save = useMutation({
    mutationFn: (d: { id: string | null; nameJa: string; nameEn: string; active: boolean }) =>
      d.id ? accountsApi.updateDepartment(d.id, d) : accountsApi.createDepartment(d),
    onSuccess: () => {
      setEditing(null);
      setJa("");
      setEn("");
      void refresh();
    },
  });
  const errors = serverFieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ id: editing?.id ?? null, nameJa, nameEn, active: editing?.active ?? true });
  };
  return (
    <Stack>
      <PageTitle title={t("admin.departments.title")} description={t("admin.departments.help")} />
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Group align="flex-end">
            <TextInput
              label={t("admin.departments.nameJa")}
              value={nameJa}
              onChange={(e) => setJa(e.currentTarget.value)}
              {...fieldError(errors, "nameJa", i18n)}
            />
            <TextInput
              label={t("admin.departments.nameEn")}
              value={nameEn}
              onChange={(e) => setEn(e.currentTarget.value)}
              {...fieldError(errors, "nameEn", i18n)}
            />
            <Button type="submit" loading={save.isPending}>
              {editing ? t("common.save") : t("admin.departments.add")}
            </Button>
            {editing && (
              <Button variant="default" onClick={() => setEditing(null)}>
                {t("common.cancel")}
              </Button>
            )}
          </Group>
        </form>
      </Paper>
      {save.error && Object.keys(errors).length === 0 ? <ErrorAlert error={save.error} /> : null}
      {list.isPending && <Loading />}
      {list.data && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("admin.departments.nameJa")}</Table.Th>
              <Table.Th>{t("admin.departments.nameEn")}</Table.Th>
              <Table.Th>{t("admin.departments.users")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {d.nameJa} {!d.active && <Badge color="gray">{t("admin.users.deactivated")}</Badge>}
                </Table.Td>
                <Table.Td>{d.nameEn}</Table.Td>
                <Table.Td>{d.users}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        setEditing(d);
                        setJa(d.nameJa);
                        setEn(d.nameEn);
                      }}
                    >
                      {t("admin.departments.rename")}
                    </Button>
                    {d.active ? (
                      <ConfirmButton
                        size="xs"
                        variant="light"
                        color="red"
                        title={t("admin.departments.deactivateConfirm")}
                        message={`${d.nameJa} / ${d.nameEn}`}
                        onConfirm={() => save.mutate({ ...d, active: false })}
                      >
                        {t("admin.departments.deactivate")}
                      </ConfirmButton>
                    ) : (
                      <Button size="xs" variant="light" onClick={() => save.mutate({ ...d, active: true })}>
                        {t("admin.departments.reactivate")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
