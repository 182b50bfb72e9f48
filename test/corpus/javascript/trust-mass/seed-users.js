// corpus: path=test/helpers/seed-users.js
const User = require('../../src/models/user');

const fixtures = {
  admin: { email: 'admin@example.test', role: 'admin', displayName: 'Admin' },
  member: { email: 'member@example.test', role: 'member', displayName: 'Member' },
};

async function seedUsers() {
  const admin = await User.create(fixtures.admin); // ok: mass-assignment
  const member = new User(fixtures.member); // ok: mass-assignment
  await member.save();
  return { admin, member };
}

function fakeRequest(body) {
  const req = { body, session: {} };
  req.session.userId = body.userId; // ok: trust-boundary
  return req;
}

module.exports = { seedUsers, fakeRequest, fixtures };
