// Bundled in place of `process.stdout` and `process.stderr` in the actions (see
// script/bundle.mjs). Node builds the real streams on first use, and on a pipe (as on a runner)
// that loads net and most of streams: about 7 ms, a fifth of a bare start, only to print the
// workflow commands of a step. These writers write straight to the file descriptor, which is
// what the real streams do on Linux for pipes and files anyway (synchronously, in order).
// Everything else (events, isTTY, columns, a write that would block) goes to the real stream,
// and once a write has gone there every later one does too, so output never reorders.
import {Buffer} from 'node:buffer'
import {writeSync} from 'node:fs'

// Not `process.stdout`: the bundler replaces that expression with these writers.
const node = process

function writer(fd, stream) {
  let viaStream = false
  const write = (chunk, encoding, callback) => {
    if (viaStream) return stream().write(chunk, encoding, callback)
    const done = typeof encoding === 'function' ? encoding : callback
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
        : chunk
    let offset = 0
    try {
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset)
    } catch {
      // EAGAIN: the descriptor is non-blocking (someone made the real stream) and the reader
      // is slow; or anything else (EPIPE, EBADF), which the stream reports as Node always
      // does. What was written stays; the rest, and every later write, go to the stream.
      viaStream = true
      return stream().write(bytes.subarray(offset), done)
    }
    if (done) node.nextTick(done)
    return true
  }
  return new Proxy(
    {},
    {
      get: (_target, name) => {
        if (name === 'write') return write
        const value = stream()[name]
        return typeof value === 'function' ? value.bind(stream()) : value
      },
      set: (_target, name, value) => Reflect.set(stream(), name, value)
    }
  )
}

export const rkStdout = writer(1, () => node.stdout)
export const rkStderr = writer(2, () => node.stderr)
