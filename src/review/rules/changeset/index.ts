import type { Rule } from '../../types'
import { focusedTest } from './focused-test'
import { noTests } from './no-tests'
import { skippedTest } from './skipped-test'

export const changesetRules: Rule[] = [focusedTest, skippedTest, noTests]
