import {
  Button,
  Checkbox,
  FileInput,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { secretsApi } from "./api";

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** Return or destruction at the end of the project, with a certificate or a confirmation (H10, J7). */
export function SecretEndForm({ id }: { id: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [kind, setKind] = useState<"returned" | "destroyed">("destroyed");
  const [endedOn, setEndedOn] = useState("");
  const [note, setNote] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const end = useMutation({
    mutationFn: async () =>
      secretsApi.end(id, {
        kind,
        endedOn,
        note,
        confirmed,
        certificate: file ? { fileName: file.name, contentBase64: await base64(file) } : null,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["secrets"] }),
  });
  const [asking, setAsking] = useState(false);
  return (
    <Paper withBorder p="md" mt="md">
      <Stack>
        <Title order={2} size="h4">
          {t("secrets.end")}
        </Title>
        <Group align="flex-end">
          <NativeSelect
            label={t("secrets.end.kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as "returned" | "destroyed")}
            data={[
              { value: "destroyed", label: t("secrets.end.destroyed") },
              { value: "returned", label: t("secrets.end.returned") },
            ]}
          />
          <TextInput
            type="date"
            label={t("secrets.end.on")}
            value={endedOn}
            onChange={(e) => setEndedOn(e.currentTarget.value)}
          />
          <TextInput
            label={t("secrets.end.note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        </Group>
        <FileInput label={t("secrets.end.certificate")} value={file} onChange={setFile} clearable />
        <Checkbox
          label={t("secrets.end.confirm")}
          checked={confirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
        />
        {end.error ? <ErrorAlert error={end.error} /> : null}
        <Group>
          <Button
            color="red"
            disabled={!endedOn || (!file && !confirmed)}
            loading={end.isPending}
            onClick={() => setAsking(true)}
          >
            {t("secrets.end.submit")}
          </Button>
        </Group>
        <Modal opened={asking} onClose={() => setAsking(false)} title={t("secrets.end.submit")}>
          <Text size="sm">{t("secrets.end.confirmTitle")}</Text>
          <Group mt="md" justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setAsking(false);
                end.mutate();
              }}
            >
              {t("secrets.end.submit")}
            </Button>
          </Group>
        </Modal>
      </Stack>
    </Paper>
  );
}
