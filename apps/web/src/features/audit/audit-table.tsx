import { Anchor, Code, Table, Text } from "@mantine/core";
import type { TAuditEvent } from "@renkei/contract";
import { AUDIT_ACTIONS, type AuditAction } from "@renkei/domain";
import { Link } from "react-router-dom";
import { type MessageKey, useI18n } from "../../lib/i18n";

const ENTITY_LINKS: Record<string, string> = { partner: "/partners/", person: "/people/" };

function json(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 2);
}

/** Audit events, newest first; before / after snapshots fold out per row. */
export function AuditTable({ items }: { items: TAuditEvent[] }) {
  const { t, label, dateTime } = useI18n();
  const actionLabel = (a: string) => (a in AUDIT_ACTIONS ? label(AUDIT_ACTIONS[a as AuditAction]) : a);
  const entityLabel = (type: string) => {
    const key = `audit.entity.${type}` as MessageKey;
    const text = t(key);
    return text === key ? type : text;
  };
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t("audit.at")}</Table.Th>
            <Table.Th>{t("audit.actor")}</Table.Th>
            <Table.Th>{t("audit.action")}</Table.Th>
            <Table.Th>{t("audit.entity")}</Table.Th>
            <Table.Th>{t("audit.details")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => {
            const link = ENTITY_LINKS[e.entityType];
            return (
              <Table.Tr key={e.seq} data-action={e.action}>
                <Table.Td>{e.seq}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{dateTime(e.at)}</Table.Td>
                <Table.Td>{e.actorLabel}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {actionLabel(e.action)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {e.action}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entityLabel(e.entityType)}</Text>
                  {link ? (
                    <Anchor component={Link} to={`${link}${e.entityId}`} size="xs">
                      {e.entityId}
                    </Anchor>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {e.entityId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <details>
                    <summary style={{ cursor: "pointer", fontSize: 13 }}>{t("audit.showDetails")}</summary>
                    <Text size="xs" fw={600} mt={4}>
                      {t("audit.before")}
                    </Text>
                    <Code block fz={11} mah={240} style={{ overflow: "auto" }}>
                      {json(e.before)}
                    </Code>
                    <Text size="xs" fw={600} mt={4}>
                      {t("audit.after")}
                    </Text>
                    <Code block fz={11} mah={240} style={{ overflow: "auto" }}>
                      {json(e.after)}
                    </Code>
                  </details>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
