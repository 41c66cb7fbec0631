export const id = 488;
export const ids = [488];
export const modules = {

/***/ 7488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSchedule: () => (/* binding */ runSchedule)
/* harmony export */ });
/* unused harmony export MAX_STAGGER_STEP_MS */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3381);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2740);



/** The most one check's phase differs from the previous check's. */
const MAX_STAGGER_STEP_MS = 20;
class Stop {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
/**
 * Runs every check concurrently on one schedule: check c's k-th sample is due at
 * start + phase(c) + k × interval, whatever the samples before it cost, so slow samples never
 * push the schedule back. phase(c) = c × min(interval / checks, 20 ms) staggers the checks. A sample still running when its next tick comes makes that tick be skipped
 * (samples of one check never overlap). The first failed check stops the others; the overall
 * timeout stops everything still undecided.
 * @param checks each check with its probe
 * @param options timeout and callbacks
 * @returns each check's result, samples and tally
 */
async function runSchedule(checks, options) {
    const now = options.now ?? (() => performance.now());
    const start = now();
    const stopAll = new AbortController();
    // Every check's wait and sample listens to it: one listener per check is expected, not a leak.
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, stopAll.signal);
    const timer = setTimeout(() => stopAll.abort(new Stop('timeout')), options.timeoutMs);
    let stoppedBy;
    const runs = checks.map(({ check }) => ({
        check,
        result: 'inconclusive',
        reason: '',
        tally: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyTally */ .CK)(),
        samples: [],
        skippedTicks: 0
    }));
    const loop = async (index) => {
        const { check, probe } = checks[index];
        const run = runs[index];
        const interval = check.stats.intervalMs;
        // Checks are staggered a little within the interval so that fifty of them do not all
        // open a connection in the same millisecond (a herd the target and this event loop both
        // feel as drift); each keeps a fixed phase, so the schedule still never slips.
        const phase = index * Math.min(interval / checks.length, MAX_STAGGER_STEP_MS);
        let tick = 0;
        for (;;) {
            const due = start + phase + tick * interval;
            if (!(await sleepUntil(due, now, stopAll.signal)))
                break;
            const begin = now();
            const result = await sampleOnce(probe, check, stopAll.signal, options.abortGraceMs ?? 5000);
            const end = now();
            if (result === undefined)
                break; // stopped mid-sample: not counted
            const sample = {
                ...result,
                check: check.name,
                index: run.samples.length + 1,
                scheduledMs: phase + tick * interval,
                startedMs: begin - start,
                durationMs: end - begin
            };
            run.samples.push(sample);
            run.tally = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(run.tally, sample.outcome);
            await options.onSample?.(sample, run.tally, check);
            const decision = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)(check.stats, run.tally);
            if (decision) {
                run.result = decision.result;
                run.reason = decision.reason;
                await options.onDecided?.(run);
                if (decision.result === 'failed' && !stopAll.signal.aborted) {
                    stoppedBy = { reason: 'failed', check: check.name };
                    stopAll.abort(new Stop('failed'));
                }
                return;
            }
            const next = Math.max(tick + 1, Math.ceil((now() - start - phase) / interval));
            run.skippedTicks += next - tick - 1;
            tick = next;
        }
        // Stopped before deciding.
        const why = stopAll.signal.reason?.reason;
        if (why === 'timeout') {
            run.result = 'inconclusive';
            run.reason = `the overall timeout (${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(options.timeoutMs)}) ended it after ${run.tally.samples} of ${check.stats.count} samples, ${run.tally.consecutive} successes in a row of ${check.stats.consecutiveSuccesses} needed`;
        }
        else {
            run.result = 'stopped';
            run.reason = `stopped early after ${run.tally.samples} samples because check '${stoppedBy?.check ?? '?'}' failed`;
        }
        await options.onDecided?.(run);
    };
    // A callback that throws (the evidence disk is full) stops every check before the error
    // goes up, so nothing keeps sampling behind a failed step.
    let broken;
    const guarded = async (index) => {
        try {
            await loop(index);
        }
        catch (error) {
            broken ??= { error };
            if (!stopAll.signal.aborted)
                stopAll.abort(new Stop('error'));
        }
    };
    try {
        await Promise.all(checks.map((_, i) => guarded(i)));
    }
    finally {
        clearTimeout(timer);
    }
    if (broken)
        throw broken.error;
    if (!stoppedBy && stopAll.signal.aborted)
        stoppedBy = { reason: 'timeout' };
    return { checks: runs, stoppedBy, elapsedMs: now() - start };
}
/** Waits until `due`; false when stopped first. setTimeout is re-armed so it never wakes early. */
async function sleepUntil(due, now, stop) {
    while (!stop.aborted) {
        const wait = due - now();
        if (wait <= 0)
            return true;
        await new Promise(resolve => {
            const done = () => {
                clearTimeout(t);
                stop.removeEventListener('abort', done);
                resolve();
            };
            const t = setTimeout(done, wait);
            stop.addEventListener('abort', done, { once: true });
        });
    }
    return false;
}
/**
 * One sample with the check's own timeout. Undefined when the whole run was stopped while it
 * ran (the sample is not counted). A probe that ignores its signal is given up on after a
 * grace period, so no sample can hold the step past its timeout.
 */
async function sampleOnce(probe, check, stop, graceMs) {
    const own = new AbortController();
    const timeout = setTimeout(() => own.abort(new Error(`timed out after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(check.sampleTimeoutMs)}`)), check.sampleTimeoutMs);
    const onStop = () => own.abort(stop.reason);
    stop.addEventListener('abort', onStop, { once: true });
    let grace;
    const abandoned = new Promise(resolve => {
        own.signal.addEventListener('abort', () => {
            grace = setTimeout(() => resolve('abandoned'), graceMs);
        }, { once: true });
    });
    try {
        const result = await Promise.race([probe(own.signal), abandoned]);
        if (stop.aborted)
            return undefined;
        if (result === 'abandoned')
            return {
                outcome: 'failure',
                message: `timed out after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(check.sampleTimeoutMs)} and did not stop within ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(graceMs)}`
            };
        return result;
    }
    catch (error) {
        if (stop.aborted)
            return undefined;
        if (own.signal.aborted)
            return {
                outcome: 'failure',
                message: `timed out after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(check.sampleTimeoutMs)}`
            };
        return { outcome: 'failure', message: error instanceof Error ? error.message : String(error) };
    }
    finally {
        clearTimeout(timeout);
        if (grace)
            clearTimeout(grace);
        stop.removeEventListener('abort', onStop);
    }
}


/***/ })

};
