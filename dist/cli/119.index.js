export const id = 119;
export const ids = [119];
export const modules = {

/***/ 2119:
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
// EXTERNAL MODULE: ./src/lib/exec.ts
var lib_exec = __webpack_require__(766);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/lib/outputs.ts
var outputs = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(1119);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/migrate-down/backup.ts





const DUMP_TIMEOUT_MS = 60 * 60_000;
const QUICK_TIMEOUT_MS = 60_000;
/** libpq's variables for a postgres:// URL, so the URL itself never reaches argv. */
function pgEnv(url) {
    const u = new URL(url);
    const env = { PGHOST: u.hostname.replace(/^\[|\]$/g, '') };
    if (u.port)
        env.PGPORT = u.port;
    if (u.username)
        env.PGUSER = decodeURIComponent(u.username);
    if (u.password)
        env.PGPASSWORD = decodeURIComponent(u.password);
    const db = decodeURIComponent(u.pathname.replace(/^\//, ''));
    if (db)
        env.PGDATABASE = db;
    const params = {
        sslmode: 'PGSSLMODE',
        sslrootcert: 'PGSSLROOTCERT',
        sslcert: 'PGSSLCERT',
        sslkey: 'PGSSLKEY',
        application_name: 'PGAPPNAME',
        connect_timeout: 'PGCONNECT_TIMEOUT',
        options: 'PGOPTIONS'
    };
    for (const [key, value] of u.searchParams)
        if (params[key])
            env[params[key]] = value;
    return env;
}
/**
 * The pg_dump to use: the newest installed client (Debian/Ubuntu keep each major in
 * /usr/lib/postgresql/<major>/bin, and pg_wrapper's default may be older), or PATH's. It must
 * be at least the server's major version: an older pg_dump refuses, or worse, misses objects.
 */
async function choosePgDump(exec, serverMajor, serverVersion, roots = ['/usr/lib/postgresql']) {
    const candidates = [];
    for (const root of roots) {
        if (!(0,external_node_fs_.existsSync)(root))
            continue;
        for (const major of (0,external_node_fs_.readdirSync)(root)) {
            const bin = (0,external_node_path_.join)(root, major, 'bin', 'pg_dump');
            if ((0,external_node_fs_.existsSync)(bin))
                candidates.push(bin);
        }
    }
    candidates.push('pg_dump');
    const found = [];
    for (const dump of candidates) {
        const result = await exec
            .run(dump, ['--version'], { timeoutMs: QUICK_TIMEOUT_MS })
            .catch(() => undefined);
        const match = result?.exitCode === 0 ? /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(result.stdout) : null;
        if (!match)
            continue;
        const restore = dump === 'pg_dump' ? 'pg_restore' : (0,external_node_path_.join)((0,external_node_path_.dirname)(dump), 'pg_restore');
        found.push({ dump, restore, major: Number(match[1]), version: `${match[1]}${match[2] ?? ''}` });
    }
    if (found.length === 0)
        throw new errors/* UserError */.yo(`backup is true but no pg_dump was found. Install the PostgreSQL ${serverMajor} client (e.g. apt-get install postgresql-client-${serverMajor} from the PGDG repository) in an earlier step, or set backup: false if a backup is taken another way.`);
    const best = found.sort((a, b) => b.major - a.major)[0];
    if (best.major < serverMajor)
        throw new errors/* UserError */.yo(`pg_dump ${best.version} is older than the database server (PostgreSQL ${serverVersion}); pg_dump refuses to dump a newer server ("server version mismatch"). Install postgresql-client-${serverMajor} (PGDG repository) in an earlier step; the newest pg_dump found is ${best.dump}.`);
    return best;
}
/**
 * pg_dump -Fc into a temporary name next to `path`, checked non-empty and listable with
 * pg_restore --list, then renamed into place: a failed backup never leaves a file that looks
 * good. An existing file at `path` is never overwritten.
 */
async function takeBackup(exec, client, url, path, mask, serverVersion) {
    if ((0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`Input 'backup-path' has the value '${path}': a file is already there. Choose a new path; an existing backup is never overwritten.`);
    const partial = `${path}.partial-${process.pid}`;
    const env = pgEnv(url);
    try {
        const dump = await exec.run(client.dump, ['--format=custom', '--no-password', `--file=${partial}`], {
            env,
            timeoutMs: DUMP_TIMEOUT_MS
        });
        if (dump.exitCode !== 0)
            throw new errors/* UserError */.yo(`pg_dump failed (exit code ${dump.exitCode}), nothing was reverted: ${mask(dump.stderr.trim())}`);
        const bytes = (await (0,promises_.stat)(partial)).size;
        if (bytes === 0)
            throw new errors/* UserError */.yo('pg_dump exited 0 but wrote an empty file; nothing was reverted.');
        const list = await exec.run(client.restore, ['--list', partial], {
            timeoutMs: QUICK_TIMEOUT_MS * 5
        });
        if (list.exitCode !== 0)
            throw new errors/* UserError */.yo(`pg_restore --list cannot read the backup pg_dump wrote (${mask(list.stderr.trim())}); nothing was reverted.`);
        const entries = list.stdout.split('\n').filter(line => /^\d+;/.test(line)).length;
        const sha256 = await hashFile(partial);
        await (0,promises_.rename)(partial, path);
        return {
            path,
            bytes,
            sha256,
            entries,
            pgDump: `${client.dump} ${client.version}`,
            server: serverVersion,
            restoreCommand: `pg_restore --clean --if-exists --no-owner --single-transaction --dbname "$DATABASE_URL" ${shellQuote(path)}`
        };
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
}
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
function shellQuote(text) {
    return /^[A-Za-z0-9_./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/migrate-down/data-loss.ts


// The PostgreSQL parser (WASM) loads only when there is down SQL to read.
async function parser() {
    // Emscripten's loader finds libpg-query.wasm via __dirname, which an ESM bundle lacks; the
    // bundle ships the .wasm beside itself (script/bundle.mjs), so point it there.
    const g = globalThis;
    g.__dirname ??= (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const lib = await __webpack_require__.e(/* import() */ 300).then(__webpack_require__.bind(__webpack_require__, 7300));
    await lib.loadModule();
    return sql => lib.parseSync(sql);
}
/**
 * Finds statements in down SQL that drop or rewrite data, with the real PostgreSQL parser.
 * SQL that cannot be parsed, or that runs code we cannot see (DO, CALL, EXECUTE), counts as a
 * finding: it needs the same acknowledgement as a DROP.
 */
async function findDataLoss(downs) {
    const findings = [];
    const withSql = downs.filter(d => d.sql !== undefined && d.sql.trim() !== '');
    const parse = withSql.length ? await parser() : undefined;
    for (const down of downs) {
        if (down.sql === undefined)
            findings.push({
                migration: down.migration,
                statement: '(not known before it runs)',
                why: down.unknownWhy ?? 'the down step is code whose SQL cannot be read before it runs'
            });
    }
    if (!parse)
        return findings;
    // One parse for all migrations (a call costs more than a statement); statements are mapped
    // back by offset. If any SQL does not parse, each migration is parsed alone to name it.
    const parts = [];
    let text = '';
    for (const down of withSql) {
        const start = text.length;
        text += down.sql;
        parts.push({ down, start, end: text.length });
        text += '\n;\n';
    }
    try {
        findings.push(...statements(parse, text, parts));
    }
    catch {
        for (const part of parts) {
            const sql = part.down.sql;
            try {
                findings.push(...statements(parse, sql, [{ down: part.down, start: 0, end: sql.length }]));
            }
            catch (error) {
                findings.push({
                    migration: part.down.migration,
                    statement: excerpt(sql),
                    why: `the PostgreSQL parser cannot read it (${error instanceof Error ? error.message : String(error)})`
                });
            }
        }
    }
    const order = new Map(downs.map((d, i) => [d.migration, i]));
    return findings.sort((a, b) => (order.get(a.migration) ?? 0) - (order.get(b.migration) ?? 0));
}
function statements(parse, text, parts) {
    const found = [];
    for (const raw of parse(text).stmts ?? []) {
        const start = raw.stmt_location ?? 0;
        const sql = raw.stmt_len ? text.slice(start, start + raw.stmt_len) : text.slice(start);
        const part = parts.find(p => start >= p.start && start < p.end) ?? parts.find(p => start < p.end);
        if (!part)
            continue;
        for (const why of classify(raw.stmt ?? {}))
            found.push({ migration: part.down.migration, statement: excerpt(sql), why });
    }
    return found;
}
function excerpt(sql) {
    const one = sql
        .replace(/--[^\n]*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return one.length > 200 ? `${one.slice(0, 197)}...` : one;
}
const DROPS_DATA = {
    OBJECT_TABLE: 'drops a table and every row in it',
    OBJECT_SCHEMA: 'drops a schema and everything in it',
    OBJECT_FOREIGN_TABLE: 'drops a table'
};
/** The reasons one parsed statement can lose data (none for safe statements). */
function classify(stmt) {
    const [kind, body] = Object.entries(stmt)[0] ?? ['', {}];
    const node = (body ?? {});
    switch (kind) {
        case 'DropStmt': {
            const type = String(node.removeType);
            const reasons = [];
            if (DROPS_DATA[type])
                reasons.push(DROPS_DATA[type]);
            else if (node.behavior === 'DROP_CASCADE')
                reasons.push(`${type.replace('OBJECT_', '').toLowerCase()} dropped with CASCADE (can drop columns and tables that depend on it)`);
            return reasons;
        }
        case 'DropdbStmt':
            return ['drops a database'];
        case 'TruncateStmt':
            return ['truncates a table'];
        case 'DeleteStmt':
            return node.whereClause ? [] : ['DELETE without WHERE removes every row'];
        case 'UpdateStmt':
            return node.whereClause ? [] : ['UPDATE without WHERE rewrites every row'];
        case 'AlterTableStmt': {
            const reasons = [];
            for (const cmd of (node.cmds ?? [])) {
                const sub = String(cmd.AlterTableCmd?.subtype);
                if (sub === 'AT_DropColumn')
                    reasons.push('drops a column and its data');
                if (sub === 'AT_AlterColumnType')
                    reasons.push('changes a column type (a narrowing change truncates or rejects data)');
            }
            return reasons;
        }
        case 'DoStmt':
            return ['a DO block runs code that cannot be analysed'];
        case 'CallStmt':
            return ['CALL runs a procedure that cannot be analysed'];
        case 'ExecuteStmt':
            return ['EXECUTE runs a prepared statement that cannot be analysed'];
        default:
            return [];
    }
}

// EXTERNAL MODULE: ./node_modules/postgres/src/index.js + 9 modules
var src = __webpack_require__(1534);
;// CONCATENATED MODULE: ./src/migrate-down/db.ts


const QUERY_TIMEOUT_MS = 30_000;
/**
 * One connection, opened per phase and closed before a tool runs: PGlite and poolers share one
 * session across connections, and an idle connection of ours must not hold locks a tool needs.
 */
function openDatabase(url, mask) {
    const sql = (0,src/* default */.A)(url, {
        max: 1,
        connect_timeout: 10,
        idle_timeout: 5,
        prepare: false,
        onnotice: () => undefined
    });
    const query = async (text) => {
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new errors/* UserError */.yo(`The database did not answer within ${QUERY_TIMEOUT_MS / 1000} s.`)), QUERY_TIMEOUT_MS);
        });
        try {
            const rows = await Promise.race([sql.unsafe(text), timeout]);
            return [...rows];
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            throw new DatabaseError(mask((0,errors/* errorMessage */.gJ)(error)), error.code);
        }
        finally {
            clearTimeout(timer);
        }
    };
    return {
        query,
        async serverMajor() {
            const rows = await query('SELECT current_setting($$server_version_num$$)::int AS num, current_setting($$server_version$$) AS version');
            const num = Number(rows[0]?.num);
            return { major: Math.floor(num / 10000), version: String(rows[0]?.version ?? num) };
        },
        async close() {
            await sql.end({ timeout: 5 }).catch(() => undefined);
        }
    };
}
/** A failed query, its message masked; `code` is PostgreSQL's SQLSTATE when there is one. */
class DatabaseError extends errors/* UserError */.yo {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'DatabaseError';
    }
}
/** Double-quotes a validated table name, schema-qualified or not. */
function quoteTable(name) {
    return name
        .split('.')
        .map(part => `"${part.replace(/"/g, '""')}"`)
        .join('.');
}

;// CONCATENATED MODULE: ./src/migrate-down/detect.ts



/** Finds the migration tool from the repo's package.json and config files. */
function detectTool(cwd) {
    const found = [];
    let deps = {};
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(cwd, 'package.json'), 'utf8'));
        deps = { ...pkg.dependencies, ...pkg.devDependencies };
    }
    catch {
        // No package.json: config files still tell.
    }
    if (deps['node-pg-migrate'])
        found.push({ tool: 'node-pg-migrate', why: 'package.json depends on node-pg-migrate' });
    const knexfile = ['knexfile.js', 'knexfile.cjs', 'knexfile.mjs', 'knexfile.ts'].find(f => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, f)));
    if (deps.knex && knexfile)
        found.push({ tool: 'knex', why: `package.json depends on knex and ${knexfile} exists` });
    if (deps.dbmate)
        found.push({ tool: 'dbmate', why: 'package.json depends on dbmate' });
    if (deps.prisma || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, 'prisma', 'migrations')))
        found.push({
            tool: 'prisma',
            why: deps.prisma ? 'package.json depends on prisma' : 'prisma/migrations exists'
        });
    if (found.length === 1)
        return found[0];
    const names = found.map(f => `${f.tool} (${f.why})`).join('; ');
    throw new errors/* UserError */.yo(found.length === 0
        ? "Input 'tool' is 'auto' but no migration tool was found (no node-pg-migrate, knex + knexfile, dbmate or prisma in package.json). Set tool: to one of node-pg-migrate, knex, dbmate, prisma or command."
        : `Input 'tool' is 'auto' but several tools were found: ${names}. Set tool: to the one that owns migrations-dir.`);
}

;// CONCATENATED MODULE: ./src/migrate-down/git.ts

const GIT_TIMEOUT_MS = 60_000;
/** Reads the migrations folder at commits, with git argv only (no work tree needed). */
class GitReader {
    exec;
    cwd;
    constructor(exec, cwd) {
        this.exec = exec;
        this.cwd = cwd;
    }
    async git(args, input, what = 'git') {
        const result = await this.exec.run('git', args, {
            cwd: this.cwd,
            input,
            timeoutMs: GIT_TIMEOUT_MS,
            env: { GIT_TERMINAL_PROMPT: '0' }
        });
        if (result.exitCode !== 0)
            throw new errors/* UserError */.yo(`${what} failed: ${result.stderr.trim() || `exit code ${result.exitCode}`}`);
        return result.stdout;
    }
    /** The commit a revision names; a clear error when the ref is not in the clone. */
    async commit(ref, input) {
        const result = await this.exec.run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
            cwd: this.cwd,
            timeoutMs: GIT_TIMEOUT_MS
        });
        if (result.exitCode !== 0)
            throw new errors/* UserError */.yo(`Input '${input}' has the value '${ref}': no such commit in the repository at '${this.cwd}'. Check out with fetch-depth: 0 (actions/checkout) so tags and history are present.`);
        return result.stdout.trim();
    }
    /** Paths of the files under `dir` at a commit (recursive), relative to the repo root. */
    async files(commit, dir) {
        const out = await this.git(['ls-tree', '-r', '-z', '--name-only', commit, '--', `${dir}/`]);
        return out.split('\0').filter(Boolean);
    }
    /** File changes under `dir` from `older` to `newer`, renames detected. */
    async changes(older, newer, dir) {
        const out = await this.git(['diff', '--name-status', '-z', '-M', older, newer, '--', `${dir}/`]);
        const fields = out.split('\0');
        const changes = [];
        for (let i = 0; i < fields.length - 1;) {
            const code = fields[i++];
            const status = code[0];
            if (status === 'R' || status === 'C') {
                const from = fields[i++];
                changes.push({ status, from, path: fields[i++] });
            }
            else
                changes.push({ status, path: fields[i++] });
        }
        return changes;
    }
    /** Contents of many files at a commit in one git process. */
    async contents(commit, paths) {
        const found = new Map();
        if (paths.length === 0)
            return found;
        const out = await this.git(['cat-file', '--batch'], paths.map(p => `${commit}:${p}`).join('\n') + '\n');
        const buffer = Buffer.from(out, 'utf8');
        let at = 0;
        for (const path of paths) {
            const end = buffer.indexOf(0x0a, at);
            const header = buffer.subarray(at, end).toString('utf8');
            at = end + 1;
            const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
            if (size === undefined)
                continue;
            found.set(path, buffer.subarray(at, at + Number(size)).toString('utf8'));
            at += Number(size) + 1;
        }
        return found;
    }
    /** Paths under `dir` where the work tree differs from `commit` (edited or untracked). */
    async workTreeDrift(commit, dir) {
        const changed = await this.git(['diff', '--name-only', '-z', commit, '--', `${dir}/`]);
        const untracked = await this.git([
            'ls-files',
            '--others',
            '--exclude-standard',
            '-z',
            '--',
            `${dir}/`
        ]);
        return [...changed.split('\0'), ...untracked.split('\0')].filter(Boolean);
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/migrate-down/waiver.ts

const FORMAT = 'expected YAML or JSON with id, reason and approver (and optionally migrations: [names]), e.g. {"id": "INC-123", "reason": "forward-fix in 1.4.3", "approver": "@dba-lead"}';
/** Parses the `waiver` input; `problem` reports what is wrong (it never returns). */
function parseWaiver(text, problem) {
    if (text.length > 20_000)
        problem(`is too long (${text.length} characters). ${FORMAT}`);
    let value;
    try {
        value = (0,dist/* parse */.qg)(text, { maxAliasCount: 10 });
    }
    catch {
        problem(`is not valid YAML or JSON. ${FORMAT}`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        problem(FORMAT);
    const record = value;
    const known = new Set(['id', 'reason', 'approver', 'migrations']);
    const extra = Object.keys(record).filter(key => !known.has(key));
    if (extra.length)
        problem(`has unknown field ${extra.join(', ')}. ${FORMAT}`);
    const field = (name, max, oneLine) => {
        const v = record[name];
        if (typeof v !== 'string' && typeof v !== 'number')
            problem(`needs '${name}'. ${FORMAT}`);
        const s = String(v).trim();
        if (s === '' || s.length > max || (oneLine && /[\r\n]/.test(s)))
            problem(`'${name}' must be non-empty${oneLine ? ', one line' : ''} and at most ${max} characters`);
        return s;
    };
    const waiver = {
        id: field('id', 200, true),
        reason: field('reason', 2000, false),
        approver: field('approver', 200, true)
    };
    if (record.migrations !== undefined) {
        const list = record.migrations;
        if (!Array.isArray(list) ||
            list.length === 0 ||
            list.some(m => typeof m !== 'string' || m.trim() === '' || m.length > 255))
            problem(`'migrations' must be a non-empty list of migration names. ${FORMAT}`);
        waiver.migrations = list.map(m => m.trim());
    }
    return waiver;
}
/** Whether the waiver covers a migration. */
function waives(waiver, name) {
    if (!waiver)
        return false;
    return waiver.migrations === undefined || waiver.migrations.includes(name);
}

;// CONCATENATED MODULE: ./src/migrate-down/inputs.ts




const TOOLS = ['auto', 'node-pg-migrate', 'knex', 'dbmate', 'prisma', 'command'];
const MAX_PATH = 1024;
// A git revision as users write them (tags, branches, shas, HEAD~1), never an option or a range.
const REF = /^[A-Za-z0-9_][A-Za-z0-9._/@^~{}+-]*$/;
const ref = (fallback) => (0,lib_inputs/* parsed */.Yz)((v, problem) => {
    if (v === undefined)
        return fallback;
    if (v.length > 255 || !REF.test(v) || v.includes('..'))
        problem('expected one git revision: a tag, branch or commit sha such as v1.4.2 or HEAD (no ranges, spaces or leading dashes)');
    return v;
});
// A path inside the repository, relative, so git and the tool read the same files.
const repoPath = (0,lib_inputs/* parsed */.Yz)((v, problem) => {
    if (v === undefined)
        return undefined;
    const clean = v.replace(/\/+$/, '');
    if (clean === '' ||
        clean.length > MAX_PATH ||
        /[\r\n\0]/.test(clean) ||
        clean.startsWith('-') ||
        clean.startsWith('/') ||
        clean.split('/').some(part => part === '..' || part === ''))
        problem('expected a folder inside the repository, relative to it, e.g. migrations or db/migrations');
    return clean;
});
/** migrate-down's inputs; the keys are action.yml's input names. */
const inputSchema = schemas/* object */.Ikc({
    ...lib_inputs/* commonInputs */.j$,
    // migrate-down never calls GitHub; the inputs exist so every action takes the same ones.
    repository: (0,lib_inputs/* text */.Qq)(),
    tool: (0,lib_inputs/* oneOf */.yL)(TOOLS, 'auto'),
    // Checked in checkInputs, after it is masked: a parse error here would echo the secret.
    'database-url': (0,lib_inputs/* parsed */.Yz)(v => v),
    'migrations-dir': repoPath,
    'migrations-table': (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return undefined;
        if (!/^([A-Za-z_][A-Za-z0-9_$]{0,62}\.)?[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v))
            problem('expected a table name, optionally schema-qualified, e.g. pgmigrations or ops.migrations');
        return v;
    }),
    'from-ref': ref('HEAD'),
    'to-ref': ref(),
    count: (0,lib_inputs/* integer */.nd)({
        min: 1,
        max: 10000,
        expected: 'a whole number of migrations from 1 to 10000 (never 0: tools read 0 as "all")'
    }),
    command: (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return undefined;
        if (v.length > 4096 || /[\r\n\0]/.test(v))
            problem('expected one command line such as npm run migrate:down (or with {count})');
        const argv = v.split(/\s+/).filter(Boolean);
        if (argv[0]?.startsWith('-'))
            problem('expected a program first, e.g. npm run migrate:down');
        return argv;
    }),
    waiver: (0,lib_inputs/* parsed */.Yz)((v, problem) => (v === undefined ? undefined : parseWaiver(v, problem))),
    'allow-data-loss': (0,lib_inputs/* bool */.lc)(false),
    backup: (0,lib_inputs/* bool */.lc)(true),
    'backup-path': repoPathOrAbsolute()
});
function repoPathOrAbsolute() {
    return (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return undefined;
        if (v.length > MAX_PATH || /[\r\n\0]/.test(v) || v.startsWith('-') || v.endsWith('/'))
            problem('expected a file path for the pg_dump archive, e.g. ${{ runner.temp }}/db-backup.dump');
        return v;
    });
}
/** Checks that span inputs. The database URL is never echoed: it is a secret. */
function checkInputs(inputs) {
    databaseUrl(inputs['database-url']);
    if (inputs['to-ref'] === undefined && inputs.count === undefined)
        throw new errors/* InputError */.dz('to-ref', undefined, "pass the known-good tag as 'to-ref' (the migrations added since it are reverted), or 'count' for the newest N applied");
    if (inputs['to-ref'] !== undefined && inputs.count !== undefined)
        throw new errors/* InputError */.dz('count', String(inputs.count), `pass either 'to-ref' (${inputs['to-ref']}) or 'count', not both`);
    if (inputs.tool === 'command' && !inputs.command)
        throw new errors/* InputError */.dz('command', undefined, "tool 'command' needs the command that reverts migrations, e.g. npm run migrate:down");
}
/** The URL, validated without ever showing it. */
function databaseUrl(value) {
    const hint = 'expected postgres://user:password@host:5432/database (pass it from a secret: ${{ secrets.DATABASE_URL }})';
    if (value === undefined)
        throw new errors/* UserError */.yo(`Input 'database-url' is empty: ${hint}`);
    let parsedUrl;
    try {
        parsedUrl = new URL(value);
    }
    catch {
        parsedUrl = undefined;
    }
    if (!parsedUrl ||
        value.length > 4096 ||
        /[\r\n\s]/.test(value) ||
        !/^postgres(ql)?:$/.test(parsedUrl.protocol) ||
        !parsedUrl.hostname)
        throw new errors/* UserError */.yo(`Input 'database-url' (not shown: it is a secret) is not usable: ${hint}`);
    const secrets = [value];
    if (parsedUrl.password)
        secrets.push(parsedUrl.password, decodeURIComponent(parsedUrl.password));
    return { url: value, secrets: [...new Set(secrets)] };
}

;// CONCATENATED MODULE: ./src/migrate-down/mask.ts
function createMasker(secrets) {
    const hidden = secrets.filter(s => s.length >= 4).sort((a, b) => b.length - a.length);
    return text => hidden.reduce((out, secret) => out.split(secret).join('***'), text);
}

;// CONCATENATED MODULE: ./src/migrate-down/plan.ts
/**
 * The migrations to revert: added between to-ref and from-ref and applied, which must be the
 * newest applied ones. Pure: every refusal is returned, none thrown, so all show at once.
 */
function planRevert(request) {
    const { applied } = request;
    const refusals = [];
    const known = new Set(request.files.map(f => f.name));
    const missing = applied.filter(name => !known.has(name));
    if (missing.length)
        refusals.push({
            gate: 'missing-file',
            migrations: missing,
            message: `Applied in the database but with no file at from-ref: ${missing.join(', ')}. The down step would run against the wrong files (dbmate even reverts a different migration). Check from-ref and migrations-dir.`
        });
    let revert;
    let pending = [];
    if (request.count !== undefined) {
        if (request.count > applied.length)
            refusals.push({
                gate: 'count',
                migrations: [],
                message: `count is ${request.count} but only ${applied.length} migration(s) are applied; tools would silently revert everything. Pass at most ${applied.length}.`
            });
        revert = applied.slice(Math.max(0, applied.length - request.count)).reverse();
    }
    else {
        const added = new Set();
        for (const change of request.changes ?? []) {
            const name = request.nameOf(change.path);
            const old = change.from === undefined ? undefined : request.nameOf(change.from);
            if (change.status === 'A' || change.status === 'C') {
                if (name !== undefined)
                    added.add(name);
            }
            else if (change.status === 'R') {
                if (old !== undefined)
                    refusals.push({
                        gate: 'renamed',
                        migrations: [old],
                        message: `Migration ${old} (older than to-ref) was renamed to ${change.path}; the tool would see it as a different migration.`
                    });
                else if (name !== undefined)
                    added.add(name);
            }
            else if (name !== undefined) {
                const gate = change.status === 'D' ? 'deleted' : 'modified';
                refusals.push({
                    gate,
                    migrations: [name],
                    message: `Migration ${name} (older than to-ref) was ${gate} since to-ref (${change.path}); its down step no longer matches what ran.`
                });
            }
        }
        const appliedSet = new Set(applied);
        const toRevert = applied.filter(name => added.has(name));
        pending = [...added].filter(name => !appliedSet.has(name) && known.has(name)).sort();
        const tail = applied.slice(applied.length - toRevert.length);
        const interleaved = tail.filter(name => !added.has(name));
        if (interleaved.length)
            refusals.push({
                gate: 'tail',
                migrations: interleaved,
                message: `The migrations added since to-ref are not the newest applied: ${interleaved.join(', ')} (older than to-ref) ran after some of them. Reverting in order would undo those too; revert by hand or pass count.`
            });
        revert = toRevert.reverse();
    }
    const keep = applied.length - revert.length;
    return {
        plan: {
            mode: request.count !== undefined ? 'count' : 'to-ref',
            revert,
            pending,
            versionBefore: applied.at(-1) ?? '',
            versionAfter: keep > 0 ? applied[keep - 1] : ''
        },
        refusals
    };
}

;// CONCATENATED MODULE: ./src/migrate-down/summary.ts

const TITLE = {
    reverted: 'reverted',
    'dry-run': 'dry run: nothing changed',
    'nothing-to-revert': 'nothing to revert',
    'forward-fix-required': 'forward fix required: nothing changed',
    refused: 'refused: nothing changed',
    failed: 'FAILED'
};
/** The job summary: what was planned, which gates held, what the database says now. */
function renderSummary(r) {
    const out = [`## migrate-down: ${TITLE[r.status]}\n`];
    out.push(`Tool: **${r.tool}** (${(0,summary/* cell */.Hn)(r.toolWhy)}). From \`${r.fromRef}\`${r.toRef ? ` back to \`${r.toRef}\`` : ''}.\n`);
    if (r.plan) {
        const rows = [
            ...r.plan.revert.map((name, i) => [String(i + 1), name, revertState(r, name)]),
            ...r.kept.map(name => ['', name, 'kept: irreversible, waived (needs a forward fix)']),
            ...r.plan.pending.map(name => ['', name, 'not applied: untouched'])
        ];
        if (rows.length)
            out.push((0,summary/* table */.tp)(['#', 'migration', 'state'], rows));
        out.push(`\nVersion before: \`${r.plan.versionBefore || '(none)'}\`; after: \`${r.versionAfter ?? r.plan.versionAfter ?? ''}\`${r.versionAfter === undefined ? ' (planned)' : ' (read back)'}.\n`);
    }
    if (r.refusals.length) {
        out.push('\n### Refused\n');
        for (const refusal of r.refusals)
            out.push(`- **${refusal.gate}**: ${(0,summary/* cell */.Hn)(refusal.message)}`);
        if (r.refusals.some(x => x.gate === 'irreversible'))
            out.push('\nWrite a forward-fix migration, or pass a `waiver` (id, reason, approver) to revert only the migrations newer than the irreversible one.');
        out.push('');
    }
    if (r.findings.length) {
        out.push(`\n### Data-loss gate (${r.allowDataLoss ? 'allowed by allow-data-loss' : 'blocked'})\n`);
        out.push((0,summary/* table */.tp)(['migration', 'statement', 'why'], r.findings.map(f => [f.migration, f.statement, f.why])));
    }
    if (r.waiver)
        out.push(`\nWaiver **${(0,summary/* cell */.Hn)(r.waiver.id)}** approved by ${(0,summary/* cell */.Hn)(r.waiver.approver)}: ${(0,summary/* cell */.Hn)(r.waiver.reason)}\n`);
    if (r.backup) {
        out.push('\n### Backup\n');
        out.push((0,summary/* table */.tp)(['path', 'bytes', 'sha256', 'pg_dump', 'server'], [[r.backup.path, r.backup.bytes, r.backup.sha256, r.backup.pgDump, r.backup.server]]));
        out.push(`\nRestore (operator, after review):\n\n\`\`\`sh\n${r.backup.restoreCommand}\n\`\`\`\n`);
    }
    else if (r.backupNote)
        out.push(`\nBackup: ${r.backupNote}\n`);
    if (r.problem)
        out.push(`\n**Problem:** ${(0,summary/* cell */.Hn)(r.problem)}\n`);
    if (r.toolOutput)
        out.push(`\n<details><summary>tool output</summary>\n\n\`\`\`\n${r.toolOutput.slice(-6000)}\n\`\`\`\n</details>\n`);
    return `${out.join('\n')}\n`;
}
function revertState(r, name) {
    if (r.reverted.includes(name))
        return 'reverted (read back)';
    if (r.notReverted.includes(name))
        return 'NOT reverted (still applied, read back)';
    if (r.status === 'failed')
        return 'unknown: could not read back';
    return 'to revert';
}

;// CONCATENATED MODULE: ./src/migrate-down/tools/tool.ts



/** A tool exited non-zero; its words, masked, are kept for the summary. */
class ToolFailed extends errors/* UserError */.yo {
    command;
    output;
    constructor(command, output) {
        super(`${command} failed:\n${output.trim().slice(-4000)}`);
        this.command = command;
        this.output = output;
        this.name = 'ToolFailed';
    }
}
/** The project's own copy of a tool, as `npx` would run it. */
function projectBin(cwd, name) {
    const bin = (0,external_node_path_.join)(cwd, 'node_modules', '.bin', name);
    if (!(0,external_node_fs_.existsSync)(bin))
        throw new errors/* UserError */.yo(`${name} is not installed in this repository (no node_modules/.bin/${name}). Run 'npm ci' in an earlier step so the down step runs with the project's own ${name}.`);
    return bin;
}
/** Runs a tool command; a non-zero exit becomes ToolFailed with masked output. */
async function runTool(context, file, args, label) {
    context.log(`${label}`);
    const result = await context.exec.run(file, args, {
        cwd: context.cwd,
        env: context.env,
        timeoutMs: context.timeoutMs
    });
    const output = context.mask(`${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`);
    if (result.timedOut)
        throw new ToolFailed(`${label} (did not finish within ${Math.round(context.timeoutMs / 1000)} s and was stopped)`, output);
    if (result.exitCode !== 0)
        throw new ToolFailed(`${label} (exit code ${result.exitCode})`, output);
    return output;
}
/** Splits `schema.table` for tools that take them apart. */
function splitTable(table) {
    const [a, b] = table.split('.');
    return b === undefined ? { table: a } : { schema: a, table: b };
}
/** Removes SQL comments and blank space, to tell an empty section from one that does work. */
function sqlBody(sql) {
    return sql
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/--[^\n]*/g, '')
        .trim();
}

;// CONCATENATED MODULE: ./src/migrate-down/tools/command.ts


/**
 * The user's own command (e.g. `npm run migrate:down`) runs the downs; planning, gates and
 * verification use the tool the repo uses (detected), since its table is what changes.
 */
function commandTool(planner) {
    return {
        ...planner,
        id: 'command',
        dryRun: planner.dryRun?.bind(planner),
        async execute(context, revert) {
            const argv = context.command;
            if (!argv?.length)
                throw new errors/* UserError */.yo("tool 'command' needs the 'command' input");
            const [file, ...args] = argv;
            if (argv.some(a => a.includes('{count}'))) {
                const withCount = args.map(a => a.split('{count}').join(String(revert.length)));
                await runTool(context, file, withCount, `${file} ${withCount.join(' ')}`);
                return;
            }
            // Once per migration, newest first; the command learns which through the environment.
            for (const name of revert) {
                await runTool({ ...context, env: { ...context.env, MIGRATION_NAME: name } }, file, args, `${argv.join(' ')} (${name})`);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/migrate-down/tools/dbmate.ts


const UP = /^--\s*migrate:up\b.*$/m;
const DOWN = /^--\s*migrate:down\b.*$/m;
const dbmate = {
    id: 'dbmate',
    defaultDir: 'db/migrations',
    defaultTable: 'schema_migrations',
    // dbmate's version is the file name up to the first underscore.
    nameOf(path) {
        if (path.includes('/') || !path.endsWith('.sql'))
            return undefined;
        return /^(\d+)_/.exec(path)?.[1];
    },
    async readApplied(db, table) {
        // dbmate keeps no order of application; it always rolls back the highest version.
        const rows = await db.query(`SELECT version FROM ${quoteTable(table)} ORDER BY version`);
        return { names: rows.map(r => String(r.version)), dirty: [] };
    },
    assess(name, files) {
        const text = [...files.values()][0] ?? '';
        const down = DOWN.exec(text);
        if (!down)
            return {
                name,
                reversible: false,
                reason: 'no -- migrate:down section',
                down: { migration: name }
            };
        const rest = text.slice(down.index + down[0].length);
        const up = UP.exec(rest);
        const sql = up ? rest.slice(0, up.index) : rest;
        if (sqlBody(sql) === '')
            return {
                name,
                reversible: false,
                reason: 'the -- migrate:down section is empty (dbmate would drop the row and change nothing)',
                down: { migration: name }
            };
        return { name, reversible: true, down: { migration: name, sql } };
    },
    async execute(context, revert) {
        const bin = projectBin(context.cwd, 'dbmate');
        // `dbmate rollback` reverts one migration, the highest applied version with a file; the
        // plan's missing-file and tail gates make that the next one in `revert`.
        for (const name of revert) {
            await runTool(context, bin, [
                '--migrations-dir',
                context.dir,
                '--migrations-table',
                context.table,
                '--no-dump-schema',
                'rollback'
            ], `dbmate rollback (${name})`);
        }
    }
};

;// CONCATENATED MODULE: ./src/migrate-down/tools/knex.ts



const EXTENSIONS = /\.(js|cjs|mjs|ts|cts|mts)$/;
// Where a migration file defines its down step, in the forms knex users write.
const knex_DOWN = /(?:exports\.down\s*=|export\s+(?:async\s+)?function\s+down\b|export\s+const\s+down\s*=|\bdown\s*:|(?:async\s+)?function\s+down\s*\(|\bconst\s+down\s*=|(?:^|[\s,{])(?:async\s+)?down\s*\([^)]*\)\s*(?=\{))/;
const knex = {
    id: 'knex',
    defaultDir: 'migrations',
    defaultTable: 'knex_migrations',
    // knex records the file name with its extension.
    nameOf: path => path.includes('/') || path.startsWith('.') || !EXTENSIONS.test(path) || path.endsWith('.d.ts')
        ? undefined
        : path,
    async readApplied(db, table) {
        const rows = await db.query(`SELECT name FROM ${quoteTable(table)} ORDER BY id`);
        let locked;
        try {
            const lock = await db.query(`SELECT is_locked FROM ${quoteTable(`${table}_lock`)}`);
            if (lock.some(r => Number(r.is_locked) === 1))
                locked = `knex's lock table ${table}_lock says a migration run is going on (is_locked = 1); if none is, clear it with 'knex migrate:unlock'`;
        }
        catch (error) {
            if (!(error instanceof DatabaseError && error.code === '42P01'))
                throw error;
        }
        return { names: rows.map(r => String(r.name)), dirty: [], locked };
    },
    assess(name, files) {
        const text = [...files.values()][0] ?? '';
        const unknown = {
            migration: name,
            unknownWhy: 'knex migration in JavaScript: its SQL is not known before it runs'
        };
        const body = downBody(stripComments(text));
        if (body === undefined)
            return { name, reversible: false, reason: 'no down function', down: { migration: name } };
        if (/^(throw\b|return\s+Promise\.reject\b|Promise\.reject\b)[^;]*;?$/.test(body.trim()) ||
            body.trim() === '')
            return {
                name,
                reversible: false,
                reason: body.trim() === '' ? 'the down function is empty' : 'the down function only throws',
                down: { migration: name }
            };
        return { name, reversible: true, down: unknown };
    },
    async execute(context, revert) {
        const bin = projectBin(context.cwd, 'knex');
        // One named migration at a time, newest first: knex has no count, and `migrate:rollback`
        // reverts a whole batch, which need not match the release.
        for (const name of revert) {
            await runTool(context, bin, [
                'migrate:down',
                name,
                '--migrations-directory',
                context.dir,
                '--migrations-table-name',
                context.table
            ], `knex migrate:down ${name}`);
        }
    }
};
function stripComments(text) {
    return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
}
/** The statements of the down function, or undefined when the file defines none. */
function downBody(text) {
    const match = knex_DOWN.exec(text);
    if (!match)
        return undefined;
    let at = match.index + match[0].length;
    // Skip the parameter list and an arrow to the body.
    const open = text.indexOf('{', at);
    const arrow = text.indexOf('=>', at);
    if (arrow !== -1 && (open === -1 || arrow < open)) {
        at = arrow + 2;
        const rest = text.slice(at).trimStart();
        if (!rest.startsWith('{'))
            return `return ${rest.split(/\n\s*(?:export|exports|module)\b/)[0]?.trim()}`;
    }
    const start = text.indexOf('{', at);
    if (start === -1)
        return undefined;
    let depth = 0;
    for (let i = start; i < text.length; i++) {
        if (text[i] === '{')
            depth++;
        else if (text[i] === '}' && --depth === 0)
            return text.slice(start + 1, i).trim();
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/migrate-down/tools/node-pg-migrate.ts


// node-pg-migrate's advisory lock key (src/runner.ts); held while any run is going on.
const LOCK_KEY = 7241865325823964n;
const node_pg_migrate_EXTENSIONS = /\.(js|cjs|mjs|ts|cts|mts|sql)$/;
const DOWN_MARKER = /^\s*--[\s-]*down\s+migration/im;
const UP_MARKER = /^\s*--[\s-]*up\s+migration/im;
function baseArgs(context) {
    const { schema, table } = splitTable(context.table);
    return [
        '--migrations-dir',
        context.dir,
        '--migrations-table',
        table,
        ...(schema ? ['--migrations-schema', schema] : [])
    ];
}
const nodePgMigrate = {
    id: 'node-pg-migrate',
    defaultDir: 'migrations',
    defaultTable: 'pgmigrations',
    nameOf(path) {
        if (path.includes('/') || path.startsWith('.') || !node_pg_migrate_EXTENSIONS.test(path))
            return undefined;
        return path.replace(node_pg_migrate_EXTENSIONS, '');
    },
    async readApplied(db, table) {
        const rows = await db.query(`SELECT name FROM ${quoteTable(table)} ORDER BY run_on, id`);
        const locks = await db.query(`SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = ${LOCK_KEY}`);
        return {
            names: rows.map(r => String(r.name)),
            dirty: [],
            locked: locks.length
                ? `node-pg-migrate's advisory lock is held (pid ${String(locks[0]?.pid)}): another migration run is going on`
                : undefined
        };
    },
    assess(name, files) {
        const [path, text] = [...files.entries()][0] ?? ['', ''];
        if (path.endsWith('.sql')) {
            const down = DOWN_MARKER.exec(text);
            if (!down)
                return {
                    name,
                    reversible: false,
                    reason: 'SQL migration without a -- Down Migration section',
                    down: { migration: name }
                };
            const rest = text.slice(down.index + down[0].length);
            const up = UP_MARKER.exec(rest);
            const sql = (up ? rest.slice(0, up.index) : rest).replace(/^[^\n]*\n?/, '');
            if (sqlBody(sql) === '')
                return {
                    name,
                    reversible: false,
                    reason: 'the -- Down Migration section is empty',
                    down: { migration: name }
                };
            return { name, reversible: true, down: { migration: name, sql } };
        }
        if (/\bdown\s*[:=]\s*false\b/.test(text))
            return {
                name,
                reversible: false,
                reason: 'down = false (the author marked it irreversible)',
                down: { migration: name }
            };
        return {
            name,
            reversible: true,
            down: {
                migration: name,
                unknownWhy: "JavaScript migration: its SQL is read from the tool's dry run"
            }
        };
    },
    async dryRun(context, revert) {
        const bin = projectBin(context.cwd, 'node-pg-migrate');
        const output = await runTool(context, bin, ['down', String(revert.length), '--dry-run', ...baseArgs(context)], `node-pg-migrate down ${revert.length} --dry-run`);
        return parseDryRun(output);
    },
    async execute(context, revert) {
        if (revert.length < 1)
            throw new Error('refusing to run node-pg-migrate down with a count below 1');
        const bin = projectBin(context.cwd, 'node-pg-migrate');
        await runTool(context, bin, ['down', String(revert.length), ...baseArgs(context)], `node-pg-migrate down ${revert.length}`);
    }
};
/** The list (`> - name`) and the SQL blocks (`### MIGRATION name (DOWN) ###`) of a dry run. */
function parseDryRun(output) {
    const names = [];
    const sql = new Map();
    let current;
    let block = [];
    const flush = () => {
        if (current !== undefined)
            sql.set(current, block.join('\n'));
        current = undefined;
        block = [];
    };
    for (const line of output.split('\n')) {
        const listed = /^> - (.+)$/.exec(line);
        const header = /^### MIGRATION (.+) \(DOWN\) ###$/.exec(line);
        if (listed)
            names.push(listed[1].trim());
        else if (header) {
            flush();
            current = header[1];
        }
        else if (/^Migrations complete!/.test(line))
            flush();
        else if (current !== undefined)
            block.push(line);
    }
    flush();
    return { names, sql };
}

;// CONCATENATED MODULE: ./src/migrate-down/tools/prisma.ts


// Prisma Migrate has no down migrations: every applied one needs a forward fix.
const prisma = {
    id: 'prisma',
    defaultDir: 'prisma/migrations',
    defaultTable: '_prisma_migrations',
    nameOf(path) {
        const match = /^([^/]+)\/migration\.sql$/.exec(path);
        return match?.[1];
    },
    async readApplied(db, table) {
        const rows = await db.query(`SELECT migration_name, finished_at, rolled_back_at FROM ${quoteTable(table)} ORDER BY started_at, migration_name`);
        const live = rows.filter(r => r.rolled_back_at === null);
        return {
            names: live.filter(r => r.finished_at !== null).map(r => String(r.migration_name)),
            dirty: live.filter(r => r.finished_at === null).map(r => String(r.migration_name))
        };
    },
    assess: (name) => ({
        name,
        reversible: false,
        reason: 'Prisma Migrate has no down migrations',
        down: { migration: name }
    }),
    async execute() {
        throw new errors/* UserError */.yo('Prisma migrations cannot be reverted by migrate-down; write a forward fix.');
    }
};

;// CONCATENATED MODULE: ./src/migrate-down/tools/index.ts





const tools_TOOLS = {
    'node-pg-migrate': nodePgMigrate,
    knex: knex,
    dbmate: dbmate,
    prisma: prisma
};
/** The adapter for a tool; `command` plans with `planner` (the detected tool). */
function toolById(id, planner) {
    if (id === 'command')
        return commandTool(tools_TOOLS[planner ?? 'node-pg-migrate']);
    return tools_TOOLS[id];
}

;// CONCATENATED MODULE: ./src/migrate-down/main.ts



















const ACTION = 'migrate-down';
const TOOL_TIMEOUT_MS = 30 * 60_000;
/** Reverts exactly the migrations the bad release added, after the gates and a backup. */
async function run(deps = {}) {
    await (0,action/* runAction */.C)(ACTION, async (context) => migrateDown(context, deps), { inputs: deps.inputs });
}
async function migrateDown(context, deps) {
    const inputs = (0,lib_inputs/* readInputs */.Ko)(inputSchema, deps.inputs ?? lib_inputs/* runnerInputs */.ax, checkInputs);
    const { url, secrets } = databaseUrl(inputs['database-url']);
    const mask = createMasker(secrets);
    const evidence = context.openEvidence(inputs['evidence-dir'], [...secrets, inputs.token]);
    await evidence.append('inputs', {
        ...inputs,
        token: undefined,
        'database-url': undefined,
        command: inputs.command?.join(' ')
    });
    const exec = deps.exec ?? (0,lib_exec/* createCommandRunner */._)();
    const cwd = deps.cwd ?? process.cwd();
    const detected = chooseTool(inputs.tool, cwd);
    const tool = toolById(detected.tool, detected.planner);
    context.log.info(`Tool: ${tool.id} (${detected.why})`);
    const dir = inputs['migrations-dir'] ?? tool.defaultDir;
    const tableName = inputs['migrations-table'] ?? tool.defaultTable;
    const session = {
        inputs,
        url,
        mask,
        evidence,
        report: {
            status: 'refused',
            tool: tool.id,
            toolWhy: detected.why,
            fromRef: inputs['from-ref'],
            toRef: inputs['to-ref'],
            kept: [],
            refusals: [],
            findings: [],
            allowDataLoss: inputs['allow-data-loss'],
            waiver: inputs.waiver,
            reverted: [],
            notReverted: []
        }
    };
    // 1. What git says: the migrations at from-ref and what changed since to-ref.
    const git = new GitReader(exec, cwd);
    const fromSha = await git.commit(inputs['from-ref'], 'from-ref');
    const toSha = inputs['to-ref'] ? await git.commit(inputs['to-ref'], 'to-ref') : undefined;
    const files = migrationFiles(tool, dir, await git.files(fromSha, dir));
    const drift = await git.workTreeDrift(fromSha, dir);
    const changes = toSha
        ? (await git.changes(toSha, fromSha, dir)).map(c => ({
            ...c,
            path: relative(dir, c.path),
            from: c.from === undefined ? undefined : relative(dir, c.from)
        }))
        : undefined;
    // 2. What the database says, read by us from the tool's own table.
    const applied = await readApplied(tool, url, tableName, mask);
    await evidence.append('state', {
        tool: tool.id,
        'from-sha': fromSha,
        'to-sha': toSha,
        files: files.length,
        applied: applied.names,
        dirty: applied.dirty,
        locked: applied.locked
    });
    // 3. The plan and the gates that need no tool run.
    const { plan, refusals } = planRevert({
        files,
        applied: applied.names,
        changes,
        count: inputs.count,
        nameOf: path => tool.nameOf(path)
    });
    session.report.plan = plan;
    if (drift.length)
        refusals.push({
            gate: 'work-tree',
            migrations: drift,
            message: `The checked-out ${dir} differs from from-ref (${drift.slice(0, 5).join(', ')}); the tool would run other files than planned. Check out from-ref first.`
        });
    if (applied.dirty.length)
        refusals.push({
            gate: 'dirty',
            migrations: applied.dirty,
            message: `The database is marked dirty (failed or half-applied: ${applied.dirty.join(', ')}). Inspect and repair it by hand first.`
        });
    if (applied.locked)
        refusals.push({ gate: 'locked', migrations: [], message: applied.locked });
    if (refusals.length === 0 && plan.revert.length === 0) {
        await finish(session, 'nothing-to-revert');
        context.log.info('Nothing to revert: no migration added since to-ref is applied.');
        return;
    }
    // 4. Reversibility: irreversible ones need a waiver, which keeps them (and older) applied.
    const byName = new Map(files.map(f => [f.name, f]));
    const contents = await git.contents(fromSha, plan.revert.map(name => byName.get(name)?.path).filter((p) => p !== undefined));
    const assessments = plan.revert.map(name => {
        const path = byName.get(name)?.path ?? '';
        return tool.assess(name, new Map([[relative(dir, path), contents.get(path) ?? '']]));
    });
    const irreversible = assessments.filter(a => !a.reversible);
    const unwaived = irreversible.filter(a => !waives(inputs.waiver, a.name));
    if (unwaived.length)
        refusals.push({
            gate: 'irreversible',
            migrations: unwaived.map(a => a.name),
            message: `Irreversible: ${unwaived.map(a => `${a.name} (${a.reason})`).join('; ')}. Without a waiver nothing is touched.`
        });
    else if (irreversible.length) {
        const cut = plan.revert.indexOf(irreversible[0].name);
        session.report.kept = plan.revert.slice(cut);
        plan.revert = plan.revert.slice(0, cut);
        plan.versionAfter = session.report.kept[0];
    }
    await evidence.append('plan', {
        ...plan,
        kept: session.report.kept,
        irreversible: irreversible.map(a => ({ name: a.name, reason: a.reason })),
        waiver: inputs.waiver
    });
    // 5. The tool's own dry run (its list must equal ours), and the data-loss gate on the SQL.
    const toolContext = contextFor(session, exec, cwd, dir, tableName, context);
    const downs = assessments.filter(a => plan.revert.includes(a.name)).map(a => a.down);
    if (refusals.length === 0 && plan.revert.length > 0 && tool.dryRun) {
        try {
            const dry = await tool.dryRun(toolContext, plan.revert);
            if (dry.names.join('\n') !== plan.revert.join('\n'))
                refusals.push({
                    gate: 'dry-run-differs',
                    migrations: dry.names,
                    message: `${tool.id}'s own dry run would revert [${dry.names.join(', ')}] but the plan is [${plan.revert.join(', ')}].`
                });
            for (const down of downs) {
                const sql = dry.sql.get(down.migration);
                if (sql !== undefined) {
                    down.sql = sql;
                    down.unknownWhy = undefined;
                }
            }
        }
        catch (error) {
            if (!(error instanceof ToolFailed))
                throw error;
            session.report.toolOutput = error.output;
            refusals.push({
                gate: /disabled down migration/i.test(error.output) ? 'irreversible' : 'dry-run-differs',
                migrations: plan.revert,
                message: `${tool.id}'s own dry run failed: ${lastLine(error.output)}`
            });
        }
    }
    const findings = refusals.length ? [] : await findDataLoss(downs);
    session.report.findings = findings;
    if (findings.length && !inputs['allow-data-loss'])
        refusals.push({
            gate: 'data-loss',
            migrations: [...new Set(findings.map(f => f.migration))],
            message: `${findings.length} down statement(s) can lose data written since the release (listed below). Set allow-data-loss: true once a backup exists and this is intended.`
        });
    await evidence.append('gates', { refusals, findings, 'allow-data-loss': inputs['allow-data-loss'] });
    session.report.refusals = refusals;
    if (refusals.length) {
        const status = refusals.some(r => r.gate === 'irreversible')
            ? 'forward-fix-required'
            : 'refused';
        await finish(session, status);
        throw new errors/* UserError */.yo(`migrate-down ${status}: ${refusals.map(r => `[${r.gate}] ${r.message}`).join(' ')}`);
    }
    if (plan.revert.length === 0) {
        await finish(session, 'nothing-to-revert');
        return;
    }
    // 6. Dry run ends here: the pg_dump check still runs, so a run for real will not trip on it.
    if (inputs['dry-run']) {
        if (inputs.backup) {
            const server = await serverVersion(url, mask);
            const client = await choosePgDump(exec, server.major, server.version);
            session.report.backupNote = `would use ${client.dump} ${client.version} (server ${server.version})`;
        }
        await finish(session, 'dry-run');
        return;
    }
    // 7. Backup, then the tool, then read the table back.
    if (inputs.backup) {
        const server = await serverVersion(url, mask);
        const client = await choosePgDump(exec, server.major, server.version);
        const path = inputs['backup-path'] ?? defaultBackupPath();
        context.log.info(`Backup: ${client.dump} -Fc to ${path}`);
        const backup = await takeBackup(exec, client, url, path, mask, server.version);
        session.report.backup = backup;
        await evidence.append('backup', backup);
    }
    else
        session.report.backupNote = 'skipped (backup: false)';
    let failure;
    try {
        await tool.execute(toolContext, plan.revert);
    }
    catch (error) {
        if (!(error instanceof ToolFailed))
            throw error;
        failure = error;
        session.report.toolOutput = error.output;
    }
    await verify(session, context, tool, tableName, applied, plan, failure);
}
/** Reads the table back: the summary says exactly what is reverted, never guessed. */
async function verify(session, context, tool, table, before, plan, failure) {
    const { report } = session;
    let after;
    try {
        after = await readApplied(tool, session.url, table, session.mask);
    }
    catch (error) {
        report.problem = `${failure ? `${failure.message.split('\n')[0]}; then ` : ''}the migrations table could not be read back (${(0,errors/* errorMessage */.gJ)(error)}): which migrations are reverted is unknown. Check the table before running again.`;
        await finish(session, 'failed');
        throw new errors/* UserError */.yo(`migrate-down failed: ${report.problem}`);
    }
    const still = new Set(after.names);
    report.reverted = plan.revert.filter(name => !still.has(name));
    report.notReverted = plan.revert.filter(name => still.has(name));
    report.versionAfter = after.names.at(-1) ?? '';
    // Said first in any later error, so nobody reads a failure as "nothing happened".
    if (report.reverted.length)
        context.changed(`reverted ${report.reverted.length} migration(s): ${report.reverted.join(', ')}`);
    const expected = before.names.filter(name => !plan.revert.includes(name));
    const exact = expected.join('\n') === after.names.join('\n') && after.dirty.length === 0;
    if (failure || !exact) {
        report.problem = failure
            ? `${failure.message.split('\n')[0]}. Read back: reverted [${report.reverted.join(', ')}], still applied [${report.notReverted.join(', ')}].`
            : `the tool exited 0 but the table reads [${after.names.join(', ')}], expected [${expected.join(', ')}]${after.dirty.length ? `, dirty: ${after.dirty.join(', ')}` : ''}.`;
        await finish(session, 'failed');
        throw new errors/* UserError */.yo(`migrate-down failed: ${report.problem}`);
    }
    await finish(session, 'reverted');
}
/** Outputs, summary and evidence for every way the step ends once a plan exists. */
async function finish(session, status) {
    const { report } = session;
    report.status = status;
    const plan = report.plan;
    (0,outputs/* setOutputs */.n)({
        plan: JSON.stringify({
            tool: report.tool,
            mode: plan?.mode,
            revert: plan?.revert ?? [],
            kept: report.kept,
            pending: plan?.pending ?? [],
            'version-before': plan?.versionBefore ?? '',
            'version-after': plan?.versionAfter ?? ''
        }),
        reverted: JSON.stringify(report.reverted),
        'version-before': plan?.versionBefore ?? '',
        'version-after': report.versionAfter ?? (status === 'reverted' ? '' : (plan?.versionBefore ?? '')),
        'backup-path': report.backup?.path ?? '',
        'backup-sha256': report.backup?.sha256 ?? '',
        status
    });
    await (0,summary/* writeSummary */.Sy)(session.mask(renderSummary(report)));
    await session.evidence.append(status, {
        reverted: report.reverted,
        'not-reverted': report.notReverted,
        'version-after': report.versionAfter,
        backup: report.backup ? { path: report.backup.path, sha256: report.backup.sha256 } : undefined,
        problem: report.problem
    });
}
async function readApplied(tool, url, table, mask) {
    const db = openDatabase(url, mask);
    try {
        return await tool.readApplied(db, table);
    }
    catch (error) {
        // No table yet: the tool never ran here, so nothing is applied.
        if (error instanceof DatabaseError && error.code === '42P01')
            return { names: [], dirty: [] };
        throw new errors/* UserError */.yo(`Could not read ${tool.id}'s table ${table}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        await db.close();
    }
}
async function serverVersion(url, mask) {
    const db = openDatabase(url, mask);
    try {
        return await db.serverMajor();
    }
    finally {
        await db.close();
    }
}
function contextFor(session, exec, cwd, dir, table, context) {
    return {
        exec,
        cwd,
        dir,
        table,
        env: { DATABASE_URL: session.url },
        mask: session.mask,
        timeoutMs: TOOL_TIMEOUT_MS,
        log: line => context.log.info(line),
        command: session.inputs.command
    };
}
/** The tool from the input, or detected; `command` plans with the tool the repo uses. */
function chooseTool(choice, cwd) {
    if (choice === 'auto')
        return detectTool(cwd);
    if (choice !== 'command')
        return { tool: choice, why: 'set by the tool input' };
    const planner = detectTool(cwd);
    if (planner.tool === 'command')
        throw new Error('detectTool never answers command');
    return {
        tool: 'command',
        planner: planner.tool,
        why: `your command runs the downs; planned and verified with ${planner.tool}'s table (${planner.why})`
    };
}
function migrationFiles(tool, dir, paths) {
    const seen = new Map();
    for (const path of paths) {
        const name = tool.nameOf(relative(dir, path));
        if (name !== undefined && !seen.has(name))
            seen.set(name, { name, path });
    }
    return [...seen.values()];
}
function relative(dir, path) {
    return path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path;
}
function lastLine(text) {
    const lines = text
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean);
    return lines.find(l => /^Error:/.test(l)) ?? lines.at(-1) ?? '';
}
function defaultBackupPath() {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? process.cwd(), `migrate-down-${stamp}.dump`);
}


/***/ })

};
