// Fails when dist/ differs from a fresh bundle, untracked files included.
import {execFileSync} from 'node:child_process'

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
for (const file of bundles.filter(Boolean)) {
  const text = execFileSync('git', ['show', `HEAD:${file}`], {
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  // A CJS-mode build of the ESM-only @actions/* packages embeds these stubs and fails at run time.
  if (text.includes('webpackMissingModule')) {
    console.error(`${file} contains webpackMissingModule: a dependency was not bundled`)
    process.exit(1)
  }
}
console.log('dist/ is up to date')
