export const id = 313;
export const ids = [313];
export const modules = {

/***/ 7313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createProbe: () => (/* binding */ createProbe)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/lib/process-group.ts

// Runs a program as the leader of its own process group, so a timeout can kill everything it
// started (a `bash -c` script's children and grandchildren), not just the shell. Kept apart
// from exec.ts on purpose: it is the smallest piece smoke-verify needs, and exec.ts is free
// to absorb it.
/**
 * Groups still running. A group is detached from this process, so when the runner cancels the
 * job (SIGINT, then SIGTERM to this process) the signal would not reach it: forward it.
 */
const running = new Set();
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function forward(signal) {
    for (const pgid of running) {
        try {
            process.kill(-pgid, 'SIGKILL');
        }
        catch {
            // already gone
        }
    }
    running.clear();
    stopForwarding();
    // Then die of the same signal, as this process would have without the handler.
    process.kill(process.pid, signal);
}
function startForwarding() {
    if (running.size === 1)
        for (const signal of FORWARDED)
            process.on(signal, forward);
}
function stopForwarding() {
    if (running.size === 0)
        for (const signal of FORWARDED)
            process.off(signal, forward);
}
/**
 * Runs `file args` (argv, no shell) in a new process group and waits for it. Once the program
 * exits, whatever it left running in its group is killed too, so nothing outlives the run.
 * @param file the program
 * @param args its arguments
 * @param options cwd, env, the abort signal and limits
 * @returns how it ended and its output
 */
function runInProcessGroup(file, args, options) {
    const limit = options.maxOutputBytes ?? 32 * 1024;
    const grace = options.killGraceMs ?? 2000;
    return new Promise(resolve => {
        const output = new Capture(limit);
        let killed = false;
        let settled = false;
        let killTimer;
        let closeTimer;
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
            cwd: options.cwd,
            env: options.env,
            detached: true, // its own process group: -pid reaches every descendant that stays in it
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const pgid = child.pid;
        if (pgid !== undefined) {
            running.add(pgid);
            startForwarding();
        }
        const killGroup = (signal) => {
            if (child.pid === undefined)
                return;
            try {
                process.kill(-child.pid, signal);
            }
            catch {
                // ESRCH: the group is already gone.
            }
        };
        const onAbort = () => {
            killed = true;
            killGroup('SIGTERM');
            killTimer = setTimeout(() => killGroup('SIGKILL'), grace);
        };
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            if (pgid !== undefined && running.delete(pgid))
                stopForwarding();
            options.signal.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
            if (closeTimer)
                clearTimeout(closeTimer);
            child.stdout?.destroy();
            child.stderr?.destroy();
            resolve({ ...result, output: output.text(), omittedBytes: output.omitted, killed });
        };
        child.stdout?.on('data', (chunk) => output.add(chunk));
        child.stderr?.on('data', (chunk) => output.add(chunk));
        child.on('error', error => finish({ exitCode: null, signal: null, spawnError: error.message }));
        child.on('exit', (exitCode, signal) => {
            // After a normal exit, leftover background processes of the script die with it. After
            // an abort the rest of the group keeps its grace period (SIGKILL comes from killTimer).
            // A process that left the group (setsid) may hold the pipes open, so the wait for them
            // is bounded either way.
            if (!killed)
                killGroup('SIGKILL');
            closeTimer = setTimeout(() => finish({ exitCode, signal }), killed ? grace + 1000 : 1000);
            child.once('close', () => finish({ exitCode, signal }));
        });
        if (options.signal.aborted)
            onAbort();
        else
            options.signal.addEventListener('abort', onAbort, { once: true });
    });
}
/** Keeps the first and last halves of the limit, and counts what falls in between. */
class Capture {
    limit;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    omitted = 0;
    constructor(limit) {
        this.limit = limit;
    }
    add(chunk) {
        const half = Math.floor(this.limit / 2);
        if (this.headBytes < half) {
            const take = chunk.subarray(0, half - this.headBytes);
            this.head.push(take);
            this.headBytes += take.length;
            chunk = chunk.subarray(take.length);
        }
        if (chunk.length === 0)
            return;
        this.tail.push(chunk);
        this.tailBytes += chunk.length;
        while (this.tailBytes > this.limit - half) {
            const first = this.tail[0];
            const excess = this.tailBytes - (this.limit - half);
            if (first.length <= excess) {
                this.tail.shift();
                this.tailBytes -= first.length;
                this.omitted += first.length;
            }
            else {
                this.tail[0] = first.subarray(excess);
                this.tailBytes -= excess;
                this.omitted += excess;
            }
        }
    }
    text() {
        const head = Buffer.concat(this.head).toString('utf8');
        const tail = Buffer.concat(this.tail).toString('utf8');
        if (this.omitted === 0)
            return head + tail;
        return `${head}\n[... ${this.omitted} bytes of output left out ...]\n${tail}`;
    }
}

// EXTERNAL MODULE: ./src/smoke-verify/duration.ts
var duration = __webpack_require__(3381);
;// CONCATENATED MODULE: ./src/smoke-verify/probes/command.ts


// Files the runner gives each step for its own commands: a sample is not a step, and writing
// to them would change smoke-verify's outputs.
const STEP_FILES = [
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY'
];
/**
 * The `command` check: the script runs as a workflow `run:` step does (`bash -e -o pipefail
 * -c`), in the workspace with the job's environment (less this step's INPUT_* and file
 * commands). Exit 0 is success. A timeout kills the whole process group.
 */
function commandProbe(check, where) {
    const env = {};
    for (const [key, value] of Object.entries(where.env)) {
        if (key.startsWith('INPUT_') || STEP_FILES.includes(key))
            continue;
        env[key] = value;
    }
    return async (signal) => {
        const started = performance.now();
        const result = await runInProcessGroup('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', check.run], {
            cwd: where.cwd,
            env,
            signal
        });
        const latencyMs = Math.round(performance.now() - started);
        const note = result.omittedBytes
            ? ` (output truncated: ${result.omittedBytes} bytes left out)`
            : '';
        const details = {
            exitCode: result.exitCode,
            signal: result.signal,
            output: result.output,
            omittedBytes: result.omittedBytes
        };
        if (result.spawnError)
            return {
                outcome: 'failure',
                message: `could not start bash: ${result.spawnError}`,
                latencyMs,
                details
            };
        if (result.killed) {
            const reason = signal.reason instanceof Error
                ? signal.reason.message
                : `timed out after ${(0,duration/* formatDuration */.a3)(check.sampleTimeoutMs)}`;
            return {
                outcome: 'failure',
                message: `${reason}; its process group was killed${note}`,
                latencyMs,
                details
            };
        }
        if (result.exitCode === 0)
            return { outcome: 'success', message: `exit 0 in ${latencyMs} ms${note}`, latencyMs, details };
        const last = lastLine(result.output);
        return {
            outcome: 'failure',
            message: `${result.exitCode === null ? `killed by ${result.signal}` : `exit ${result.exitCode}`}${last ? `: ${last}` : ''}${note}`,
            latencyMs,
            details
        };
    };
}
function lastLine(output) {
    const lines = output
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean);
    const last = lines.at(-1) ?? '';
    return last.length > 200 ? `${last.slice(0, 200)}...` : last;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/smoke-verify/json-path.ts
var json_path = __webpack_require__(1339);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/smoke-verify/probes/http-client.ts


class RequestError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'RequestError';
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Sent only to the origin the user named, as fetch does.
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
/**
 * One HTTP request with redirects followed up to a limit (a loop is named as one), a timeout
 * through `signal`, and errors classified as DNS, TLS, refused, reset or timeout.
 * @param request what to send
 * @returns the final response
 * @throws RequestError
 */
async function httpRequest(request) {
    const started = performance.now();
    const seen = new Set();
    const redirects = [];
    let url = new URL(request.url);
    let method = request.method;
    let body = request.body;
    let headers = { ...request.headers };
    for (;;) {
        seen.add(url.href);
        const response = await once(url, method, headers, body, request);
        const location = response.headers.location;
        if (!REDIRECTS.has(response.status) || location === undefined) {
            return { ...response, latencyMs: performance.now() - started, redirects };
        }
        let next;
        try {
            next = new URL(location, url);
        }
        catch {
            throw new RequestError('bad-redirect', `${response.status} redirect to an invalid Location '${location}'`);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw new RequestError('bad-redirect', `${response.status} redirect to a non-HTTP URL ${next.protocol}`);
        if (seen.has(next.href)) {
            throw new RequestError('redirect-loop', `redirect loop: ${[request.url, ...redirects, next.href].join(' -> ')}`);
        }
        if (redirects.length >= request.maxRedirects) {
            throw new RequestError('redirect-limit', `more than ${request.maxRedirects} redirects (max-redirects): ${[request.url, ...redirects, next.href].join(' -> ')}`);
        }
        if (next.origin !== url.origin) {
            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())));
        }
        if (response.status === 303 ||
            ((response.status === 301 || response.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
        }
        redirects.push(next.href);
        url = next;
    }
}
function once(url, method, headers, body, request) {
    const limit = request.maxBodyBytes ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        if (request.signal.aborted) {
            reject(timeoutError(request.signal));
            return;
        }
        const transport = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        const outgoing = { ...headers };
        if (body !== undefined)
            outgoing['content-length'] = String(Buffer.byteLength(body));
        const req = transport.request(url, { method, headers: outgoing, agent: false });
        const onAbort = () => {
            req.destroy(timeoutError(request.signal));
        };
        request.signal.addEventListener('abort', onAbort, { once: true });
        const done = () => request.signal.removeEventListener('abort', onAbort);
        req.on('error', error => {
            done();
            reject(classify(error, url, request.signal));
        });
        req.on('response', res => {
            const chunks = [];
            let bytes = 0;
            let truncated = false;
            res.on('data', (chunk) => {
                if (truncated)
                    return;
                if (bytes + chunk.length > limit) {
                    chunks.push(chunk.subarray(0, limit - bytes));
                    bytes = limit;
                    truncated = true;
                    finish();
                    res.destroy();
                    return;
                }
                chunks.push(chunk);
                bytes += chunk.length;
            });
            let finished = false;
            const finish = () => {
                if (finished)
                    return;
                finished = true;
                done();
                resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                    truncated
                });
            };
            res.on('end', finish);
            res.on('error', error => {
                if (finished)
                    return;
                finished = true;
                done();
                reject(classify(error, url, request.signal));
            });
            res.on('close', () => {
                if (finished || res.complete)
                    return;
                finished = true;
                done();
                reject(request.signal.aborted
                    ? timeoutError(request.signal)
                    : new RequestError('reset', `the connection to ${url.host} closed before the whole response arrived`));
            });
        });
        req.end(body);
    });
}
function timeoutError(signal) {
    const reason = signal.reason;
    return new RequestError('timeout', reason instanceof Error ? reason.message : 'timed out');
}
/** Names a socket or TLS error the way the summary shows it. */
function classify(error, url, signal) {
    if (error instanceof RequestError)
        return error;
    if (signal.aborted)
        return timeoutError(signal);
    const code = error.code ?? '';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
        return new RequestError('dns', `DNS lookup of ${url.hostname} failed (${code})`);
    if (code === 'ECONNREFUSED')
        return new RequestError('refused', `connection to ${url.host} refused (nothing listens there)`);
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED')
        return new RequestError('reset', `connection to ${url.host} reset (${code})`);
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code) ||
        /certificate|SSL|TLS/i.test(error.message))
        return new RequestError('tls', `TLS error with ${url.host}: ${error.message}${code ? ` (${code})` : ''}`);
    return new RequestError('network', `request to ${url.host} failed: ${error.message}${code ? ` (${code})` : ''}`);
}

;// CONCATENATED MODULE: ./src/smoke-verify/probes/http.ts



/**
 * The `http` check: a request whose status, latency, body and JSON must be as expected.
 * Headers were filled from the environment when the check was resolved.
 */
function httpProbe(check) {
    return async (signal) => {
        let response;
        try {
            response = await httpRequest({
                url: check.url,
                method: check.method,
                headers: check.headers,
                body: check.body,
                maxRedirects: check.maxRedirects,
                signal
            });
        }
        catch (error) {
            if (error instanceof RequestError)
                return { outcome: 'failure', message: error.message, details: { error: error.kind } };
            throw error;
        }
        return judgeResponse(check, response);
    };
}
/**
 * Judges a response against the check: status first, then latency, body text and JSON.
 * @returns the sample's outcome; the message names the first thing that was wrong
 */
function judgeResponse(check, response) {
    const latencyMs = Math.round(response.latencyMs);
    const via = response.redirects.length
        ? ` after ${response.redirects.length} redirect${response.redirects.length > 1 ? 's' : ''} (to ${response.redirects.at(-1)})`
        : '';
    const details = { status: response.status };
    if (response.redirects.length)
        details.redirects = response.redirects;
    const fail = (message) => ({
        outcome: 'failure',
        message,
        latencyMs,
        details: { ...details, body: snippet(response.body) }
    });
    const expected = check.expectStatus ?? [200];
    if (!expected.includes(response.status)) {
        return fail(`status ${response.status}${via}, expected ${expected.join(' or ')}${response.body ? `: ${snippet(response.body, 200)}` : ''}`);
    }
    if (check.maxLatencyMs !== undefined && latencyMs > check.maxLatencyMs)
        return fail(`took ${latencyMs} ms, more than max-latency-ms ${check.maxLatencyMs}`);
    if (check.bodyContains !== undefined && !response.body.includes(check.bodyContains)) {
        return fail(`the body does not contain '${check.bodyContains}'${response.truncated ? ' (within its first 1 MiB)' : ''}: ${snippet(response.body, 200)}`);
    }
    if (check.json.length) {
        let document;
        try {
            document = JSON.parse(response.body);
        }
        catch (error) {
            return fail(`the body is not JSON${response.truncated ? ' (cut at 1 MiB)' : ''} (${error.message}): ${snippet(response.body, 200)}`);
        }
        for (const assertion of check.json) {
            const problem = assertionProblem(document, assertion);
            if (problem)
                return fail(problem);
        }
    }
    return {
        outcome: 'success',
        message: `status ${response.status} in ${latencyMs} ms${via}`,
        latencyMs,
        details
    };
}
function assertionProblem(document, a) {
    const { found, value } = (0,json_path/* readPath */.G7)(document, (0,json_path/* parsePath */.Rr)(a.path) ?? []);
    if (a.exists !== undefined && found !== a.exists)
        return a.exists ? `${a.path} is missing (exists: true)` : `${a.path} is present (exists: false)`;
    if (!found && ('equals' in a || a.lt !== undefined || a.gt !== undefined))
        return `${a.path} is missing`;
    if ('equals' in a && !(0,external_node_util_.isDeepStrictEqual)(value, a.equals))
        return `${a.path} is ${JSON.stringify(value)}, expected ${JSON.stringify(a.equals)}`;
    for (const [op, limit] of [
        ['lt', a.lt],
        ['gt', a.gt]
    ]) {
        if (limit === undefined)
            continue;
        if (typeof value !== 'number')
            return `${a.path} is ${JSON.stringify(value)}, not a number (${op}: ${limit})`;
        if (op === 'lt' ? !(value < limit) : !(value > limit))
            return `${a.path} is ${value}, expected ${op === 'lt' ? 'less' : 'more'} than ${limit}`;
    }
    return undefined;
}
function snippet(body, max = 1024) {
    const flat = body.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}...` : flat;
}

// EXTERNAL MODULE: ./src/smoke-verify/condition.ts
var condition = __webpack_require__(5936);
;// CONCATENATED MODULE: ./src/smoke-verify/probes/prometheus.ts


/**
 * The `prometheus` check: an instant query whose every series must satisfy the condition.
 * No series, or a NaN, is inconclusive (never success); a query error fails the sample with
 * Prometheus's own message.
 */
function prometheusProbe(check) {
    const endpoint = new URL('api/v1/query', check.url.endsWith('/') ? check.url : `${check.url}/`);
    return async (signal) => {
        let status;
        let body;
        let latencyMs;
        try {
            // POST keeps long queries out of the URL (and out of proxies' access logs).
            const response = await httpRequest({
                url: endpoint.href,
                method: 'POST',
                headers: { ...check.headers, 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ query: check.query }).toString(),
                maxRedirects: 3,
                signal
            });
            status = response.status;
            body = response.body;
            latencyMs = Math.round(response.latencyMs);
        }
        catch (error) {
            if (error instanceof RequestError)
                return {
                    outcome: 'failure',
                    message: `Prometheus at ${check.url}: ${error.message}`,
                    details: { error: error.kind }
                };
            throw error;
        }
        return { ...judgeQueryResponse(check, status, body), latencyMs };
    };
}
/**
 * Judges a Prometheus HTTP API response (`/api/v1/query`).
 * @param check the condition
 * @param status the HTTP status
 * @param body the response body
 */
function judgeQueryResponse(check, status, body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return {
            outcome: 'failure',
            message: `not a Prometheus API response (HTTP ${status}): ${body.replace(/\s+/g, ' ').slice(0, 200)}`,
            details: { status }
        };
    }
    if (parsed?.status === 'error' || status >= 400) {
        const said = typeof parsed?.error === 'string' ? parsed.error : `HTTP ${status}`;
        const type = typeof parsed?.errorType === 'string' ? `${parsed.errorType}: ` : '';
        return { outcome: 'failure', message: `Prometheus said: ${type}${said}`, details: { status } };
    }
    const data = parsed?.data;
    let series;
    if (data?.resultType === 'vector' && Array.isArray(data.result)) {
        series = data.result.map(s => ({
            labels: labelText(s.metric ?? {}),
            value: sampleValue(s.value?.[1])
        }));
    }
    else if (data?.resultType === 'scalar' && Array.isArray(data.result)) {
        series = [{ labels: 'scalar', value: sampleValue(data.result[1]) }];
    }
    else if (data?.resultType === 'matrix') {
        return {
            outcome: 'failure',
            message: `the query returns a range vector; expected an instant vector or scalar (wrap the range in a function such as rate(...[5m]))`,
            details: { status }
        };
    }
    else {
        return {
            outcome: 'failure',
            message: `unexpected Prometheus result type ${JSON.stringify(data?.resultType)}`,
            details: { status }
        };
    }
    const values = series.slice(0, 20).map(s => ({ series: s.labels, value: String(s.value) }));
    if (series.length === 0)
        return {
            outcome: 'inconclusive',
            message: 'the query returned no series (is the metric scraped yet?)',
            details: { series: values }
        };
    const violating = series.filter(s => !Number.isNaN(s.value) && !(0,condition/* holds */.v9)(check.condition, s.value));
    if (violating.length) {
        const first = violating[0];
        return {
            outcome: 'failure',
            message: `${violating.length} of ${series.length} series fail ${check.condition.text}: ${first.labels} = ${first.value}`,
            details: { series: values }
        };
    }
    const nan = series.filter(s => Number.isNaN(s.value));
    if (nan.length) {
        return {
            outcome: 'inconclusive',
            message: `${nan.length} of ${series.length} series is NaN (e.g. a ratio over no traffic): ${nan[0].labels}`,
            details: { series: values }
        };
    }
    const shown = series.length === 1 ? `${series[0].value}` : `${series.length} series`;
    return {
        outcome: 'success',
        message: `${shown} ${check.condition.text}`,
        details: { series: values }
    };
}
function sampleValue(text) {
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (typeof text !== 'string')
        return NaN;
    return Number(text);
}
function labelText(metric) {
    const parts = Object.entries(metric).map(([k, v]) => `${k}="${v}"`);
    return `{${parts.join(', ')}}`;
}

;// CONCATENATED MODULE: ./src/smoke-verify/probes/index.ts



/**
 * The adapter for a check's kind. main.ts imports this module only after the inputs are
 * valid, so a bad input never loads the network or process modules.
 */
function createProbe(check, where) {
    switch (check.kind) {
        case 'http':
            return httpProbe(check);
        case 'prometheus':
            return prometheusProbe(check);
        default:
            return commandProbe(check, where);
    }
}


/***/ })

};
