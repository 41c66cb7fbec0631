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
/** Parses the `required-checks` input: `all`, `none` or a newline list of check names. */
function parseRequiredChecks(lines) {
    if (lines.length === 0 || (lines.length === 1 && lines[0] === 'all'))
        return { mode: 'all' };
    if (lines.length === 1 && lines[0] === 'none')
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
            const reason = await firstRejection(tag, info, rules);
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
;// CONCATENATED MODULE: ./src/identify-lkg-tag/inputs.ts


/** identify-lkg-tag's inputs; the keys are action.yml's input names. */
const inputSchema = schemas/* object */.Ikc({
    ...lib_inputs/* commonInputs */.j$,
    // Empty only when the user set it so: the runner fills in action.yml's default 'v*'.
    'tag-pattern': (0,lib_inputs/* required */.mw)('one or more globs, one per line, e.g. v*').transform(v => v
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(Boolean)),
    current: (0,lib_inputs/* text */.Qq)(),
    environment: (0,lib_inputs/* text */.Qq)(),
    'required-checks': (0,lib_inputs/* lines */.Mn)(),
    'include-prereleases': (0,lib_inputs/* bool */.lc)(false),
    exclude: (0,lib_inputs/* lines */.Mn)(),
    'helm-release': (0,lib_inputs/* text */.Qq)(),
    'helm-namespace': (0,lib_inputs/* text */.Qq)()
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
    // A commit selection may not be empty: ask for oid again when checks are not wanted.
    const commit = `__typename oid ... on Commit { ${rollup || 'oid'} }`;
    const fields = names
        .map((_, i) => `t${i}: ref(qualifiedName: $q${i}) { target { ${commit} ... on Tag { target { ${commit} } } } }`)
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
        const target = data.repository[`t${i}`]?.target;
        // Annotated tags are Tag objects: peel once to the commit.
        const peeled = target?.__typename === 'Tag' ? target.target : target;
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
        ? `## Last known-good release: \`${chosen.tag}\`\n\n` +
            `\`${chosen.tag}\` (${chosen.sha.slice(0, 12)}) is the newest release below \`${current.tag}\` that passed its checks` +
            `${facts.environment ? ` and deployed successfully to \`${facts.environment}\`` : ''}.` +
            `${facts.helmRevision ? ` Helm revision: ${facts.helmRevision}.` : ''}\n`
        : `## No known-good release below \`${current.tag}\`\n\nEvery candidate was rejected; see the reasons below.\n`;
    const rows = selection.examined.map(e => [
        e.verdict === 'chosen' ? `**${e.tag}**` : e.tag,
        e.version,
        e.sha ? e.sha.slice(0, 12) : '',
        e.verdict === 'chosen' ? '✅ chosen' : '❌ rejected',
        e.reason
    ]);
    const notes = [
        `Repository: ${facts.repository}`,
        `Current release: \`${current.tag}\` (${current.sha ? current.sha.slice(0, 12) : 'unknown commit'}), from ${current.source}`,
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

;// CONCATENATED MODULE: ./src/identify-lkg-tag/tag-pattern.ts

const WILDCARD = /[*?]/;
// Characters git forbids in ref names, plus the glob classes we do not support.
// eslint-disable-next-line no-control-regex -- control characters are exactly what git forbids
const FORBIDDEN = /[\s~^:\\[\]\x00-\x1f\x7f]|\.\.|@\{|\/\//;
/**
 * Compiles a glob (`*` any run, `?` one character). The version is the semver after the
 * glob's literal prefix, so `v*`, `rc-*` and `ga-*` work; for a glob like `v1.*` the version
 * starts after `v`, because `1.` belongs to the version. Returns an error text when invalid.
 */
function compileTagPattern(glob) {
    if (glob.startsWith('refs/'))
        return 'give the tag name without refs/tags/, e.g. v*';
    if (FORBIDDEN.test(glob)) {
        return 'a glob may use * and ? but no spaces, brackets, ~ ^ : \\ or .. (git forbids them in tag names)';
    }
    const first = glob.search(WILDCARD);
    const literal = first === -1 ? glob : glob.slice(0, first);
    const versionPrefix = literal.replace(/[0-9.]+$/, '');
    const source = glob
        .split('')
        .map(ch => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|\\/-]/g, '\\$&')))
        .join('');
    return { glob, literal, versionPrefix, regex: new RegExp(`^${source}$`) };
}
/** The version of a tag under the first pattern that matches it and yields strict semver. */
function versionOf(name, patterns) {
    for (const pattern of patterns) {
        if (!pattern.regex.test(name) || !name.startsWith(pattern.versionPrefix))
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
    await (0,action/* runAction */.C)(ACTION, async (context) => identify(context, deps));
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
    const globbed = refs.filter(ref => patterns.some(p => p.regex.test(ref.name)));
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
                _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .v.warning(`GitHub answered 429 for ${options.method} ${options.url}; retrying after ${wait} s as it asked`);
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
            debug: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .v.debug(message),
            info: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .v.debug(message),
            warn: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .v.warning(message),
            error: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .v.warning(message)
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
    _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .v.warning(`GitHub ${kind} hit for ${options.method} ${options.url}; retrying after ${after} s`);
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


/***/ })

};
