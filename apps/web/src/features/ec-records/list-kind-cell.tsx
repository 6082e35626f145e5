import { Group, NativeSelect, Text } from "@mantine/core";
import type { TScreeningList } from "@renkei/contract";
import { LIST_KIND_LABELS, LIST_KINDS, type ListKind } from "@renkei/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";

/**
 * What a confirmed hit on the list means (issue 15 item 3, X5): sanctions prohibit, an End User List hit
 * takes the licence path, US and own lists are reviewed. Shown in words; a list manager changes it after
 * confirming, since it changes what every confirmed hit on the list does to the gates.
 */
export function ListKindCell({ list, canManage }: { list: TScreeningList; canManage: boolean }) {
  const { t, label } = useI18n();
  const qc = useQueryClient();
  const [kind, setKind] = useState<ListKind>(list.kind);
  const save = useMutation({
    mutationFn: () => api.put(`/screening/lists/${list.id}/kind`, { kind }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["screening"] }),
  });
  if (!canManage) {
    return <Text size="sm">{label(LIST_KIND_LABELS[list.kind])}</Text>;
  }
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <NativeSelect
          size="xs"
          aria-label={`${t("ecr.kind.label")}: ${list.name}`}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ListKind)}
          data={LIST_KINDS.map((k) => ({ value: k, label: label(LIST_KIND_LABELS[k]) }))}
        />
        {kind !== list.kind && (
          <ConfirmButton
            size="xs"
            loading={save.isPending}
            title={t("ecr.kind.confirm", { name: list.name, kind: label(LIST_KIND_LABELS[kind]) })}
            message={t("ecr.kind.effect")}
            onConfirm={() => save.mutate()}
          >
            {t("ecr.kind.change")}
          </ConfirmButton>
        )}
      </Group>
      {save.isError && <ErrorAlert error={save.error} />}
    </>
  );
}
