import type { Rule } from '../types'
import { asyncRules } from './async'
import { bugsRules } from './bugs'
import { changesetRules } from './changeset'
import { cryptoRules } from './crypto'
import { hygieneRules } from './hygiene'
import { injectionRules } from './injection'
import { flowOnlyRules, withSyntaxRules } from './flow'
import { secretsRules } from './secrets'

/** Every rule, in a fixed order (explicit list, no discovery): the order findings tie-break on. */
export const allRules: readonly Rule[] = [
  ...secretsRules,
  ...withSyntaxRules(injectionRules),
  ...flowOnlyRules.injection,
  ...withSyntaxRules(cryptoRules),
  ...flowOnlyRules.crypto,
  // After the injection and crypto syntax rules: the first syntax rule to run on a file pays for its parse in the per-rule timings.
  ...flowOnlyRules.secrets,
  ...bugsRules,
  ...flowOnlyRules.bugs,
  ...asyncRules,
  ...flowOnlyRules.async,
  ...hygieneRules,
  ...changesetRules,
]
