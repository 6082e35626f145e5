import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { useDuplicates, useMergePartner, usePartnerList } from "./queries";

interface Props {
  partnerId: string;
  partnerName: string;
  opened: boolean;
  onClose(): void;
  onMerged(): void;
}

/** Choose a duplicate of this partner and merge it in (permission partner.merge; irreversible). */
export function MergeDialog({ partnerId, partnerName, opened, onClose, onMerged }: Props) {
  const { t, country, paren } = useI18n();
  const [q, setQ] = useState(partnerName);
  const [debounced] = useDebouncedValue(q, 300);
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  // Until the user searches, the duplicate detector's candidates are offered.
  const searching = debounced.trim() !== "" && debounced !== partnerName;
  const list = usePartnerList({ q: debounced.trim(), page: 1, pageSize: 20 }, searching);
  const suggested = useDuplicates(opened ? { legalName: partnerName, excludeId: partnerId } : null);
  const merge = useMergePartner(partnerId);
  const options = (searching ? (list.data?.items ?? []) : (suggested.data?.candidates ?? [])).filter(
    (p) => p.id !== partnerId,
  );

  return (
    <Modal opened={opened} onClose={onClose} title={t("merge.title")} size="lg">
      <Stack>
        <Alert color="orange">{t("merge.help")}</Alert>
        {merge.isError && <ErrorAlert error={merge.error} />}
        <TextInput label={t("merge.searchHint")} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <Radio.Group label={t("merge.duplicate")} value={duplicateId} onChange={setDuplicateId}>
          <Stack gap="xs" mt="xs">
            {options.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("partners.empty")}
              </Text>
            )}
            {options.map((p) => (
              <Radio
                key={p.id}
                value={p.id}
                label={`${p.legalName}${p.nameEn ? ` / ${p.nameEn}` : ""}${paren(country(p.country))}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            color="orange"
            disabled={!duplicateId}
            loading={merge.isPending}
            onClick={() => duplicateId && merge.mutate(duplicateId, { onSuccess: onMerged })}
          >
            {t("merge.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
