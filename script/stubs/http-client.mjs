// Bundled into @actions/core in place of @actions/http-client (see script/bundle.mjs):
// core needs it only for getIDToken (OIDC), which rollback-kit never calls.
const unused = () => {
  throw new Error('rollback-kit does not request OIDC tokens; @actions/http-client is not bundled')
}

export class HttpClient {
  constructor() {
    unused()
  }
}

export class BearerCredentialHandler {
  constructor() {
    unused()
  }
}
