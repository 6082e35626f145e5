import { SearchPicker } from "../../components/ui/entity-picker";
import { useI18n } from "../../lib/i18n";
import { usePartnerList } from "../partners/queries";

interface Props {
  label: string;
  value: string | null;
  /** The chosen partner and its shown label ("name（country）"). */
  onChange(id: string | null, label?: string): void;
  error?: string;
  withAsterisk?: boolean;
}

/** Partners by any name form (the partner search), first 30; an empty query lists the first ones. */
function usePartnerOptions(query: string) {
  const { country, paren } = useI18n();
  const list = usePartnerList({ q: query, page: 1, pageSize: 30 });
  return {
    options: (list.data?.items ?? []).map((p) => ({
      value: p.id,
      label: `${p.legalName}${paren(country(p.country))}`,
    })),
    fetching: list.isFetching || list.isPlaceholderData,
  };
}

/** Searchable partner chooser on the shared search box. */
export function PartnerPicker(props: Props) {
  const { t } = useI18n();
  return (
    <SearchPicker {...props} placeholder={t("picker.partner.placeholder")} useOptions={usePartnerOptions} />
  );
}
