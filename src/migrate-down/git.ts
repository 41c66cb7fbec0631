import {UserError} from '../lib/errors.js'
import type {CommandRunner} from '../lib/exec.js'

const GIT_TIMEOUT_MS = 60_000

/** One change git reports between two commits under the migrations folder. */
export interface Change {
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T'
  path: string
  /** For renames and copies: the path at the older commit. */
  from?: string
}

/** Reads the migrations folder at commits, with git argv only (no work tree needed). */
export class GitReader {
  constructor(
    private readonly exec: CommandRunner,
    private readonly cwd: string
  ) {}

  private async git(args: string[], input?: string, what = 'git'): Promise<string> {
    const result = await this.exec.run('git', args, {
      cwd: this.cwd,
      input,
      timeoutMs: GIT_TIMEOUT_MS,
      env: {GIT_TERMINAL_PROMPT: '0'}
    })
    if (result.exitCode !== 0)
      throw new UserError(
        `${what} failed: ${result.stderr.trim() || `exit code ${result.exitCode}`}`
      )
    return result.stdout
  }

  /** The commit a revision names; a clear error when the ref is not in the clone. */
  async commit(ref: string, input: string): Promise<string> {
    const result = await this.exec.run(
      'git',
      ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
      {
        cwd: this.cwd,
        timeoutMs: GIT_TIMEOUT_MS
      }
    )
    if (result.exitCode !== 0)
      throw new UserError(
        `Input '${input}' has the value '${ref}': no such commit in the repository at '${this.cwd}'. Check out with fetch-depth: 0 (actions/checkout) so tags and history are present.`
      )
    return result.stdout.trim()
  }

  /** Paths of the files under `dir` at a commit (recursive), relative to the repo root. */
  async files(commit: string, dir: string): Promise<string[]> {
    const out = await this.git(['ls-tree', '-r', '-z', '--name-only', commit, '--', `${dir}/`])
    return out.split('\0').filter(Boolean)
  }

  /** File changes under `dir` from `older` to `newer`, renames detected. */
  async changes(older: string, newer: string, dir: string): Promise<Change[]> {
    const out = await this.git(['diff', '--name-status', '-z', '-M', older, newer, '--', `${dir}/`])
    const fields = out.split('\0')
    const changes: Change[] = []
    for (let i = 0; i < fields.length - 1;) {
      const code = fields[i++] as string
      const status = code[0] as Change['status']
      if (status === 'R' || status === 'C') {
        const from = fields[i++] as string
        changes.push({status, from, path: fields[i++] as string})
      } else changes.push({status, path: fields[i++] as string})
    }
    return changes
  }

  /** Contents of many files at a commit in one git process. */
  async contents(commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    if (paths.length === 0) return found
    const out = await this.git(
      ['cat-file', '--batch'],
      paths.map(p => `${commit}:${p}`).join('\n') + '\n'
    )
    const buffer = Buffer.from(out, 'utf8')
    let at = 0
    for (const path of paths) {
      const end = buffer.indexOf(0x0a, at)
      const header = buffer.subarray(at, end).toString('utf8')
      at = end + 1
      const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1]
      if (size === undefined) continue
      found.set(path, buffer.subarray(at, at + Number(size)).toString('utf8'))
      at += Number(size) + 1
    }
    return found
  }

  /** Paths under `dir` where the work tree differs from `commit` (edited or untracked). */
  async workTreeDrift(commit: string, dir: string): Promise<string[]> {
    const changed = await this.git(['diff', '--name-only', '-z', commit, '--', `${dir}/`])
    const untracked = await this.git([
      'ls-files',
      '--others',
      '--exclude-standard',
      '-z',
      '--',
      `${dir}/`
    ])
    return [...changed.split('\0'), ...untracked.split('\0')].filter(Boolean)
  }
  /**
   * Writes the files of `commit` into `dest` (a new folder) through a private index: the
   * user's work tree, index and worktree list are never touched.
   */
  async exportTree(commit: string, dest: string, index: string): Promise<void> {
    for (const args of [
      ['read-tree', commit],
      ['checkout-index', '--all', `--prefix=${dest.endsWith('/') ? dest : `${dest}/`}`]
    ]) {
      const result = await this.exec.run('git', args, {
        cwd: this.cwd,
        timeoutMs: GIT_TIMEOUT_MS,
        env: {GIT_TERMINAL_PROMPT: '0', GIT_INDEX_FILE: index}
      })
      if (result.exitCode !== 0)
        throw new UserError(
          `git ${args[0]} of ${commit.slice(0, 12)} failed: ${result.stderr.trim() || `exit code ${result.exitCode}`}`
        )
    }
  }
}
