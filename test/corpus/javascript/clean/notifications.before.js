const logger = require('../lib/logger');
const mailer = require('../lib/mailer');
const { Notification } = require('../models');

async function notify(user, { subject, body }) {
  const record = await Notification.create({ userId: user.id, subject, body });
  await mailer.send({ to: user.email, subject, text: body });
  await record.update({ sentAt: new Date() });
  logger.info({ userId: user.id, subject }, 'notification sent');
  return record;
}

module.exports = { notify };
