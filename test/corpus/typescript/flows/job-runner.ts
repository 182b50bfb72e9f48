// corpus: path=src/jobs/runner.ts
export interface Job {
  id: string;
  run(): Promise<void>;
  retries: number;
}

export async function runAll(jobs: Job[]): Promise<string[]> {
  const failed: string[] = [];
  for (const job of jobs) {
    try {
      await job.run();
    } catch {
      failed.push(job.id); // ok: mutate-while-iterating
      if (job.retries > 0) {
        jobs.push({ ...job, retries: job.retries - 1 }); // expect: mutate-while-iterating
      }
    }
  }
  return failed;
}

export async function runOnce(job: Job): Promise<boolean> {
  try {
    await job.run();
    return true;
  } catch (err) {
    throw new Error(`job ${job.id} failed`, { cause: err });
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return false; // expect: finally-control-flow
  }
}

export async function runEach(jobs: Job[]): Promise<number> {
  let done = 0;
  for (const job of jobs) {
    try {
      await job.run();
      done++;
    } finally {
      if (done > 100) {
        break; // expect: finally-control-flow
      }
    }
  }
  return done;
}

export function removeDone(ids: Set<string>, done: string[]): void {
  for (const id of done) ids.delete(id); // ok: mutate-while-iterating
}
