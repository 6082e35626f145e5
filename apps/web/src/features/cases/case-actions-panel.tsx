import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea } from "@mantine/core";
import type { TCaseDetail } from "@renkei/contract";
import { CASE_ACTION_LABELS, CASE_STAGE_LABELS, type CaseAction } from "@renkei/domain";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { useTransition } from "./queries";
import { ReasonList, reasonsOf } from "./reason-list";

type Action = TCaseDetail["actions"][number];

/**
 * The stage's actions from the domain's `availableActions`: enabled when allowed, disabled with the
 * reasons shown otherwise. The server applies the same rules when the button is pressed.
 */
export function CaseActionsPanel({ c }: { c: TCaseDetail }) {
  const { t, label } = useI18n();
  const [open, setOpen] = useState<Action | null>(null);
  const [note, setNote] = useState("");
  const [done, setDone] = useState<CaseAction | null>(null);
  const transition = useTransition(c.id);
  const refused = reasonsOf(transition.error);

  const confirm = () => {
    if (!open) {
      return;
    }
    transition.mutate(
      { action: open.action, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setDone(open.action);
          setOpen(null);
          setNote("");
        },
      },
    );
  };

  return (
    <Paper withBorder p="sm">
      <Text size="sm" fw={700} mb="xs">
        {t("case.actions")}
      </Text>
      {done && (
        <Alert color="green" mb="xs" role="status" withCloseButton onClose={() => setDone(null)}>
          {t("case.actions.done", { action: label(CASE_ACTION_LABELS[done]) })}
        </Alert>
      )}
      {c.actions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("case.actions.none")}
        </Text>
      )}
      <Stack gap="sm">
        {c.actions.map((a) => {
          const enabled = a.allowed && c.permissions.transition;
          const danger = a.action === "decline" || a.action === "withdraw";
          return (
            <div key={a.action} data-testid={`action-${a.action}`}>
              <Group gap="xs" wrap="nowrap" align="center">
                <Button
                  size="xs"
                  variant={danger ? "outline" : "filled"}
                  color={danger ? "red" : undefined}
                  disabled={!enabled}
                  onClick={() => {
                    transition.reset();
                    setNote("");
                    setOpen(a);
                  }}
                >
                  {label(CASE_ACTION_LABELS[a.action])}
                </Button>
                {a.next !== c.stage && (
                  <Text size="xs" c="dimmed">
                    → {label(CASE_STAGE_LABELS[a.next])}
                  </Text>
                )}
              </Group>
              {!a.allowed && a.reasons.length > 0 && <ReasonList reasons={a.reasons} color="red.8" />}
            </div>
          );
        })}
      </Stack>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? label(CASE_ACTION_LABELS[open.action]) : ""}
      >
        {open && (
          <Stack>
            {open.next !== c.stage && (
              <Text size="sm">
                {label(CASE_STAGE_LABELS[c.stage])} → {label(CASE_STAGE_LABELS[open.next])}
              </Text>
            )}
            {refused.length > 0 ? (
              <Alert color="red" title={t("case.actions.refused")}>
                <ReasonList reasons={refused} />
              </Alert>
            ) : (
              transition.isError && <ErrorAlert error={transition.error} />
            )}
            <Textarea
              label={t("case.actions.note")}
              description={open.requiresNote ? t("case.actions.noteRequired") : undefined}
              withAsterisk={open.requiresNote}
              autosize
              minRows={3}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group>
              <Button
                onClick={confirm}
                loading={transition.isPending}
                disabled={open.requiresNote && note.trim() === ""}
              >
                {t("case.actions.confirm")}
              </Button>
              <Button variant="default" onClick={() => setOpen(null)}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

export function CaseBlockersPanel({ c }: { c: TCaseDetail }) {
  const { t, label } = useI18n();
  const b = c.blockers;
  if (b.action === null) {
    return null;
  }
  return (
    <Paper withBorder p="sm" bg={b.blocked ? "red.0" : "green.0"} data-testid="blockers">
      <Text size="sm" fw={700}>
        {t("case.blockers")}
      </Text>
      {b.reasons.length === 0 ? (
        <Text size="sm">{t("case.blockers.none")}</Text>
      ) : (
        <>
          <Text size="xs" c="dimmed" mb={4}>
            {t("case.blockers.for", { action: label(CASE_ACTION_LABELS[b.action]) })}
          </Text>
          <ReasonList reasons={b.reasons} />
        </>
      )}
    </Paper>
  );
}
