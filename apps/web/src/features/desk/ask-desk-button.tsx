import { Button } from "@mantine/core";
import type { DeskAboutKind, DeskTopic } from "@renkei/domain";
import { Link } from "react-router-dom";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";

/** "Ask the desk about this" on a record's page: opens the question form about that record. */
export function AskDeskButton({ kind, id, topic }: { kind: DeskAboutKind; id: string; topic?: DeskTopic }) {
  const { t } = useI18n();
  const can = useCan();
  if (!can("desk.ask")) {
    return null;
  }
  const query = new URLSearchParams({ about: kind, id, ...(topic ? { topic } : {}) });
  return (
    <Button variant="default" component={Link} to={`/desk/new?${query.toString()}`}>
      {t("desk.askAboutThis")}
    </Button>
  );
}
