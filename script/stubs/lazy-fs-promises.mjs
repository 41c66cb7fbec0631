// Bundled in place of node:fs/promises (see script/bundle.mjs): loading it pulls in readline
// and most of streams, a few milliseconds of every start, though a step that fails on its
// inputs never touches a file. Each function loads the real module on its first call.

let real
const fsp = () => (real ??= process.getBuiltinModule('node:fs/promises'))
const lazy =
  name =>
  (...args) =>
    fsp()[name](...args)

export const access = lazy('access')
export const appendFile = lazy('appendFile')
export const chmod = lazy('chmod')
export const copyFile = lazy('copyFile')
export const cp = lazy('cp')
export const link = lazy('link')
export const lstat = lazy('lstat')
export const mkdir = lazy('mkdir')
export const mkdtemp = lazy('mkdtemp')
export const open = lazy('open')
export const opendir = lazy('opendir')
export const readFile = lazy('readFile')
export const readdir = lazy('readdir')
export const readlink = lazy('readlink')
export const realpath = lazy('realpath')
export const rename = lazy('rename')
export const rm = lazy('rm')
export const rmdir = lazy('rmdir')
export const stat = lazy('stat')
export const symlink = lazy('symlink')
export const truncate = lazy('truncate')
export const unlink = lazy('unlink')
export const utimes = lazy('utimes')
export const writeFile = lazy('writeFile')
export {constants} from 'node:fs'

const promises = {
  access,
  appendFile,
  chmod,
  copyFile,
  cp,
  link,
  lstat,
  mkdir,
  mkdtemp,
  open,
  opendir,
  readFile,
  readdir,
  readlink,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
  symlink,
  truncate,
  unlink,
  utimes,
  writeFile
}
export default promises
