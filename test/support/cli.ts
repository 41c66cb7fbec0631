import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {ROOT} from '../../sandbox/runner.js'

const exec = promisify(execFile)

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the committed `rollback-kit` command as a person would: outside a runner. */
export async function cli(
  args: string[],
  options: {cwd?: string; env?: Record<string, string>} = {}
): Promise<CliRun> {
  return exec(process.execPath, [join(ROOT, 'bin', 'rollback-kit.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...options.env}
  }).then(
    r => ({code: 0, stdout: r.stdout, stderr: r.stderr}),
    (e: {code: number; stdout: string; stderr: string}) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr
    })
  )
}
