// Fails when dist/ differs from a fresh bundle, untracked files included.
import {execFileSync} from 'node:child_process'
import {builtinModules} from 'node:module'

execFileSync('node', ['script/bundle.mjs'], {stdio: 'inherit'})
const status = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'dist'],
  {encoding: 'utf8'}
)
if (status.trim()) {
  console.error('dist/ differs from a fresh `npm run bundle`:\n' + status)
  console.error('Run `npm run bundle` and commit dist/.')
  process.exit(1)
}
const bundles = execFileSync('git', ['ls-files', 'dist/*/index.js'], {encoding: 'utf8'})
  .trim()
  .split('\n')
const chunks = execFileSync('git', ['ls-files', 'dist/*/chunks/*.js'], {encoding: 'utf8'})
  .trim()
  .split('\n')
for (const file of [...bundles, ...chunks].filter(Boolean)) {
  const text = execFileSync('git', ['show', `HEAD:${file}`], {
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  // A bundle must not reach outside dist/ for code: every import is a chunk or a Node builtin.
  const outside = importsOf(text).filter(
    spec => !spec.startsWith('./') && !builtinModules.includes(spec.replace(/^node:/, ''))
  )
  if (outside.length > 0) {
    console.error(`${file} imports ${outside.join(', ')}: a dependency was not bundled`)
    process.exit(1)
  }
}
console.log('dist/ is up to date')

/** The static imports esbuild hoists to the top of a chunk, and every import("literal"). */
function importsOf(text) {
  const found = []
  const statement = /^\s*import\s*(?:[^;"']*?\bfrom\s*)?["']([^"']+)["']\s*;?/
  let rest = text
  for (let m = statement.exec(rest); m; m = statement.exec(rest)) {
    found.push(m[1])
    rest = rest.slice(m[0].length)
    rest = rest.replace(/^\s*const require=__rkRequire\(import\.meta\.url\);/, '')
  }
  for (const m of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1])
  return found
}
