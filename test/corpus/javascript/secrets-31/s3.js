// corpus: path=src/services/uploads.js
const { S3Client, PutObjectCommand, GetObjectCommand } = require('@aws-sdk/client-s3');
const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');
const crypto = require('crypto');

const BUCKET = process.env.UPLOADS_BUCKET || 'fieldnote-uploads-prod';

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIA95IF9SXDFTQYFTQJ', // expect: hardcoded-secret
    secretAccessKey: 'ErQRnVstygiuVyMaum7lKgNcsQk2LW+ipcmEhdKM', // expect: hardcoded-secret
  },
});

const localS3 = new S3Client({
  region: 'us-east-1',
  endpoint: 'http://localhost:4566',
  forcePathStyle: true,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID || 'test', // ok: hardcoded-secret
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || 'test', // ok: hardcoded-secret
  },
});

function clientFor(env) {
  return env === 'local' ? localS3 : s3;
}

async function presignUpload(userId, contentType) {
  const key = `users/${userId}/${crypto.randomUUID()}`;
  const url = await getSignedUrl(
    clientFor(process.env.APP_ENV),
    new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: contentType }),
    { expiresIn: 300 },
  );
  return { key, url };
}

async function presignDownload(key) {
  return getSignedUrl(clientFor(process.env.APP_ENV), new GetObjectCommand({ Bucket: BUCKET, Key: key }), {
    expiresIn: 60,
  });
}

module.exports = { presignUpload, presignDownload };
