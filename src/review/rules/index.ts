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
  ...flowOnlyRules.secrets,
  ...withSyntaxRules(injectionRules),
  ...flowOnlyRules.injection,
  ...withSyntaxRules(cryptoRules),
  ...flowOnlyRules.crypto,
  ...bugsRules,
  ...flowOnlyRules.bugs,
  ...asyncRules,
  ...hygieneRules,
  ...changesetRules,
]
