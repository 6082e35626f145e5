import type { TMembership, TMembershipProgramme } from "@renkei/contract";

/**
 * A member's tier in the reader's language: the member row carries only the tier's id and Japanese
 * name, the programme its names in both languages (the office enters both).
 */
export function tierName(
  programme: TMembershipProgramme,
  ref: TMembership["tier"],
  label: (l: { ja: string; en: string }) => string,
): string {
  const tier = programme.tiers.find((x) => x.id === ref.id);
  return tier ? label({ ja: tier.nameJa, en: tier.nameEn }) : ref.label;
}
