import { Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from "@mantine/core";
import type { TContact } from "@renkei/contract";
import { CONTACT_KIND_LABELS } from "@renkei/domain";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { ContactForm } from "./contact-form";

interface Props {
  partnerId: string;
  contacts: TContact[];
  people: { id: string; name: string }[];
  canWrite: boolean;
}

/** 接触履歴: newest first, with an inline form to record another. */
export function ContactsSection({ partnerId, contacts, people, canWrite }: Props) {
  const { t, label, date, listSep } = useI18n();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t("partner.contacts")}
        </Title>
        {canWrite && !adding && (
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              setAdding(true);
              setSaved(false);
            }}
          >
            {t("contact.add")}
          </Button>
        )}
      </Group>
      <Stack>
        {saved && (
          <Text c="green" size="sm" role="status">
            {t("contact.saved")}
          </Text>
        )}
        {adding && (
          <Paper withBorder p="md" bg="gray.0">
            <ContactForm
              partnerId={partnerId}
              people={people}
              onDone={() => {
                setAdding(false);
                setSaved(true);
              }}
            />
          </Paper>
        )}
        {contacts.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("contact.none")}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2}>
            {contacts.map((c) => (
              <Timeline.Item
                key={c.id}
                title={
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {c.title}
                    </Text>
                    <Badge size="xs" variant="light">
                      {label(CONTACT_KIND_LABELS[c.kind])}
                    </Badge>
                    {c.visibility === "restricted" && (
                      <Badge size="xs" color="grape" variant="light">
                        {t("contact.visibility.restricted")}
                      </Badge>
                    )}
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {date(c.occurredOn)}
                  {c.staff.length > 0 &&
                    ` · ${t("contact.staff")}: ${c.staff.map((s) => s.displayName).join(listSep)}`}
                  {c.people.length > 0 &&
                    ` · ${t("contact.people")}: ${c.people.map((p) => p.name).join(listSep)}`}
                </Text>
                {c.summary && (
                  <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>
                    {c.summary}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
