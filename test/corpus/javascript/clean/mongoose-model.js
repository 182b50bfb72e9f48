// corpus: path=server/models/Project.js
const mongoose = require('mongoose');

const memberSchema = new mongoose.Schema(
  {
    user: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    role: { type: String, enum: ['owner', 'editor', 'viewer'], default: 'viewer' },
  },
  { _id: false },
);

const projectSchema = new mongoose.Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 120 },
    slug: { type: String, required: true, lowercase: true, match: /^[a-z0-9-]+$/ },
    description: { type: String, maxlength: 2000 },
    members: { type: [memberSchema], default: [] },
    archivedAt: Date,
  },
  { timestamps: true },
);

projectSchema.index({ slug: 1 }, { unique: true });
projectSchema.index({ 'members.user': 1 });

projectSchema.methods.roleOf = function roleOf(userId) {
  const member = this.members.find((m) => m.user.equals(userId));
  return member ? member.role : null;
};

projectSchema.methods.canEdit = function canEdit(userId) {
  return ['owner', 'editor'].includes(this.roleOf(userId));
};

projectSchema.statics.forUser = function forUser(userId) {
  return this.find({ 'members.user': userId, archivedAt: null }).sort({ updatedAt: -1 });
};

module.exports = mongoose.model('Project', projectSchema);
