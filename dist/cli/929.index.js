export const id = 929;
export const ids = [929];
export const modules = {

/***/ 4929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/lib/helm/app-version.ts
var app_version = __webpack_require__(1882);
// EXTERNAL MODULE: ./src/lib/helm/helm.ts + 1 modules
var helm_helm = __webpack_require__(5222);
// EXTERNAL MODULE: ./src/lib/helm/release-name.ts
var release_name = __webpack_require__(1213);
// EXTERNAL MODULE: ./src/lib/action.ts
var action = __webpack_require__(5577);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(766);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/github.ts
var github = __webpack_require__(3848);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/lib/outputs.ts
var outputs = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/lib/summary.ts
var lib_summary = __webpack_require__(1119);
;// CONCATENATED MODULE: ./src/identify-lkg-tag/checks.ts
const PASSING_CONCLUSIONS = new Set(['SUCCESS', 'NEUTRAL', 'SKIPPED']);
function outcome(signal) {
    if (signal.kind === 'status') {
        if (signal.status === 'SUCCESS')
            return 'pass';
        if (signal.status === 'PENDING' || signal.status === 'EXPECTED')
            return 'pending';
        return 'fail';
    }
    if (signal.status !== 'COMPLETED')
        return 'pending';
    return PASSING_CONCLUSIONS.has(signal.conclusion ?? '') ? 'pass' : 'fail';
}
function describe(signal) {
    const state = signal.kind === 'status' ? signal.status : (signal.conclusion ?? signal.status);
    return `${signal.name}: ${state.toLowerCase()}`;
}
/**
 * Whether a commit's checks qualify it as known-good. `all`: at least one check run or status
 * exists and every one concluded success, neutral or skipped (no pending). Named: each named
 * check exists and every run of it passed. `none`: checks are not looked at.
 */
function evaluateChecks(signals, required) {
    if (required.mode === 'none')
        return { ok: true, detail: 'checks not required' };
    const relevant = required.mode === 'all' ? signals : signals.filter(s => required.names.includes(s.name));
    if (required.mode === 'all' && relevant.length === 0)
        return { ok: false, reason: 'no checks' };
    if (required.mode === 'named') {
        const missing = required.names.filter(name => !signals.some(s => s.name === name));
        if (missing.length)
            return { ok: false, reason: `required check missing: ${missing.join(', ')}` };
    }
    const failing = relevant.filter(s => outcome(s) === 'fail');
    if (failing.length)
        return { ok: false, reason: `checks failed: ${failing.map(describe).join(', ')}` };
    const pending = relevant.filter(s => outcome(s) === 'pending');
    if (pending.length) {
        return { ok: false, reason: `checks not finished: ${pending.map(describe).join(', ')}` };
    }
    return { ok: true, detail: `${relevant.length} check(s) passed` };
}
/** Parses the `required-checks` input: `all`, `none` (any case) or a newline list of check names. */
function parseRequiredChecks(lines) {
    // `ALL` and `None` are the keywords too: a check named "ALL" is far less likely than a
    // user who typed the keyword in capitals and would silently require a missing check.
    const keyword = lines.length === 1 ? lines[0]?.toLowerCase() : undefined;
    if (lines.length === 0 || keyword === 'all')
        return { mode: 'all' };
    if (keyword === 'none')
        return { mode: 'none' };
    return { mode: 'named', names: [...lines] };
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/semver.ts
const NUMERIC = '0|[1-9]\\d*';
const IDENT = `(?:${NUMERIC}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const SEMVER = new RegExp(`^(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`);
/** Parses strict semver; anything else (e.g. `1.2`, `01.2.3`, `latest`) is undefined. */
function parseSemVer(text) {
    const m = SEMVER.exec(text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    const prerelease = m[4] ? m[4].split('.').map(id => (/^\d+$/.test(id) ? Number(id) : id)) : [];
    return { major, minor, patch, prerelease, build: m[5] ?? '', raw: text };
}
/**
 * Semver precedence: numeric parts, then a release above its prereleases, then prerelease
 * identifiers left to right (numbers below words, numbers numerically, words by ASCII,
 * a longer list above its prefix). This is what `sort -V` gets wrong for `-rc.N`.
 */
function compareSemVer(a, b) {
    for (const key of ['major', 'minor', 'patch']) {
        if (a[key] !== b[key])
            return a[key] < b[key] ? -1 : 1;
    }
    if (!a.prerelease.length && !b.prerelease.length)
        return 0;
    if (!a.prerelease.length)
        return 1;
    if (!b.prerelease.length)
        return -1;
    const n = Math.max(a.prerelease.length, b.prerelease.length);
    for (let i = 0; i < n; i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        if (typeof x === 'number' && typeof y === 'number')
            return x < y ? -1 : 1;
        if (typeof x === 'number')
            return -1;
        if (typeof y === 'number')
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
function isPrerelease(v) {
    return v.prerelease.length > 0;
}
/** The version without build metadata, e.g. `1.4.0-rc.1`. */
function formatSemVer(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.prerelease.length ? `${core}-${v.prerelease.join('.')}` : core;
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/select.ts


/** Newest first, by semver precedence (never by string or `sort -V` order). */
function newestFirst(tags) {
    return [...tags].sort((a, b) => compareSemVer(b.version, a.version) || a.name.localeCompare(b.name));
}
/**
 * The last known-good release: the newest tag below `current` whose commit passed its checks
 * and every extra gate. Candidates are inspected newest first in batches, and the search
 * stops at the first that qualifies, so the cost follows how far back the answer is, not how
 * many tags the repository has. Nothing falls back silently: without a winner the caller gets
 * every rejection with its reason.
 */
async function selectLastKnownGood(tags, rules) {
    const below = newestFirst(tags).filter(t => compareSemVer(t.version, rules.current.version) < 0);
    const skippedPrereleases = rules.includePrereleases
        ? 0
        : below.filter(t => isPrerelease(t.version)).length;
    const candidates = rules.includePrereleases ? below : below.filter(t => !isPrerelease(t.version));
    const examined = [];
    const sizes = rules.batchSizes ?? [10, 50];
    let next = 0;
    for (let batchNo = 0; next < candidates.length; batchNo++) {
        const size = sizes[Math.min(batchNo, sizes.length - 1)] ?? 10;
        // Excluded tags keep their place in the newest-first order but cost no request.
        const slice = [];
        let inspected = 0;
        while (next < candidates.length && inspected < size) {
            const tag = candidates[next++];
            slice.push(tag);
            if (!rules.exclude.has(tag.name))
                inspected++;
        }
        const infos = inspected
            ? await rules.inspect(slice.filter(t => !rules.exclude.has(t.name)))
            : new Map();
        for (const [index, tag] of slice.entries()) {
            if (rules.exclude.has(tag.name)) {
                examined.push(reject(tag, undefined, "listed in 'exclude'"));
                continue;
            }
            const info = infos.get(tag.name);
            if (!info) {
                examined.push(reject(tag, undefined, 'tag vanished or does not point at a commit'));
                continue;
            }
            const reason = (await ambiguity(tag, info.sha, candidates, infos, rules)) ??
                (await firstRejection(tag, info, rules));
            if (reason) {
                examined.push(reject(tag, info.sha, reason));
                continue;
            }
            const chosen = {
                ...select_describe(tag),
                sha: info.sha,
                verdict: 'chosen',
                reason: 'qualified'
            };
            examined.push(chosen);
            const unexamined = slice.length - index - 1 + (candidates.length - next);
            return { chosen, examined, notExamined: unexamined, skippedPrereleases };
        }
    }
    return { examined, notExamined: 0, skippedPrereleases };
}
/**
 * Tags of the same precedence (`v1.2.0`, `1.2.0`, `v1.2.0+build.5`) on different commits: which
 * one is "the release" cannot be decided by name, so the candidate is rejected with both names.
 * Tags of the same version on the same commit are no conflict.
 */
async function ambiguity(tag, sha, candidates, known, rules) {
    const twins = candidates.filter(t => t.name !== tag.name &&
        !rules.exclude.has(t.name) &&
        compareSemVer(t.version, tag.version) === 0);
    if (twins.length === 0)
        return undefined;
    const missing = twins.filter(t => !known.has(t.name));
    if (missing.length)
        for (const [name, info] of await rules.inspect(missing))
            known.set(name, info);
    const other = twins.find(t => known.get(t.name) && known.get(t.name)?.sha !== sha);
    if (!other)
        return undefined;
    const otherSha = known.get(other.name)?.sha ?? '';
    return `ambiguous: ${tag.name} (${sha.slice(0, 12)}) and ${other.name} (${otherSha.slice(0, 12)}) have the same version precedence but different commits; pass the wrong one in 'exclude'`;
}
async function firstRejection(tag, info, rules) {
    const checks = evaluateChecks(info.signals, rules.required);
    if (!checks.ok)
        return checks.reason;
    for (const gate of rules.gates) {
        const reason = await gate(tag, info.sha);
        if (reason)
            return reason;
    }
    return undefined;
}
function select_describe(tag) {
    return { tag: tag.name, version: formatSemVer(tag.version) };
}
function reject(tag, sha, reason) {
    return { ...select_describe(tag), ...(sha ? { sha } : {}), verdict: 'rejected', reason };
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/current.ts


const SHA = /^[0-9a-f]{7,40}$/i;
/**
 * What is deployed now: the `current` input (a tag or a commit sha), else the newest
 * deployment to `environment`, else the newest matching tag.
 */
async function resolveCurrent(lookup) {
    const { input, tags } = lookup;
    if (input) {
        const tag = tags.find(t => t.name === input);
        if (tag)
            return withSha(tag, lookup, `input 'current'`);
        if (lookup.refs.has(input)) {
            throw new errors/* InputError */.dz('current', input, `that tag does not match tag-pattern '${lookup.patterns}' with a semver version; widen tag-pattern or pass a matching tag`);
        }
        if (SHA.test(input)) {
            const found = await tagAtCommit(input.toLowerCase(), lookup);
            if (found)
                return { tag: found, sha: undefined, source: `input 'current' (commit ${input})` };
            throw new errors/* InputError */.dz('current', input, `no tag matching tag-pattern '${lookup.patterns}' points at that commit; pass the deployed release tag instead, e.g. v1.4.2`);
        }
        throw new errors/* InputError */.dz('current', input, `no such tag, and it is not a commit sha; pass the deployed tag (e.g. v1.4.2) or its commit sha`);
    }
    if (lookup.newestDeployment && lookup.environment) {
        const deployment = await lookup.newestDeployment();
        if (deployment) {
            const byRef = tags.find(t => t.name === deployment.ref);
            if (byRef)
                return withSha(byRef, lookup, `newest deployment to ${lookup.environment}`);
            const bySha = await tagAtCommit(deployment.sha, lookup);
            if (bySha)
                return {
                    tag: bySha,
                    sha: deployment.sha,
                    source: `newest deployment to ${lookup.environment}`
                };
            throw new errors/* UserError */.yo(`The newest deployment to '${lookup.environment}' is commit ${deployment.sha} (ref ${deployment.ref ?? 'unknown'}), and no tag matching tag-pattern '${lookup.patterns}' points at it. Pass the deployed release as input 'current'.`);
        }
    }
    const newest = newestFirst(tags)[0];
    if (!newest)
        throw new errors/* UserError */.yo(`No tag matches tag-pattern '${lookup.patterns}'.`);
    const why = lookup.environment
        ? `newest matching tag (no deployment to ${lookup.environment} found)`
        : 'newest matching tag';
    return withSha(newest, lookup, why);
}
function withSha(tag, lookup, source) {
    const ref = lookup.refs.get(tag.name);
    return { tag, sha: ref?.objectType === 'commit' ? ref.objectSha : undefined, source };
}
/** The highest-versioned tag on a commit: lightweight refs first, then annotated ones peeled. */
async function tagAtCommit(sha, lookup) {
    const ordered = newestFirst(lookup.tags);
    const light = ordered.find(t => {
        const ref = lookup.refs.get(t.name);
        return ref?.objectType === 'commit' && ref.objectSha.startsWith(sha);
    });
    if (light)
        return light;
    const annotated = ordered.filter(t => lookup.refs.get(t.name)?.objectType === 'tag');
    for (let i = 0; i < annotated.length; i += 100) {
        const peeled = await lookup.peel(annotated.slice(i, i + 100));
        const hit = annotated.slice(i, i + 100).find(t => peeled.get(t.name)?.startsWith(sha));
        if (hit)
            return hit;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/deployment-feed.ts

const QUERY = `query Deployments($owner: String!, $name: String!, $env: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$env], first: 100, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes { createdAt commitOid ref { name } statuses(first: 100) { nodes { state createdAt } } }
    }
  }
}`;
/**
 * The deployments to one environment, read a page of 100 at a time and only as far back as a
 * question needs: most candidates were deployed recently and are found on the first page.
 */
class DeploymentFeed {
    client;
    repository;
    environment;
    maxPages;
    loaded = [];
    cursor = null;
    done = false;
    constructor(client, repository, environment, maxPages = 20) {
        this.client = client;
        this.repository = repository;
        this.environment = environment;
        this.maxPages = maxPages;
    }
    pages = 0;
    /** True when the page cap, not the end of the list, stopped the reading. */
    truncated = false;
    /** Loads pages until `found` is satisfied or there are no more; returns what is loaded. */
    async until(found) {
        while (!this.done && !found(this.loaded))
            await this.nextPage();
        return this.loaded;
    }
    async nextPage() {
        if (this.pages >= this.maxPages) {
            this.done = true;
            this.truncated = true;
            return;
        }
        const { owner, repo } = this.repository;
        let page;
        try {
            page = await this.client.graphql(QUERY, {
                owner,
                name: repo,
                env: this.environment,
                after: this.cursor
            });
        }
        catch (error) {
            throw (0,github/* gitHubError */.M)(error, `Reading deployments to '${this.environment}'`, `${owner}/${repo}`);
        }
        this.pages++;
        const connection = page.repository?.deployments;
        for (const node of connection?.nodes ?? []) {
            if (!node)
                continue;
            this.loaded.push({
                sha: node.commitOid,
                ref: node.ref?.name,
                createdAt: new Date(node.createdAt),
                statuses: (node.statuses?.nodes ?? []).flatMap(s => s ? [{ state: s.state, createdAt: new Date(s.createdAt) }] : [])
            });
        }
        this.cursor = connection?.pageInfo.endCursor ?? null;
        this.done = !connection?.pageInfo.hasNextPage;
    }
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/deployments.ts
/** A copy, newest first by time: GitHub documents no list order for either. */
function deployments_newestFirst(items) {
    return [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}
/**
 * Whether a deployment's newest status by time is success. GitHub marks a superseded
 * deployment `INACTIVE`, so a success followed by inactive still counts as having deployed
 * successfully; a later failure or error does not.
 */
function deployedSuccessfully(deployment) {
    const latest = deployments_newestFirst(deployment.statuses).find(status => status.state !== 'INACTIVE');
    return latest?.state === 'SUCCESS';
}
/** The newest deployment by creation time, whatever its state. */
function newestDeployment(deployments) {
    return deployments_newestFirst(deployments)[0];
}
/** Why a commit does not qualify by its deployments to `environment`, or undefined when it does. */
function deploymentRejection(sha, environment, deployments) {
    const mine = deployments.filter(d => d.sha === sha);
    if (mine.length === 0)
        return `never deployed to ${environment}`;
    if (mine.some(deployedSuccessfully))
        return undefined;
    const last = deployments_newestFirst(newestDeployment(mine)?.statuses ?? [])[0];
    return `no successful deployment to ${environment} (latest status: ${last ? last.state.toLowerCase() : 'none'})`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/identify-lkg-tag/tag-pattern.ts

const WILDCARD = /[*?]/;
// Characters git forbids in ref names, plus the glob classes we do not support.
// eslint-disable-next-line no-control-regex -- control characters are exactly what git forbids
const FORBIDDEN = /[\s~^:\\[\]\x00-\x1f\x7f]|\.\.|@\{|\/\//;
const MAX_TAG = 255;
/** Why a text cannot be a tag name (git check-ref-format rules), or undefined when it can. */
function tagNameProblem(name) {
    if (name.startsWith('-'))
        return 'cannot be a tag name: it starts with -';
    if (name.length > MAX_TAG)
        return `cannot be a tag name here: longer than ${MAX_TAG} characters`;
    if (FORBIDDEN.test(name) || WILDCARD.test(name) || /(^|\/)\.|\.lock$|\/$|\.$|^@$/.test(name))
        return 'cannot be a tag name: git forbids spaces, ~ ^ : ? * [ \\, .., @{, a leading . and a trailing . or /';
    return undefined;
}
/**
 * Compiles a glob (`*` any run, `?` one character). The version is the semver after the
 * glob's literal prefix, so `v*`, `rc-*` and `ga-*` work; for a glob like `v1.*` the version
 * starts after `v`, because `1.` belongs to the version. Returns an error text when invalid.
 */
function compileTagPattern(glob) {
    if (glob.startsWith('refs/'))
        return 'give the tag name without refs/tags/, e.g. v*';
    if (glob.startsWith('-'))
        return 'a tag name cannot start with - (git refuses it), e.g. v*';
    if (glob.length > MAX_TAG)
        return `a glob of at most ${MAX_TAG} characters, e.g. v*`;
    if (FORBIDDEN.test(glob)) {
        return 'a glob may use * and ? but no spaces, brackets, ~ ^ : \\ or .. (git forbids them in tag names)';
    }
    const first = glob.search(WILDCARD);
    const literal = first === -1 ? glob : glob.slice(0, first);
    const versionPrefix = literal.replace(/[0-9.]+$/, '');
    return { glob, literal, versionPrefix, matches: globMatcher(glob) };
}
/**
 * A matcher for `*` and `?` that never backtracks: the glob is split at its stars, and each
 * piece between them is matched at the leftmost place it fits after the previous one (which
 * is always a right choice for star globs). A regex like `^.*a.*a.*a.*b$` instead retries
 * every split of the name, seconds per tag for a pattern with many stars.
 */
function globMatcher(glob) {
    const pieces = glob.split('*');
    const first = pieces[0];
    const last = pieces.length > 1 ? pieces.at(-1) : undefined;
    const middle = pieces.slice(1, -1).filter(piece => piece !== '');
    return name => {
        if (last === undefined)
            return name.length === first.length && fits(name, 0, first);
        if (name.length < first.length + last.length)
            return false;
        if (!fits(name, 0, first) || !fits(name, name.length - last.length, last))
            return false;
        let at = first.length;
        const end = name.length - last.length;
        for (const piece of middle) {
            const found = find(name, piece, at, end);
            if (found === -1)
                return false;
            at = found + piece.length;
        }
        return true;
    };
}
// Whether `piece` (with `?` for any one character) matches `name` at `at`.
function fits(name, at, piece) {
    if (at + piece.length > name.length)
        return false;
    for (let i = 0; i < piece.length; i++) {
        if (piece[i] !== '?' && piece[i] !== name[at + i])
            return false;
    }
    return true;
}
// The leftmost place at or after `from` where `piece` fits and ends by `end`, or -1.
function find(name, piece, from, end) {
    if (!piece.includes('?')) {
        const found = name.indexOf(piece, from);
        return found !== -1 && found + piece.length <= end ? found : -1;
    }
    for (let at = from; at + piece.length <= end; at++)
        if (fits(name, at, piece))
            return at;
    return -1;
}
/** The version of a tag under the first pattern that matches it and yields strict semver. */
function versionOf(name, patterns) {
    for (const pattern of patterns) {
        if (!pattern.matches(name) || !name.startsWith(pattern.versionPrefix))
            continue;
        const version = parseSemVer(name.slice(pattern.versionPrefix.length));
        if (version)
            return { name, version, pattern: pattern.glob };
    }
    return undefined;
}
/**
 * The fewest literal prefixes that cover every pattern, for listing refs by prefix:
 * `v` covers `v1.`; an empty literal covers everything.
 */
function listingPrefixes(patterns) {
    const literals = [...new Set(patterns.map(p => p.literal))].sort((a, b) => a.length - b.length);
    const kept = [];
    for (const literal of literals)
        if (!kept.some(k => literal.startsWith(k)))
            kept.push(literal);
    return kept;
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/inputs.ts



/** identify-lkg-tag's inputs; the keys are action.yml's input names. */
const inputSchema = schemas/* object */.Ikc({
    ...lib_inputs/* commonInputs */.j$,
    // Empty only when the user set it so: the runner fills in action.yml's default 'v*'.
    'tag-pattern': (0,lib_inputs/* required */.mw)('one or more globs, one per line, e.g. v*').transform(v => v
        .split(/\r?\n/)
        .map(entry => entry.trim())
        .filter(Boolean)),
    current: (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return undefined;
        const why = /^[0-9a-f]{7,40}$/i.test(v) ? undefined : tagNameProblem(v);
        return why ? problem(`expected a tag name or a commit sha: ${why}`) : v;
    }),
    environment: (0,lib_inputs/* line */.n8)('an environment name as the repository settings show it'),
    'required-checks': (0,lib_inputs/* lines */.Mn)().transform((names, ctx) => {
        const long = names.find(name => name.length > 1024);
        return long ? (0,lib_inputs/* fail */.fJ)(ctx, 'expected check names of at most 1024 characters') : names;
    }),
    'include-prereleases': (0,lib_inputs/* bool */.lc)(false),
    exclude: (0,lib_inputs/* lines */.Mn)().transform((tags, ctx) => {
        for (const tag of tags) {
            const why = tagNameProblem(tag);
            if (why)
                return (0,lib_inputs/* fail */.fJ)(ctx, `expected tag names, one per line: '${tag.slice(0, 60)}' ${why}`);
        }
        return tags;
    }),
    'helm-release': (0,lib_inputs/* line */.n8)('a helm release name', 53),
    'helm-namespace': (0,lib_inputs/* line */.n8)('a Kubernetes namespace', 63)
});

;// CONCATENATED MODULE: ./src/identify-lkg-tag/inspect.ts

const CONTEXTS = `contexts(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { __typename ... on CheckRun { name status conclusion } ... on StatusContext { context state } }
}`;
/**
 * Peels a batch of tags to their commits and reads each commit's check runs and statuses in
 * ONE GraphQL query (one aliased `ref` field per tag); only a commit with more than 100 checks
 * costs a follow-up query.
 */
async function inspectTags(client, { owner, repo }, names, withChecks) {
    const rollup = withChecks
        ? `statusCheckRollup { ${CONTEXTS.replace(', after: $after', '')} }`
        : '';
    const object = peelingSelection(rollup);
    const fields = names
        .map((_, i) => `t${i}: ref(qualifiedName: $q${i}) { target { ${object} } }`)
        .join('\n');
    const params = names.map((_, i) => `$q${i}: String!`).join(', ');
    const query = `query InspectTags($owner: String!, $name: String!, ${params}) {
  repository(owner: $owner, name: $name) { ${fields} }
}`;
    const variables = { owner, name: repo };
    names.forEach((n, i) => (variables[`q${i}`] = `refs/tags/${n}`));
    let data;
    try {
        data = await client.graphql(query, variables);
    }
    catch (error) {
        throw (0,github/* gitHubError */.M)(error, `Reading the checks of ${names.length} tag(s) in ${owner}/${repo}`, `${owner}/${repo}`);
    }
    if (!data.repository)
        throw (0,github/* gitHubError */.M)({ status: 404, message: 'Could not resolve to a Repository' }, 'Reading tags', `${owner}/${repo}`);
    const result = new Map();
    for (const [i, name] of names.entries()) {
        const peeled = await peel(client, owner, repo, data.repository[`t${i}`]?.target, rollup);
        if (!peeled || peeled.__typename !== 'Commit')
            continue;
        const contexts = peeled.statusCheckRollup?.contexts;
        const signals = contexts ? toSignals(contexts.nodes) : [];
        if (contexts?.pageInfo.hasNextPage) {
            signals.push(...(await remainingSignals(client, owner, repo, peeled.oid, contexts.pageInfo.endCursor)));
        }
        result.set(name, { sha: peeled.oid, signals });
    }
    return result;
}
// Annotated tags are Tag objects whose target may be another tag (git peels any depth): one
// query reads PEEL_DEPTH levels, and a deeper chain continues by object id.
const PEEL_DEPTH = 4;
const MAX_DEPTH = 32;
function peelingSelection(rollup, depth = PEEL_DEPTH) {
    // A commit selection may not be empty: ask for oid again when checks are not wanted.
    const commit = `__typename oid ... on Commit { ${rollup || 'oid'} }`;
    return depth === 0
        ? commit
        : `${commit} ... on Tag { target { ${peelingSelection(rollup, depth - 1)} } }`;
}
async function peel(client, owner, repo, start, rollup) {
    let node = start;
    for (let level = 0; node?.__typename === 'Tag'; level++) {
        if (node.target) {
            node = node.target;
            continue;
        }
        if (level > MAX_DEPTH)
            return undefined;
        // The query's nesting ended on a tag: continue from its object id.
        const query = `query PeelTag($owner: String!, $name: String!, $oid: GitObjectID!) {
  repository(owner: $owner, name: $name) { object(oid: $oid) { ${peelingSelection(rollup)} } }
}`;
        let data;
        try {
            data = await client.graphql(query, { owner, name: repo, oid: node.oid });
        }
        catch (error) {
            throw (0,github/* gitHubError */.M)(error, `Peeling tag object ${node.oid}`, `${owner}/${repo}`);
        }
        const next = data.repository?.object ?? undefined;
        if (!next || next.oid === node.oid)
            return undefined;
        node = next;
    }
    return node;
}
async function remainingSignals(client, owner, repo, oid, cursor) {
    const query = `query MoreChecks($owner: String!, $name: String!, $oid: GitObjectID!, $after: String) {
  repository(owner: $owner, name: $name) { object(oid: $oid) { ... on Commit { statusCheckRollup { ${CONTEXTS} } } } }
}`;
    const signals = [];
    let after = cursor;
    while (after) {
        let data;
        try {
            data = await client.graphql(query, { owner, name: repo, oid, after });
        }
        catch (error) {
            throw (0,github/* gitHubError */.M)(error, `Reading more checks of ${oid}`, `${owner}/${repo}`);
        }
        const contexts = data.repository.object?.statusCheckRollup?.contexts;
        if (!contexts)
            break;
        signals.push(...toSignals(contexts.nodes));
        after = contexts.pageInfo.hasNextPage ? contexts.pageInfo.endCursor : null;
    }
    return signals;
}
function toSignals(nodes) {
    return nodes.flatMap((node) => {
        if (!node)
            return [];
        if (node.__typename === 'CheckRun') {
            return [
                {
                    kind: 'check-run',
                    name: node.name ?? '',
                    status: node.status ?? '',
                    conclusion: node.conclusion ?? null
                }
            ];
        }
        return [{ kind: 'status', name: node.context ?? '', status: node.state ?? '', conclusion: null }];
    });
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/summary.ts

/** The job summary: the answer first, then every candidate looked at with its verdict. */
function renderSummary(facts) {
    const { selection, current } = facts;
    const chosen = selection.chosen;
    const head = chosen
        ? `## Last known-good release: ${(0,lib_summary/* code */.aY)(chosen.tag)}\n\n` +
            `${(0,lib_summary/* code */.aY)(chosen.tag)} (${chosen.sha.slice(0, 12)}) is the newest release below ${(0,lib_summary/* code */.aY)(current.tag)} that passed its checks` +
            `${facts.environment ? ` and deployed successfully to ${(0,lib_summary/* code */.aY)(facts.environment)}` : ''}.` +
            `${facts.helmRevision ? ` Helm revision: ${facts.helmRevision}.` : ''}\n`
        : `## No known-good release below ${(0,lib_summary/* code */.aY)(current.tag)}\n\nEvery candidate was rejected; see the reasons below.\n`;
    const rows = selection.examined.map(e => [
        e.verdict === 'chosen' ? `**${e.tag}**` : e.tag,
        e.version,
        e.sha ? e.sha.slice(0, 12) : '',
        e.verdict === 'chosen' ? '✅ chosen' : '❌ rejected',
        e.reason
    ]);
    const notes = [
        `Repository: ${facts.repository}`,
        `Current release: ${(0,lib_summary/* code */.aY)(current.tag)} (${current.sha ? current.sha.slice(0, 12) : 'unknown commit'}), from ${current.source}`,
        `Tags matching the pattern with a semver version: ${facts.matched}; matching the glob but not semver (ignored): ${facts.ignored}`,
        selection.skippedPrereleases
            ? `Prereleases below current skipped (include-prereleases is false): ${selection.skippedPrereleases}`
            : '',
        selection.notExamined
            ? `Older candidates not examined (a newer one qualified): ${selection.notExamined}`
            : ''
    ].filter(Boolean);
    const candidates = rows.length
        ? `\n### Candidates, newest first\n\n${(0,lib_summary/* table */.tp)(['Tag', 'Version', 'Commit', 'Verdict', 'Reason'], rows)}`
        : '\nNo release below the current one was found.\n';
    return `${head}${candidates}\n${notes.map(n => `- ${n}`).join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/tag-refs.ts

/**
 * Lists tag refs by literal prefix with `git/matching-refs`, which returns every match in one
 * response (it is not paginated), so a repository with thousands of tags costs one request
 * per prefix instead of a page per hundred tags.
 */
async function listTagRefs(client, { owner, repo }, prefixes) {
    const seen = new Map();
    for (const prefix of prefixes) {
        let refs;
        try {
            const response = await client.rest.git.listMatchingRefs({ owner, repo, ref: `tags/${prefix}` });
            refs = response.data;
        }
        catch (error) {
            // 409: the repository is empty (no commits), so it has no tags either.
            if (error.status === 409)
                continue;
            throw (0,github/* gitHubError */.M)(error, `Listing tags of ${owner}/${repo}`, `${owner}/${repo}`);
        }
        for (const ref of refs) {
            const name = ref.ref.replace(/^refs\/tags\//, '');
            seen.set(name, { name, objectType: ref.object.type, objectSha: ref.object.sha });
        }
    }
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/identify-lkg-tag/main.ts





















const ACTION = 'identify-lkg-tag';
async function run(deps = {}) {
    await (0,action/* runAction */.C)(ACTION, async (context) => identify(context, deps), { inputs: deps.inputs });
}
async function identify(context, deps) {
    // Every input is checked before the first request.
    const inputs = (0,lib_inputs/* readInputs */.Ko)(inputSchema, deps.inputs ?? lib_inputs/* runnerInputs */.ax);
    const patterns = compilePatterns(inputs['tag-pattern']);
    const token = (0,lib_inputs/* requireToken */.Fw)(inputs.token);
    const evidence = context.openEvidence(inputs['evidence-dir'], [token]);
    const repository = inputs.repository;
    const repoName = `${repository.owner}/${repository.repo}`;
    const required = parseRequiredChecks(inputs['required-checks']);
    checkHelmInputs(inputs);
    await evidence.append('inputs', { ...inputs, token: undefined, repository: repoName });
    const client = (deps.github ?? (t => (0,github/* createGitHubClient */.L)({ token: t })))(token);
    const refs = await listTagRefs(client, repository, listingPrefixes(patterns));
    const globbed = refs.filter(ref => patterns.some(p => p.matches(ref.name)));
    const tags = globbed.flatMap(ref => versionOf(ref.name, patterns) ?? []);
    const ignored = globbed.length - tags.length;
    context.log.info(`${tags.length} tag(s) match ${inputs['tag-pattern'].join(', ')} with a semver version; ${ignored} ignored (not semver)`);
    if (tags.length === 0) {
        throw new errors/* UserError */.yo(`No tag in ${repoName} matches tag-pattern '${inputs['tag-pattern'].join("', '")}' with a semver version (${ignored} matched the glob but are not semver). Check tag-pattern, e.g. v* for v1.2.3 or rc-* for rc-1.2.3.`);
    }
    const refByName = new Map(refs.map(ref => [ref.name, ref]));
    const feed = inputs.environment
        ? new DeploymentFeed(client, repository, inputs.environment)
        : undefined;
    const peel = async (batch) => {
        const infos = await inspectTags(client, repository, batch.map(t => t.name), false);
        return new Map([...infos].map(([name, info]) => [name, info.sha]));
    };
    const current = await resolveCurrent({
        input: inputs.current,
        patterns: inputs['tag-pattern'].join(', '),
        tags,
        refs: refByName,
        environment: inputs.environment,
        newestDeployment: feed
            ? async () => newestDeployment(await feed.until(all => all.length > 0))
            : undefined,
        peel
    });
    const currentSha = current.sha ?? (await peel([current.tag])).get(current.tag.name) ?? '';
    await evidence.append('current', { tag: current.tag.name, sha: currentSha, source: current.source });
    const helmRevisions = new Map();
    const gates = feed ? [deploymentGate(feed)] : [];
    if (inputs['helm-release']) {
        const history = await readHelmHistory(inputs, deps, evidence);
        gates.push(helmGate(inputs['helm-release'], history, helmRevisions));
    }
    const selection = await selectLastKnownGood(tags, {
        current: current.tag,
        includePrereleases: inputs['include-prereleases'],
        exclude: new Set(inputs.exclude),
        required,
        gates,
        inspect: batch => inspectTags(client, repository, batch.map(t => t.name), required.mode !== 'none')
    });
    await evidence.append('candidates', {
        examined: selection.examined,
        notExamined: selection.notExamined,
        skippedPrereleases: selection.skippedPrereleases
    });
    const rejected = selection.examined
        .filter(e => e.verdict === 'rejected')
        .map(e => ({ tag: e.tag, reason: e.reason }));
    const chosen = selection.chosen;
    const helmRevision = chosen ? (helmRevisions.get(chosen.tag)?.toString() ?? '') : '';
    const summary = renderSummary({
        repository: repoName,
        current: { tag: current.tag.name, sha: currentSha, source: current.source },
        selection,
        matched: tags.length,
        ignored,
        environment: inputs.environment,
        helmRevision
    });
    await (0,lib_summary/* writeSummary */.Sy)(summary);
    (0,outputs/* setOutputs */.n)({
        tag: chosen?.tag ?? '',
        sha: chosen?.sha ?? '',
        version: chosen?.version ?? '',
        'current-tag': current.tag.name,
        'current-sha': currentSha,
        'helm-revision': helmRevision,
        rejected: JSON.stringify(rejected)
    });
    if (!chosen)
        throw new errors/* UserError */.yo(noCandidateMessage(current.tag.name, selection, inputs));
    await evidence.append('chosen', {
        tag: chosen.tag,
        sha: chosen.sha,
        version: chosen.version,
        'helm-revision': helmRevision || undefined
    });
    context.log.info(`Last known-good release: ${chosen.tag} (${chosen.sha})`);
}
function compilePatterns(globs) {
    return globs.map(glob => {
        const compiled = compileTagPattern(glob);
        if (typeof compiled === 'string')
            throw new errors/* InputError */.dz('tag-pattern', glob, compiled);
        return compiled;
    });
}
function checkHelmInputs(inputs) {
    const release = inputs['helm-release'];
    const namespace = inputs['helm-namespace'];
    const problem = release ? (0,release_name/* releaseNameProblem */.AR)(release) : undefined;
    if (release && problem)
        throw new errors/* InputError */.dz('helm-release', release, problem);
    const nsProblem = namespace ? (0,release_name/* namespaceProblem */.bw)(namespace) : undefined;
    if (namespace && nsProblem)
        throw new errors/* InputError */.dz('helm-namespace', namespace, nsProblem);
    if (namespace && !release) {
        throw new errors/* InputError */.dz('helm-namespace', namespace, 'only means something with helm-release; set helm-release too or drop it');
    }
}
/** One `helm history` for the whole search: every candidate is mapped against it. */
async function readHelmHistory(inputs, deps, evidence) {
    const helm = (0,helm_helm/* createHelm */.xs)(deps.exec ?? (0,exec/* createCommandRunner */._)());
    const history = await helm.history({
        release: inputs['helm-release'],
        namespace: inputs['helm-namespace']
    });
    await evidence.append('helm-history', {
        release: inputs['helm-release'],
        namespace: inputs['helm-namespace'],
        revisions: history.map(r => ({
            revision: r.revision,
            status: r.status,
            app_version: r.appVersion
        }))
    });
    return history;
}
function helmGate(release, history, found) {
    return async (tag) => {
        const version = formatSemVer(tag.version);
        const revision = (0,app_version/* findRevisionForTag */.gQ)(history, tag.name, version);
        if (!revision) {
            return `no successfully deployed revision of helm release '${release}' has app_version ${tag.name} or ${version}`;
        }
        found.set(tag.name, revision.revision);
        return undefined;
    };
}
function deploymentGate(feed) {
    return async (_tag, sha) => {
        // Read back only until a successful deployment of this commit shows up.
        const loaded = await feed.until(all => deploymentRejection(sha, feed.environment, all) === undefined);
        const reason = deploymentRejection(sha, feed.environment, loaded);
        return reason && feed.truncated
            ? `${reason} (within the newest ${loaded.length} deployments read)`
            : reason;
    };
}
function noCandidateMessage(current, selection, inputs) {
    if (selection.examined.length === 0) {
        const skipped = selection.skippedPrereleases
            ? ` (${selection.skippedPrereleases} prerelease(s) skipped: set include-prereleases: true to consider them)`
            : '';
        return `No release below ${current} matches tag-pattern '${inputs['tag-pattern'].join(', ')}'${skipped}; there is nothing to roll back to.`;
    }
    const reasons = selection.examined.map(e => `${e.tag}: ${e.reason}`).join('; ');
    return `No known-good release below ${current}: every candidate was rejected (${reasons}). Fix or re-run the checks of an older release, or pass 'exclude'/'required-checks' deliberately.`;
}


/***/ }),

/***/ 3848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   M: () => (/* binding */ gitHubError)
/* harmony export */ });
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5250);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1025);





/** How many times one request is tried again after a rate limit or a server fault. */
const MAX_RETRIES = 3;
/**
 * A bare 429 (no secondary-limit text, no exhausted primary quota) is not handled by the
 * throttling plugin, and plugin-retry would ignore its `retry-after`. This small plugin waits
 * exactly what GitHub asked for and tries again.
 */
function retryAfter(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                const wait = bareRateLimitWait(error);
                if (wait === undefined || attempt >= MAX_RETRIES)
                    throw error;
                _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(`GitHub answered 429 for ${options.method} ${options.url}; retrying after ${wait} s as it asked`);
                await new Promise(resolve => setTimeout(resolve, wait * 1000));
            }
        }
    });
}
function bareRateLimitWait(error) {
    const e = error;
    if (e.status !== 429)
        return undefined;
    if (/\bsecondary rate\b/i.test(e.message ?? ''))
        return undefined;
    const headers = e.response?.headers ?? {};
    if (headers['x-ratelimit-remaining'] === '0')
        return undefined;
    const seconds = Number(headers['retry-after']);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}
const Client = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A, retryAfter);
/**
 * The one GitHub client of rollback-kit: proxy- and GHES-aware (from @actions/github), with
 * retries for server faults and honoured rate limits. Octokit's own error log goes to
 * warnings: a 502 that a retry then fixes is not a red error in the user's log.
 */
function createGitHubClient({ token, baseUrl }) {
    const options = (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getOctokitOptions */ .EG)(token, {
        baseUrl: baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        log: {
            debug: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.debug(message),
            info: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.debug(message),
            warn: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(message),
            error: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(message)
        },
        // 403 and 429 are the throttling plugin's (and ours); never retry the user's own mistakes.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: MAX_RETRIES },
        throttle: {
            onRateLimit: (after, o, _k, count) => rateLimited('rate limit', after, o, count),
            onSecondaryRateLimit: (after, o, _k, count) => rateLimited('secondary rate limit', after, o, count)
        }
    });
    return new Client(options);
}
function rateLimited(kind, after, options, count) {
    if (count >= MAX_RETRIES)
        return false;
    _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(`GitHub ${kind} hit for ${options.method} ${options.url}; retrying after ${after} s`);
    return true;
}
/**
 * Turns an Octokit failure into a message a user can act on: what we were doing, GitHub's own
 * words and, for 401/403/404, which token or permission would work.
 */
function gitHubError(error, doing, repository) {
    const e = error;
    if (typeof e.status !== 'number' && !Array.isArray(e.errors))
        return error;
    const said = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    const needed = e.response?.headers?.['x-accepted-github-permissions'];
    const hint = needed ? ` The endpoint needs the token permission(s): ${needed}.` : '';
    switch (e.status) {
        case 401:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${doing}: GitHub rejected the token (401: ${said}). Check the 'token' input: pass \${{ github.token }} or a valid token.`);
        case 403:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${doing}: forbidden (403: ${said}).${hint}`);
        case 404:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${doing}: not found (404: ${said}).${hint} Check that 'repository'${repository ? ` ('${repository}')` : ''} exists and the token can read it.`);
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${doing}: GitHub answered ${e.status ?? 'with errors'}: ${said}`);
    }
}


/***/ }),

/***/ 1882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gQ: () => (/* binding */ findRevisionForTag),
/* harmony export */   nx: () => (/* binding */ appVersionMatches)
/* harmony export */ });
/* unused harmony export appVersionSpellings */
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1276);

/**
 * The spellings an app version may have in a chart: tags say `v1.2.3`, many charts say
 * `1.2.3`. Both are accepted so a tag maps to its release whichever way the chart wrote it.
 * @param version a tag or version
 * @returns the version with and without the leading `v`
 */
function appVersionSpellings(version) {
    const trimmed = version.trim();
    if (/^v\d/.test(trimmed))
        return [trimmed, trimmed.slice(1)];
    if (/^\d/.test(trimmed))
        return [trimmed, `v${trimmed}`];
    return [trimmed];
}
/**
 * True when a revision's app_version names the wanted version (with or without `v`).
 * @param appVersion the revision's app_version
 * @param wanted the version asked for
 */
function appVersionMatches(appVersion, wanted) {
    return appVersion !== '' && appVersionSpellings(wanted).includes(appVersion.trim());
}
/**
 * Maps a release tag to the helm revision that runs it: the newest revision that deployed
 * successfully (deployed or superseded) whose app_version equals the tag, or its version
 * (`v1.2.3` or `1.2.3`). For identify-lkg-tag's helm-release input.
 * @param history the release's revisions (any order)
 * @param tag the tag, e.g. `v1.2.3`
 * @param version the tag's semver when its prefix is not `v` (e.g. `1.2.3` for `rc-1.2.3`)
 * @returns the revision, or undefined when none ran that version successfully
 */
function findRevisionForTag(history, tag, version) {
    const wanted = [tag, ...(version ? [version] : [])];
    return [...history]
        .sort((a, b) => b.revision - a.revision)
        .find(r => (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .isSuccessful */ .XO)(r.status) && wanted.some(spelling => appVersionMatches(r.appVersion, spelling)));
}


/***/ }),

/***/ 4358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ goDurationMs),
/* harmony export */   _: () => (/* binding */ formatMs)
/* harmony export */ });
// A Go duration as helm's --timeout parses it: 300s, 5m, 5m0s, 1h30m, 1.5h.
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000
};
const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
/** Milliseconds of a Go duration, or undefined when it is not one. */
function goDurationMs(text) {
    if (!DURATION.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(PART))
        total += Number(amount) * UNIT_MS[unit];
    return Number.isFinite(total) ? total : undefined;
}
/** A duration for people: 1h30m, 5m0s, 45s. */
function formatMs(ms) {
    const seconds = Math.round(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h ? `${h}h${m}m${s}s` : m ? `${m}m${s}s` : `${s}s`;
}


/***/ }),

/***/ 5222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t2: () => (/* binding */ HelmError),
  $$: () => (/* binding */ HelmInterrupted),
  xs: () => (/* binding */ createHelm)
});

// UNUSED EXPORTS: explainHelmFailure, rollbackLimitMs

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/redact.ts
var redact = __webpack_require__(310);
;// CONCATENATED MODULE: ./src/lib/helm/argv.ts

/**
 * Reads `helm version --short` (`v3.21.4+g1a2b3c4`, `v4.2.4+g...`).
 * @param stdout helm's output
 * @returns the version, for choosing flags
 */
function parseHelmVersion(stdout) {
    const raw = stdout.trim().split('\n')[0]?.trim() ?? '';
    const match = /^v(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+\S+)?$/.exec(raw);
    const major = Number(match?.[1]);
    if (!match || (major !== 3 && major !== 4)) {
        throw new errors/* UserError */.yo(`rollback-kit drives helm v3 and v4, but 'helm version --short' printed '${raw.slice(0, 80)}'. Install helm v3 or v4 in an earlier step (for example azure/setup-helm) and make sure it comes first on PATH.`);
    }
    return {
        raw,
        version: `v${match[1]}.${match[2]}.${match[3]}${match[4] ?? ''}`,
        major,
        minor: Number(match[2])
    };
}
/** `helm version --short`. */
function versionArgs() {
    return ['version', '--short'];
}
/**
 * `helm history RELEASE -o json` with the scope flags; helm's default --max (256) keeps the
 * newest 256 revisions, far more than history-max usually leaves.
 */
function historyArgs(scope) {
    return ['history', scope.release, '--output=json', ...scopeArgs(scope)];
}
/**
 * `helm rollback RELEASE REVISION` with flags spelled for the helm in use. Values are always
 * joined with `=`: `--wait true` with a space would make `true` a positional argument (both
 * v3's bool and v4's wait strategy take an optional value), and `--dry-run` takes a value only
 * in v4.
 * @param helm the helm version on PATH
 * @param scope release, namespace, kube-context
 * @param options the rollback settings
 * @returns argv after `helm`
 */
function rollbackArgs(helm, scope, options) {
    const args = ['rollback', scope.release, String(options.revision), ...scopeArgs(scope)];
    args.push(...waitArgs(helm, options.wait));
    args.push(`--timeout=${options.timeout}`);
    if (options.cleanupOnFail)
        args.push('--cleanup-on-fail');
    args.push(`--history-max=${options.historyMax}`);
    // v3: a bool. v4: a strategy; client-side is enough, as a rollback only reads release storage.
    if (options.dryRun)
        args.push(helm.major === 3 ? '--dry-run' : '--dry-run=client');
    return args;
}
function waitArgs(helm, wait) {
    if (wait === 'false' || wait === 'hookOnly')
        return [];
    if (helm.major === 3)
        return ['--wait'];
    return [wait === 'legacy' ? '--wait=legacy' : '--wait=watcher'];
}
function scopeArgs(scope) {
    return [
        ...(scope.namespace ? [`--namespace=${scope.namespace}`] : []),
        ...(scope.kubeContext ? [`--kube-context=${scope.kubeContext}`] : [])
    ];
}

// EXTERNAL MODULE: ./src/lib/helm/duration.ts
var duration = __webpack_require__(4358);
// EXTERNAL MODULE: ./src/lib/helm/history.ts
var helm_history = __webpack_require__(1276);
;// CONCATENATED MODULE: ./src/lib/helm/helm.ts





/** A helm command that failed: the message carries helm's own words and what to do next. */
class HelmError extends errors/* UserError */.yo {
    args;
    exitCode;
    helmSaid;
    constructor(message, args, exitCode, 
    /** helm's error text, from its `Error: ` line on. */
    helmSaid) {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.helmSaid = helmSaid;
        this.name = 'HelmError';
    }
}
/**
 * A helm command that did not finish: rollback-kit stopped it at its time limit, or something
 * else killed it. Whatever it was doing may be half done; callers read the release state back.
 */
class HelmInterrupted extends HelmError {
    limitMs;
    signal;
    constructor(message, args, result, 
    /** The limit it ran into; undefined when something other than rollback-kit killed it. */
    limitMs, signal) {
        super(message, args, result.exitCode, helmWords(result));
        this.limitMs = limitMs;
        this.signal = signal;
        this.name = 'HelmInterrupted';
    }
}
/**
 * How long rollback-kit lets `helm rollback --timeout=<t>` run before stopping it: helm's own
 * limit applies to each Kubernetes wait, so give it a margin on top (10 %, at least 10 s).
 */
function rollbackLimitMs(timeout) {
    const ms = (0,duration/* goDurationMs */.D)(timeout) ?? 300_000;
    return ms + Math.max(10_000, Math.round(ms / 10));
}
/**
 * Wraps a CommandRunner into helm commands. A non-zero exit becomes a HelmError whose message
 * quotes helm and says what to do next.
 * @param runner spawns programs with an argv array (never a shell)
 * @param options the helm program and a log hook
 * @returns the helm adapter
 */
function createHelm(runner, options = {}) {
    const bin = options.bin ?? 'helm';
    const readMs = options.readTimeoutMs ?? 60_000;
    const call = async (args, scope, timeout) => {
        options.onRun?.(args);
        const timeoutMs = timeout === undefined ? readMs : rollbackLimitMs(timeout);
        const result = await runner.run(bin, args, { silent: true, timeoutMs });
        if (result.timedOut || result.signal)
            throw interrupted(args, result, timeoutMs, scope);
        if (result.exitCode !== 0)
            throw explainHelmFailure(args, result, { scope, timeout });
        return result;
    };
    return {
        async version() {
            return parseHelmVersion((await call(versionArgs())).stdout);
        },
        async history(scope) {
            return (0,helm_history/* parseHistory */.i6)((await call(historyArgs(scope), scope)).stdout);
        },
        async rollback(helm, scope, rollback) {
            const args = rollbackArgs(helm, scope, rollback);
            const { stdout, stderr } = await call(args, scope, rollback.timeout);
            return { args, stdout, stderr };
        }
    };
}
/**
 * Turns a failed helm command into a HelmError: helm's words verbatim, then the likely cause
 * and the next step. Known causes: timeouts, a missing release or revision, an unreachable
 * cluster, missing permissions, a concurrent helm operation and flags this helm does not know.
 * @param args the argv after `helm`
 * @param result what helm printed and its exit code
 * @param context the release scope and timeout, to make the advice concrete
 * @returns the error to throw
 */
function explainHelmFailure(args, result, context = {}) {
    const said = helmWords(result);
    const command = `helm ${args.slice(0, 1).join(' ')}${context.scope ? ` ${context.scope.release}` : ''}`;
    const message = `${command} failed (exit ${result.exitCode}): "${said}". ${advice(args[0] ?? '', said, context)}`;
    return new HelmError(message, args, result.exitCode, said);
}
function interrupted(args, result, limitMs, scope) {
    const command = `helm ${args[0] ?? ''}${scope ? ` ${scope.release}` : ''}`;
    const how = result.timedOut
        ? `did not finish within ${(0,duration/* formatMs */._)(limitMs)}, so rollback-kit stopped it`
        : `was killed by ${result.signal} before it finished (not by rollback-kit: the runner, a cancelled job or the system, e.g. out of memory)`;
    const next = args[0] === 'rollback'
        ? 'It may have changed the release half-way: read its state with helm history before anything else.'
        : `That command only reads; it changed nothing. Check that helm can reach the cluster (kubeconfig, network) and run again.`;
    return new HelmInterrupted(`${command} ${how}. ${next}`, args, result, result.timedOut ? limitMs : undefined, result.signal);
}
// helm prints `Error: ...` last on stderr; v4 may log `level=WARN ...` lines before it.
function helmWords(result) {
    const text = (result.stderr.trim() || result.stdout.trim()).replace(/\r\n/g, '\n');
    const lines = text.split('\n');
    const start = lines.findIndex(line => line.startsWith('Error: '));
    const words = (start === -1 ? lines : lines.slice(start)).join('\n').trim();
    if (!words)
        return `no output; exit code ${result.exitCode}`;
    // helm may quote a kubeconfig token or a registry password back: keep them out of reports.
    const safe = (0,redact/* redactCredentials */.U)(words);
    return safe.length > 2000 ? `${safe.slice(0, 2000)}...` : safe;
}
function advice(subcommand, said, context) {
    const scope = context.scope;
    const where = scope
        ? `release '${scope.release}' in ${scope.namespace ? `namespace '${scope.namespace}'` : "helm's default namespace"}${scope.kubeContext ? ` (kube-context '${scope.kubeContext}')` : ''}`
        : 'the release';
    if (/context deadline exceeded|timed out waiting for the condition/.test(said)) {
        return `The rolled-back resources of ${where} did not become ready within timeout ${context.timeout ?? '(helm default 5m0s)'}; helm marked the new revision failed and the workload may be only partly rolled back. Next: look at the pods (kubectl get pods, kubectl describe pod) for image pulls, probes or quota, fix the cause or raise 'timeout', then run the rollback again.`;
    }
    if (/release: not found/.test(said)) {
        return `Helm found no ${where}. Check the 'release', 'namespace' and 'kube-context' inputs; 'helm list --all-namespaces' shows where releases live.`;
    }
    const missing = /has no (\d+) version/.exec(said);
    if (missing) {
        return `Revision ${missing[1]} is not in the history of ${where} (helm keeps the newest history-max revisions, and another operation may have pruned it since it was read). Run again to choose from the current history, or pass a 'revision' that 'helm history' lists.`;
    }
    if (/cluster unreachable/i.test(said)) {
        return `helm could not reach the cluster. This action expects kube access from an earlier step: a KUBECONFIG file, or a cloud login that writes one (aws eks update-kubeconfig, azure/aks-set-context, google-github-actions/get-gke-credentials). Check 'kube-context' as well.`;
    }
    if (/forbidden|unauthorized/i.test(said)) {
        return `The cluster credentials lack a permission. helm needs get/list/create/update on Secrets in the release's namespace (its release storage) and rights to patch the release's resources.`;
    }
    if (/another operation .* in progress|release: already exists/.test(said)) {
        return `Another helm operation on ${where} is running or just ran. Wait for it to finish, check 'helm history', then run again.`;
    }
    if (/unknown (shorthand )?flag|invalid argument|unknown command/.test(said)) {
        return `This helm does not accept a command or flag that rollback-kit passed; rollback-kit supports helm v3 and v4. Please report it with the output of 'helm version'.`;
    }
    if (subcommand === 'rollback') {
        return `Kubernetes refused the rollback of ${where}; helm records such a rollback as a failed revision. Fix the cause helm names, then run the rollback again.`;
    }
    return `Check the ${where} and the cluster access, then run again.`;
}


/***/ }),

/***/ 1276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ isSuccessful),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   mm: () => (/* binding */ isPending)
/* harmony export */ });
/* unused harmony export parseStatus */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);


/** Statuses of revisions that were fully applied at some point. */
const SUCCESSFUL = new Set(['deployed', 'superseded']);
/** True for a revision that deployed successfully (it may have been superseded since). */
function isSuccessful(status) {
    return SUCCESSFUL.has(status);
}
/** True while helm has an install, upgrade or rollback in flight (or one died midway). */
function isPending(status) {
    return status.startsWith('pending-');
}
// Go prints time.Time as RFC 3339 with up to nine fraction digits and the writer's offset.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const time = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .optional()
    .transform((value, ctx) => {
    if (value === undefined || value === '')
        return undefined;
    const date = RFC3339.test(value) ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: 'custom', message: `'${value}' is not an RFC 3339 time` });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    return date;
});
const historyEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    revision: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    updated: time,
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    chart: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    app_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    rollback_revision: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional()
});
const statusBody = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
    // omitempty: Go drops a zero version, as in helm's own golden files.
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().default(0),
    info: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default(''),
        last_deployed: time,
        first_deployed: time
    })
});
/**
 * Parses `helm history RELEASE -o json` from helm v3 or v4 (compact JSON, ascending; zero
 * times as "" in v3 and absent in v4). Sorted by revision, whatever order helm used.
 * @param stdout helm's standard output
 * @returns the revisions, oldest first
 */
function parseHistory(stdout) {
    const parsed = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(historyEntry).safeParse(parseJson('helm history', stdout));
    if (!parsed.success)
        throw unreadable('helm history', parsed.error);
    return parsed.data
        .map(entry => ({
        revision: entry.revision,
        status: entry.status,
        chart: entry.chart,
        appVersion: entry.app_version,
        updated: entry.updated,
        description: entry.description,
        rollbackOf: entry.rollback_revision ?? rollbackFromDescription(entry.description)
    }))
        .sort((a, b) => a.revision - b.revision);
}
/**
 * Parses `helm status RELEASE -o json` from helm v3 or v4. It has no chart metadata (helm
 * strips it), so there is no app_version here: see parseHistory.
 * @param stdout helm's standard output
 * @returns the status of the revision helm reported
 */
function parseStatus(stdout) {
    const parsed = statusBody.safeParse(parseJson('helm status', stdout));
    if (!parsed.success)
        throw unreadable('helm status', parsed.error);
    const { name, namespace, version, info } = parsed.data;
    return {
        name,
        namespace,
        revision: version,
        status: info.status,
        description: info.description,
        lastDeployed: info.last_deployed,
        firstDeployed: info.first_deployed
    };
}
// Helm writes "Rollback to N" on every rollback revision (until v4 main, where it may differ).
function rollbackFromDescription(description) {
    const match = /^Rollback to (\d+)$/.exec(description);
    return match ? Number(match[1]) : undefined;
}
function parseJson(command, stdout) {
    try {
        return JSON.parse(stdout);
    }
    catch {
        const shown = stdout.trim().slice(0, 200);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${command} -o json printed something that is not JSON ('${shown}'). Make sure 'helm' on PATH is helm v3 or v4 and that no plugin or wrapper adds output.`);
    }
}
function unreadable(command, error) {
    const issue = error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${command} -o json printed JSON that rollback-kit cannot read${where}: ${issue?.message ?? 'unexpected shape'}. rollback-kit reads the format of helm v3 and v4; check 'helm version'.`);
}


/***/ }),

/***/ 1213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ releaseNameProblem),
/* harmony export */   bw: () => (/* binding */ namespaceProblem)
/* harmony export */ });
/* unused harmony export RELEASE_NAME_MAX */
/** Helm's limit: release names become label values and resource-name prefixes. */
const RELEASE_NAME_MAX = 53;
// Helm's own check (chartutil.ValidateReleaseName): lowercase DNS-1123 subdomain parts.
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// A Kubernetes namespace is a DNS-1123 label: no dots, at most 63 characters.
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * Says why helm would refuse a release name, or returns undefined when it is valid. Checked
 * before helm runs, so a bad name never reaches a command line.
 * @param name the release name as given
 * @returns the problem, phrased to follow "Input 'release' has the value '...': "
 */
function releaseNameProblem(name) {
    if (name.length > RELEASE_NAME_MAX) {
        return `is ${name.length} characters long; Helm release names are at most ${RELEASE_NAME_MAX}`;
    }
    if (RELEASE_NAME.test(name))
        return undefined;
    const bad = /[^-a-z0-9.]/.exec(name)?.[0];
    const why = bad === undefined
        ? 'does not start and end with a letter or digit'
        : /[A-Z]/.test(bad)
            ? 'has upper-case letters'
            : /\s/.test(bad)
                ? 'has spaces'
                : `has the character '${bad}'`;
    return `${why}; a Helm release name is lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. payments-api), as 'helm list' shows it`;
}
/**
 * Says why a Kubernetes namespace name is invalid, or returns undefined when it is valid.
 * @param namespace the namespace as given
 * @returns the problem, or undefined
 */
function namespaceProblem(namespace) {
    if (namespace.length <= 63 && NAMESPACE.test(namespace))
        return undefined;
    return "expected a Kubernetes namespace: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit (e.g. prod)";
}


/***/ })

};
