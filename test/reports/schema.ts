import { Validator, type Schema, type SchemaDraft } from '@cfworker/json-schema'

/** Validation errors as short `location: message` lines; empty when the document is valid. */
export function schemaErrors(schema: unknown, draft: SchemaDraft, document: unknown): string[] {
  // Round-trip through JSON so the check sees exactly what a consumer would parse.
  const instance: unknown = JSON.parse(JSON.stringify(document))
  const result = new Validator(schema as Schema, draft, false).validate(instance)
  return result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)
}
