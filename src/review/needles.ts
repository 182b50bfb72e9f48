/** Per-file literal prefilters: one pass over a file finds every rule's trigger words. */
import type { FileUnderReview } from './types'

/** The new side of the file's hunks (context and added lines) as one string. */
export function newSideText(file: FileUnderReview): string {
  const parts: string[] = []
  for (const h of file.hunks) {
    // The section heading (`@@ ... @@ async def drain(q):`) is new-side code too.
    if (h.section) parts.push(h.section)
    for (const l of h.lines) if (l.kind !== 'del') parts.push(l.text)
  }
  return parts.join('\n')
}

// Every gate registers its needles, and one pass over the file finds all of them: each needle is
// anchored on its rarest pair of characters, so most positions cost one table lookup. (A regex
// alternation of 150 literals, or one `includes` scan per needle, is several times slower.)
const needles: string[] = []
const needleIds = new Map<string, number>()
/** Some needle spans lines, so a file's lines must be scanned joined. */
let multiline = false
let anchors: Anchors | undefined
// Keyed weakly by file, so nothing here keeps a file (or its text) alive once its review is over.
let features = new WeakMap<FileUnderReview, Uint8Array>()

interface Anchors {
  /** (first char code * 128 + second char code) → index into `buckets`, or -1. */
  head: Int16Array
  /** Flattened (needle id, offset) pairs per bucket. */
  buckets: Int32Array[]
  /**
   * Per bucket, four words of 32 bits: the ASCII characters that follow the pair in its needles. Most
   * positions whose pair opens a bucket are followed by none of them, and cost one test instead of a
   * compare per needle. A bucket holding a needle that ends with the pair (or goes on past ASCII) is `open`.
   */
  next: Uint32Array
  open: Uint8Array
}

// The most common character pairs in Python/JS/TS source, most common first (two characters
// each). A needle is anchored on its least common pair, so few positions need a compare.
const COMMON_PAIRS =
  "  onreerinteenat, ore tidestesntlepeetiosearmet  = i cn = od tth: alcoecisctras ns) he r seditnd" +
  "rourexng {ypan *amlarice a);notaileltrf tossasrt fge* tu }ncsifi ened  (ifrn n \"tyemac /eapaprve" +
  "/**/nachueunca oeflipor ulop pe(agmaolomTyxpe.cl de)rsllxtdirr==lo()e,s.mpicReouCouttsidluig// v" +
  "iafoadptt(sooskevamby **ochafaie botumhi mNoInryck))besue_ grgus> (nDeim lfeabNalsPamo |apniblbo" +
  "(sfuEx|  TailtStofs)crdolfPr 'gnlde:Fit. 0nu\", wnfmig  un(Lily &ttt_& a ):l r( 1pls,oircirhoo =>" +
  "s(gsruqu.pt,da.tf.jescow(tep/ t)(c [ds.cs:h .sym SeveSrmays_),DieynlivTor._aok\")eNduvo).\"\"eFm vi" +
  "Thsabj ?e;? syupePootTcsiz__pueT _sp hui_ibuwi&&fr} d_ Rbaew(i_tSy I/d :au{  C._n_rdshtS.mZoMa.o" +
  "obEr 2})zeeESepp#  E_cVatpAripeCd(ebOptccuht]  DMo A(\"n)Car,.. N(p POfn, !ciki\";ccgiuaCh.eg(_sps" +
  ".ir)\" s\"dT||ff #z.ucrfa.piibddeAwar_.ftEl(_ommtCgueOn./)js(feeFoeDnv Myn?:t:Me/:0  ) `Ta_fd.eI'," +
  "fl2 msFleq. SiElnnegScnT.ls/Clgt2.Te-- kny_eDoTrEn.atNWe(h1 (e zJSOrsTl.nk_mwh.dw h(e\"_pe]Ked)tD"
const PAIR_RANK = new Map<string, number>()
for (let i = 0; i < COMMON_PAIRS.length; i += 2) PAIR_RANK.set(COMMON_PAIRS.slice(i, i + 2), i / 2)

function buildAnchors(): Anchors {
  const head = new Int16Array(128 * 128).fill(-1)
  const lists: number[][] = []
  const thirds: number[][] = []
  needles.forEach((needle, id) => {
    let offset = -1
    let best = -1
    for (let k = 0; k + 1 < needle.length; k++) {
      if (needle.charCodeAt(k) >= 128 || needle.charCodeAt(k + 1) >= 128) continue
      // Pairs missing from the table are rarer than any in it.
      const score = PAIR_RANK.get(needle.slice(k, k + 2)) ?? PAIR_RANK.size
      if (score > best) {
        best = score
        offset = k
      }
    }
    if (offset < 0) return
    const key = needle.charCodeAt(offset) * 128 + needle.charCodeAt(offset + 1)
    if (head[key] === -1) {
      head[key] = lists.length
      lists.push([])
      thirds.push([])
    }
    lists[head[key]!]!.push(id, offset)
    thirds[head[key]!]!.push(offset + 2 < needle.length ? needle.charCodeAt(offset + 2) : -1)
  })
  const next = new Uint32Array(lists.length * 4)
  const open = new Uint8Array(lists.length)
  thirds.forEach((codes, b) => {
    for (const c of codes) {
      if (c < 0 || c >= 128) open[b] = 1
      else next[b * 4 + (c >> 5)]! |= 1 << (c & 31)
    }
  })
  return { head, buckets: lists.map((l) => Int32Array.from(l)), next, open }
}

function scanText(text: string, a: Anchors, found: Uint8Array): void {
  const { head, buckets, next, open } = a
  const n = text.length
  let prev = n > 0 ? text.charCodeAt(0) : 0
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c | prev) >= 128) {
      prev = c
      continue
    }
    const b = head[prev * 128 + c]!
    prev = c
    if (b < 0) continue
    if (open[b] === 0) {
      // Every needle here goes on with an ASCII character: the one after the pair must be among them.
      const third = i + 1 < n ? text.charCodeAt(i + 1) : 128
      if (third >= 128 || (next[b * 4 + (third >> 5)]! & (1 << (third & 31))) === 0) continue
    }
    const list = buckets[b]!
    for (let k = 0; k < list.length; k += 2) {
      const id = list[k]!
      if (found[id] === 0 && occursAt(text, needles[id]!, i - 1 - list[k + 1]!)) found[id] = 1
    }
  }
}

/**
 * `text.startsWith(needle, at)`, compared in place: most anchor hits fail on their first
 * character or two, and a loop the optimiser inlines costs less than the builtin call does.
 */
function occursAt(text: string, needle: string, at: number): boolean {
  const length = needle.length
  if (at < 0 || at + length > text.length) return false
  for (let j = 0; j < length; j++) if (text.charCodeAt(at + j) !== needle.charCodeAt(j)) return false
  return true
}

/** Flags (by needle id) for the registered needles that occur in the file's new side. */
function fileFeatures(file: FileUnderReview): Uint8Array {
  let found = features.get(file)
  if (found) return found
  anchors ??= buildAnchors()
  found = new Uint8Array(needles.length)
  if (multiline) scanText(newSideText(file), anchors, found)
  else {
    // No needle holds a line break, so each line is scanned where it is: joining a big diff's
    // lines first cost a copy of its whole new side per file.
    for (const h of file.hunks) {
      if (h.section) scanText(h.section, anchors, found)
      for (const l of h.lines) if (l.kind !== 'del') scanText(l.text, anchors, found)
    }
  }
  features.set(file, found)
  return found
}

// The last text scanned in place of a file's new side (a client's full file), with what it held.
let lastText: string | undefined
let lastTextFound: Uint8Array | undefined

/** Flags (by needle id) for the registered needles that occur in `text`, the full file `file` was sent with. */
function textFeatures(text: string, file: FileUnderReview): Uint8Array {
  if (text === lastText && lastTextFound) return lastTextFound
  anchors ??= buildAnchors()
  let found: Uint8Array
  // A new file's full text is its diff's new side: the file's own scan already holds the answer.
  if (isNewSide(file, text)) found = fileFeatures(file)
  else {
    found = new Uint8Array(needles.length)
    scanText(text, anchors, found)
  }
  lastText = text
  lastTextFound = found
  return found
}

/**
 * Whether `text` is the file's new side as `fileFeatures` scans it (its lines joined, a final line
 * break aside when no needle holds one): true for a new file sent whole. Lengths first, so a file
 * whose hunks show part of it costs a sum, and the copy and compare only a likely match.
 */
function isNewSide(file: FileUnderReview, text: string): boolean {
  let length = -1
  for (const h of file.hunks) {
    if (h.section) length += h.section.length + 1
    for (const l of h.lines) if (l.kind !== 'del') length += l.text.length + 1
  }
  if (length !== text.length && !(length + 1 === text.length && !multiline)) return false
  const side = newSideText(file)
  return side === text || (side.length + 1 === text.length && text.charCodeAt(side.length) === 10 && text.startsWith(side))
}

/**
 * A per-file prefilter: true when the file's new side contains at least one needle of every
 * group (OR within a group, AND across groups). Most files contain none of a rule's sinks, and
 * one shared scan per file is far cheaper than testing every line. `text`, when given, is
 * searched instead of the new side: the whole file a check reads when the client sent it, which
 * holds lines the hunks do not.
 */
export function fileGate(...groups: ReadonlyArray<readonly string[]>): (file: FileUnderReview, text?: string) => boolean {
  const known = needles.length
  const ids = groups.map((group) =>
    group.filter((n) => n.length >= 2).map((n) => {
      let id = needleIds.get(n)
      if (id === undefined) {
        id = needles.length
        needles.push(n)
        needleIds.set(n, id)
        if (n.includes('\n')) multiline = true
      }
      return id
    }),
  )
  // New needles invalidate the scan tables and any file scanned without them.
  if (needles.length > known) {
    anchors = undefined
    features = new WeakMap()
    lastText = lastTextFound = undefined
  }
  // Some rules ask on every line: the last file's answer is one compare away. `forgetFiles`
  // drops it when a review ends, so no gate keeps a file alive.
  let last: FileUnderReview | undefined
  let lastFound: Uint8Array | undefined
  let open = false
  gates.push(() => (last = undefined))
  return (file, text) => {
    if (text !== undefined) return everyGroupFound(ids, textFeatures(text, file))
    if (file === last) return open
    const found = fileFeatures(file)
    last = file
    if (found !== lastFound) {
      lastFound = found
      open = everyGroupFound(ids, found)
    }
    return open
  }
}

/** At least one needle of every group was found (plain loops: gates are asked once per file each, hundreds per file). */
function everyGroupFound(groups: readonly number[][], found: Uint8Array): boolean {
  for (const group of groups) {
    let any = false
    for (const id of group) {
      if (found[id] === 1) {
        any = true
        break
      }
    }
    if (!any) return false
  }
  return true
}

const gates: Array<() => void> = []

/** Lets go of the files the gates remember (the engine calls it when a review ends). */
export function forgetFiles(): void {
  for (const forget of gates) forget()
  lastText = lastTextFound = undefined
}

/** How many gates are registered: a number that must stop growing once every rule has run (tests). */
export function registeredGates(): number {
  return gates.length
}
