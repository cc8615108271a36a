// Event makers and NIP-01 reference logic (computed independently of the relay) for the end-to-end tests.
import { randomBytes } from 'node:crypto'
import { finalizeEvent, generateSecretKey, getPublicKey, verifyEvent } from 'nostr-tools/pure'

export { verifyEvent }

export const nowSec = () => Math.floor(Date.now() / 1000)

/** A fresh key pair {sk, pk}. Fresh keys keep each test's events apart on a shared relay. */
export function newKey() {
  const sk = generateSecretKey()
  return { sk, pk: getPublicKey(sk) }
}

/** A signed event (finalizeEvent) by `key`. */
export function makeEvent(key, { kind = 1, created_at = nowSec(), tags = [], content = '' } = {}) {
  return finalizeEvent({ kind, created_at, tags, content }, key.sk)
}

/** Random lowercase hex, 64 chars by default (an event id or pubkey that nothing has). */
export function randomHex(bytes = 32) {
  return randomBytes(bytes).toString('hex')
}

/** A random token for tag values, unique per test run. */
export function uniqueTag(prefix = 'e2e') {
  return `${prefix}-${randomBytes(6).toString('hex')}`
}

/** The same hex string with its last character changed. */
export function flipLastHex(hex) {
  const last = hex[hex.length - 1]
  return hex.slice(0, -1) + (last === '0' ? '1' : '0')
}

/** The seven NIP-01 fields in wire order (drops nostr-tools' symbol marker). */
export function plain(ev) {
  return { id: ev.id, pubkey: ev.pubkey, created_at: ev.created_at, kind: ev.kind, tags: ev.tags, content: ev.content, sig: ev.sig }
}

/** How `roost export` must write an event: JSON.stringify of the seven fields in this order. */
export function canonicalLine(ev) {
  return JSON.stringify(plain(ev))
}

const cmpStr = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/** REQ order: created_at DESC, ties lowest id first. */
export function newestFirst(a, b) {
  return b.created_at - a.created_at || cmpStr(a.id, b.id)
}

/** Export order: created_at ASC, then id ASC. */
export function oldestFirst(a, b) {
  return a.created_at - b.created_at || cmpStr(a.id, b.id)
}

export const isEphemeral = (kind) => kind >= 20000 && kind < 30000
export const isReplaceable = (kind) => kind === 0 || kind === 3 || (kind >= 10000 && kind < 20000)
export const isAddressable = (kind) => kind >= 30000 && kind < 40000

/** The first value of the event's first `d` tag ('' when there is none). */
export function dTag(ev) {
  const t = ev.tags.find((t) => t[0] === 'd')
  return t && t.length > 1 ? t[1] : ''
}

/** The replacement slot of a replaceable/addressable event, or null for other kinds. */
export function replaceSlot(ev) {
  if (isReplaceable(ev.kind)) return `${ev.kind}:${ev.pubkey}`
  if (isAddressable(ev.kind)) return `${ev.kind}:${ev.pubkey}:${dTag(ev)}`
  return null
}

/** True when `a` wins a replacement slot over `b`: newer, or equal created_at and lower id. */
export function supersedes(a, b) {
  return a.created_at > b.created_at || (a.created_at === b.created_at && a.id < b.id)
}

/**
 * What a NIP-01 relay keeps from `events` (deduplicated by id): no ephemeral events, and per replaceable
 * or addressable slot only the winner, minus what a NIP-09 deletion request of the same author covers
 * (deletedBy). Returns a Map id -> event.
 */
export function expectedStored(events) {
  const kept = new Map()
  const slots = new Map() // slot -> winning event
  for (const ev of events) {
    if (isEphemeral(ev.kind) || kept.has(ev.id)) continue
    const slot = replaceSlot(ev)
    if (slot === null) {
      kept.set(ev.id, ev)
      continue
    }
    const current = slots.get(slot)
    if (current && !supersedes(ev, current)) continue
    if (current) kept.delete(current.id)
    slots.set(slot, ev)
    kept.set(ev.id, ev)
  }
  const deleted = deletedBy(events)
  for (const [id, ev] of kept) if (deleted(ev)) kept.delete(id)
  return kept
}

/**
 * NIP-09, modelled here independently of the relay: a predicate telling whether a deletion
 * request (kind 5) among `events` covers `ev`: an `e` tag naming ev.id from ev's own author (ev
 * not itself kind 5 or 62), or an `a` tag naming ev's replaceable/addressable slot from its
 * author with created_at at or after ev's.
 */
export function deletedBy(events) {
  const ids = new Set() // `${id}:${pubkey}`
  const slots = new Map() // slot -> newest request created_at
  for (const req of events) {
    if (req.kind !== 5) continue
    for (const t of req.tags) {
      if (t.length < 2) continue
      if (t[0] === 'e') ids.add(`${t[1]}:${req.pubkey}`)
      const parts = t[0] === 'a' ? t[1].split(':') : []
      if (parts.length < 3 || parts[1] !== req.pubkey || !/^\d+$/.test(parts[0])) continue
      const slot = replaceSlot({ kind: Number(parts[0]), pubkey: parts[1], tags: [['d', parts.slice(2).join(':')]] })
      if (slot !== null) slots.set(slot, Math.max(slots.get(slot) ?? -Infinity, req.created_at))
    }
  }
  return (ev) => {
    if (ev.kind !== 5 && ev.kind !== 62 && ids.has(`${ev.id}:${ev.pubkey}`)) return true
    const slot = replaceSlot(ev)
    return slot !== null && slots.has(slot) && ev.created_at <= slots.get(slot)
  }
}

/** NIP-01 filter matching (one filter), written here independently of the relay and of nostr-tools. */
export function matchesFilter(ev, filter) {
  if (filter.ids && !filter.ids.includes(ev.id)) return false
  if (filter.authors && !filter.authors.includes(ev.pubkey)) return false
  if (filter.kinds && !filter.kinds.includes(ev.kind)) return false
  if (filter.since !== undefined && ev.created_at < filter.since) return false
  if (filter.until !== undefined && ev.created_at > filter.until) return false
  for (const [key, values] of Object.entries(filter)) {
    if (key.length !== 2 || key[0] !== '#') continue
    const name = key[1]
    if (!ev.tags.some((t) => t[0] === name && t.length > 1 && values.includes(t[1]))) return false
  }
  return true
}

/** The exact REQ answer for one filter over `events`: matches, newest first, cut at `limit`. */
export function expectedAnswer(events, filter, defaultLimit = Infinity) {
  const limit = filter.limit ?? defaultLimit
  return events
    .filter((ev) => matchesFilter(ev, filter))
    .sort(newestFirst)
    .slice(0, limit)
}

export const ids = (events) => events.map((e) => e.id)
