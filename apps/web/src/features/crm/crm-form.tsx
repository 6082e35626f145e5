import { Button, Group, Modal, Stack } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import type { FormEvent, ReactNode } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type FieldErrors, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";

type Schema = Parameters<typeof validateWith>[0];

/**
 * The one submit of the CRM forms: checked with the contract schema the server uses, sent only when it
 * passes, the server's field problems shown on the fields (bad input writes nothing).
 */
export function submitChecked<I, R>(
  schema: Schema,
  input: I,
  mutation: Pick<UseMutationResult<R, Error, I>, "mutate">,
  setErrors: (e: FieldErrors) => void,
  onSuccess: (r: R) => void,
) {
  const found = validateWith(schema, input);
  setErrors(found);
  if (Object.keys(found).length === 0) {
    mutation.mutate(input, { onSuccess, onError: (err) => setErrors(serverFieldErrors(err)) });
  }
}

/** A form in a dialog with its error and the cancel / submit buttons. */
export function FormModal({
  title,
  submitLabel,
  pending,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <Stack>
          {children}
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
