// corpus: path=lib/jobs/codec.js
const funcster = require('funcster');
const { deserialize } = require('serialize-to-js');

function decodeJob(message) {
  const payload = JSON.parse(message.body); // ok: unsafe-deserialization
  return { id: payload.id, type: payload.type, args: payload.args };
}

function decodeLegacyJob(message) {
  const job = funcster.deepDeserialize(JSON.parse(message.body)); // expect: unsafe-deserialization
  return job;
}

function decodeJobTemplate(req) {
  return deserialize(req.body.template); // expect: unsafe-deserialization
}

module.exports = { decodeJob, decodeLegacyJob, decodeJobTemplate };
