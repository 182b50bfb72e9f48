import type { Rule } from '../../types'
import { authCheckRemoved } from './auth-check-removed'
import { csrfDisabled } from './csrf-disabled'
import { debugMode } from './debug-mode'
import { insecureCookie } from './insecure-cookie'
import { insecureDownload } from './insecure-download'
import { insecureRandom } from './insecure-random'
import { jwtVerifyDisabled } from './jwt-verify-disabled'
import { permissiveCors } from './permissive-cors'
import { tlsVerifyDisabled } from './tls-verify-disabled'
import { weakCipher } from './weak-cipher'
import { weakPasswordHash } from './weak-password-hash'

/** Core holes first (hashing, randomness, ciphers, transport, tokens), then config hardening. */
export const cryptoRules: Rule[] = [
  weakPasswordHash,
  insecureRandom,
  weakCipher,
  tlsVerifyDisabled,
  insecureDownload,
  jwtVerifyDisabled,
  permissiveCors,
  insecureCookie,
  debugMode,
  csrfDisabled,
  authCheckRemoved,
]
