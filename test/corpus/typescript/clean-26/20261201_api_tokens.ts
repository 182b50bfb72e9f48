// corpus: path=db/migrations/20261201090000_api_tokens.ts
import type { Knex } from 'knex'

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_tokens', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'))
    table.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
    table.string('name', 64).notNullable()
    table.string('token_prefix', 12).notNullable()
    table.string('token_hash', 64).notNullable().unique()
    table.specificType('scopes', 'text[]').notNullable().defaultTo('{}')
    table.timestamp('last_used_at', { useTz: true })
    table.timestamp('expires_at', { useTz: true })
    table.timestamp('revoked_at', { useTz: true })
    table.timestamps(true, true)
    table.index(['user_id', 'revoked_at'])
  })

  await knex.schema.createTable('password_reset_tokens', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'))
    table.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
    table.string('token_hash', 64).notNullable().unique()
    table.timestamp('expires_at', { useTz: true }).notNullable()
    table.timestamp('used_at', { useTz: true })
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now())
  })

  await knex.schema.alterTable('users', (table) => {
    table.timestamp('password_changed_at', { useTz: true })
    table.integer('failed_login_count').notNullable().defaultTo(0)
    table.timestamp('locked_until', { useTz: true })
  })

  // Old plaintext tokens cannot be hashed back into usable ones; revoke them so owners rotate.
  await knex('legacy_tokens').update({ revoked: true })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table.dropColumn('locked_until')
    table.dropColumn('failed_login_count')
    table.dropColumn('password_changed_at')
  })
  await knex.schema.dropTable('password_reset_tokens')
  await knex.schema.dropTable('api_tokens')
}
