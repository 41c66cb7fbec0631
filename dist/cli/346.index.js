export const id = 346;
export const ids = [346];
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


/***/ }),

/***/ 5936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ CONDITION_EXPECTED),
/* harmony export */   v9: () => (/* binding */ holds),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
const CONDITION = /^\s*(<=|>=|==|!=|<|>)\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*$/;
/** What the error messages say a condition looks like. */
const CONDITION_EXPECTED = 'a comparison with a number: one of <, <=, >, >=, ==, != then a number, e.g. "< 0.01", ">= 1", "== 0"';
/**
 * Parses a condition, or returns undefined when it is not one.
 * @param text e.g. `< 0.01`
 * @returns the condition
 */
function parseCondition(text) {
    const m = CONDITION.exec(text);
    if (!m)
        return undefined;
    const value = Number(m[2]);
    if (!Number.isFinite(value))
        return undefined;
    return { op: m[1], value, text: `${m[1]} ${m[2]}` };
}
/**
 * Whether a value satisfies the condition. NaN satisfies nothing (callers treat it as
 * inconclusive before getting here).
 */
function holds(condition, value) {
    switch (condition.op) {
        case '<':
            return value < condition.value;
        case '<=':
            return value <= condition.value;
        case '>':
            return value > condition.value;
        case '>=':
            return value >= condition.value;
        case '==':
            return value === condition.value;
        default:
            return value !== condition.value;
    }
}


/***/ }),

/***/ 3381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   om: () => (/* binding */ DURATION_EXPECTED),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS)
/* harmony export */ });
// Durations as the checks schema writes them: 500ms, 10s, 5m, 1h, and sums such as 1m30s.
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The longest duration anything may be: a day (GitHub jobs end after 6 h anyway). */
const MAX_DURATION_MS = 24 * 3_600_000;
/**
 * Parses a duration to milliseconds, or returns undefined when it is not one. A bare number
 * is not accepted: "10" could mean seconds or milliseconds, so the unit is required.
 * @param text e.g. `500ms`, `10s`, `5m`, `1m30s`
 * @returns whole milliseconds, or undefined
 */
function parseDuration(text) {
    const value = text.trim();
    if (value === '' || value.length > 32)
        return undefined;
    let total = 0;
    PART.lastIndex = 0;
    while (PART.lastIndex < value.length) {
        const m = PART.exec(value);
        if (!m)
            return undefined;
        total += Number(m[1]) * UNIT_MS[m[2]];
    }
    return Number.isFinite(total) ? Math.round(total) : undefined;
}
/** What the error messages say a duration looks like. */
const DURATION_EXPECTED = 'a duration with a unit, e.g. 500ms, 10s, 5m or 1m30s';
/**
 * Formats milliseconds the way the schema writes them, for logs and summaries.
 * @param ms milliseconds
 * @returns e.g. `1m30s`, `500ms`
 */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const parts = [];
    let rest = Math.round(ms);
    for (const [unit, size] of [
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000]
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * size;
    }
    if (rest > 0)
        parts.push(`${rest}ms`);
    return parts.join('');
}


/***/ }),

/***/ 1339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ readPath),
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   lf: () => (/* binding */ PATH_EXPECTED)
/* harmony export */ });
const STEP = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
/** What the error messages say a path looks like. */
const PATH_EXPECTED = "a path from the JSON root, e.g. $.status, $.checks[0].name or $['x-ray']";
/**
 * Parses a path into its steps, or returns undefined when it is not one.
 * @param path e.g. `$.checks[0].name`
 * @returns the steps
 */
function parsePath(path) {
    if (!path.startsWith('$') || path.length > 512)
        return undefined;
    const steps = [];
    STEP.lastIndex = 1;
    while (STEP.lastIndex < path.length) {
        const m = STEP.exec(path);
        if (!m)
            return undefined;
        if (m[1] !== undefined)
            steps.push(m[1]);
        else if (m[2] !== undefined)
            steps.push(Number(m[2]));
        else
            steps.push((m[3] ?? m[4] ?? '').replace(/\\(.)/g, '$1'));
    }
    return steps;
}
/**
 * Reads the value at a path; `found` is false when any step is missing.
 * @param document parsed JSON
 * @param steps from parsePath
 */
function readPath(document, steps) {
    let current = document;
    for (const step of steps) {
        if (typeof step === 'number') {
            if (!Array.isArray(current) || step >= current.length)
                return { found: false };
            current = current[step];
        }
        else {
            if (current === null ||
                typeof current !== 'object' ||
                Array.isArray(current) ||
                !Object.prototype.hasOwnProperty.call(current, step))
                return { found: false };
            current = current[step];
        }
    }
    return { found: true, value: current };
}


/***/ }),

/***/ 8346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/action.ts
var action = __webpack_require__(5577);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/lib/log.ts
var lib_log = __webpack_require__(1025);
// EXTERNAL MODULE: ./src/lib/outputs.ts
var outputs = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(1119);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/smoke-verify/checks.ts
/** Per-sample timeouts when a check sets none: short for requests, the whole budget for scripts. */
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_REDIRECTS = 5;

// EXTERNAL MODULE: ./src/smoke-verify/condition.ts
var smoke_verify_condition = __webpack_require__(5936);
// EXTERNAL MODULE: ./src/smoke-verify/duration.ts
var duration = __webpack_require__(3381);
// EXTERNAL MODULE: ./src/smoke-verify/json-path.ts
var json_path = __webpack_require__(1339);
;// CONCATENATED MODULE: ./src/smoke-verify/config.ts





/** The `checks` input holds at most this much YAML, and at most this many checks. */
const MAX_CHECKS_TEXT = 1024 * 1024;
const MAX_CHECKS = 200;
const MAX_COUNT = 10_000;
/** A problem in the `checks` YAML; the message points at the entry and field. */
class ChecksError extends Error {
    problems;
    constructor(problems) {
        super(problems.length > 5
            ? `${problems.slice(0, 5).join('; ')}; and ${problems.length - 5} more problems`
            : problems.join('; '));
        this.problems = problems;
        this.name = 'ChecksError';
    }
}
const KINDS = ['http', 'command', 'prometheus'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9 ._:/@-]{0,63}$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/;
const STATS_FIELDS = [
    'interval',
    'count',
    'consecutive-successes',
    'failure-limit',
    'inconclusive-limit',
    'timeout'
];
const FIELDS = {
    http: [
        'url',
        'method',
        'headers',
        'body',
        'expect-status',
        'body-contains',
        'json',
        'max-latency-ms',
        'max-redirects'
    ],
    command: ['run'],
    prometheus: ['url', 'query', 'condition', 'headers']
};
/**
 * Parses and validates the `checks` YAML: a list of checks as DESIGN.md shows it. Every
 * problem names the entry (index and name), the field and what was expected.
 * @param text the YAML
 * @returns the entries, statistics not yet merged with the inputs' defaults
 * @throws ChecksError
 */
function parseChecks(text) {
    if (text.length > MAX_CHECKS_TEXT)
        throw new ChecksError([`is ${text.length} characters long; at most ${MAX_CHECKS_TEXT}`]);
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const at = yamlError.linePos?.[0];
        const where = at ? ` at line ${at.line}, column ${at.col}` : '';
        throw new ChecksError([
            `is not valid YAML${where}: ${(yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}; expected a YAML list of checks, each with name and kind`
        ]);
    }
    if (!(0,dist/* isSeq */.oP)(doc.contents)) {
        const got = doc.contents === null ? 'nothing' : (0,dist/* isMap */.jh)(doc.contents) ? 'a mapping' : 'a single value';
        throw new ChecksError([
            `is ${got}, not a YAML list; expected a list of checks such as "- name: api\\n  kind: http\\n  url: https://..."`
        ]);
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new ChecksError([`could not be read as YAML: ${error.message}`]);
    }
    const list = raw;
    if (list.length === 0)
        throw new ChecksError(['is an empty list; expected at least one check']);
    if (list.length > MAX_CHECKS)
        throw new ChecksError([`has ${list.length} checks; at most ${MAX_CHECKS}`]);
    const problems = [];
    const entries = [];
    const seen = new Map();
    list.forEach((item, index) => {
        const entry = parseEntry(item, index, problems);
        if (!entry)
            return;
        const first = seen.get(entry.name);
        if (first !== undefined) {
            problems.push(`checks[${index}] (name '${entry.name}') field 'name': the name is already used by checks[${first}]; expected a unique name`);
            return;
        }
        seen.set(entry.name, index);
        entries.push(entry);
    });
    if (problems.length)
        throw new ChecksError(problems);
    return entries;
}
/** Reads fields of one entry and records problems that name it. */
class Fields {
    data;
    where;
    problems;
    constructor(data, where, problems) {
        this.data = data;
        this.where = where;
        this.problems = problems;
    }
    problem(field, expected, value) {
        const got = value === undefined ? '' : ` (got ${show(value)})`;
        this.problems.push(`${this.where} field '${field}': expected ${expected}${got}`);
        return undefined;
    }
    raw(field) {
        return this.data[field];
    }
    has(field) {
        return this.data[field] !== undefined && this.data[field] !== null;
    }
    text(field, opts = {}) {
        const v = this.data[field];
        if (v === undefined || v === null) {
            return opts.required ? this.problem(field, `a value: '${field}' is required here`) : undefined;
        }
        const max = opts.max ?? 4096;
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
            return this.problem(field, 'a text value', v);
        const s = String(v);
        if (s.trim() === '')
            return this.problem(field, 'a non-empty text value', v);
        if (s.length > max)
            return this.problem(field, `at most ${max} characters, not ${s.length}`);
        if (opts.oneLine && /[\r\n\0]/.test(s))
            return this.problem(field, 'one line of text', v);
        return s;
    }
    integer(field, min, max) {
        const v = this.data[field];
        if (v === undefined || v === null)
            return undefined;
        const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max)
            return this.problem(field, `a whole number from ${min} to ${max}`, v);
        return n;
    }
    duration(field, min = 1) {
        const v = this.data[field];
        if (v === undefined || v === null)
            return undefined;
        const ms = typeof v === 'string' ? (0,duration/* parseDuration */.E9)(v) : undefined;
        if (ms === undefined || ms < min || ms > duration/* MAX_DURATION_MS */.rG) {
            const range = ms !== undefined && ms < min
                ? ` of at least ${min}ms`
                : ms !== undefined
                    ? ' of at most 24h'
                    : '';
            return this.problem(field, `${duration/* DURATION_EXPECTED */.om}${range}`, v);
        }
        return ms;
    }
    url(field) {
        const s = this.text(field, { required: true, max: 2048, oneLine: true });
        if (s === undefined)
            return undefined;
        const problem = urlProblem(s);
        return problem ? this.problem(field, problem, s) : s;
    }
    headers(field) {
        const v = this.data[field];
        if (v === undefined || v === null)
            return {};
        if (typeof v !== 'object' || Array.isArray(v)) {
            this.problem(field, 'a mapping of header names to values, e.g. {Authorization: "Bearer ${TOKEN}"}', v);
            return {};
        }
        const out = {};
        for (const [name, value] of Object.entries(v)) {
            if (!HEADER_NAME.test(name)) {
                this.problem(`${field}.${name}`, 'a header name of letters, digits and - (no spaces or colons)');
            }
            else if (typeof value !== 'string' && typeof value !== 'number') {
                this.problem(`${field}.${name}`, 'a text value', value);
            }
            else if (/[\r\n\0]/.test(String(value))) {
                this.problem(`${field}.${name}`, 'one line of text (a header value cannot hold a line break)');
            }
            else if (String(value).length > 8192) {
                this.problem(`${field}.${name}`, 'at most 8192 characters');
            }
            else {
                out[name] = String(value);
            }
        }
        return out;
    }
}
function parseEntry(item, index, problems) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        problems.push(`checks[${index}]: expected a mapping with name and kind (got ${show(item)})`);
        return undefined;
    }
    const data = item;
    const rawName = data.name;
    const label = typeof rawName === 'string' || typeof rawName === 'number'
        ? `checks[${index}] (name '${String(rawName).slice(0, 64)}')`
        : `checks[${index}]`;
    const f = new Fields(data, label, problems);
    const before = problems.length;
    const name = f.text('name', { required: true, max: 64, oneLine: true });
    if (name !== undefined && !NAME.test(name))
        f.problem('name', 'a name of letters, digits, spaces and . _ : / @ - (at most 64, starting with a letter or digit)', name);
    const kindValue = data.kind;
    if (kindValue === undefined || kindValue === null) {
        f.problem('kind', `one of ${KINDS.join(', ')}: 'kind' is required`);
        return undefined;
    }
    if (!KINDS.includes(kindValue)) {
        f.problem('kind', `one of ${KINDS.join(', ')}`, kindValue);
        return undefined;
    }
    const kind = kindValue;
    const known = new Set(['name', 'kind', ...STATS_FIELDS, ...FIELDS[kind]]);
    for (const key of Object.keys(data)) {
        if (known.has(key))
            continue;
        const hint = closest(key, [...known]);
        const other = KINDS.find(k => k !== kind && FIELDS[k].includes(key));
        f.problem(key, other
            ? `no '${key}' on a ${kind} check ('${key}' belongs to kind ${other})`
            : `a known field${hint ? `: did you mean '${hint}'?` : ''} (a ${kind} check has ${[...known].join(', ')})`);
    }
    const stats = {
        intervalMs: f.duration('interval', 100),
        count: f.integer('count', 1, MAX_COUNT),
        consecutiveSuccesses: f.integer('consecutive-successes', 1, MAX_COUNT),
        failureLimit: f.integer('failure-limit', 0, MAX_COUNT),
        inconclusiveLimit: f.integer('inconclusive-limit', 0, MAX_COUNT)
    };
    for (const key of Object.keys(stats))
        if (stats[key] === undefined)
            delete stats[key];
    const sampleTimeoutMs = f.duration('timeout', 1);
    const base = { name: name ?? '', stats, sampleTimeoutMs };
    let entry;
    if (kind === 'http')
        entry = httpEntry(f, base);
    else if (kind === 'command')
        entry = commandEntry(f, base);
    else
        entry = prometheusEntry(f, base);
    return problems.length > before ? undefined : entry;
}
function httpEntry(f, base) {
    const method = (f.text('method', { max: 16, oneLine: true }) ?? 'GET').toUpperCase();
    if (!METHODS.includes(method))
        f.problem('method', `one of ${METHODS.join(', ')}`, method);
    const entry = {
        name: base.name,
        kind: 'http',
        url: f.url('url') ?? '',
        method,
        headers: f.headers('headers'),
        body: f.text('body', { max: 64 * 1024 }),
        expectStatus: statuses(f),
        bodyContains: f.text('body-contains', { max: 4096 }),
        json: jsonAssertions(f),
        maxLatencyMs: f.integer('max-latency-ms', 1, duration/* MAX_DURATION_MS */.rG),
        maxRedirects: f.integer('max-redirects', 0, 20) ?? DEFAULT_MAX_REDIRECTS
    };
    return { ...entry, stats: base.stats, sampleTimeoutMs: base.sampleTimeoutMs };
}
function commandEntry(f, base) {
    const entry = {
        name: base.name,
        kind: 'command',
        run: f.text('run', { required: true, max: 64 * 1024 }) ?? ''
    };
    if (entry.run.includes('\0'))
        f.problem('run', 'a script without NUL characters');
    return { ...entry, stats: base.stats, sampleTimeoutMs: base.sampleTimeoutMs };
}
function prometheusEntry(f, base) {
    const conditionText = f.text('condition', { required: true, max: 64, oneLine: true });
    const condition = conditionText === undefined ? undefined : (0,smoke_verify_condition/* parseCondition */.zB)(conditionText);
    if (conditionText !== undefined && !condition)
        f.problem('condition', smoke_verify_condition/* CONDITION_EXPECTED */.$Y, conditionText);
    const entry = {
        name: base.name,
        kind: 'prometheus',
        url: f.url('url') ?? '',
        query: f.text('query', { required: true, max: 16 * 1024 }) ?? '',
        condition: condition ?? { op: '==', value: 0, text: '' },
        headers: f.headers('headers')
    };
    return { ...entry, stats: base.stats, sampleTimeoutMs: base.sampleTimeoutMs };
}
function statuses(f) {
    if (!f.has('expect-status'))
        return undefined;
    const found = parseStatusList(f.raw('expect-status'));
    if (!found)
        return f.problem('expect-status', STATUS_EXPECTED, f.raw('expect-status'));
    return found;
}
/** What the error messages say a status list looks like. */
const STATUS_EXPECTED = 'an HTTP status from 100 to 599, or a list of them, e.g. 200 or [200, 204]';
/**
 * Reads one status or a list (a YAML list, or text separated by commas, spaces or newlines).
 * @returns the statuses, or undefined when any is not a status
 */
function parseStatusList(value) {
    const items = Array.isArray(value)
        ? value
        : typeof value === 'number'
            ? [value]
            : typeof value === 'string'
                ? value.split(/[\s,]+/).filter(Boolean)
                : [];
    if (items.length === 0 || items.length > 50)
        return undefined;
    const out = [];
    for (const item of items) {
        const n = typeof item === 'number'
            ? item
            : typeof item === 'string' && /^\d{3}$/.test(item)
                ? Number(item)
                : NaN;
        if (!Number.isInteger(n) || n < 100 || n > 599)
            return undefined;
        out.push(n);
    }
    return [...new Set(out)];
}
function jsonAssertions(f) {
    const v = f.raw('json');
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v)) {
        f.problem('json', 'a list of assertions such as [{path: $.status, equals: ok}]', v);
        return [];
    }
    const out = [];
    v.forEach((item, i) => {
        const field = `json[${i}]`;
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            f.problem(field, 'a mapping with path and one of equals, exists, lt, gt', item);
            return;
        }
        const a = item;
        const unknown = Object.keys(a).filter(k => !['path', 'equals', 'exists', 'lt', 'gt'].includes(k));
        if (unknown.length) {
            f.problem(`${field}.${unknown[0]}`, 'one of path, equals, exists, lt, gt');
            return;
        }
        if (typeof a.path !== 'string' || !(0,json_path/* parsePath */.Rr)(a.path)) {
            f.problem(`${field}.path`, json_path/* PATH_EXPECTED */.lf, a.path);
            return;
        }
        const tests = ['equals', 'exists', 'lt', 'gt'].filter(k => k in a);
        if (tests.length === 0) {
            f.problem(field, 'one of equals, exists, lt or gt beside path');
            return;
        }
        if ('exists' in a && typeof a.exists !== 'boolean') {
            f.problem(`${field}.exists`, 'true or false', a.exists);
            return;
        }
        for (const k of ['lt', 'gt']) {
            if (k in a && (typeof a[k] !== 'number' || !Number.isFinite(a[k]))) {
                f.problem(`${field}.${k}`, 'a number', a[k]);
                return;
            }
        }
        out.push({
            path: a.path,
            ...('equals' in a ? { equals: a.equals } : {}),
            ...('exists' in a ? { exists: a.exists } : {}),
            ...('lt' in a ? { lt: a.lt } : {}),
            ...('gt' in a ? { gt: a.gt } : {})
        });
    });
    return out;
}
/**
 * What is wrong with a URL for a check, or undefined when it is fine: http(s) only, and no
 * credentials in it (they would reach the log; put them in a header with `${VAR}`).
 */
function urlProblem(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'an absolute http:// or https:// URL, e.g. https://app.example.com/healthz';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return 'an http:// or https:// URL';
    if (url.username || url.password)
        return 'a URL without user:password (put credentials in headers, e.g. Authorization: "Bearer ${TOKEN}")';
    return undefined;
}
function show(value) {
    let text;
    try {
        text = typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
    }
    catch {
        text = String(value);
    }
    text = text.replace(/\r?\n/g, '\\n');
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function closest(word, candidates) {
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        const d = distance(word.toLowerCase().replace(/_/g, '-'), c);
        if (d < bestScore) {
            bestScore = d;
            best = c;
        }
    }
    return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(643);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/smoke-verify/inputs.ts







const inputs_duration = (fallback, min, what) => (0,lib_inputs/* parsed */.Yz)((v, problem) => {
    const text = v ?? fallback;
    const ms = (0,duration/* parseDuration */.E9)(text);
    if (ms === undefined)
        return problem(`expected ${duration/* DURATION_EXPECTED */.om} (${what})`);
    if (ms < min)
        return problem(`expected at least ${min}ms (${what})`);
    if (ms > duration/* MAX_DURATION_MS */.rG)
        return problem(`expected at most 24h (${what})`);
    return ms;
});
/** smoke-verify's inputs; the keys are action.yml's input names. */
const inputSchema = schemas/* object */.Ikc({
    ...lib_inputs/* commonInputs */.j$,
    // smoke-verify never calls GitHub: the inputs exist so every action takes the same ones.
    token: lib_inputs/* unused */.x3,
    repository: lib_inputs/* unused */.x3,
    url: (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return undefined;
        if (/\s/.test(v) || v.length > 2048)
            return problem('expected one URL on one line, e.g. https://app.example.com/healthz');
        const bad = urlProblem(v);
        return bad ? problem(`expected ${bad}`) : v;
    }),
    'expect-status': (0,lib_inputs/* parsed */.Yz)((v, problem) => parseStatusList(v ?? '200') ?? problem(`expected ${STATUS_EXPECTED}`)),
    checks: (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return undefined;
        const { source, text } = checksText(v, problem);
        try {
            return { source, entries: parseChecks(text) };
        }
        catch (error) {
            if (error instanceof ChecksError)
                return problem(source === 'inline' ? error.message : `the file ${source}: ${error.message}`);
            throw error;
        }
    }),
    interval: inputs_duration('10s', 100, 'the time between samples of each check'),
    count: (0,lib_inputs/* integer */.nd)({
        min: 1,
        max: MAX_COUNT,
        fallback: 6,
        expected: `a whole number of samples from 1 to ${MAX_COUNT}`
    }),
    'consecutive-successes': (0,lib_inputs/* integer */.nd)({
        min: 1,
        max: MAX_COUNT,
        fallback: 3,
        expected: 'a whole number of successes in a row from 1 up to count'
    }),
    'failure-limit': (0,lib_inputs/* integer */.nd)({
        min: 0,
        max: MAX_COUNT,
        fallback: 0,
        expected: 'a whole number of failed samples a check may have and still pass, 0 or more'
    }),
    'inconclusive-limit': (0,lib_inputs/* integer */.nd)({
        min: 0,
        max: MAX_COUNT,
        expected: 'a whole number of inconclusive samples allowed, 0 or more (empty: no limit)'
    }),
    timeout: inputs_duration('5m', 1000, 'the most the whole step may take')
});
/** Checks that span inputs. */
function checkInputs(inputs) {
    if (inputs.url === undefined && inputs.checks === undefined) {
        throw new errors/* InputError */.dz('checks', undefined, 'pass url (one HTTP check) or checks (a YAML list of http, command and prometheus checks), or both');
    }
    if (inputs['consecutive-successes'] > inputs.count) {
        throw new errors/* InputError */.dz('consecutive-successes', String(inputs['consecutive-successes']), `it is more than count (${inputs.count}), so no check could pass; expected at most ${inputs.count}`);
    }
    const clash = inputs.checks?.entries.findIndex(e => e.name === 'url') ?? -1;
    if (inputs.url !== undefined && clash >= 0) {
        throw new errors/* InputError */.dz('checks', inputs.checks?.source, `checks[${clash}] is named 'url', the name of the check the url input makes; expected another name`);
    }
}
/**
 * Inline YAML (it has a line break, or starts like a YAML list or mapping), or else the path
 * of a YAML file relative to the workspace.
 */
function checksText(value, problem) {
    if (/[\r\n]/.test(value) || /^[-[{]/.test(value))
        return { source: 'inline', text: value };
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const path = (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(workspace, value);
    if (value.length > 4096)
        return problem('expected a YAML list of checks, or the path of a YAML file: the path is too long');
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        return problem(`expected a YAML list of checks, or the path of a YAML file (relative to the workspace); there is no such file`);
    }
    if ((0,external_node_fs_.statSync)(path).size > MAX_CHECKS_TEXT)
        return problem(`the file is larger than ${MAX_CHECKS_TEXT} bytes; expected a YAML list of checks`);
    return { source: value, text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
}

;// CONCATENATED MODULE: ./src/smoke-verify/stats.ts
/**
 * The p-th percentile (0..100) by the nearest-rank method; undefined for no values.
 * @param values any order
 * @param p e.g. 50, 95, 99
 */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}

// EXTERNAL MODULE: ./src/smoke-verify/verdict.ts
var verdict = __webpack_require__(2740);
;// CONCATENATED MODULE: ./src/smoke-verify/report.ts



/**
 * Builds the JSON report from a finished run.
 * @param run the scheduler's result
 */
function buildReport(run) {
    return {
        result: (0,verdict/* overallVerdict */.Bn)(run.checks.map(c => c.result)),
        elapsedMs: Math.round(run.elapsedMs),
        stoppedBy: run.stoppedBy ?? null,
        checks: run.checks.map(checkReport)
    };
}
function checkReport(run) {
    const { check, tally } = run;
    const latencies = run.samples.flatMap(s => (s.latencyMs === undefined ? [] : [s.latencyMs]));
    const lastError = [...run.samples].reverse().find(s => s.outcome !== 'success');
    return {
        name: check.name,
        kind: check.kind,
        target: target(check),
        result: run.result,
        reason: run.reason,
        statistics: {
            interval: (0,duration/* formatDuration */.a3)(check.stats.intervalMs),
            count: check.stats.count,
            'consecutive-successes': check.stats.consecutiveSuccesses,
            'failure-limit': check.stats.failureLimit,
            'inconclusive-limit': check.stats.inconclusiveLimit ?? null,
            'sample-timeout': (0,duration/* formatDuration */.a3)(check.sampleTimeoutMs)
        },
        ...counts(tally),
        latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)) },
        lastError: lastError ? `sample ${lastError.index}: ${lastError.message}` : null,
        skippedTicks: run.skippedTicks,
        sampleLog: run.samples.map(s => ({
            ...s,
            scheduledMs: Math.round(s.scheduledMs),
            startedMs: Math.round(s.startedMs),
            durationMs: Math.round(s.durationMs)
        }))
    };
}
function counts(t) {
    return {
        samples: t.samples,
        passes: t.successes,
        failures: t.failures,
        inconclusive: t.inconclusives
    };
}
/** The `failed-checks` output: the checks whose result is failed. */
function failedChecks(report) {
    return report.checks
        .filter(c => c.result === 'failed')
        .map(c => ({ name: c.name, kind: c.kind, reason: c.reason, lastError: c.lastError }));
}
/** What a check looks at, for the summary and report. */
function target(check) {
    if (check.kind === 'http')
        return `${check.method} ${check.url}`;
    if (check.kind === 'prometheus')
        return `${check.query} ${check.condition.text}`;
    const first = check.run.split('\n').find(l => l.trim() !== '') ?? '';
    return first.length > 80 ? `${first.slice(0, 77)}...` : first;
}
/**
 * The log line for one sample, printed as it happens.
 * @returns e.g. `[api] sample 3/6 success: status 200 in 12 ms (3 in a row of 3)`
 */
function sampleLine(sample, tally, check) {
    const late = sample.startedMs - sample.scheduledMs;
    const lateText = late >= 1000 ? `, started ${(0,duration/* formatDuration */.a3)(late)} late` : '';
    return `[${check.name}] sample ${sample.index}/${check.stats.count} ${sample.outcome}: ${sample.message} (${tally.consecutive}/${check.stats.consecutiveSuccesses} in a row, ${tally.failures} failed${lateText})`;
}
/** A sample as the evidence keeps it: long command output is cut to its last 4 KiB. */
function sampleEvidence(sample) {
    const details = { ...sample.details };
    if (typeof details.output === 'string' && details.output.length > 4096) {
        details.output = `[... cut to the last 4096 characters in evidence; the report has more ...]\n${details.output.slice(-4096)}`;
    }
    return {
        check: sample.check,
        index: sample.index,
        outcome: sample.outcome,
        message: sample.message,
        scheduledMs: Math.round(sample.scheduledMs),
        startedMs: Math.round(sample.startedMs),
        durationMs: Math.round(sample.durationMs),
        latencyMs: sample.latencyMs,
        details
    };
}
function round(n) {
    return n === undefined ? null : Math.round(n);
}

;// CONCATENATED MODULE: ./src/smoke-verify/resolve.ts



const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/**
 * Gives each entry the inputs' statistics where it set none, checks that the statistics fit
 * together, and fills `${VAR}` in headers from the environment.
 * @param entries from parseChecks (plus the `url` input's check)
 * @param defaults the inputs
 * @param env where `${VAR}` is read
 * @param labels how each entry is named in errors, e.g. "checks[2] (name 'db')"
 * @throws ChecksError naming the entry and field
 */
function resolveChecks(entries, defaults, env, labels) {
    const problems = [];
    const secrets = new Set();
    const checks = entries.map((entry, i) => {
        const where = labels[i] ?? entry.name;
        const stats = {
            intervalMs: entry.stats.intervalMs ?? defaults.intervalMs,
            count: entry.stats.count ?? defaults.count,
            consecutiveSuccesses: entry.stats.consecutiveSuccesses ?? defaults.consecutiveSuccesses,
            failureLimit: entry.stats.failureLimit ?? defaults.failureLimit,
            inconclusiveLimit: 'inconclusiveLimit' in entry.stats
                ? entry.stats.inconclusiveLimit
                : defaults.inconclusiveLimit
        };
        if (stats.consecutiveSuccesses > stats.count) {
            const field = entry.stats.consecutiveSuccesses !== undefined ? 'consecutive-successes' : 'count';
            problems.push(`${where} field '${field}': consecutive-successes (${stats.consecutiveSuccesses}) is more than count (${stats.count}), so the check could never pass; expected consecutive-successes at most count`);
        }
        const sampleTimeoutMs = entry.sampleTimeoutMs ??
            (entry.kind === 'command'
                ? defaults.timeoutMs
                : Math.min(DEFAULT_REQUEST_TIMEOUT_MS, defaults.timeoutMs));
        if (sampleTimeoutMs > defaults.timeoutMs) {
            problems.push(`${where} field 'timeout': a sample's timeout (${(0,duration/* formatDuration */.a3)(sampleTimeoutMs)}) is longer than the overall timeout input (${(0,duration/* formatDuration */.a3)(defaults.timeoutMs)}); expected at most that`);
        }
        const fill = (headers) => {
            const out = {};
            for (const [name, template] of Object.entries(headers)) {
                out[name] = template.replace(VAR, (_, variable) => {
                    const value = env[variable];
                    if (value === undefined || value === '') {
                        problems.push(`${where} field 'headers.${name}': the environment variable ${variable} is not set or empty; expected it in the step's env (e.g. env: {${variable}: \${{ secrets.${variable} }}})`);
                        return '';
                    }
                    if (/[\r\n\0]/.test(value)) {
                        problems.push(`${where} field 'headers.${name}': the environment variable ${variable} holds a line break; expected one line`);
                        return '';
                    }
                    secrets.add(value);
                    return value;
                });
                if (out[name] !== template)
                    secrets.add(out[name]);
            }
            return out;
        };
        switch (entry.kind) {
            case 'http':
                return {
                    ...entry,
                    stats,
                    sampleTimeoutMs,
                    headers: fill(entry.headers),
                    expectStatus: entry.expectStatus ?? defaults.expectStatus
                };
            case 'prometheus':
                return { ...entry, stats, sampleTimeoutMs, headers: fill(entry.headers) };
            default:
                return { ...entry, stats, sampleTimeoutMs };
        }
    });
    if (problems.length)
        throw new ChecksError(problems);
    return { checks, secrets: [...secrets].filter(s => s.length > 0) };
}

;// CONCATENATED MODULE: ./src/smoke-verify/summary.ts


const HEADLINE = {
    passed: '✅ **passed**: every check passed.',
    failed: '❌ **failed**',
    inconclusive: '⚠️ **inconclusive**: no check failed, but not every check passed.'
};
/**
 * The job summary: the verdict, why, and a table per check (samples, passes, failures,
 * latency p50/p95, last error).
 * @param report the finished run
 * @param reportPath where the JSON report was written
 */
function renderSummary(report, reportPath) {
    const failed = report.checks.filter(c => c.result === 'failed');
    let headline = HEADLINE[report.result];
    if (report.result === 'failed') {
        headline += `: ${failed.map(c => `\`${c.name}\` (${c.reason})`).join(', ')}.`;
        if (report.checks.some(c => c.result === 'stopped'))
            headline += ' The other checks were stopped early.';
    }
    if (report.stoppedBy?.reason === 'timeout')
        headline += ' The overall timeout ended the run.';
    const rows = report.checks.map(c => [
        c.name,
        c.kind,
        `**${c.result}**`,
        c.samples,
        c.passes,
        c.failures,
        c.inconclusive,
        ms(c.latencyMs.p50),
        ms(c.latencyMs.p95),
        c.lastError ?? ''
    ]);
    const lines = [
        `### smoke-verify: ${report.result}`,
        '',
        headline,
        '',
        (0,summary/* table */.tp)([
            'check',
            'kind',
            'result',
            'samples',
            'passes',
            'failures',
            'inconclusive',
            'p50',
            'p95',
            'last error'
        ], rows).trimEnd(),
        '',
        ...report.checks.map(c => `- \`${c.name}\` (${c.target}): ${c.reason}. A sample every ${c.statistics.interval}, up to ${c.statistics.count}; passes after ${c.statistics['consecutive-successes']} in a row; failure-limit ${c.statistics['failure-limit']}${c.skippedTicks ? `; ${c.skippedTicks} ticks skipped while a slow sample ran` : ''}.`),
        '',
        `Took ${(0,duration/* formatDuration */.a3)(report.elapsedMs)}. Full report: \`${reportPath}\`.`
    ];
    return `${lines.join('\n')}\n`;
}
/**
 * The dry-run summary: the plan, with each check's watch window.
 * @param checks the resolved checks
 */
function renderPlan(checks, timeoutMs) {
    const rows = checks.map(c => [
        c.name,
        c.kind,
        (0,duration/* formatDuration */.a3)(c.stats.intervalMs),
        c.stats.count,
        c.stats.consecutiveSuccesses,
        c.stats.failureLimit,
        c.stats.inconclusiveLimit ?? '',
        (0,duration/* formatDuration */.a3)(c.stats.intervalMs * c.stats.count)
    ]);
    return [
        '### smoke-verify: dry run',
        '',
        `**Dry run**: the checks are valid; no sample was taken. Overall timeout ${(0,duration/* formatDuration */.a3)(timeoutMs)}.`,
        '',
        (0,summary/* table */.tp)([
            'check',
            'kind',
            'interval',
            'count',
            'consecutive-successes',
            'failure-limit',
            'inconclusive-limit',
            'window'
        ], rows)
    ].join('\n');
}
function ms(value) {
    return value === null ? '' : `${value} ms`;
}

;// CONCATENATED MODULE: ./src/smoke-verify/main.ts














const ACTION = 'smoke-verify';
/** Decides whether a deployment is healthy: checks sampled on one schedule, then a verdict. */
async function run(deps = {}) {
    await (0,action/* runAction */.C)(ACTION, async (context) => verify(context, deps), { inputs: deps.inputs });
}
async function verify(context, deps) {
    const env = deps.env ?? process.env;
    // Every input, the checks YAML included, is valid before anything is loaded or sampled.
    const inputs = (0,lib_inputs/* readInputs */.Ko)(inputSchema, deps.inputs ?? lib_inputs/* runnerInputs */.ax, checkInputs);
    const { checks, secrets } = resolve(inputs, env);
    const evidence = context.openEvidence(inputs['evidence-dir'], secrets);
    const log = queue(evidence);
    await log('inputs', { ...inputs, checks: inputs.checks?.source });
    await log('plan', { checks: checks.map(describe), timeout: (0,duration/* formatDuration */.a3)(inputs.timeout) });
    if (inputs['dry-run']) {
        const path = await writeReport(inputs['evidence-dir'], {
            dryRun: true,
            checks: checks.map(describe)
        });
        (0,outputs/* setOutputs */.n)({ result: 'dry-run', report: path, 'failed-checks': '[]' });
        await (0,summary/* writeSummary */.Sy)(renderPlan(checks, inputs.timeout));
        await log('dry-run', { report: path });
        return;
    }
    // Network and process modules load only now, with valid inputs.
    const { createProbe } = await __webpack_require__.e(/* import() */ 313).then(__webpack_require__.bind(__webpack_require__, 7313));
    const { runSchedule } = await __webpack_require__.e(/* import() */ 488).then(__webpack_require__.bind(__webpack_require__, 7488));
    const where = { cwd: env.GITHUB_WORKSPACE || process.cwd(), env };
    context.log.info(`Sampling ${checks.length} check${checks.length > 1 ? 's' : ''} (overall timeout ${(0,duration/* formatDuration */.a3)(inputs.timeout)}):`);
    for (const c of checks) {
        context.log.info(`  ${c.name} (${c.kind}): ${target(c)}; every ${(0,duration/* formatDuration */.a3)(c.stats.intervalMs)}, up to ${c.stats.count}, passes after ${c.stats.consecutiveSuccesses} in a row`);
    }
    const result = await runSchedule(checks.map(check => ({ check, probe: createProbe(check, where) })), {
        timeoutMs: inputs.timeout,
        onSample: async (sample, tally, check) => {
            context.log.info(sampleLine(sample, tally, check));
            await log('sample', sampleEvidence(sample));
        },
        onDecided: async (run) => {
            context.log.info(`[${run.check.name}] ${run.result}: ${run.reason}`);
            await log('check-decided', { check: run.check.name, result: run.result, reason: run.reason });
        }
    });
    const report = buildReport(result);
    for (const c of report.checks) {
        (0,lib_log/* logGroup */.QT)(`${c.name}: ${c.result} (${c.passes}/${c.samples} passed)`, c.sampleLog.map(s => `sample ${s.index} at +${(0,duration/* formatDuration */.a3)(s.startedMs)}: ${s.outcome}: ${s.message}`));
    }
    // Outputs and the summary first: nothing after them may keep the verdict from the workflow.
    const path = await writeReport(inputs['evidence-dir'], report);
    const failed = failedChecks(report);
    (0,outputs/* setOutputs */.n)({ result: report.result, report: path, 'failed-checks': JSON.stringify(failed) });
    await (0,summary/* writeSummary */.Sy)(renderSummary(report, path));
    await log('verdict', { result: report.result, report: path, failed, elapsedMs: report.elapsedMs });
    if (report.result !== 'passed')
        throw new errors/* UserError */.yo(verdictMessage(report));
}
function resolve(inputs, env) {
    const entries = [];
    const labels = [];
    if (inputs.url !== undefined) {
        entries.push({
            name: 'url',
            kind: 'http',
            url: inputs.url,
            method: 'GET',
            headers: {},
            body: undefined,
            expectStatus: undefined,
            bodyContains: undefined,
            json: [],
            maxLatencyMs: undefined,
            maxRedirects: 5,
            stats: {},
            sampleTimeoutMs: undefined
        });
        labels.push("the url input's check");
    }
    inputs.checks?.entries.forEach((entry, i) => {
        entries.push(entry);
        labels.push(`checks[${i}] (name '${entry.name}')`);
    });
    try {
        return resolveChecks(entries, {
            intervalMs: inputs.interval,
            count: inputs.count,
            consecutiveSuccesses: inputs['consecutive-successes'],
            failureLimit: inputs['failure-limit'],
            inconclusiveLimit: inputs['inconclusive-limit'],
            expectStatus: inputs['expect-status'],
            timeoutMs: inputs.timeout
        }, env, labels);
    }
    catch (error) {
        if (error instanceof ChecksError)
            throw new errors/* InputError */.dz('checks', inputs.checks?.source, error.message);
        throw error;
    }
}
/** A check for evidence and the dry-run report: never header values. */
function describe(check) {
    return {
        name: check.name,
        kind: check.kind,
        target: target(check),
        headers: 'headers' in check ? Object.keys(check.headers) : undefined,
        interval: (0,duration/* formatDuration */.a3)(check.stats.intervalMs),
        count: check.stats.count,
        consecutiveSuccesses: check.stats.consecutiveSuccesses,
        failureLimit: check.stats.failureLimit,
        inconclusiveLimit: check.stats.inconclusiveLimit,
        sampleTimeout: (0,duration/* formatDuration */.a3)(check.sampleTimeoutMs)
    };
}
/** Evidence appends in order, one at a time: samples of concurrent checks finish together. */
function queue(evidence) {
    let tail = Promise.resolve();
    return (event, data) => {
        const next = tail.then(() => evidence.append(event, data));
        tail = next.catch(() => undefined);
        return next.then(() => undefined);
    };
}
/** Written whole or not at all: a temp file renamed into place. */
async function writeReport(dir, report) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const stamp = new Date()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const path = (0,external_node_path_.resolve)((0,external_node_path_.join)(dir, `smoke-verify-report-${stamp}-${process.pid}.json`));
    await (0,promises_.writeFile)(`${path}.tmp`, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    await (0,promises_.rename)(`${path}.tmp`, path);
    return path;
}
function verdictMessage(report) {
    if (report.result === 'failed') {
        const failed = report.checks.filter(c => c.result === 'failed');
        return `smoke-verify failed: ${failed.map(c => `check '${c.name}' ${c.reason}; last error: ${c.lastError ?? 'none'}`).join('; ')}`;
    }
    const open = report.checks.filter(c => c.result !== 'passed');
    return `smoke-verify is inconclusive: ${open.map(c => `check '${c.name}': ${c.reason}`).join('; ')}. Not every check passed, so the step fails; see the summary and the report.`;
}


/***/ }),

/***/ 2740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ overallVerdict),
/* harmony export */   CK: () => (/* binding */ emptyTally),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   U9: () => (/* binding */ count)
/* harmony export */ });
const emptyTally = () => ({
    samples: 0,
    successes: 0,
    failures: 0,
    inconclusives: 0,
    consecutive: 0
});
/**
 * Counts one sample.
 * @returns a new tally
 */
function count(tally, outcome) {
    return {
        samples: tally.samples + 1,
        successes: tally.successes + (outcome === 'success' ? 1 : 0),
        failures: tally.failures + (outcome === 'failure' ? 1 : 0),
        inconclusives: tally.inconclusives + (outcome === 'inconclusive' ? 1 : 0),
        consecutive: outcome === 'success' ? tally.consecutive + 1 : 0
    };
}
/**
 * Decides a check after a sample, the way analysis controllers do: more failures than
 * `failureLimit` fails it at once; `consecutiveSuccesses` successes in a row pass it; more
 * inconclusive samples than `inconclusiveLimit`, or `count` samples without either, leave it
 * inconclusive. Undefined means: keep sampling.
 * @param stats the check's statistics
 * @param tally its counts so far
 */
function decide(stats, tally) {
    if (tally.failures > stats.failureLimit) {
        return {
            result: 'failed',
            reason: stats.failureLimit === 0
                ? `a sample failed (failure-limit 0)`
                : `${tally.failures} samples failed, more than failure-limit ${stats.failureLimit}`
        };
    }
    if (tally.consecutive >= stats.consecutiveSuccesses) {
        return {
            result: 'passed',
            reason: `${tally.consecutive} successes in a row (consecutive-successes ${stats.consecutiveSuccesses})`
        };
    }
    if (stats.inconclusiveLimit !== undefined && tally.inconclusives > stats.inconclusiveLimit) {
        return {
            result: 'inconclusive',
            reason: `${tally.inconclusives} inconclusive samples, more than inconclusive-limit ${stats.inconclusiveLimit}`
        };
    }
    if (tally.samples >= stats.count) {
        return {
            result: 'inconclusive',
            reason: `${stats.count} samples taken (count) without ${stats.consecutiveSuccesses} successes in a row; ${tally.failures} failed, ${tally.inconclusives} inconclusive`
        };
    }
    return undefined;
}
/**
 * The step's verdict: failed when any check failed, passed only when every check passed,
 * otherwise inconclusive.
 */
function overallVerdict(results) {
    if (results.includes('failed'))
        return 'failed';
    if (results.length > 0 && results.every(r => r === 'passed'))
        return 'passed';
    return 'inconclusive';
}


/***/ })

};
