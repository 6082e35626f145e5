import { Button, Checkbox, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import type { TAdminUser, TDepartment } from "@renkei/contract";
import { ROLE_LABELS, ROLES, type Role } from "@renkei/domain";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { fieldError, serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { accountsApi } from "./api";

/** Invite a new user, or change an existing one's name, role, department and ePPN. */
export function UserFormModal(props: {
  user: TAdminUser | null;
  departments: TDepartment[];
  onClose(): void;
  onSaved(message: string): void;
}) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const u = props.user;
  const [email, setEmail] = useState(u?.email ?? "");
  const [displayName, setName] = useState(u?.displayName ?? "");
  const [role, setRole] = useState<Role>(u?.role ?? "researcher");
  const [departmentId, setDept] = useState(u?.departmentId ?? "");
  const [locale, setLocale] = useState<"ja" | "en">(u?.locale ?? "ja");
  const [eppn, setEppn] = useState(u?.eppn ?? "");
  const [invite, setInvite] = useState(true);
  const save = useMutation({
    mutationFn: async () => {
      const common = { displayName, role, departmentId: departmentId || null, eppn: eppn || null };
      if (u) {
        await accountsApi.updateUser(u.id, common);
        return t("admin.users.saved");
      }
      await accountsApi.createUser({ ...common, email, locale, invite });
      return t("admin.users.created", { name: displayName });
    },
    onSuccess: props.onSaved,
  });
  const errors = serverFieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const departments = props.departments.filter((d) => d.active || d.id === u?.departmentId);
  return (
    <Modal opened onClose={props.onClose} title={u ? u.displayName : t("admin.users.new")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {save.error && Object.keys(errors).length === 0 ? <ErrorAlert error={save.error} /> : null}
          {!u && (
            <TextInput
              label={t("admin.users.email")}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              {...fieldError(errors, "email", i18n)}
            />
          )}
          <TextInput
            label={t("admin.users.name")}
            required
            value={displayName}
            onChange={(e) => setName(e.currentTarget.value)}
            {...fieldError(errors, "displayName", i18n)}
          />
          <Group grow>
            <NativeSelect
              label={t("admin.users.role")}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as Role)}
              data={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
            />
            <NativeSelect
              label={t("admin.users.department")}
              value={departmentId}
              onChange={(e) => setDept(e.currentTarget.value)}
              data={[
                { value: "", label: t("admin.users.noDepartment") },
                ...departments.map((d) => ({ value: d.id, label: label({ ja: d.nameJa, en: d.nameEn }) })),
              ]}
              {...fieldError(errors, "departmentId", i18n)}
            />
          </Group>
          {!u && (
            <NativeSelect
              label={t("admin.users.language")}
              value={locale}
              onChange={(e) => setLocale(e.currentTarget.value as "ja" | "en")}
              data={[
                { value: "ja", label: "日本語" },
                { value: "en", label: "English" },
              ]}
            />
          )}
          <TextInput
            label={t("admin.users.eppn")}
            description={t("admin.users.eppnHelp")}
            value={eppn}
            onChange={(e) => setEppn(e.currentTarget.value)}
            {...fieldError(errors, "eppn", i18n)}
          />
          {!u && (
            <Checkbox
              label={t("admin.users.invite")}
              description={t("admin.users.inviteHelp")}
              checked={invite}
              onChange={(e) => setInvite(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {u ? t("common.save") : t("admin.users.new")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
