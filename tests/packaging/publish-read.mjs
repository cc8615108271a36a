// Used by tests/packaging/deb-install.sh against the relay installed from the DEB: checks NIP-11 on
// the port, publishes one signed event with nostr-tools (awaiting OK true), reads it back by id
// (EVENT then EOSE) on a second connection. Prints the event id. Usage: node publish-read.mjs PORT VERSION
import { RawClient } from '../e2e/lib/client.mjs'
import { canonicalLine, makeEvent, newKey, uniqueTag } from '../e2e/lib/events.mjs'
import { fetchNip11 } from '../e2e/lib/http.mjs'

const [port, version] = process.argv.slice(2)
function check(cond, what) {
  if (!cond) throw new Error(what)
}

const info = await fetchNip11(Number(port))
check(info.status === 200, `NIP-11: HTTP ${info.status}`)
const doc = JSON.parse(info.body)
check(doc.software !== undefined || doc.name !== undefined, `NIP-11 without name/software: ${info.body}`)
check(doc.version === version, `NIP-11 version is ${doc.version}, the package version is ${version}`)
console.log(`NIP-11: name=${doc.name} version=${doc.version} nips=${JSON.stringify(doc.supported_nips)}`)

const url = `ws://127.0.0.1:${port}`
const key = newKey()
const event = makeEvent(key, { kind: 1, tags: [['t', uniqueTag('pkg')]], content: 'installed from the DEB' })
const writer = await RawClient.connect(url, { label: 'writer' })
writer.send(['EVENT', event])
const ok = await writer.next((m) => m[0] === 'OK' && m[1] === event.id, { what: 'OK for the event' })
check(ok[2] === true, `OK false: ${JSON.stringify(ok)}`)
writer.ws.close()

const reader = await RawClient.connect(url, { label: 'reader' })
reader.send(['REQ', 'read', { ids: [event.id] }])
const got = await reader.next((m) => m[0] === 'EVENT' && m[1] === 'read', { what: 'the event read back' })
check(canonicalLine(got[2]) === canonicalLine(event), `read back a different event: ${JSON.stringify(got[2])}`)
await reader.next((m) => m[0] === 'EOSE' && m[1] === 'read', { what: 'EOSE' })
reader.ws.close()
console.log(`published and read back ${event.id}`)
