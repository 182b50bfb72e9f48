// corpus: path=worker/consumer.js
const { SQSClient, ReceiveMessageCommand, DeleteMessageCommand, ChangeMessageVisibilityCommand } = require('@aws-sdk/client-sqs');
const logger = require('../lib/logger');
const handlers = require('./handlers');

const sqs = new SQSClient({ region: process.env.AWS_REGION });
const QUEUE_URL = process.env.QUEUE_URL;
const MAX_ATTEMPTS = 5;

let stopping = false;

async function handle(message) {
  const envelope = JSON.parse(message.Body);
  const handler = handlers[envelope.type];
  if (!handler) {
    logger.warn({ type: envelope.type }, 'no handler, dropping message');
    return;
  }
  await handler(envelope.payload);
}

async function processMessage(message) {
  const attempts = Number(message.Attributes?.ApproximateReceiveCount || 1);
  try {
    await handle(message);
    await sqs.send(new DeleteMessageCommand({ QueueUrl: QUEUE_URL, ReceiptHandle: message.ReceiptHandle }));
  } catch (err) {
    logger.error({ err, id: message.MessageId, attempts }, 'message failed');
    if (attempts < MAX_ATTEMPTS) {
      await sqs.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: QUEUE_URL,
          ReceiptHandle: message.ReceiptHandle,
          VisibilityTimeout: Math.min(900, 2 ** attempts * 10),
        }),
      );
    }
  }
}

async function poll() {
  while (!stopping) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: QUEUE_URL,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 20,
        AttributeNames: ['ApproximateReceiveCount'],
      }),
    );
    await Promise.all(Messages.map(processMessage));
  }
}

process.on('SIGTERM', () => {
  stopping = true;
  logger.info('draining before shutdown');
});

poll().catch((err) => {
  logger.fatal({ err }, 'consumer crashed');
  process.exit(1);
});
