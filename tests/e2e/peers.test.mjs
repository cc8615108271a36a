// e2e.peers: `roost peers` (list, add, remove) on a real config file with comments, through the real binary,
// while a real `roost --no-gui` runs on that file: each edit keeps the person's comments, the running relay
// re-reads the file at once, and a bad peer line written by hand is refused in words while the relay keeps serving.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { cleanup, runRoost, runRoostOk, startRelay } from './lib/relay.mjs'
import { RawClient } from './lib/client.mjs'
import { makeEvent, newKey } from './lib/events.mjs'

after(cleanup)

describe('roost peers', () => {
  it('adds, lists and removes peers in the config file a running relay uses', async () => {
    const relay = await startRelay({ config: { relay: { name: 'peers test' } } })
    const file = relay.configFile
    const comment = '; my note about this relay, to be kept\n'
    await writeFile(file, comment + (await readFile(file, 'utf8')))
    await relay.waitForLine(/settings reloaded/)
    const conf = ['--config', file]

    let r = await runRoostOk(['peers', ...conf])
    assert.equal(r.stdout, 'no sync peers\n')

    let reloaded = relay.waitForLine(/settings reloaded/)
    r = await runRoostOk(['peers', 'add', 'wss://one.example', '--dir', 'both', '--filter', '{"kinds": [1, 30023]}', ...conf])
    assert.equal(r.stdout, 'added wss://one.example both periodic every=60 {"kinds":[1,30023]}\n')
    await reloaded

    reloaded = relay.waitForLine(/settings reloaded/)
    r = await runRoostOk(['peers', 'add', relay.url, '--mode', 'live', ...conf])
    await reloaded
    r = await runRoostOk(['peers', 'list', ...conf])
    // Each config line, then the peer's state lines (indented) from the relay's saved health.
    const configLines = r.stdout.split('\n').filter((l) => l && !l.startsWith('  '))
    assert.deepEqual(configLines, ['wss://one.example both periodic every=60 {"kinds":[1,30023]}', `${relay.url} down live`])
    assert.match(r.stdout, /^ {2}state: /m)
    let text = await readFile(file, 'utf8')
    assert.ok(text.startsWith(comment), text)
    assert.match(text, /\[sync\]\npeer=wss:\/\/one\.example both periodic every=60 \{"kinds":\[1,30023\]\}\npeer=ws:\/\/127\.0\.0\.1:\d+ down live\n/)

    r = await runRoost(['peers', 'add', 'https://one.example', ...conf])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /"https:\/\/one\.example" is not a ws:\/\/ or wss:\/\/ URL/)
    r = await runRoost(['peers', 'add', 'wss://two.example', '--filter', '{"authors":["npub-ish"]}', ...conf])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /filter is not a NIP-01 filter: invalid:/)
    r = await runRoost(['peers', 'remove', 'wss://nobody.example', ...conf])
    assert.equal(r.code, 2)
    assert.equal(await readFile(file, 'utf8'), text, 'refused commands leave the file as it was')

    reloaded = relay.waitForLine(/settings reloaded/)
    r = await runRoostOk(['peers', 'remove', 'wss://one.example', ...conf])
    assert.equal(r.stdout, 'removed wss://one.example\n')
    await reloaded
    text = await readFile(file, 'utf8')
    assert.ok(text.startsWith(comment))
    assert.ok(!text.includes('one.example'))

    // A bad line typed by hand: the relay says why and keeps running on what it had.
    const refused = relay.waitForLine(/settings not reloaded/)
    await writeFile(file, text + 'peer=wss://bad.example sideways\n')
    const line = await refused
    assert.match(line, /sync\/peer: "wss:\/\/bad\.example sideways": unknown word "sideways"/)
    const client = await RawClient.connect(relay.url)
    const event = makeEvent(newKey(), { kind: 1, content: 'still serving' })
    const ok = await client.publish(event)
    assert.equal(ok.ok, true, JSON.stringify(ok))
    await client.close()
    await relay.stop()
  })
})
