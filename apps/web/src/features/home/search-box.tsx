import { TextInput } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { useI18n } from "../../lib/i18n";

/** The one search box in the header (issue 11 item 4): Enter opens the results page. */
export function SearchBox() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === "/search" ? (params.get("q") ?? "") : "";
  const [q, setQ] = useState(current);
  useEffect(() => setQ(current), [current]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) {
      navigate(`/search?q=${encodeURIComponent(q.trim())}`);
    }
  };
  return (
    <form onSubmit={onSubmit} style={{ flex: 1, maxWidth: 460 }}>
      <TextInput
        aria-label={t("search.label")}
        placeholder={t("search.placeholder")}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        size="sm"
        visibleFrom="sm"
        data-testid="global-search"
      />
    </form>
  );
}
