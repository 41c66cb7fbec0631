export const id = 771;
export const ids = [771];
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

/***/ 7575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   HI: () => (/* binding */ renderStickyComment),
/* harmony export */   Oc: () => (/* binding */ renderOutcomeComment),
/* harmony export */   QW: () => (/* binding */ renderStageComment),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   Yx: () => (/* binding */ renderIssueBody),
/* harmony export */   xk: () => (/* binding */ outcomeMarker)
/* harmony export */ });
/* unused harmony exports BODY_LIMIT, issueMarker */
/* harmony import */ var _timeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8186);

const SCOPE_TEXT = {
    L1: 'L1: code and configuration',
    L2: 'L2: code, configuration and data (database migrations reverted)',
    L3: 'L3: code, configuration, data and credentials'
};
const STATUS = {
    declared: '🔴 Rollback declared',
    progress: '🟠 Rollback in progress',
    complete: '🟢 Rollback complete',
    failed: '⛔ Rollback failed'
};
// GitHub refuses issue and comment bodies over 65,536 characters.
const BODY_LIMIT = 65_536;
const issueMarker = (incident) => `<!-- rollback-kit:incident ${incident} -->`;
const stickyMarker = (incident) => `<!-- rollback-kit:pr-notice incident=${incident} -->`;
const outcomeMarker = (incident, stage) => `<!-- rollback-kit:pr-outcome incident=${incident} stage=${stage} -->`;
const code = (text) => `\`${text.replace(/`/g, "'")}\``;
function fields(report) {
    const rows = [
        ['Status', STATUS[report.stage] + (report.dryRun ? ' (dry run: nothing was changed)' : '')],
        ['Incident', code(report.incident)],
        ['Trigger', report.trigger === 'auto' ? 'automatic (post-deploy checks failed)' : 'manual'],
        ['Scope', SCOPE_TEXT[report.scope]],
        ['Lead', report.who],
        ['Environment', report.environment && code(report.environment)],
        ['Restoring', report.target && code(report.target)],
        [
            'Reverted range',
            report.rangeFrom && report.rangeTo
                ? `${code(report.rangeFrom)} … ${code(report.rangeTo)}`
                : undefined
        ],
        ['Next update due', report.nextUpdateDue],
        ['Run', report.logUrl]
    ];
    return rows.filter(([, v]) => v).map(([k, v]) => `- **${k}:** ${v}`);
}
function section(title, body) {
    return body && body.trim() ? [`### ${title}`, '', body.trim(), ''] : [];
}
/** The part of the template each stage adds. */
function stageSections(report) {
    const done = report.done.length ? report.done.map(d => `- ${d}`).join('\n') : undefined;
    switch (report.stage) {
        case 'declared':
            return [...section('Risks', report.risks)];
        case 'progress':
            return [
                ...section('Target', report.target && `Restore ${code(report.target)}`),
                ...section('Done', done),
                ...section('In progress', report.inProgress),
                ...section('Risks', report.risks)
            ];
        case 'complete':
        case 'failed':
            return [
                ...section('When', report.when),
                ...section('Done', done),
                ...section('How it was verified', report.verifiedBy),
                ...section('What stays frozen', report.frozen ??
                    (report.stage === 'failed'
                        ? 'The merge freeze stays on: the rollback did not finish.'
                        : undefined)),
                ...section('Follow-ups', report.followUps)
            ];
    }
}
/** The incident issue's body: the current state plus the stage history and timings. */
function renderIssueBody(report, history, timings) {
    const lines = [
        issueMarker(report.incident),
        `## ${report.title}`,
        '',
        ...fields(report),
        '',
        ...stageSections(report),
        '### Timeline',
        '',
        '| stage | when |',
        '| --- | --- |',
        ...history.map(h => `| ${h.stage} | ${h.when} |`),
        '',
        `Time to initiate: ${(0,_timeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(timings.toInitiate)} · to complete: ${(0,_timeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(timings.toComplete)} · to verify: ${(0,_timeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(timings.toVerify)}`,
        '',
        '_Kept up to date by rollback-kit record-evidence; each stage is also posted as a comment._'
    ];
    return clip(lines.join('\n'), BODY_LIMIT);
}
/** The comment posted at each stage, so everyone watching the issue is notified. */
function renderStageComment(report) {
    return clip([`### ${STATUS[report.stage]}`, '', ...fields(report), '', ...stageSections(report)].join('\n'), BODY_LIMIT);
}
/** The sticky notice on each reverted pull request, edited in place as the stages change. */
function renderStickyComment({ report, issueUrl }) {
    const where = report.environment ? ` in ${code(report.environment)}` : '';
    const range = report.rangeFrom && report.rangeTo
        ? `${code(report.rangeFrom)} … ${code(report.rangeTo)}`
        : 'the reverted range';
    const state = {
        declared: 'A rollback has been declared',
        progress: 'A rollback is in progress',
        complete: 'This change was rolled back',
        failed: 'A rollback was attempted and failed; this change may still be live'
    };
    return [
        stickyMarker(report.incident),
        `**${state[report.stage]}${where}.** This pull request was merged in ${range}, the release range being taken back to ${report.target ? code(report.target) : 'the last known-good release'}.`,
        '',
        `- Stage: ${report.stage} (${report.when})`,
        issueUrl ? `- Incident: ${issueUrl}` : `- Incident: ${code(report.incident)}`,
        report.logUrl ? `- Run: ${report.logUrl}` : '',
        '',
        '_This comment is updated in place by rollback-kit._'
    ]
        .filter((l, i, all) => l !== '' || all[i - 1] !== '')
        .join('\n');
}
/** The one new comment at complete or failed, so the author is notified of the outcome. */
function renderOutcomeComment({ report, issueUrl }) {
    const what = report.stage === 'complete'
        ? `The rollback of ${report.environment ? code(report.environment) : 'this release'} to ${report.target ? code(report.target) : 'the last known-good release'} is complete, so this change is no longer live there. Re-land it with a fix when ready.`
        : 'The rollback failed; the merge freeze stays on while the incident continues.';
    return [
        outcomeMarker(report.incident, report.stage),
        what,
        issueUrl ? `Incident: ${issueUrl}` : ''
    ]
        .filter(Boolean)
        .join('\n\n');
}
/** Cuts text to `limit` characters at a line end, saying so. */
function clip(text, limit) {
    if (text.length <= limit)
        return text;
    const note = '\n\n_… truncated to fit GitHub’s limit; the evidence holds everything._';
    const cut = text.lastIndexOf('\n', limit - note.length);
    return text.slice(0, cut > 0 ? cut : limit - note.length) + note;
}


/***/ }),

/***/ 5771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/action.ts
var action = __webpack_require__(5577);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/lib/outputs.ts
var outputs = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(1119);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/record-evidence/inputs.ts



const STAGES = ['declared', 'progress', 'complete', 'failed'];
/** Incident scope as the runbooks grade it: L1 code/config, L2 + data, L3 + credentials. */
const SCOPES = ['L1', 'L2', 'L3'];
const ONE_LINE = /^[^\r\n]*$/;
/** A single line of at most `max` characters; `how` says what belongs there. */
const line = (max, how) => (0,lib_inputs/* parsed */.Yz)((v, problem) => {
    if (v === undefined)
        return undefined;
    if (!ONE_LINE.test(v) || v.length > max)
        problem(`expected ${how}, one line of at most ${max} characters`);
    return v;
});
/** Free text that may span lines (rendered as markdown), bounded so a summary stays small. */
const paragraph = (max) => (0,lib_inputs/* parsed */.Yz)((v, problem) => {
    if (v !== undefined && v.length > max)
        problem(`expected at most ${max} characters of text`);
    return v;
});
// A ref as git and GitHub accept it in a compare: no leading dash, no spaces, no '..'.
const REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/@+-]{1,250}$/;
const ref = (what) => (0,lib_inputs/* parsed */.Yz)((v, problem) => {
    if (v === undefined)
        return undefined;
    if (!REF.test(v))
        problem(`expected ${what}: a tag, branch or commit sha such as v1.2.0`);
    return v;
});
/** record-evidence's inputs; the keys are action.yml's input names. */
const inputSchema = schemas/* object */.Ikc({
    ...lib_inputs/* commonInputs */.j$,
    stage: (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            problem(`is required: one of ${STAGES.join(', ')}`);
        if (!STAGES.includes(v))
            problem(`expected one of ${STAGES.join(', ')}`);
        return v;
    }),
    title: line(200, 'an incident title'),
    incident: (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        const value = v ?? defaultIncident();
        if (!/^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,99}$/.test(value))
            problem('expected an incident id of letters, digits and . _ : # / - (at most 100), e.g. INC-2041');
        return value;
    }),
    issue: (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined || v === 'none')
            return { kind: 'none' };
        if (v === 'create')
            return { kind: 'create' };
        if (/^[1-9]\d{0,9}$/.test(v))
            return { kind: 'number', number: Number(v) };
        return problem("expected 'create', 'none' or an issue number such as 42");
    }),
    trigger: (0,lib_inputs/* oneOf */.yL)(['manual', 'auto'], 'manual'),
    scope: (0,lib_inputs/* oneOf */.yL)(SCOPES, 'L1'),
    who: line(100, 'who leads the rollback (a login or name)'),
    'next-update': (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return 30;
        const m = /^(\d{1,4})(m|h)$/.exec(v);
        if (!m)
            return problem('expected minutes or hours until the next update, e.g. 30m or 2h');
        const minutes = Number(m[1]) * (m[2] === 'h' ? 60 : 1);
        if (minutes < 1 || minutes > 7 * 24 * 60)
            problem('expected between 1m and 168h');
        return minutes;
    }),
    target: ref('the release being restored'),
    'in-progress': paragraph(4000),
    risks: paragraph(4000),
    'verified-by': paragraph(4000),
    frozen: paragraph(4000),
    'follow-ups': paragraph(4000),
    'pr-comment': (0,lib_inputs/* bool */.lc)(false),
    'range-from': ref('the known-good release (the start of the reverted range)'),
    'range-to': ref('the bad release (the end of the reverted range)'),
    'pr-limit': (0,lib_inputs/* integer */.nd)({ min: 1, max: 1000, fallback: 500 }),
    environment: (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return undefined;
        if (!/^[^\r\n\t]{1,255}$/.test(v) || v.trim() !== v)
            problem('expected a deployment environment name such as production');
        return v;
    }),
    'deployment-status': (0,lib_inputs/* bool */.lc)(false),
    'log-url': (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        const value = v ?? defaultLogUrl();
        if (value === undefined)
            return undefined;
        if (!/^https?:\/\/[^\s]{1,2000}$/.test(value))
            problem('expected an http(s) URL of the run, e.g. https://github.com/o/r/actions/runs/1');
        return value;
    })
});
/** One incident per workflow run by default: every stage of that run speaks about it. */
function defaultIncident() {
    const run = process.env.GITHUB_RUN_ID;
    return run && /^\d+$/.test(run) ? `run-${run}` : 'local';
}
function defaultLogUrl() {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
/** Checks that span inputs; each names the input to fix. */
function checkInputs(inputs) {
    const need = (name, why) => {
        if (inputs[name] === undefined)
            throw new errors/* InputError */.dz(name, undefined, why);
    };
    if (inputs['pr-comment']) {
        need('range-from', 'pr-comment: true needs range-from (the known-good release) and range-to');
        need('range-to', 'pr-comment: true needs range-to (the bad release) and range-from');
    }
    if (inputs['deployment-status']) {
        need('environment', 'deployment-status: true needs the environment whose deployments to mark');
        need('range-to', 'deployment-status: true needs range-to, the release whose deployment failed');
        if (inputs.stage === 'complete')
            need('range-from', 'deployment-status: true at stage complete needs range-from, the restored release');
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/lib/evidence.ts + 2 modules
var evidence = __webpack_require__(7525);
;// CONCATENATED MODULE: ./src/record-evidence/seal.ts
// Reading and sealing the evidence directory: every chain verified before anything is written,
// then manifest.json with each chain's record count and head.




/** The chains already in `dir`, verified; a broken one fails naming its first bad record. */
async function readVerified(dir) {
    const names = await (0,promises_.readdir)(dir).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    });
    const chains = names.filter(name => name.endsWith('.jsonl')).sort();
    if (chains.length === 0)
        return [];
    // An earlier stage's manifest is a seal later records may follow, not the end of the chain.
    const check = await (0,evidence/* verifyEvidenceDir */.Yb)(dir, { allowAppended: true });
    if (!check.ok)
        throw new errors/* UserError */.yo(`The evidence in evidence-dir '${dir}' does not verify, so it is not sealed: ${check.errors.join('; ')}. Keep the directory as it is for the incident review; run 'rollback-kit evidence verify' on it to see every problem.`);
    return Promise.all(chains.map(async (name) => ({
        chain: (0,external_node_path_.basename)(name, '.jsonl'),
        records: await (0,evidence/* readRecords */.T3)((0,external_node_path_.join)(dir, name))
    })));
}
async function seal(dir, now) {
    const manifest = await (0,evidence/* writeManifest */.HN)(dir, now);
    return { manifest, path: (0,external_node_path_.join)(dir, evidence/* MANIFEST */.e0) };
}

// EXTERNAL MODULE: ./src/record-evidence/incident.ts
var incident = __webpack_require__(7575);
// EXTERNAL MODULE: ./src/record-evidence/timeline.ts
var timeline = __webpack_require__(8186);
;// CONCATENATED MODULE: ./src/record-evidence/summary.ts



// GitHub drops a step summary over 1 MiB entirely; keep well inside it (bytes, not characters).
const SUMMARY_LIMIT = 1024 * 1024 - 4096;
function renderSummary(input) {
    const { report, timings } = input;
    const parts = [
        `## Rollback evidence: ${(0,summary/* cell */.Hn)(report.title)} — ${report.stage}${report.dryRun ? ' (dry run)' : ''}`,
        '',
        `Chain head \`${input.chainHead}\` · incident \`${(0,summary/* cell */.Hn)(report.incident)}\`` +
            (input.issue ? ` · issue [#${input.issue.number}](${input.issue.url})` : ''),
        '',
        ...(input.problems.length ? ['**Not done:**', ...input.problems.map(p => `- ${p}`), ''] : []),
        '### Timings',
        '',
        (0,summary/* table */.tp)(['time to initiate', 'time to complete', 'time to verify'], [
            [
                (0,timeline/* formatDuration */.a)(timings.toInitiate),
                (0,timeline/* formatDuration */.a)(timings.toComplete),
                (0,timeline/* formatDuration */.a)(timings.toVerify)
            ]
        ]),
        (0,summary/* table */.tp)(['action', 'chain', 'first record', 'last record', 'records', 'last event'], timings.spans
            .filter(s => s.action !== 'record-evidence')
            .map(s => [s.action, s.chain, s.first, s.last, s.records, s.lastEvent])),
        '### Evidence',
        '',
        (0,summary/* table */.tp)(['chain', 'records', 'head'], input.manifest.chains.map(c => [c.file, c.records, `\`${c.head}\``])),
        ...deploymentPart(input.deployments),
        ...pullPart(input)
    ];
    return capBytes(parts.join('\n'), SUMMARY_LIMIT);
}
function deploymentPart(marks) {
    if (marks.length === 0)
        return [];
    return [
        '### Deployments',
        '',
        (0,summary/* table */.tp)(['deployment', 'ref', 'state', 'result'], marks.map(m => [m.deployment || '(new)', m.ref, m.state, m.result]))
    ];
}
function pullPart({ pulls, notices }) {
    if (!pulls)
        return [];
    const byNumber = new Map(notices.map(n => [n.number, n]));
    const head = `### Pull requests in the reverted range (${pulls.pulls.length} of ${pulls.pulls.length + pulls.omitted}, ${pulls.commits} commits)`;
    return [
        head,
        '',
        ...(pulls.omitted ? [`_${pulls.omitted} more not commented on (pr-limit)._`, ''] : []),
        (0,summary/* table */.tp)(['pull request', 'author', 'merged', 'notice'], pulls.pulls.map(p => {
            const n = byNumber.get(p.number);
            return [
                `#${p.number} ${p.title}`,
                p.author,
                p.mergedAt,
                n ? (n.error ?? n.sticky) : 'planned'
            ];
        }))
    ];
}
/** Cuts markdown to `limit` UTF-8 bytes at a line end, with a note. */
function capBytes(text, limit) {
    const bytes = Buffer.byteLength(text);
    if (bytes <= limit)
        return text;
    // Start from the proportional length and shrink until the bytes fit (multi-byte text).
    let chars = Math.floor((text.length * limit) / bytes);
    let cut = (0,incident/* clip */.$Q)(text, chars);
    while (Buffer.byteLength(cut) > limit) {
        chars = Math.floor(chars * 0.9);
        cut = (0,incident/* clip */.$Q)(text, chars);
    }
    return cut;
}

;// CONCATENATED MODULE: ./src/record-evidence/main.ts










const ACTION = 'record-evidence';
/**
 * Verifies every evidence chain, tells people where the rollback stands (incident issue, pull
 * request notices, deployment statuses) and seals the directory with manifest.json.
 */
async function run(deps = {}) {
    await (0,action/* runAction */.C)(ACTION, async (context) => record(context, deps));
}
async function record(context, deps) {
    // Every input is checked, and every chain verified, before anything is written.
    const inputs = (0,lib_inputs/* readInputs */.Ko)(inputSchema, deps.inputs ?? lib_inputs/* runnerInputs */.ax, checkInputs);
    const now = deps.now ?? (() => new Date());
    const needsGitHub = inputs.issue.kind !== 'none' || inputs['pr-comment'] || inputs['deployment-status'];
    const token = needsGitHub ? (0,lib_inputs/* requireToken */.Fw)(inputs.token) : undefined;
    const dir = inputs['evidence-dir'];
    const prior = await readVerified(dir);
    const evidence = context.openEvidence(dir, [inputs.token]);
    const repository = inputs.repository;
    const repoName = `${repository.owner}/${repository.repo}`;
    await evidence.append('inputs', { ...inputs, token: undefined, repository: repoName });
    await evidence.append('verified', {
        chains: prior.map(c => ({ chain: c.chain, records: c.records.length }))
    });
    const report = stageReport(inputs, repoName, prior, now());
    const stageRecord = await evidence.append('stage', {
        stage: report.stage,
        incident: report.incident,
        trigger: report.trigger,
        scope: report.scope,
        who: report.who,
        environment: report.environment,
        target: report.target,
        'range-from': report.rangeFrom,
        'range-to': report.rangeTo,
        'next-update-due': report.nextUpdateDue,
        'dry-run': report.dryRun
    });
    const mine = (0,external_node_path_.basename)(evidence.file, '.jsonl');
    const chains = withRecord(prior, mine, stageRecord);
    const timings = (0,timeline/* timingsOf */.L)(chains);
    const history = stageHistory(chains, report.incident);
    const problems = [];
    const attempt = async (what, work) => {
        try {
            await work();
        }
        catch (error) {
            const message = (0,errors/* errorMessage */.gJ)(error);
            problems.push(message);
            await evidence.append('not-done', { what, message });
            if (!(error instanceof errors/* UserError */.yo))
                context.log.debug(String(error.stack));
        }
    };
    // The GitHub part loads only when it is asked for: verifying and sealing need no network code.
    const told = token
        ? await (await Promise.all(/* import() */[__webpack_require__.e(59), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 9903))).notify({
            token,
            github: deps.github,
            inputs,
            report,
            history,
            timings,
            chains,
            evidence,
            log: context.log,
            attempt
        })
        : { commentUrls: [], notices: [], deployments: [] };
    const { issue, commentUrls, pulls, notices, deployments } = told;
    // Seal: the last record names every other chain's head, so chain-head anchors them all.
    const heads = prior
        .filter(c => c.chain !== mine)
        .map(c => ({ chain: c.chain, records: c.records.length, head: c.records.at(-1)?.hash }));
    const sealed = await evidence.append('sealed', { chains: heads, problems });
    const { manifest, path } = await seal(dir, now());
    (0,outputs/* setOutputs */.n)({
        manifest: path,
        'chain-head': sealed.hash,
        'issue-number': issue ? String(issue.number) : '',
        'comment-urls': JSON.stringify(commentUrls)
    });
    await (0,summary/* writeSummary */.Sy)(renderSummary({
        report,
        manifest,
        chainHead: sealed.hash,
        timings,
        issue: issue?.url ? issue : undefined,
        pulls,
        notices,
        deployments,
        problems
    }));
    context.log.info(`Evidence sealed: ${manifest.chains.length} chain(s), chain-head ${sealed.hash}`);
    if (problems.length)
        throw new errors/* UserError */.yo(`record-evidence recorded stage '${report.stage}' and sealed the evidence, but not everything was done: ${problems.join(' | ')}`);
}
const isFinal = (stage) => stage === 'complete' || stage === 'failed';
function stageReport(inputs, repoName, prior, when) {
    const done = (0,timeline/* timingsOf */.L)(prior)
        .spans.filter(s => s.action !== ACTION)
        .map(s => `${s.action}: ${s.lastEvent} (${s.last})`);
    return {
        stage: inputs.stage,
        incident: inputs.incident,
        title: inputs.title ?? `Rollback of ${inputs.environment ?? repoName}`,
        repository: repoName,
        when: when.toISOString(),
        trigger: inputs.trigger,
        scope: inputs.scope,
        who: inputs.who ?? process.env.GITHUB_ACTOR,
        environment: inputs.environment,
        target: inputs.target ?? inputs['range-from'],
        rangeFrom: inputs['range-from'],
        rangeTo: inputs['range-to'],
        nextUpdateDue: isFinal(inputs.stage)
            ? undefined
            : new Date(when.getTime() + inputs['next-update'] * 60_000).toISOString(),
        done,
        inProgress: inputs['in-progress'],
        risks: inputs.risks,
        verifiedBy: inputs['verified-by'],
        frozen: inputs.frozen,
        followUps: inputs['follow-ups'],
        logUrl: inputs['log-url'],
        dryRun: inputs['dry-run']
    };
}
function withRecord(chains, chain, record) {
    const found = chains.some(c => c.chain === chain);
    return found
        ? chains.map(c => (c.chain === chain ? { chain, records: [...c.records, record] } : c))
        : [...chains, { chain, records: [record] }];
}
const stageRecords = (chains, incident) => chains
    .flatMap(c => c.records)
    .filter(r => r.action === ACTION && r.data?.incident === incident);
function stageHistory(chains, incident) {
    return stageRecords(chains, incident)
        .filter(r => r.event === 'stage')
        .map(r => ({ stage: r.data.stage, when: r.time }))
        .sort((a, b) => a.when.localeCompare(b.when));
}


/***/ }),

/***/ 8186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ timingsOf),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
const CHANGES = new Set(['freeze-merges', 'helm-rollback', 'migrate-down']);
const ROLLBACK = new Set(['helm-rollback', 'migrate-down']);
const ms = (time) => Date.parse(time);
/** Timings from the evidence alone, so they hold whichever runner wrote which record. */
function timingsOf(chains) {
    const all = chains
        .flatMap(c => c.records.map(record => ({ chain: c.chain, record })))
        .filter(({ record }) => typeof record.time === 'string' && !Number.isNaN(ms(record.time)))
        .sort((a, b) => ms(a.record.time) - ms(b.record.time));
    if (all.length === 0)
        return { spans: [] };
    const declared = all.find(({ record }) => record.action === 'record-evidence' &&
        record.event === 'stage' &&
        record.data?.stage === 'declared');
    const start = (declared ?? all[0])?.record.time;
    const since = (time) => time === undefined ? undefined : Math.max(0, ms(time) - ms(start));
    const spans = new Map();
    for (const { chain, record } of all) {
        const key = `${chain}\u0000${record.action}`;
        const span = spans.get(key);
        if (!span)
            spans.set(key, {
                action: record.action,
                chain,
                first: record.time,
                last: record.time,
                records: 1,
                lastEvent: record.event
            });
        else {
            span.last = record.time;
            span.records++;
            span.lastEvent = record.event;
        }
    }
    const of = (names) => all.filter(({ record }) => names.has(record.action));
    return {
        start,
        toInitiate: since(of(CHANGES)[0]?.record.time),
        toComplete: since(of(ROLLBACK).at(-1)?.record.time),
        toVerify: since(of(new Set(['smoke-verify'])).at(-1)?.record.time),
        spans: [...spans.values()]
    };
}
/** `2m 05s`, `850 ms`, `1h 02m`. */
function formatDuration(milliseconds) {
    if (milliseconds === undefined)
        return 'n/a';
    if (milliseconds < 1000)
        return `${Math.round(milliseconds)} ms`;
    const seconds = Math.round(milliseconds / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const pad = (n) => String(n).padStart(2, '0');
    if (h > 0)
        return `${h}h ${pad(m)}m`;
    if (m > 0)
        return `${m}m ${pad(s)}s`;
    return `${s}s`;
}


/***/ })

};
