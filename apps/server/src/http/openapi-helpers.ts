import type { z } from "zod";

/** `{ content: { "application/json": { schema } } }`, the shape every JSON body and response uses. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });

/** A JSON request body that must be present. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { ...json(schema), required: true } });
