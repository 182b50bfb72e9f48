// corpus: path=src/queue/consumer.ts
import { getDb } from '../db/client';
import { findChangeset, moveChangeset } from '../changesets/service';
import { runReview } from '../review/run';

export interface ReviewJob {
  changesetId: string;
  tenantId: string;
}

const MAX_ATTEMPTS = 5;

export async function consumeReviews(batch: MessageBatch<ReviewJob>, env: Env): Promise<void> {
  const db = getDb(env);
  for (const message of batch.messages) {
    const { changesetId, tenantId } = message.body;
    try {
      const changeset = await findChangeset(db, tenantId, changesetId);
      if (changeset.status === 'reviewed') {
        message.ack();
        continue;
      }
      if (changeset.status === 'pending') await moveChangeset(db, changesetId, 'pending', 'in_progress');
      await runReview(env, changesetId);
      await moveChangeset(db, changesetId, 'in_progress', 'reviewed');
      message.ack();
    } catch (error) {
      console.error(JSON.stringify({ msg: 'review failed', changesetId, attempt: message.attempts, error: String(error) }));
      if (message.attempts >= MAX_ATTEMPTS) {
        await moveChangeset(db, changesetId, 'in_progress', 'failed').catch(() => false);
        message.ack();
      } else {
        message.retry({ delaySeconds: 2 ** message.attempts });
      }
    }
  }
}
