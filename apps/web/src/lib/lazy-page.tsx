import { Center, Loader } from "@mantine/core";
import type { ComponentType } from "react";
import type { RouteObject } from "react-router-dom";

/**
 * A route whose page module is fetched the first time it is visited, so the sign-in page loads only its
 * own code (issue 11 §9: under 300 kB of compressed JS before signing in). `name` is the page's export.
 */
export function page<M>(
  path: string | undefined,
  load: () => Promise<M>,
  name: keyof M & string,
  children?: RouteObject[],
): RouteObject {
  return { path, children, lazy: async () => ({ Component: (await load())[name] as ComponentType }) };
}

/** Shown while the first page's code arrives. */
export function PageLoading() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}
