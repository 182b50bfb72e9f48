// corpus: path=src/contacts/contacts.repository.ts
import { Types, type FilterQuery } from 'mongoose'
import { Contact, type ContactDoc } from './contact.model'

export interface ContactSearch {
  ownerId: string
  q?: string
  tag?: string
  page?: number
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export async function searchContacts(search: ContactSearch) {
  const filter: FilterQuery<ContactDoc> = { owner: new Types.ObjectId(search.ownerId) }
  if (search.q) filter.name = { $regex: escapeRegex(String(search.q)), $options: 'i' }
  if (search.tag) filter.tags = String(search.tag)
  const page = Math.max(1, Math.floor(Number(search.page) || 1))
  return Contact.find(filter)
    .sort({ name: 1 })
    .skip((page - 1) * 50)
    .limit(50)
    .lean()
}

export async function getContact(ownerId: string, id: string) {
  if (!Types.ObjectId.isValid(id)) return null
  return Contact.findOne({ _id: new Types.ObjectId(id), owner: new Types.ObjectId(ownerId) }).lean()
}

export async function renameContact(ownerId: string, id: string, name: string) {
  return Contact.updateOne({ _id: new Types.ObjectId(id), owner: new Types.ObjectId(ownerId) }, { $set: { name: String(name).slice(0, 120) } })
}
