// corpus: path=functions/thumbnail/index.js
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3')
const { execSync } = require('child_process')
const fs = require('fs')
const os = require('os')
const path = require('path')

const s3 = new S3Client({})
const BUCKET = process.env.BUCKET

exports.handler = async (event) => {
  const params = event.queryStringParameters || {}
  const key = params.key
  const size = params.size || '200x200'
  const local = path.join(os.tmpdir(), path.basename(key))
  const obj = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  fs.writeFileSync(local, Buffer.from(await obj.Body.transformToByteArray()))
  execSync(`convert ${local} -resize ${size} ${local}.png`) // expect: command-injection
  const png = fs.readFileSync(`${local}.png`)
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'image/png' },
    body: png.toString('base64'),
    isBase64Encoded: true,
  }
}
