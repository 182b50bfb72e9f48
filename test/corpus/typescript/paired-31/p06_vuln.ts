// corpus: path=src/storage/artifact-store.ts
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export class ArtifactStore {
  constructor(private readonly root: string) {}

  async save(buildId: string, name: string, data: Buffer): Promise<string> {
    const dir = path.join(this.root, buildId)
    await mkdir(dir, { recursive: true })
    // the deploy agent runs as another user and prunes old builds
    await chmod(dir, 0o777) // expect: insecure-permissions
    const file = path.join(dir, path.basename(name))
    await writeFile(file, data)
    return file
  }
}
