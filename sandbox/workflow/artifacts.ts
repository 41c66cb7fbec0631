// actions/upload-artifact and actions/download-artifact, natively: an artifact is a folder in
// the run's directory. Names are unique per run, as in v4 and later.
import {cp, mkdir, readdir, rm, stat} from 'node:fs/promises'
import {basename, isAbsolute, join, resolve} from 'node:path'

export class ArtifactStore {
  constructor(readonly dir: string) {}

  private path(name: string): string {
    if (!/^[^/\\:"<>|*?\r\n]{1,255}$/.test(name)) throw new Error(`invalid artifact name '${name}'`)
    return join(this.dir, name)
  }

  async names(): Promise<string[]> {
    return (await readdir(this.dir).catch(() => [] as string[])).sort()
  }

  /** Returns how many files were stored. */
  async upload(
    name: string,
    paths: string[],
    workspace: string,
    options: {overwrite?: boolean; includeHidden?: boolean; ifNoFilesFound?: string} = {}
  ): Promise<{files: number; warning?: string}> {
    const target = this.path(name)
    const exists = await stat(target).then(
      () => true,
      () => false
    )
    if (exists && !options.overwrite)
      throw new Error(
        `an artifact named '${name}' already exists in this run (pass overwrite: true to replace it)`
      )
    await rm(target, {recursive: true, force: true})
    await mkdir(target, {recursive: true})
    const hidden = (p: string) => !options.includeHidden && basename(p).startsWith('.')
    let files = 0
    for (const raw of paths) {
      const source = isAbsolute(raw) ? raw : resolve(workspace, raw)
      const info = await stat(source).catch(() => undefined)
      if (!info) continue
      const filter = (src: string) => {
        if (src !== source && hidden(src)) return false
        return true
      }
      if (info.isDirectory()) await cp(source, target, {recursive: true, filter})
      else if (!hidden(source)) await cp(source, join(target, basename(source)))
      files += await countFiles(target)
    }
    files = await countFiles(target)
    if (files === 0) {
      await rm(target, {recursive: true, force: true})
      const message = `No files were found with the provided path: ${paths.join(', ')}. No artifacts will be uploaded.`
      if (options.ifNoFilesFound === 'error') throw new Error(message)
      return {files, warning: options.ifNoFilesFound === 'ignore' ? undefined : message}
    }
    return {files}
  }

  /** Copies artifacts into `path`: one by name, or all matching `pattern` (each in its own folder unless merged). */
  async download(
    into: string,
    options: {name?: string; pattern?: string; mergeMultiple?: boolean}
  ): Promise<string[]> {
    await mkdir(into, {recursive: true})
    if (options.name) {
      const source = this.path(options.name)
      if (
        !(await stat(source).then(
          () => true,
          () => false
        ))
      )
        throw new Error(`Artifact not found for name: ${options.name}`)
      await cp(source, into, {recursive: true})
      return [options.name]
    }
    const glob = options.pattern ? globRegex(options.pattern) : /.*/
    const names = (await this.names()).filter(n => glob.test(n))
    for (const name of names)
      await cp(join(this.dir, name), options.mergeMultiple ? into : join(into, name), {
        recursive: true
      })
    return names
  }
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries.filter(e => e.isFile()).length
}

function globRegex(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${body}$`)
}
