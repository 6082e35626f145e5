import { SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** A two-column description list: label above value, empty values shown as a dash. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
      {items.map((item) => (
        <Stack key={item.label} gap={2}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {item.value === null || item.value === undefined || item.value === "" ? "—" : item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
