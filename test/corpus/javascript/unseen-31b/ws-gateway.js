// corpus: path=src/gateway/index.js
import { WebSocketServer } from 'ws'
import amqp from 'amqplib'
import { execFile, execSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import sqlite3 from 'sqlite3'
import { open } from 'sqlite'

const db = await open({ filename: process.env.DEVICES_DB ?? 'devices.db', driver: sqlite3.Database })
const FIRMWARE_DIR = '/opt/fleet/firmware'
const wss = new WebSocketServer({ port: Number(process.env.WS_PORT ?? 7070) })

// Devices connect from the field with a device key; a message is whatever the device (or anyone
// holding its key) sends.
wss.on('connection', async (ws, req) => {
  const key = req.headers['x-device-key']
  const device = await db.get('SELECT id, site FROM devices WHERE api_key = ?', key)
  if (!device) return ws.close(1008, 'unknown device')

  ws.on('message', async (data) => {
    let msg
    try {
      msg = JSON.parse(data)
    } catch {
      return ws.send(JSON.stringify({ error: 'bad json' }))
    }

    if (msg.op === 'telemetry') {
      await db.exec(`INSERT INTO readings (device_id, sensor, value) VALUES (${device.id}, '${msg.sensor}', ${msg.value})`) // expect: sql-injection
    } else if (msg.op === 'telemetry.v2') {
      await db.run('INSERT INTO readings (device_id, sensor, value) VALUES (?, ?, ?)', device.id, msg.sensor, Number(msg.value)) // ok: sql-injection
    } else if (msg.op === 'firmware') {
      const image = await readFile(join(FIRMWARE_DIR, msg.version, 'image.bin')) // expect: path-traversal
      ws.send(image)
    } else if (msg.op === 'firmware.v2') {
      const version = /^\d+\.\d+\.\d+$/.test(msg.version) ? msg.version : 'latest'
      const image = await readFile(join(FIRMWARE_DIR, version, 'image.bin')) // ok: path-traversal
      ws.send(image)
    } else if (msg.op === 'diag') {
      const out = execSync(`/opt/fleet/bin/diag --site ${device.site} --probe ${msg.probe}`) // expect: command-injection
      ws.send(JSON.stringify({ op: 'diag', out: out.toString() }))
    } else if (msg.op === 'diag.v2') {
      execFile('/opt/fleet/bin/diag', ['--site', device.site, '--probe', String(msg.probe)], (err, stdout) => { // ok: command-injection
        ws.send(JSON.stringify({ op: 'diag', out: err ? null : stdout }))
      })
    } else if (msg.op === 'log') {
      const file = normalize(msg.file).replace(/^(\.\.(\/|\\|$))+/, '')
      ws.send(await readFile(join('/var/log/fleet', String(device.id), file), 'utf8')) // ok: path-traversal
    }
  })
})

// Commands from the fleet console arrive over RabbitMQ. The console backend checks who may send a
// command, but passes the state its operators typed on unchanged: the queue is a hop, not a filter.
const conn = await amqp.connect(process.env.AMQP_URL)
const channel = await conn.createChannel()
await channel.assertQueue('fleet.commands', { durable: true })
channel.consume('fleet.commands', async (m) => {
  const cmd = JSON.parse(m.content.toString())
  await db.exec(`UPDATE devices SET desired_state = '${cmd.state}' WHERE id = ${cmd.deviceId}`) // expect: sql-injection
  for (const client of wss.clients) {
    if (client.readyState === 1) client.send(JSON.stringify({ op: 'state', deviceId: cmd.deviceId, state: cmd.state }))
  }
  channel.ack(m)
})
