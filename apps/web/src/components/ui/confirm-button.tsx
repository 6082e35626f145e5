import { Button, type ButtonProps, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useI18n } from "../../lib/i18n";

interface Props extends Omit<ButtonProps, "onClick" | "children"> {
  /** The button's own label (the action: 判定する, 取り下げる, 削除する…). */
  children: ReactNode;
  /** The dialog's question: 「この取引審査を判定しますか？」. */
  title: string;
  /** What will happen, in a sentence or two (the record, the effect, whether it can be undone). */
  message?: ReactNode;
  /** The confirming button's label; the action's label when omitted. */
  confirmLabel?: string;
  /**
   * Asks for the reason in the dialog itself, where the record needs one and the form has no reason
   * field of its own (a withdrawal, a deletion). `required` refuses an empty reason in words.
   */
  reason?: { label?: string; required: boolean };
  /**
   * Runs when the button is pressed, before the dialog opens: false keeps it closed (e.g. the form's
   * own check found a missing reason and shows it on the field).
   */
  beforeOpen?: () => boolean;
  onConfirm(reason: string): void;
}

/**
 * THE confirmation before withdrawing, deciding, approving, submitting or deleting (issue 11 item 6):
 * one click never changes a record; the dialog says what will happen and, where the record keeps one,
 * takes the reason.
 */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  reason,
  beforeOpen,
  onConfirm,
  ...button
}: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const close = () => {
    setOpen(false);
    setMissing(false);
  };
  const confirm = () => {
    if (reason?.required && text.trim() === "") {
      setMissing(true);
      return;
    }
    close();
    onConfirm(text.trim());
    setText("");
  };
  return (
    <>
      <Button
        {...button}
        onClick={() => {
          if (!beforeOpen || beforeOpen()) {
            setOpen(true);
          }
        }}
      >
        {children}
      </Button>
      <Modal opened={open} onClose={close} title={title} centered>
        <Stack>
          {message && (typeof message === "string" ? <Text size="sm">{message}</Text> : message)}
          {reason && (
            <Textarea
              label={reason.label ?? t("confirm.reason")}
              description={t("confirm.reasonHelp")}
              withAsterisk={reason.required}
              autosize
              minRows={2}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t("validation.reason_required") : undefined}
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("confirm.cancel")}
            </Button>
            <Button color={button.color} onClick={confirm}>
              {confirmLabel ?? children}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
