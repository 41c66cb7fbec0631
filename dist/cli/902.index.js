export const id = 902;
export const ids = [902];
export const modules = {

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export ActionContext */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7525);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1662);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1025);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4377);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1119);







/** What runAction hands an action's body: its name, the log and its evidence chain. */
class ActionContext {
    name;
    evidence;
    log = _log_js__WEBPACK_IMPORTED_MODULE_4__/* .logger */ .vF;
    /** What the action changed outside itself so far, in words (see `changed`). */
    changes = [];
    constructor(name) {
        this.name = name;
    }
    /**
     * Opens the evidence chain once the inputs are known. Secrets are masked in the log and
     * scrubbed from every record. runAction sets the `evidence-head` output and shows it in the
     * summary whenever the action appended a record.
     */
    openEvidence(dir, secrets = []) {
        const known = secrets.filter((s) => Boolean(s));
        for (const secret of known)
            (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$l)(secret);
        this.evidence = new _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceWriter */ .dH({
            dir,
            // A job id is [A-Za-z0-9_-]; anything else (a hand-set GITHUB_JOB) must not leave the dir.
            chain: (process.env.GITHUB_JOB || this.name)
                .replace(/[^A-Za-z0-9._-]/g, '_')
                .replace(/^\.+/, '_'),
            action: this.name,
            secrets: known
        });
        return this.evidence;
    }
    /**
     * Call right after a change outside the action succeeded (a rollback, a freeze), e.g.
     * `rolled back release 'payments' to revision 4`. If a later step fails (evidence that
     * cannot be written), the error says this change happened instead of implying nothing did.
     */
    changed(what) {
        this.changes.push(what);
    }
}
/**
 * Runs an action's body and turns every failure into one clear error line: a UserError prints
 * its own message (the user can fix it); anything else is a bug in rollback-kit and says so,
 * with the stack in the debug log. A failure is also recorded as evidence, even one found
 * before the body opened the chain (a bad input). Evidence that cannot be written after a
 * change says the change happened.
 */
async function runAction(name, body, options = {}) {
    const context = new ActionContext(name);
    let message;
    try {
        await body(context);
    }
    catch (error) {
        message = failureMessage(name, context, error);
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) && error instanceof Error && error.stack)
            _log_js__WEBPACK_IMPORTED_MODULE_4__/* .logger */ .vF.debug(error.stack);
        if (!(error instanceof _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceWriteError */ .Ls)) {
            await recordFailure(context, options.inputs ?? _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .runnerInputs */ .ax, error, message);
        }
    }
    await showEvidenceHead(context);
    if (message !== undefined)
        (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .failStep */ .vy)(message);
}
function failureMessage(name, context, error) {
    const message = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? error.message : `${name} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    if (context.changes.length === 0)
        return message;
    // Something changed before the failure: say so first, so nobody assumes nothing happened.
    const done = `${name} ${context.changes.join('; ')}`;
    return error instanceof _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceWriteError */ .Ls
        ? `${done}, but could not record it as evidence: ${message}`
        : `${done}, but then failed: ${message}`;
}
async function recordFailure(context, inputs, error, message) {
    try {
        let evidence = context.evidence;
        // A bad input stops the body before it opens the chain: record it where the chain would go.
        if (!evidence && !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && error.input === 'evidence-dir')) {
            const dir = inputs('evidence-dir') ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultEvidenceDir */ .qp)();
            // eslint-disable-next-line no-control-regex -- a hostile value is not a place to write
            if (!/[\0-\x1f]/.test(dir) && dir.length <= 1024)
                evidence = context.openEvidence(dir);
        }
        await evidence?.append('failed', { message, kind: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? 'user' : 'bug' });
    }
    catch (e) {
        _log_js__WEBPACK_IMPORTED_MODULE_4__/* .logger */ .vF.debug(`could not record the failure as evidence: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}
// The head leaves the runner twice (output and summary), so deleting records from the end of
// the file can be detected with `rollback-kit evidence verify --head`.
async function showEvidenceHead(context) {
    const evidence = context.evidence;
    if (!evidence?.head)
        return;
    try {
        (0,_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutputs */ .n)({ 'evidence-head': evidence.head });
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .Sy)(`\nEvidence: ${evidence.appended} record(s) appended to \`${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(evidence.file).replace(/`/g, "'")}\`; evidence-head \`${evidence.head}\`. Check it with \`rollback-kit evidence verify <evidence-dir> --head ${evidence.head}\`.\n`);
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_4__/* .logger */ .vF.warning(`could not report the evidence head ${evidence.head}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ createCommandRunner)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMEOUT_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);



const DEFAULT_TIMEOUT_MS = 10 * 60_000;
// Output beyond this is dropped (a program that prints without end must not exhaust memory).
const MAX_OUTPUT = 16 * 1024 * 1024;
/**
 * The runner used in actions. Each command runs in its own process group, so a timeout
 * stops the program and whatever it started (helm's plugins, a shell's children) together.
 */
function createCommandRunner(settings = {}) {
    const grace = settings.killGraceMs ?? 5000;
    return {
        run: (file, args, options = {}) => runCommand(file, args, options, grace)
    };
}
function runCommand(file, args, options, graceMs) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: options.env ? { ...process.env, ...options.env } : process.env,
            detached: process.platform !== 'win32',
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        const out = collector(options.silent === false ? process.stdout : undefined);
        const err = collector(options.silent === false ? process.stderr : undefined);
        child.stdout?.on('data', out.add);
        child.stderr?.on('data', err.add);
        if (options.input !== undefined) {
            child.stdin?.on('error', () => undefined); // the program may exit without reading it
            child.stdin?.end(options.input);
        }
        live.add(child);
        forwardSignals();
        let timedOut = false;
        let done = false;
        let killTimer;
        const timeout = setTimeout(() => {
            timedOut = true;
            signalGroup(child, 'SIGTERM');
            killTimer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
        }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        let drainTimer;
        const finish = (code, signal) => {
            if (done)
                return;
            done = true;
            clearTimeout(timeout);
            clearTimeout(killTimer);
            clearTimeout(drainTimer);
            live.delete(child);
            // Whatever the program left running in its group goes with it.
            signalGroup(child, 'SIGKILL');
            const signalNumber = signal ? (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0) : 0;
            resolve({
                exitCode: code ?? 128 + signalNumber,
                stdout: out.text(),
                stderr: err.text(),
                ...(timedOut ? { timedOut } : {}),
                ...(signal ? { signal } : {})
            });
        };
        child.on('error', error => {
            clearTimeout(timeout);
            live.delete(child);
            done = true;
            if (error.code === 'ENOENT') {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${file}' was not found on PATH. Install it in an earlier step (or add its folder to PATH) and run again.`));
            }
            else
                reject(error);
        });
        child.on('close', finish);
        // A grandchild may keep the pipes open after the program itself exited: do not wait for it.
        child.on('exit', (code, signal) => {
            drainTimer = setTimeout(() => finish(code, signal), 1000);
        });
    });
}
function collector(echo) {
    const chunks = [];
    let size = 0;
    let dropped = 0;
    return {
        add: (chunk) => {
            echo?.write(chunk);
            if (size >= MAX_OUTPUT) {
                dropped += chunk.length;
                return;
            }
            chunks.push(chunk);
            size += chunk.length;
        },
        text: () => Buffer.concat(chunks).toString('utf8') +
            (dropped ? `\n[rollback-kit: ${dropped} more bytes of output dropped]` : '')
    };
}
function signalGroup(child, signal) {
    if (child.pid === undefined)
        return;
    try {
        if (process.platform === 'win32')
            child.kill(signal);
        else
            process.kill(-child.pid, signal);
    }
    catch {
        // The group is gone already.
    }
}
// Commands run in their own process groups, so a cancelled job (the runner signals only
// our process) must pass the signal on, or helm would go on rolling back unseen.
const live = new Set();
let forwarding = false;
function forwardSignals() {
    if (forwarding)
        return;
    forwarding = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            for (const child of live)
                signalGroup(child, signal);
            process.exitCode = 128 + (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0);
            setTimeout(() => process.exit(), 3000).unref();
        });
    }
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
/* harmony export */   n8: () => (/* binding */ line),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   qp: () => (/* binding */ defaultEvidenceDir),
/* harmony export */   x3: () => (/* binding */ unused),
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
    for (const [name, field] of Object.entries(schema.shape))
        raw[name] = field === unused ? undefined : source(name);
    const result = schema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const name = String(issue?.path[0] ?? '');
        // A secret input's value is never echoed back, even when it is wrong.
        const shown = /token|password|database-url/i.test(name) ? '***' : raw[name];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, shown, issue?.message ?? 'is not valid');
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
/**
 * An input an action declares for a uniform interface but never reads (helm-rollback's token):
 * readInputs does not even look at its value.
 */
const unused = zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().transform(() => undefined);
/** An optional free-text input. */
const text = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional();
/**
 * An optional one-line value: no newline or control character, at most `max` characters.
 * `what` completes "expected ..." (e.g. 'an environment name as GitHub shows it').
 */
const line = (what, max = 255) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    if (v === undefined)
        return undefined;
    // eslint-disable-next-line no-control-regex -- one line of printable text
    if (/[\x00-\x1f\x7f]/.test(v))
        return fail(ctx, `expected ${what}, on one line`);
    if (v.length > max)
        return fail(ctx, `expected ${what}, at most ${max} characters`);
    return v;
});
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
    // Checked before it goes into an HTTP header: one word of printable characters.
    token: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((v, ctx) => {
        if (v === undefined)
            return undefined;
        if (!/^[\x21-\x7e]{1,2048}$/.test(v) || v.startsWith('-'))
            return fail(ctx, 'expected a GitHub token (one word of at most 2048 characters, as ${{ github.token }} or a PAT)');
        return v;
    }),
    repository: repository(),
    'dry-run': bool(false),
    'evidence-dir': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((v, ctx) => {
        if (v === undefined)
            return defaultEvidenceDir();
        // eslint-disable-next-line no-control-regex -- a path on one line, as the runner passes it
        if (/[\x00-\x1f\x7f]/.test(v))
            return fail(ctx, 'expected a directory path on one line, e.g. ${{ runner.temp }}/rollback-evidence');
        if (v.length > 1024)
            return fail(ctx, 'expected a directory path of at most 1024 characters');
        return v;
    })
};
/** Where evidence goes when `evidence-dir` is empty: the runner's temp dir, else ./rollback-evidence. */
function defaultEvidenceDir() {
    return process.env.RUNNER_TEMP
        ? `${process.env.RUNNER_TEMP}/rollback-evidence`
        : 'rollback-evidence';
}
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
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   QT: () => (/* binding */ logGroup),
/* harmony export */   vF: () => (/* binding */ logger),
/* harmony export */   vy: () => (/* binding */ failStep)
/* harmony export */ });
/* unused harmony export onRunner */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

/**
 * Whether a GitHub Actions runner reads our stdout. Outside one (the rollback-kit command on a
 * laptop) workflow commands such as `::add-mask::<token>` would print secrets and noise to a
 * terminal, so every one of them becomes plain text or nothing.
 */
function onRunner() {
    return process.env.GITHUB_ACTIONS === 'true';
}
const debugEnabled = () => process.env.RUNNER_DEBUG === '1' || process.env.ROLLBACK_KIT_DEBUG === '1';
const logger = {
    debug: message => {
        if (onRunner())
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
        else if (debugEnabled())
            process.stderr.write(`debug: ${message}\n`);
    },
    info: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: message => {
        if (onRunner())
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
        else
            process.stderr.write(`warning: ${message}\n`);
    }
};
/** Fails the step with one error line (`::error::` on a runner, `error: ` elsewhere). */
function failStep(message) {
    if (onRunner())
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    else {
        process.exitCode = 1;
        process.stderr.write(`error: ${message}\n`);
    }
}
/** Hides a secret in every later log line; outside a runner nothing masks, so nothing prints. */
function maskSecret(value) {
    if (value && onRunner())
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
/**
 * Prints lines inside a collapsible group of the log (one group per call). Outside a runner
 * (the rollback-kit command) the title is a plain line: no workflow commands there.
 */
function logGroup(title, lines) {
    const runner = process.env.GITHUB_ACTIONS === 'true';
    if (runner)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${title}:`);
    for (const line of lines)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(runner ? line : `  ${line}`);
    if (runner)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

/** Writes every output of a step at once; values are strings, as the runner stores them. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}


/***/ }),

/***/ 1119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   aY: () => (/* binding */ code),
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
/**
 * Escapes text for one markdown table cell: tool output (an app_version, a description) can
 * hold markdown or HTML that would otherwise render as links, images or break the table.
 */
function cell(text) {
    if (text === undefined || text === '')
        return '';
    return String(text)
        .replace(/[\\`[\]|]/g, '\\$&')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n/g, ' ');
}
/** An inline code span that no backtick inside the text can close early. */
function code(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || text.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}
/** A fenced code block that a ``` line inside the text cannot end (CommonMark: a longer fence). */
function codeBlock(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`{3,}|~{3,}/g)].map(m => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}\n${text.trim()}\n${fence}`;
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
