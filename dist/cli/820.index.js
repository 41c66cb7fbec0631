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
