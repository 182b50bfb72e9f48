// corpus: path=src/services/orders.js
const { MongoClient, ObjectId } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('shop');
const orders = db.collection('orders');

async function listOrders(req, res) {
  const query = { customerId: req.user.id };
  if (req.query.status) query.status = req.query.status;
  const rows = await orders.find(query).sort({ createdAt: -1 }).limit(100).toArray(); // expect: nosql-injection
  res.json(rows);
}

async function orderByNumber(req, res) {
  const number = req.body.number;
  if (typeof number !== 'string') return res.status(400).json({ error: 'number must be a string' });
  const order = await orders.findOne({ number, customerId: req.user.id }); // ok: nosql-injection
  res.json(order);
}

async function updateNote(req, res) {
  const result = await orders.updateOne(
    { _id: new ObjectId(req.params.id), customerId: req.user.id }, // ok: nosql-injection
    { $set: { note: String(req.body.note).slice(0, 500) } },
  );
  res.json({ updated: result.modifiedCount });
}

async function searchNotes(req, res) {
  const pattern = new RegExp(req.body.pattern); // expect: regex-injection
  const rows = await orders.find({ customerId: req.user.id, note: pattern }).toArray();
  res.json(rows);
}

async function exportOrders(req, res) {
  const rows = await orders.aggregate([
    { $match: { customerId: req.user.id, total: { $gt: 0 } } },
    { $group: { _id: '$status', count: { $sum: 1 }, total: { $sum: '$total' } } },
  ]).toArray();
  res.json(rows);
}

async function cancelOrders(req, res) {
  const result = await orders.updateMany({ customerId: req.user.id, status: req.body.status }, { $set: { status: 'cancelled' } }); // expect: nosql-injection
  res.json({ cancelled: result.modifiedCount });
}

function highlight(text, words) {
  const safe = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(`(${safe.join('|')})`, 'gi'), '<mark>$1</mark>');
}

module.exports = { listOrders, orderByNumber, updateNote, searchNotes, exportOrders, cancelOrders, highlight };
