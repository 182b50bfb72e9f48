// corpus: path=server/services/notifications.js
const logger = require('../lib/logger');
const mailer = require('../lib/mailer');
const push = require('../lib/push');
const { Notification, Device } = require('../models');

const QUIET_START = 22;
const QUIET_END = 7;

function inQuietHours(date, timeZone) {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(date));
  return hour >= QUIET_START || hour < QUIET_END;
}

async function notify(user, { subject, body, urgent = false }) {
  const record = await Notification.create({ userId: user.id, subject, body });
  await mailer.send({ to: user.email, subject, text: body });
  if (urgent || !inQuietHours(new Date(), user.timeZone || 'UTC')) {
    const devices = await Device.findAll({ where: { userId: user.id, active: true } });
    const results = await Promise.allSettled(devices.map((d) => push.send(d.token, { title: subject, body })));
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed) logger.warn({ userId: user.id, failed }, 'some push deliveries failed');
  }
  await record.update({ sentAt: new Date() });
  logger.info({ userId: user.id, subject }, 'notification sent');
  return record;
}

async function markRead(user, ids) {
  const [count] = await Notification.update({ readAt: new Date() }, { where: { userId: user.id, id: ids, readAt: null } });
  return count;
}

module.exports = { notify, markRead, inQuietHours };
