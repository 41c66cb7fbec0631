// Bundled into @actions/core in place of @actions/exec (see script/bundle.mjs): core needs it
// only for platform.getDetails, which rollback-kit never calls. src/lib/exec.ts gets the real one.
const unused = () => {
  throw new Error(
    'rollback-kit does not call core.platform; @actions/exec is not bundled into core'
  )
}

export const exec = unused
export const getExecOutput = unused
