export const id = 59;
export const ids = [59];
export const modules = {

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export ActionContext */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6489);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1025);




/** What runAction hands an action's body: its name, the log and its evidence chain. */
class ActionContext {
    name;
    evidence;
    log = _log_js__WEBPACK_IMPORTED_MODULE_3__/* .logger */ .v;
    constructor(name) {
        this.name = name;
    }
    /**
     * Opens the evidence chain once the inputs are known. Secrets are masked in the log and
     * scrubbed from every record.
     */
    openEvidence(dir, secrets = []) {
        const known = secrets.filter((s) => Boolean(s));
        for (const secret of known)
            (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$)(secret);
        this.evidence = new _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceWriter */ .dH({
            dir,
            chain: process.env.GITHUB_JOB || this.name,
            action: this.name,
            secrets: known
        });
        return this.evidence;
    }
}
/**
 * Runs an action's body and turns every failure into one clear `::error::` line: a UserError
 * prints its own message (the user can fix it); anything else is a bug in rollback-kit and
 * says so, with the stack in the debug log. A failure is also recorded as evidence.
 */
async function runAction(name, body) {
    const context = new ActionContext(name);
    try {
        await body(context);
    }
    catch (error) {
        const message = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? error.message : `${name} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) && error instanceof Error && error.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        await context.evidence
            ?.append('failed', { message, kind: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? 'user' : 'bug' })
            .catch(e => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`could not record the failure as evidence: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Errors the user can fix (bad input, missing permission, a condition in the repo or cluster).
 * runAction prints their message as-is in one `::error::` line; anything else is a bug in
 * rollback-kit and is reported with the action name and a stack in the debug log.
 */
class UserError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UserError';
    }
}
/** A bad input: names the input, the value given and what would work. */
class InputError extends UserError {
    input;
    constructor(input, value, expected) {
        super(`Input '${input}' ${describeValue(value)}: ${expected}`);
        this.name = 'InputError';
        this.input = input;
    }
}
function describeValue(value) {
    if (value === undefined || value === '')
        return 'is empty';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
    return `has the value '${shown}'`;
}
/** The message of anything thrown, without assuming it is an Error. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ createCommandRunner)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);



/** The runner used in actions: @actions/exec, which spawns without a shell. */
function createCommandRunner() {
    return {
        async run(file, args, options = {}) {
            if (options.timeoutMs !== undefined)
                return runWithTimeout(file, args, options);
            try {
                const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(file, [...args], {
                    cwd: options.cwd,
                    env: options.env ? { ...processEnv(), ...options.env } : undefined,
                    input: options.input === undefined ? undefined : Buffer.from(options.input),
                    silent: options.silent ?? true,
                    ignoreReturnCode: true
                });
                return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
            }
            catch (error) {
                // @actions/exec throws when the program cannot be found on PATH.
                if (error instanceof Error && /Unable to locate executable file/.test(error.message)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${file}' was not found on PATH. Install it in an earlier step (or add its folder to PATH) and run again.`);
                }
                throw error;
            }
        }
    };
}
function processEnv() {
    const env = {};
    for (const [key, value] of Object.entries(process.env))
        if (value !== undefined)
            env[key] = value;
    return env;
}
// @actions/exec cannot stop a program, so bounded runs spawn it directly (still no shell).
function runWithTimeout(file, args, options) {
    const limit = options.timeoutMs ?? 0;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: { ...processEnv(), ...options.env },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }, limit);
        child.on('error', error => {
            clearTimeout(timer);
            reject(error.code === 'ENOENT'
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${file}' was not found on PATH. Install it in an earlier step (or add its folder to PATH) and run again.`)
                : error);
        });
        child.on('close', code => {
            clearTimeout(timer);
            if (timedOut) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${file} ${args[0] ?? ''}' did not finish within ${Math.round(limit / 1000)} s and was stopped.`));
            }
            else {
                const text = (chunks) => Buffer.concat(chunks).toString('utf8');
                resolve({ exitCode: code ?? 1, stdout: text(stdout), stderr: text(stderr) });
            }
        });
    });
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

/***/ 5222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t2: () => (/* binding */ HelmError),
  xs: () => (/* binding */ createHelm)
});

// UNUSED EXPORTS: explainHelmFailure

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
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
 * Wraps a CommandRunner into helm commands. A non-zero exit becomes a HelmError whose message
 * quotes helm and says what to do next.
 * @param runner spawns programs with an argv array (never a shell)
 * @param options the helm program and a log hook
 * @returns the helm adapter
 */
function createHelm(runner, options = {}) {
    const bin = options.bin ?? 'helm';
    const call = async (args, scope, timeout) => {
        options.onRun?.(args);
        const result = await runner.run(bin, args, { silent: true });
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
// helm prints `Error: ...` last on stderr; v4 may log `level=WARN ...` lines before it.
function helmWords(result) {
    const text = (result.stderr.trim() || result.stdout.trim()).replace(/\r\n/g, '\n');
    const lines = text.split('\n');
    const start = lines.findIndex(line => line.startsWith('Error: '));
    const words = (start === -1 ? lines : lines.slice(start)).join('\n').trim();
    if (!words)
        return `no output; exit code ${result.exitCode}`;
    return words.length > 2000 ? `${words.slice(0, 2000)}...` : words;
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


/***/ }),

/***/ 1662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ requireToken),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Yz: () => (/* binding */ parsed),
/* harmony export */   ax: () => (/* binding */ runnerInputs),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   j$: () => (/* binding */ commonInputs),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export repository */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);


/** Reads an input exactly as the runner passes it: spaces become `_`, hyphens are kept. */
const runnerInputs = name => {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
    return value === '' ? undefined : value;
};
/**
 * Reads every input of an action through its one zod schema. The schema's keys are the
 * action.yml input names; an empty input is `undefined`. The first problem becomes an
 * InputError that names the input, the value and what would work. `refine` holds checks that
 * span several inputs (throw an InputError there).
 */
function readInputs(schema, source = runnerInputs, refine) {
    const raw = {};
    for (const name of Object.keys(schema.shape))
        raw[name] = source(name);
    const result = schema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const name = String(issue?.path[0] ?? '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, raw[name], issue?.message ?? 'is not valid');
    }
    refine?.(result.data);
    return result.data;
}
// ---------------------------------------------------------------------------------------------
// Building blocks. Each one's message completes "Input 'x' has the value 'y': ...".
/** Reports an input problem from inside a zod transform; the message completes the sentence. */
const fail = (ctx, message) => {
    ctx.addIssue({ code: 'custom', message });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
};
/** An optional free-text input. */
const text = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional();
/** A required input; `how` tells the user what to pass. */
const required = (how) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => (v === undefined ? fail(ctx, `is required: ${how}`) : v));
/** A YAML 1.2 boolean, as @actions/core's getBooleanInput accepts it. */
const bool = (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    if (v === undefined)
        return fallback;
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    return fail(ctx, 'expected true or false');
});
/** A whole number in a range. */
const integer = (opts = {}) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    if (v === undefined)
        return opts.fallback;
    const n = /^-?\d+$/.test(v) ? Number(v) : NaN;
    const range = opts.expected ??
        `a whole number${opts.min !== undefined ? ` from ${opts.min}` : ''}${opts.max !== undefined ? ` to ${opts.max}` : ''}`;
    if (!Number.isSafeInteger(n))
        return fail(ctx, `expected ${range}`);
    if (opts.min !== undefined && n < opts.min)
        return fail(ctx, `expected ${range}`);
    if (opts.max !== undefined && n > opts.max)
        return fail(ctx, `expected ${range}`);
    return n;
});
/**
 * An input read by a plain function: it returns the value, or calls `problem` with a message
 * that completes "Input 'x' has the value 'y': ...". Schemas built only from these building
 * blocks stay independent of how src/lib validates (the zod flavour is this file's business).
 */
const parsed = (parse) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    class Problem {
        message;
        constructor(message) {
            this.message = message;
        }
    }
    try {
        return parse(v, message => {
            throw new Problem(message);
        });
    }
    catch (error) {
        if (error instanceof Problem)
            return fail(ctx, error.message);
        throw error;
    }
});
/** One of a fixed set of words. */
const oneOf = (values, fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    if (v === undefined)
        return fallback;
    if (values.includes(v))
        return v;
    return fail(ctx, `expected one of ${values.join(', ')}`);
});
/** A newline-separated list (commas are not separators: names may contain them). */
const lines = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform(v => (v ?? '')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#')));
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** `owner/repo`; defaults to the repository the workflow runs in. */
const repository = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    const value = v ?? process.env.GITHUB_REPOSITORY;
    if (!value)
        return fail(ctx, 'expected owner/repo (on a runner it defaults to the current repository)');
    const [owner, repo, ...rest] = value.split('/');
    if (!owner ||
        !repo ||
        rest.length > 0 ||
        !OWNER.test(owner) ||
        !NAME.test(repo) ||
        repo === '.' ||
        repo === '..') {
        return fail(ctx, "expected the form owner/repo, e.g. 'octo-org/payments-api'");
    }
    return { owner, repo };
});
/** The inputs every action has (DESIGN.md "Common inputs"). */
const commonInputs = {
    token: text(),
    repository: repository(),
    'dry-run': bool(false),
    'evidence-dir': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform(v => v ??
        (process.env.RUNNER_TEMP
            ? `${process.env.RUNNER_TEMP}/rollback-evidence`
            : 'rollback-evidence'))
};
/** The token, for actions that call GitHub; a clear error when it is missing. */
function requireToken(token) {
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', token, 'a GitHub token is required: in a workflow pass token: ${{ github.token }} (the default in action.yml); with the rollback-kit command pass --token or set GITHUB_TOKEN');
    }
    return token;
}


/***/ }),

/***/ 1025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ maskSecret),
/* harmony export */   v: () => (/* binding */ logger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);

const logger = {
    debug: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    info: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message)
};
/** Hides a secret in every later log line. */
function maskSecret(value) {
    if (value)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);

/** Writes every output of a step at once; values are strings, as the runner stores them. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}


/***/ }),

/***/ 1119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Appends markdown to the job summary. Outside a runner (local runs, the CLI) there is no
 * summary file, so this is a no-op there rather than an error.
 */
async function writeSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    return true;
}
/** Escapes text for one markdown table cell. */
function cell(text) {
    if (text === undefined || text === '')
        return '';
    return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** A markdown table from a header row and data rows. */
function table(header, rows) {
    const lines = [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
    ];
    return `${lines.join('\n')}\n`;
}


/***/ })

};
