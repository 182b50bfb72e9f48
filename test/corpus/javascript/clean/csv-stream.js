// corpus: path=lib/csv-stream.js
const { Transform } = require('stream');

function escapeCell(value) {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  // a leading = + - @ would be read as a formula by spreadsheet apps
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

class CsvStream extends Transform {
  constructor(columns) {
    super({ writableObjectMode: true });
    this.columns = columns;
    this.wroteHeader = false;
  }

  _transform(row, _encoding, callback) {
    if (!this.wroteHeader) {
      this.push(this.columns.map((c) => escapeCell(c.title)).join(',') + '\r\n');
      this.wroteHeader = true;
    }
    this.push(this.columns.map((c) => escapeCell(typeof c.value === 'function' ? c.value(row) : row[c.key])).join(',') + '\r\n');
    callback();
  }

  _flush(callback) {
    if (!this.wroteHeader) this.push(this.columns.map((c) => escapeCell(c.title)).join(',') + '\r\n');
    callback();
  }
}

module.exports = { CsvStream, escapeCell };
