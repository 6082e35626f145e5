import { Button, type ButtonProps, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";

/** A button that asks before a decisive action (deactivation, resetting a second factor). */
export function ConfirmButton(
  props: ButtonProps & { label: string; question: string; onConfirm(): void; loading?: boolean },
) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { label, question, onConfirm, ...button } = props;
  return (
    <>
      <Button {...button} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("accounts.confirm")}>
        <Stack>
          <Text size="sm">{question}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              color={button.color ?? "red"}
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {t("accounts.execute")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
