// Types for the worker's TypeScript, which reads `.code-review.yml` with the same parser as the CLI.
export type Scalar = string | number | boolean | null
export interface Entry {
  value: Scalar | Scalar[]
  line: number
}
export class YamlError extends Error {
  line: number
  constructor(line: number, message: string)
}
export function parseFlatYaml(text: string): Map<string, Entry>
