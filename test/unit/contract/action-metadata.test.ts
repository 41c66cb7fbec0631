import {describe, expect, it} from '@jest/globals'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {parse} from 'yaml'
import type {z} from 'zod'
import {ROOT} from '../../../sandbox/runner.js'

interface Manifest {
  name: string
  description: string
  inputs: Record<string, {description: string; required?: boolean; default?: string}>
  outputs: Record<string, {description: string}>
  runs: {using: string; main: string}
}

const actions = readdirSync(join(ROOT, 'actions')).sort()
const COMMON = ['token', 'repository', 'dry-run', 'evidence-dir']

describe.each(actions)('actions/%s', name => {
  const file = join(ROOT, 'actions', name, 'action.yml')
  const manifest = parse(readFileSync(file, 'utf8')) as Manifest
  const readme = readFileSync(join(ROOT, 'actions', name, 'README.md'), 'utf8')

  it('runs the committed bundle on node24', () => {
    expect(manifest.runs.using).toBe('node24')
    expect(manifest.runs.main).toBe(`../../dist/${name}/index.js`)
    expect(existsSync(resolve(dirname(file), manifest.runs.main))).toBe(true)
  })

  it('declares exactly the inputs its zod schema reads, the common ones included', async () => {
    const {inputSchema} = (await import(`../../../src/${name}/inputs.js`)) as {
      inputSchema: z.ZodObject
    }
    expect(Object.keys(manifest.inputs).sort()).toEqual(Object.keys(inputSchema.shape).sort())
    for (const common of COMMON) expect(manifest.inputs).toHaveProperty(common)
  })

  it('documents every input and output, and the permissions it needs, in its README', () => {
    for (const key of [...Object.keys(manifest.inputs), ...Object.keys(manifest.outputs)]) {
      expect(readme).toContain(`\`${key}\``)
    }
    expect(readme).toMatch(/permissions:/)
    expect(readme).toContain(`actions/${name}@`)
  })

  it('declares the evidence-head output runAction sets, and tells users to upload evidence-dir', () => {
    expect(manifest.outputs).toHaveProperty('evidence-head')
    expect(readme).toMatch(/upload-artifact/)
  })

  it('gives every input and output a description', () => {
    for (const spec of [...Object.values(manifest.inputs), ...Object.values(manifest.outputs)]) {
      expect(spec.description.length).toBeGreaterThan(10)
    }
  })

  it('has an ES module bundle free of missing-module stubs', () => {
    const bundle = readFileSync(join(ROOT, 'dist', name, 'index.js'), 'utf8')
    const pkg = JSON.parse(readFileSync(join(ROOT, 'dist', name, 'package.json'), 'utf8'))
    expect(pkg.type).toBe('module')
    // The banner every chunk starts with: require() for CommonJS packages, from import.meta.
    expect(bundle.split('\n')[0]).toContain('createRequire(import.meta.url)')
    expect(bundle).not.toContain('webpackMissingModule')
  })
})
