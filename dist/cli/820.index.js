export const id = 820;
export const ids = [820];
export const modules = {

/***/ 820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/lib/action.ts
var action = __webpack_require__(5577);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(766);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/lib/outputs.ts
var outputs = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(1119);
// EXTERNAL MODULE: ./src/lib/helm/duration.ts
var duration = __webpack_require__(4358);
// EXTERNAL MODULE: ./src/lib/helm/helm.ts + 1 modules
var helm_helm = __webpack_require__(5222);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/lib/helm/release-name.ts
var release_name = __webpack_require__(1213);
;// CONCATENATED MODULE: ./src/helm-rollback/inputs.ts





// Longer than any job may run (GitHub-hosted: 6 h; self-hosted: 5 days is the workflow limit,
// but a rollback that waits a day is a stuck one).
const MAX_TIMEOUT_MS = 24 * 3_600_000;
/** helm-rollback's inputs; the keys are action.yml's input names. */
const inputSchema = schemas/* object */.Ikc({
    ...lib_inputs/* commonInputs */.j$,
    // helm-rollback never calls GitHub; these exist so every action takes the same inputs, and
    // are never read (a token stays out of a process that has no use for it).
    token: lib_inputs/* unused */.x3,
    repository: lib_inputs/* unused */.x3,
    release: schemas/* string */.YjP()
        .optional()
        .transform((v, ctx) => {
        if (v === undefined)
            return (0,lib_inputs/* fail */.fJ)(ctx, 'is required: the Helm release to roll back, as `helm list` shows it');
        const problem = (0,release_name/* releaseNameProblem */.AR)(v);
        return problem ? (0,lib_inputs/* fail */.fJ)(ctx, problem) : v;
    }),
    namespace: schemas/* string */.YjP()
        .optional()
        .transform((v, ctx) => {
        if (v === undefined)
            return undefined;
        const problem = (0,release_name/* namespaceProblem */.bw)(v);
        return problem ? (0,lib_inputs/* fail */.fJ)(ctx, problem) : v;
    }),
    revision: (0,lib_inputs/* integer */.nd)({
        min: 1,
        expected: "a revision number of 1 or more, as 'helm history' lists it (or leave it empty for the newest revision that deployed successfully)"
    }),
    'to-app-version': schemas/* string */.YjP()
        .optional()
        .transform((v, ctx) => v !== undefined && (v.length > 128 || /\s/.test(v))
        ? (0,lib_inputs/* fail */.fJ)(ctx, 'expected an app version as the chart states it, e.g. 1.4.2 or v1.4.2')
        : v),
    'kube-context': (0,lib_inputs/* line */.n8)('one kubeconfig context name', 253),
    wait: (0,lib_inputs/* oneOf */.yL)(['true', 'false', 'watcher', 'hookOnly', 'legacy'], 'true'),
    timeout: schemas/* string */.YjP()
        .optional()
        .transform((v, ctx) => {
        if (v === undefined)
            return '5m0s';
        const ms = (0,duration/* goDurationMs */.D)(v);
        if (ms === undefined)
            return (0,lib_inputs/* fail */.fJ)(ctx, 'expected a duration as helm takes it, e.g. 5m0s, 300s or 1h30m');
        if (ms < 1000 || ms > MAX_TIMEOUT_MS)
            return (0,lib_inputs/* fail */.fJ)(ctx, 'expected a duration from 1s to 24h, e.g. 5m0s, 300s or 1h30m');
        return v;
    }),
    'cleanup-on-fail': (0,lib_inputs/* bool */.lc)(false),
    'history-max': (0,lib_inputs/* integer */.nd)({
        min: 0,
        fallback: 10,
        expected: 'a whole number of revisions to keep, 0 for no limit (helm --history-max)'
    }),
    'allow-pending': (0,lib_inputs/* bool */.lc)(false)
});
/** Checks that span inputs: `revision` and `to-app-version` pick the target two ways. */
function checkInputs(inputs) {
    if (inputs.revision !== undefined && inputs['to-app-version'] !== undefined) {
        throw new errors/* InputError */.dz('to-app-version', inputs['to-app-version'], `pass either 'revision' (${inputs.revision}) or 'to-app-version', not both`);
    }
}

// EXTERNAL MODULE: ./src/lib/redact.ts
var redact = __webpack_require__(310);
;// CONCATENATED MODULE: ./src/helm-rollback/summary.ts


/**
 * The job summary: what happened in one sentence, why that target, and the release history
 * with the revisions rolled back from (from), to (to) and created (new) marked.
 * @param input the plan, the histories and the outcome
 * @returns markdown
 */
function renderSummary(input) {
    const { plan, scope, created } = input;
    const where = `${(0,summary/* code */.aY)(scope.release)}${scope.namespace ? ` in namespace ${(0,summary/* code */.aY)(scope.namespace)}` : ''}${scope.kubeContext ? ` (kube-context ${(0,summary/* code */.aY)(scope.kubeContext)})` : ''}`;
    const from = describe(plan.from);
    const to = describe(plan.to);
    const headline = {
        'rolled-back': `**Rolled back** ${where} from ${from} to ${to}; new revision ${created?.revision ?? '?'} is ${created?.status ?? 'unknown'}.`,
        'dry-run': `**Dry run**: would roll back ${where} from ${from} to ${to}. Nothing was changed.`,
        'already-at-target': `**Already at target**: ${where} runs ${to}; nothing was changed.`,
        failed: `**Rollback failed**: ${where} from ${from} to ${to}${created ? `; helm left revision ${created.revision} ${created.status}` : ''}.`
    };
    const lines = [
        `### helm-rollback: ${scope.release}`,
        '',
        headline[input.outcome],
        '',
        `Why: ${plan.why}.`,
        ''
    ];
    if (input.helmSaid) {
        lines.push(input.outcome === 'dry-run' ? "helm's dry run said:" : 'helm said:', '');
        lines.push((0,summary/* codeBlock */.DV)(input.helmSaid), '');
    }
    const history = input.after ?? input.before;
    lines.push(`Release history${input.after ? ' after the rollback' : ''} (helm ${input.helmVersion}):`, '');
    lines.push((0,summary/* table */.tp)(['revision', 'status', 'app_version', 'updated', 'description', 'role'], history.map(r => [
        r.revision,
        r.status,
        r.appVersion,
        time(r),
        (0,redact/* redactCredentials */.U)(r.description),
        marks(r, plan, created)
    ])).trimEnd());
    if (input.command)
        lines.push('', `Command: ${(0,summary/* code */.aY)(`helm ${input.command.join(' ')}`)}`);
    return `${lines.join('\n')}\n`;
}
/**
 * The job summary when no rollback was attempted because the release's state or the inputs
 * rule every target out: the reason, and the history it was judged on.
 * @param scope the release
 * @param helmVersion the helm in use
 * @param before the history read
 * @param reason the error message
 * @returns markdown
 */
function renderRefusal(scope, helmVersion, before, reason) {
    const rows = before.map(r => [
        r.revision,
        r.status,
        r.appVersion,
        time(r),
        (0,redact/* redactCredentials */.U)(r.description),
        ''
    ]);
    return [
        `### helm-rollback: ${scope.release}`,
        '',
        `**No rollback**: ${reason}`,
        '',
        `Release history (helm ${helmVersion}):`,
        '',
        (0,summary/* table */.tp)(['revision', 'status', 'app_version', 'updated', 'description', 'role'], rows)
    ].join('\n');
}
function time(r) {
    return r.updated ? r.updated.toISOString().replace(/\.\d+Z$/, 'Z') : '';
}
function describe(r) {
    return `revision ${r.revision} (${(0,summary/* cell */.Hn)(r.status)}${r.appVersion ? `, app ${(0,summary/* cell */.Hn)(r.appVersion)}` : ''})`;
}
function marks(r, plan, created) {
    const found = [];
    if (r.revision === plan.from.revision)
        found.push('**from**');
    if (r.revision === plan.to.revision)
        found.push('**to**');
    if (created && r.revision === created.revision)
        found.push('**new**');
    return found.join(' ');
}

// EXTERNAL MODULE: ./src/lib/helm/app-version.ts
var app_version = __webpack_require__(1882);
// EXTERNAL MODULE: ./src/lib/helm/history.ts
var helm_history = __webpack_require__(1276);
;// CONCATENATED MODULE: ./src/helm-rollback/target.ts



/**
 * Chooses the revision to roll back to, or says why none qualifies. Only a revision that
 * deployed successfully (deployed or superseded) is ever a target, never failed or pending-*:
 * helm's own default (the latest revision minus one) can land on a failed one.
 * @param history the release's revisions (any order, at least one)
 * @param request the explicit revision, an app_version, or the default
 * @param context how to name the release, and whether a pending release may be rolled back
 * @returns the plan
 */
function chooseTarget(history, request, context) {
    const revisions = [...history].sort((a, b) => a.revision - b.revision);
    const from = revisions.at(-1);
    if (!from)
        throw new errors/* UserError */.yo(`Helm reported no revisions for ${context.release}.`);
    const unsticks = (0,helm_history/* isPending */.mm)(from.status);
    if (unsticks && !context.allowPending) {
        throw new errors/* UserError */.yo(`The ${context.release} is stuck in ${from.status} at revision ${from.revision}: a helm operation is running, or one was interrupted (a cancelled job leaves the release this way). Make sure no other deploy or rollback is running (check the workflow runs of this environment), then re-run with allow-pending: true; the rollback is what un-sticks the release.`);
    }
    const pick = pickTarget(revisions, from, request, context);
    const already = from.status === 'deployed' &&
        (pick.to.revision === from.revision || from.rollbackOf === pick.to.revision);
    const why = already
        ? `${pick.why}; ${from.revision === pick.to.revision ? `it is the deployed revision` : `the deployed revision ${from.revision} is already a rollback to it`}, so there is nothing to do`
        : unsticks
            ? `${pick.why}; the latest revision ${from.revision} is stuck in ${from.status} and this rollback un-sticks it (allow-pending: true)`
            : pick.why;
    return {
        from,
        to: pick.to,
        action: already ? 'already-at-target' : 'rollback',
        why,
        unsticks,
        skipped: pick.skipped
    };
}
function pickTarget(revisions, from, request, context) {
    switch (request.by) {
        case 'revision':
            return byRevision(revisions, request.revision, context);
        case 'app-version':
            return byAppVersion(revisions, request.appVersion, context);
        default:
            return previousGood(revisions, from, context);
    }
}
function byRevision(revisions, wanted, context) {
    const to = revisions.find(r => r.revision === wanted);
    if (!to) {
        const oldest = revisions[0];
        const newest = revisions.at(-1);
        const where = wanted > newest.revision
            ? `the latest revision of the ${context.release} is ${newest.revision}`
            : wanted < oldest.revision
                ? `helm keeps only the newest revisions (history-max) and the oldest left is ${oldest.revision}`
                : `it is not in the history of the ${context.release}`;
        throw new errors/* InputError */.dz('revision', String(wanted), `${where}; ${candidates(revisions)}`);
    }
    if (!(0,helm_history/* isSuccessful */.XO)(to.status)) {
        throw new errors/* InputError */.dz('revision', String(wanted), `revision ${wanted} has status ${to.status}, and rollback-kit only rolls back to a revision that deployed successfully (deployed or superseded); ${candidates(revisions)}`);
    }
    return { to, why: `revision ${wanted} was asked for (revision input)`, skipped: [] };
}
function byAppVersion(revisions, wanted, context) {
    const matching = revisions.filter(r => (0,app_version/* appVersionMatches */.nx)(r.appVersion, wanted));
    const to = matching.filter(r => (0,helm_history/* isSuccessful */.XO)(r.status)).at(-1);
    if (!to) {
        const why = matching.length
            ? `app_version ${wanted} appears only in revisions that did not deploy successfully: ${matching.map(label).join(', ')}`
            : `no revision of the ${context.release} has app_version ${wanted} (the history has: ${appVersions(revisions)})`;
        throw new errors/* InputError */.dz('to-app-version', wanted, `${why}; ${candidates(revisions)}`);
    }
    return {
        to,
        why: `revision ${to.revision} is the newest that deployed app_version ${to.appVersion} successfully (to-app-version input)`,
        skipped: []
    };
}
function previousGood(revisions, from, context) {
    const rolledAway = rolledAwayFrom(revisions);
    const skipped = [];
    for (const r of [...revisions].reverse()) {
        if (r.revision >= from.revision)
            continue;
        const awayBy = rolledAway.get(r.revision);
        if ((0,helm_history/* isSuccessful */.XO)(r.status) && awayBy === undefined) {
            const passed = skipped.length
                ? `; skipped ${skipped.map(s => `${s.revision} (${s.reason})`).join(', ')}`
                : '';
            return {
                to: r,
                why: `revision ${r.revision} is the newest below the latest revision ${from.revision} that deployed successfully (${r.status})${passed}`,
                skipped
            };
        }
        skipped.push({
            revision: r.revision,
            reason: awayBy === undefined ? r.status : `rolled back from by revision ${awayBy}`
        });
    }
    const listed = skipped.length
        ? `: ${skipped.map(s => `${s.revision} ${s.reason}`).join(', ')}`
        : ' (it is the only revision)';
    throw new errors/* UserError */.yo(`No revision of the ${context.release} below the latest revision ${from.revision} deployed successfully${listed}. Helm keeps only the newest history-max revisions. Pass 'revision' with a revision you trust, or deploy a known-good version with helm upgrade.`);
}
/**
 * Revisions that a later rollback moved away from (the ones between its target and itself):
 * somebody judged them bad, so the default never goes back to them. This also makes a re-run
 * after a successful rollback find the release already at its target.
 */
function rolledAwayFrom(revisions) {
    const away = new Map();
    for (const r of revisions) {
        if (r.rollbackOf === undefined)
            continue;
        for (const other of revisions) {
            if (other.revision > r.rollbackOf && other.revision < r.revision && !away.has(other.revision))
                away.set(other.revision, r.revision);
        }
    }
    return away;
}
function label(r) {
    return `${r.revision} (${r.status}${r.appVersion ? `, app ${r.appVersion}` : ''})`;
}
function candidates(revisions) {
    const good = revisions.filter(r => (0,helm_history/* isSuccessful */.XO)(r.status)).reverse();
    return good.length
        ? `revisions that deployed successfully: ${good.map(label).join(', ')}`
        : 'no revision in the history deployed successfully';
}
function appVersions(revisions) {
    const seen = [...new Set(revisions.map(r => r.appVersion || '(none)'))];
    return seen.join(', ');
}

;// CONCATENATED MODULE: ./src/helm-rollback/verify.ts
/**
 * Checks the history read after `helm rollback` exited 0: the latest revision must be the new
 * one (from + 1), `deployed`, and run the target's app_version. One `helm history` call gives
 * all three; `helm status -o json` has no app_version (helm strips the chart from it).
 * @param plan what was rolled back from and to
 * @param after the release history read after the rollback
 * @returns the created revision and the problem, if any
 */
function verifyRollback(plan, after) {
    const created = [...after].sort((a, b) => a.revision - b.revision).at(-1);
    const expected = plan.from.revision + 1;
    if (!created || created.revision < expected) {
        return {
            created: undefined,
            problem: `no new revision: the latest is still ${created ? `${created.revision} (${created.status})` : 'missing'}`
        };
    }
    if (created.revision > expected) {
        const ours = after.find(r => r.revision === expected);
        return {
            created: ours,
            problem: `revision ${created.revision} (${created.status}) is newer than the one this rollback created (${expected}): another helm operation changed the release at the same time`
        };
    }
    if (created.status !== 'deployed') {
        return {
            created,
            problem: `the new revision ${created.revision} is ${created.status}${created.description ? ` ("${created.description}")` : ''}, not deployed`
        };
    }
    if (created.appVersion !== plan.to.appVersion) {
        return {
            created,
            problem: `the new revision ${created.revision} runs app_version '${created.appVersion}', not '${plan.to.appVersion}' of revision ${plan.to.revision}`
        };
    }
    return { created, problem: undefined };
}

;// CONCATENATED MODULE: ./src/helm-rollback/main.ts












const ACTION = 'helm-rollback';
/**
 * Rolls a Helm release back to a revision that deployed successfully. At most four helm
 * processes: version, history, rollback, and history again to verify (and as evidence).
 */
async function run(deps = {}) {
    await (0,action/* runAction */.C)(ACTION, async (context) => rollback(context, deps), { inputs: deps.inputs });
}
async function rollback(context, deps) {
    // Every input is checked before helm runs at all.
    const inputs = (0,lib_inputs/* readInputs */.Ko)(inputSchema, deps.inputs ?? lib_inputs/* runnerInputs */.ax, checkInputs);
    const evidence = context.openEvidence(inputs['evidence-dir']);
    await evidence.append('inputs', { ...inputs, token: undefined, repository: undefined });
    const scope = {
        release: inputs.release,
        namespace: inputs.namespace,
        kubeContext: inputs['kube-context']
    };
    const helm = (0,helm_helm/* createHelm */.xs)(deps.exec ?? (0,exec/* createCommandRunner */._)(), {
        bin: deps.helmBin,
        onRun: args => context.log.info(`helm ${args.join(' ')}`),
        // Reads are one API call each: bounded by the timeout input, at most a minute, plus slack.
        readTimeoutMs: Math.min((0,duration/* goDurationMs */.D)(inputs.timeout) ?? 60_000, 60_000) + 10_000
    });
    const version = await helm.version();
    const before = await helm.history(scope);
    await evidence.append('history-before', { helm: version.raw, revisions: before.map(record) });
    let plan;
    try {
        plan = chooseTarget(before, targetRequest(inputs), {
            release: describeRelease(scope),
            allowPending: inputs['allow-pending']
        });
    }
    catch (error) {
        // Refused before any change: show the history the decision was made on.
        if (error instanceof errors/* UserError */.yo) {
            await (0,summary/* writeSummary */.Sy)(renderRefusal(scope, version.version, before, error.message));
        }
        throw error;
    }
    context.log.info(`Plan: ${plan.action} from revision ${plan.from.revision} to ${plan.to.revision}: ${plan.why}`);
    await evidence.append('plan', {
        action: plan.action,
        from: record(plan.from),
        to: record(plan.to),
        why: plan.why,
        unsticks: plan.unsticks,
        skipped: plan.skipped,
        'dry-run': inputs['dry-run']
    });
    const report = reporter(evidence, { scope, helmVersion: version.version, plan, before });
    if (plan.action === 'already-at-target') {
        await report('already-at-target', {});
        return;
    }
    const options = {
        revision: plan.to.revision,
        wait: inputs.wait,
        timeout: inputs.timeout,
        cleanupOnFail: inputs['cleanup-on-fail'],
        historyMax: inputs['history-max'],
        dryRun: inputs['dry-run']
    };
    if (options.dryRun) {
        const dry = await helm.rollback(version, scope, options);
        await report('dry-run', { command: dry.args, helmSaid: `${dry.stderr}${dry.stdout}` });
        return;
    }
    await mutate(context, { helm, version, scope, options, plan, report });
}
/** The rollback itself, then the history again: verification and "after" evidence in one call. */
async function mutate(context, m) {
    const { helm, scope, plan, report } = m;
    try {
        await helm.rollback(m.version, scope, m.options);
    }
    catch (error) {
        if (!(error instanceof helm_helm/* HelmError */.t2))
            throw error;
        // Evidence holds the history after a failure too: helm may have left a failed revision.
        const after = await helm.history(scope).catch((e) => e);
        const history = Array.isArray(after) ? after : undefined;
        const afterError = history ? undefined : (0,errors/* errorMessage */.gJ)(after);
        const created = history?.find(r => r.revision === plan.from.revision + 1);
        if (error instanceof helm_helm/* HelmInterrupted */.$$)
            return interrupted(context, m, error, history, afterError);
        await report('failed', {
            after: history,
            afterError,
            created,
            helmSaid: error.helmSaid,
            command: error.args
        });
        throw error;
    }
    // From here on every error must say the rollback ran: helm exited 0.
    context.changed(`rolled back release '${scope.release}' to revision ${plan.to.revision}`);
    let after;
    try {
        after = await helm.history(scope);
    }
    catch (error) {
        if (!(error instanceof helm_helm/* HelmError */.t2))
            throw error;
        const problem = `the history could not be read back to verify it: ${error.message}`;
        await report('failed', { afterError: error.message, problem });
        throw new errors/* UserError */.yo(`helm rollback ${scope.release} ${plan.to.revision} exited 0, but ${problem} Check the release with 'helm history ${scope.release}' before running again.`);
    }
    const { created, problem } = verifyRollback(plan, after);
    if (problem) {
        await report('failed', { after, created, problem });
        throw new errors/* UserError */.yo(`helm rollback ${scope.release} ${plan.to.revision} exited 0, but 'helm history' then showed ${problem}. Check the release with 'helm history ${scope.release}' before running again.`);
    }
    await report('rolled-back', { after, created });
}
/**
 * helm did not finish (stopped at its time limit, or killed): the release may be half rolled
 * back and stuck in pending-rollback. Report the state read back and how to recover.
 */
async function interrupted(context, m, error, history, afterError) {
    const { scope, plan, report } = m;
    const verdict = history ? verifyRollback(plan, history) : undefined;
    if (history && verdict && !verdict.problem) {
        // It finished before it was stopped: the release is where it should be.
        context.log.warning(`${error.message} The release history shows the rollback completed.`);
        context.changed(`rolled back release '${scope.release}' to revision ${plan.to.revision}`);
        await report('rolled-back', { after: history, created: verdict.created });
        return;
    }
    const latest = history ? [...history].sort((a, b) => a.revision - b.revision).at(-1) : undefined;
    const state = latest
        ? `The release now shows revision ${latest.revision} as ${latest.status}${latest.appVersion ? ` (app ${latest.appVersion})` : ''}.`
        : `Its state could not be read back (${afterError ?? 'no history'}).`;
    const flags = [
        scope.namespace ? `--namespace=${scope.namespace}` : '',
        scope.kubeContext ? `--kube-context=${scope.kubeContext}` : ''
    ]
        .filter(Boolean)
        .join(' ');
    const historyCommand = `helm history ${scope.release}${flags ? ` ${flags}` : ''}`;
    const pending = latest?.status.startsWith('pending-');
    const recover = pending
        ? `Helm refuses every other operation on a release stuck in ${latest?.status}. Once no helm process works on it any more, recover by running this action again with allow-pending: true, or by hand: helm rollback ${scope.release} ${plan.to.revision}${flags ? ` ${flags}` : ''} --wait --timeout=${m.options.timeout}.`
        : `Check '${historyCommand}' and the workload (kubectl get pods) before running again.`;
    const message = `${error.message} ${state} ${recover}`;
    await report('failed', {
        after: history,
        afterError,
        created: history?.find(r => r.revision === plan.from.revision + 1),
        helmSaid: error.helmSaid,
        command: error.args,
        problem: `${error.message} ${state}`
    });
    throw new errors/* UserError */.yo(message);
}
// Outputs, summary and evidence for every way the step ends once a plan exists.
function reporter(evidence, base) {
    return async (outcome, details) => {
        const { plan } = base;
        // Outputs and summary first: they must say what happened even if evidence cannot be written.
        (0,outputs/* setOutputs */.n)({
            'from-revision': String(plan.from.revision),
            'to-revision': String(plan.to.revision),
            'new-revision': details.created ? String(details.created.revision) : '',
            'from-app-version': plan.from.appVersion,
            'to-app-version': plan.to.appVersion,
            'helm-version': base.helmVersion,
            status: outcome
        });
        await (0,summary/* writeSummary */.Sy)(renderSummary({
            ...base,
            outcome,
            after: details.after,
            created: details.created,
            helmSaid: details.helmSaid ?? (details.problem ? `helm history: ${details.problem}` : undefined),
            command: details.command
        }));
        if (details.after || details.afterError) {
            await evidence.append('history-after', {
                revisions: details.after?.map(record),
                error: details.afterError
            });
        }
        // runAction appends the step's own `failed` record after this one.
        await evidence.append(outcome === 'failed' ? 'rollback-failed' : outcome, {
            from: plan.from.revision,
            to: plan.to.revision,
            new: details.created?.revision,
            command: details.command,
            helm: details.helmSaid,
            problem: details.problem
        });
    };
}
function targetRequest(inputs) {
    if (inputs.revision !== undefined)
        return { by: 'revision', revision: inputs.revision };
    const appVersion = inputs['to-app-version'];
    if (appVersion !== undefined)
        return { by: 'app-version', appVersion };
    return { by: 'previous-good' };
}
function describeRelease(scope) {
    const namespace = scope.namespace ? `namespace '${scope.namespace}'` : "helm's default namespace";
    return `release '${scope.release}' in ${namespace}`;
}
// Evidence keeps helm's field names so a reader can compare it with `helm history -o json`.
function record(r) {
    return {
        revision: r.revision,
        status: r.status,
        chart: r.chart,
        app_version: r.appVersion,
        updated: r.updated?.toISOString() ?? null,
        description: r.description
    };
}


/***/ })

};
