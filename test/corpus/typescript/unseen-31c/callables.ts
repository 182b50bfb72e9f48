// corpus: path=functions/src/callables.ts
// Firebase Cloud Functions (2nd gen) for the mobile app. Callables are invoked by the app with
// whatever `data` it chooses to send; a signed-in user is still an arbitrary client, so
// `request.data` is untrusted. `onRequest` functions are plain public HTTPS endpoints.

import { onCall, onRequest, HttpsError } from 'firebase-functions/v2/https'
import { logger } from 'firebase-functions'
import { initializeApp } from 'firebase-admin/app'
import { getFirestore, FieldValue } from 'firebase-admin/firestore'
import { getStorage } from 'firebase-admin/storage'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import { tmpdir } from 'node:os'
import { join, basename } from 'node:path'
import { writeFile } from 'node:fs/promises'

initializeApp()
const db = getFirestore()
const bucket = getStorage().bucket()
const run = promisify(exec)
const runFile = promisify(execFile)

const TRUSTED_LINK_HOSTS = ['example.app', 'www.example.app']

export const shareClip = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first')
  const { clipId, start, duration } = request.data as { clipId: string; start: string; duration: string }
  const src = join(tmpdir(), `${basename(clipId)}.mp4`)
  await bucket.file(`clips/${request.auth.uid}/${basename(clipId)}.mp4`).download({ destination: src })
  const out = join(tmpdir(), `${basename(clipId)}-share.mp4`)
  await run(`ffmpeg -y -ss ${start} -t ${duration} -i ${src} -c copy ${out}`) // expect: command-injection
  await bucket.upload(out, { destination: `shares/${request.auth.uid}/${basename(out)}` })
  return { path: `shares/${request.auth.uid}/${basename(out)}` }
})

export const shareClipV2 = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first')
  const clipId = basename(String(request.data.clipId))
  const start = Number(request.data.start)
  const duration = Math.min(Number(request.data.duration), 60)
  if (!Number.isFinite(start) || !Number.isFinite(duration)) throw new HttpsError('invalid-argument', 'bad range')
  const src = join(tmpdir(), `${clipId}.mp4`)
  const out = join(tmpdir(), `${clipId}-share.mp4`)
  await bucket.file(`clips/${request.auth.uid}/${clipId}.mp4`).download({ destination: src })
  await runFile('ffmpeg', ['-y', '-ss', String(start), '-t', String(duration), '-i', src, '-c', 'copy', out]) // ok: command-injection
  return { path: `shares/${request.auth.uid}/${basename(out)}` }
})

export const saveDraft = onCall(async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first')
  const draft = request.data
  await writeFile(join(tmpdir(), draft.name), JSON.stringify(draft.body)) // expect: path-traversal, insecure-temp-file
  await db.collection('drafts').doc(request.auth.uid).set({ name: String(draft.name), updatedAt: FieldValue.serverTimestamp() }, { merge: true })
  return { ok: true }
})

export const updateProfile = onCall(async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first')
  // The profile document also holds `plan` and `isModerator`, which the billing and moderation
  // backends set; the app only edits the display fields.
  await db.collection('profiles').doc(request.auth.uid).set(request.data, { merge: true }) // expect: mass-assignment
  return { ok: true }
})

export const updateProfileV2 = onCall(async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first')
  const { displayName, bio } = request.data as { displayName?: unknown; bio?: unknown }
  await db.collection('profiles').doc(request.auth.uid).set( // ok: mass-assignment
    { displayName: String(displayName ?? '').slice(0, 60), bio: String(bio ?? '').slice(0, 500) },
    { merge: true },
  )
  return { ok: true }
})

export const openLink = onRequest(async (req, res) => {
  const target = String(req.query.to ?? '/')
  logger.info('deep link opened', { target })
  res.redirect(302, target) // expect: open-redirect
})

export const openLinkChecked = onRequest(async (req, res) => {
  let target = 'https://example.app/'
  try {
    const parsed = new URL(String(req.query.to ?? '/'), 'https://example.app')
    if (parsed.protocol === 'https:' && TRUSTED_LINK_HOSTS.includes(parsed.hostname)) target = parsed.href
  } catch {
    // fall back to the home page
  }
  res.redirect(302, target) // ok: open-redirect
})

export const inviteLanding = onRequest(async (req, res) => {
  const inviter = String(req.query.from ?? 'A friend')
  res.set('content-type', 'text/html')
  res.send(`<html><body><h1>${inviter} invited you to Example</h1><a href="https://example.app/get">Get the app</a></body></html>`) // expect: xss
})

export const unsubscribe = onRequest(async (req, res) => {
  const email = String(req.query.email ?? '')
  await db.collection('unsubscribed').doc(Buffer.from(email).toString('base64url')).set({ at: FieldValue.serverTimestamp() })
  res.set('content-type', 'text/plain')
  res.send(`${email} will no longer receive our newsletter.`) // ok: xss
})
