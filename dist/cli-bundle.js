import { realpath, stat, readdir, lstat, readFile } from 'node:fs/promises';
import path$2, { resolve, dirname, sep, relative, isAbsolute } from 'node:path';
import 'node:zlib';
import { parseArgs, TextDecoder as TextDecoder$1, TextEncoder } from 'node:util';
import minproc from 'node:process';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';

// The types every layer shares. parse/ produces ParsedTrack, analyze/ turns it
// into TrackResult (the public JSON contract, schemaVersion 1), render/ and
// github/ consume RunResult. Nothing here does any work.
const SCHEMA_VERSION = 1;
const GATE_KEYS = ['I', 'O', 'S', 'M'];
const GATE_NAMES$1 = {
    I: 'Improve',
    O: 'Optimize',
    S: 'Shrink',
    M: 'Modularize'
};
const TASK_STATUSES = [
    'complete',
    'partial',
    'blocked',
    'in-progress',
    'todo',
    'unknown'
];
/** The most files GitHub's "list pull request files" endpoint returns: past it a diff is truncated. */
const GITHUB_FILES_CAP = 3000;
const FAIL_ON_VALUES = [
    'blockers',
    'gates',
    'cycles',
    'incomplete',
    'conflicts',
    'unreported',
    'errors'
];
/** Lost input must never pass a check, so `errors` is on unless a person turns it off. */
const DEFAULT_FAIL_ON = [
    'blockers',
    'gates',
    'cycles',
    'incomplete',
    'errors'
];
const PROFILE_THRESHOLDS = {
    production: 0.8,
    experimental: 0.7,
    hotfix: 0.6,
    prototype: null
};

// Validation of the user-supplied analysis options (action inputs, CLI flags).
// Empty or missing values take the defaults; anything else must be valid.
const PROFILES = Object.keys(PROFILE_THRESHOLDS);
const NA_POLICIES = ['exclude', 'zero', 'strict'];
const DEFAULT_OPTIONS = {
    profile: 'production',
    naPolicy: 'exclude'
};
function parseAnalyzeOptions(raw) {
    const failOn = parseFailOn(raw.failOn);
    if (!failOn.ok)
        return failOn;
    const profile = parseChoice('profile', 'profile', raw.profile, PROFILES, DEFAULT_OPTIONS.profile);
    if (!profile.ok)
        return profile;
    const naPolicy = parseChoice('na-policy', 'policy', raw.naPolicy, NA_POLICIES, DEFAULT_OPTIONS.naPolicy);
    if (!naPolicy.ok)
        return naPolicy;
    const threshold = parseThreshold(raw.indexThreshold);
    if (!threshold.ok)
        return threshold;
    return {
        ok: true,
        value: {
            failOn: failOn.value,
            profile: profile.value,
            indexThreshold: threshold.value,
            naPolicy: naPolicy.value
        }
    };
}
/**
 * A list separated by commas, spaces or new lines (a multi-line action
 * input). `none` alone selects no condition: the verdict is then always
 * success.
 */
function parseFailOn(text) {
    const items = (text ?? '')
        .split(/[\s,]+/)
        .map(s => s.trim().toLowerCase())
        .filter(s => s !== '');
    if (items.length === 0)
        return { ok: true, value: DEFAULT_FAIL_ON };
    if (items.length === 1 && items[0] === 'none')
        return { ok: true, value: [] };
    const chosen = new Set();
    for (const item of items) {
        const known = FAIL_ON_VALUES.find(v => v === item);
        if (!known) {
            return {
                ok: false,
                error: `fail-on: unknown condition '${item}'; allowed: ${FAIL_ON_VALUES.join(', ')}`
            };
        }
        chosen.add(known);
    }
    return { ok: true, value: FAIL_ON_VALUES.filter(v => chosen.has(v)) };
}
function parseChoice(option, noun, text, allowed, fallback) {
    const value = (text ?? '').trim().toLowerCase();
    if (value === '')
        return { ok: true, value: fallback };
    const known = allowed.find(a => a === value);
    if (known)
        return { ok: true, value: known };
    return {
        ok: false,
        error: `${option}: unknown ${noun} '${text?.trim()}'; allowed: ${allowed.join(', ')}`
    };
}
function parseThreshold(text) {
    const value = (text ?? '').trim();
    if (value === '')
        return { ok: true, value: null };
    const n = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(n) || n < 0 || n > 1) {
        return {
            ok: false,
            error: `index-threshold: '${value}' is not a number between 0 and 1 (for example 0.75)`
        };
    }
    return { ok: true, value: n };
}

// What changed between the previous report and this one, from their compact
// states: tasks that became complete, partial or blocked, blockers that
// appeared or were resolved, gates and index that moved, conflicts and
// diff-check findings new or cleared, and tasks added to or removed from the
// plan. Tracks are matched by folder; one only in either report is left out,
// since the tracks in scope change with the files a push touches.
/** null when there is nothing to say: no track in both reports changed. */
function compareStates(previous, current) {
    return compareTracks(previous.tracks, current.tracks);
}
function compareTracks(previous, current) {
    const before = new Map(previous.map(t => [t.dir, t]));
    const tracks = [];
    for (const now of current) {
        const then = before.get(now.dir);
        if (then === undefined)
            continue;
        const changes = compareTrack(then, now);
        if (changes !== null)
            tracks.push(changes);
    }
    return tracks.length === 0 ? null : { tracks };
}
function compareTrack(then, now) {
    const was = new Map(then.tasks.map(t => [t.id, t.status]));
    const is = new Set(now.tasks.map(t => t.id));
    const became = (status) => now.tasks
        .filter(t => t.status === status && was.has(t.id) && was.get(t.id) !== status)
        .map(t => t.id);
    const blockerKey = (b) => `${b.task}\u0000${b.title}`;
    const blockers = then.blockers !== null && now.blockers !== null;
    const conflicts = diffKeys(then.conflicts, now.conflicts, conflictKey);
    const forecast = diffKeys(then.forecast, now.forecast, conflictKey);
    const findings = diffKeys(then.findings, now.findings, findingKey);
    const out = {
        track: { id: now.id, dir: now.dir },
        becameComplete: became('complete'),
        becamePartial: became('partial'),
        becameBlocked: became('blocked'),
        tasksAdded: now.tasks.filter(t => !was.has(t.id)).map(t => t.id),
        tasksRemoved: then.tasks.filter(t => !is.has(t.id)).map(t => t.id),
        blockersAppeared: blockers ? onlyIn(now.blockers ?? [], then.blockers ?? [], blockerKey) : [],
        blockersResolved: blockers ? onlyIn(then.blockers ?? [], now.blockers ?? [], blockerKey) : [],
        gates: GATE_KEYS.filter(g => then.gates[g] !== now.gates[g]).map(g => ({
            gate: g,
            from: then.gates[g],
            to: now.gates[g]
        })),
        iosmIndex: then.index === now.index ? null : { from: then.index, to: now.index },
        conflictsNew: conflicts.added.map(asConflictKey),
        conflictsCleared: conflicts.removed.map(asConflictKey),
        forecastNew: forecast.added.map(asConflictKey),
        forecastCleared: forecast.removed.map(asConflictKey),
        findingsNew: findings.added.map(asFindingKey),
        findingsCleared: findings.removed.map(asFindingKey)
    };
    return hasChanges(out) ? out : null;
}
function hasChanges(c) {
    return (c.becameComplete.length +
        c.becamePartial.length +
        c.becameBlocked.length +
        c.tasksAdded.length +
        c.tasksRemoved.length +
        c.blockersAppeared.length +
        c.blockersResolved.length +
        c.gates.length +
        c.conflictsNew.length +
        c.conflictsCleared.length +
        c.forecastNew.length +
        c.forecastCleared.length +
        c.findingsNew.length +
        c.findingsCleared.length >
        0 || c.iosmIndex !== null);
}
/** Items of `a` whose key `b` lacks, in `a`'s order, each key once. */
function onlyIn(a, b, key) {
    const other = new Set(b.map(key));
    const seen = new Set();
    return a.filter(x => {
        const k = key(x);
        if (other.has(k) || seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Added and removed items; nothing when either side's list was not kept. */
function diffKeys(then, now, key) {
    if (then === null || now === null)
        return { added: [], removed: [] };
    return { added: onlyIn(now, then, key), removed: onlyIn(then, now, key) };
}
const conflictKey = (c) => `${c.path}\u0000${c.tasks.join('\u0000')}\u0000${c.kind}`;
const findingKey = (f) => `${f.kind}\u0000${f.task ?? ''}\u0000${f.path}`;
const asConflictKey = (c) => ({
    path: c.path,
    tasks: [...c.tasks],
    kind: c.kind
});
const asFindingKey = (f) => ({ kind: f.kind, task: f.task, path: f.path });

// A compact, versioned summary of one result, kept in the hidden part of the
// sticky comment so that the next run can say what changed since: task ids and
// statuses, gate scores and the index, and the keys of blockers, conflicts and
// diff-check findings. Kilobytes, not the whole result: deflated, in base64,
// under a hard cap. Anything that does not decode cleanly is no state at all.
const STATE_VERSION = 1;
/** Text kept per blocker title: enough to name it, not to carry it. */
const TITLE_CHARS$1 = 120;
function summarizeRun(run) {
    return {
        v: STATE_VERSION,
        base: null,
        tracks: run.tracks.map(t => {
            const gates = {};
            for (const g of GATE_KEYS)
                gates[g] = t.gates[g]?.score ?? null;
            return {
                id: t.track.id,
                dir: t.track.dir,
                tasks: t.tasks.map(x => ({ id: x.id, status: x.status })),
                gates,
                index: t.iosmIndex,
                // A task's status is compared on its own: its status row is not a blocker here.
                blockers: t.blockers
                    .filter(b => !b.resolved && b.kind !== 'status')
                    .map(b => ({ task: b.task, title: b.title.slice(0, TITLE_CHARS$1) })),
                conflicts: t.conflicts.map(c => ({ path: c.path, tasks: [...c.tasks], kind: c.kind })),
                forecast: (t.forecastConflicts ?? []).map(c => ({
                    path: c.path,
                    tasks: [...c.tasks],
                    kind: c.schedule
                })),
                findings: t.diffCheck === null
                    ? []
                    : [
                        ...t.diffCheck.unreported.map(path => ({
                            kind: 'unreported',
                            task: null,
                            path
                        })),
                        ...t.diffCheck.phantom.map(p => ({
                            kind: 'phantom',
                            task: p.task,
                            path: p.path
                        })),
                        ...t.diffCheck.mismatch.map(m => ({
                            kind: 'mismatch',
                            task: m.task,
                            path: m.path
                        }))
                    ]
            };
        })
    };
}

// `--previous old.json`: a result saved with `--format json`, read back as the
// state to compare with. The file is checked field by field; anything that is
// not such a result is a usage error naming the first field that is wrong.
const STATUSES$1 = TASK_STATUSES;
class Invalid extends Error {
}
function readPreviousResult(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        // One line, as every CLI error is.
        const why = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
        return { ok: false, error: `--previous: ${name} is not JSON (${why})` };
    }
    try {
        return { ok: true, value: summarizeRun(asRun(value)) };
    }
    catch (err) {
        if (!(err instanceof Invalid))
            throw err;
        return {
            ok: false,
            error: `--previous: ${name} is not a result saved with --format json: ${err.message}`
        };
    }
}
function asRun(v) {
    const run = obj(v, 'the file');
    if (run.schemaVersion !== 1)
        throw new Invalid(`schemaVersion is ${JSON.stringify(run.schemaVersion) ?? 'missing'}, not 1`);
    return { tracks: arr(run.tracks, 'tracks').map((t, i) => asTrack(t, `tracks[${i}]`)) };
}
function asTrack(v, at) {
    const t = obj(v, at);
    const info = obj(t.track, `${at}.track`);
    const track = { id: str(info.id, `${at}.track.id`), dir: str(info.dir, `${at}.track.dir`) };
    const gatesIn = obj(t.gates, `${at}.gates`);
    const gates = {};
    for (const g of GATE_KEYS) {
        const gate = obj(gatesIn[g], `${at}.gates.${g}`);
        gates[g] = { score: score$1(gate.score, `${at}.gates.${g}.score`) };
    }
    const diff = t.diffCheck;
    return {
        track,
        tasks: arr(t.tasks, `${at}.tasks`).map((x, i) => {
            const task = obj(x, `${at}.tasks[${i}]`);
            const status = STATUSES$1.find(s => s === task.status);
            if (status === undefined)
                throw new Invalid(`${at}.tasks[${i}].status is not a task status`);
            return { id: str(task.id, `${at}.tasks[${i}].id`), status };
        }),
        gates,
        iosmIndex: score$1(t.iosmIndex, `${at}.iosmIndex`),
        blockers: arr(t.blockers, `${at}.blockers`).map((x, i) => {
            const b = obj(x, `${at}.blockers[${i}]`);
            const where = `${at}.blockers[${i}]`;
            if (typeof b.resolved !== 'boolean')
                throw new Invalid(`${where}.resolved is not true or false`);
            return {
                task: str(b.task, `${where}.task`),
                title: str(b.title, `${where}.title`),
                resolved: b.resolved,
                kind: str(b.kind, `${where}.kind`)
            };
        }),
        conflicts: arr(t.conflicts, `${at}.conflicts`).map((x, i) => pair$1(x, `${at}.conflicts[${i}]`, 'kind')),
        // Results saved before forecasts existed have none.
        forecastConflicts: t.forecastConflicts === undefined
            ? []
            : arr(t.forecastConflicts, `${at}.forecastConflicts`).map((x, i) => {
                const c = pair$1(x, `${at}.forecastConflicts[${i}]`, 'schedule');
                return { path: c.path, tasks: c.tasks, schedule: c.kind };
            }),
        diffCheck: diff === null || diff === undefined ? null : asDiff(diff, `${at}.diffCheck`)
    };
}
function asDiff(v, at) {
    const d = obj(v, at);
    const claim = (x, where) => {
        const c = obj(x, where);
        return { task: str(c.task, `${where}.task`), path: str(c.path, `${where}.path`) };
    };
    return {
        unreported: arr(d.unreported, `${at}.unreported`).map((p, i) => str(p, `${at}.unreported[${i}]`)),
        phantom: arr(d.phantom, `${at}.phantom`).map((x, i) => claim(x, `${at}.phantom[${i}]`)),
        mismatch: d.mismatch === undefined
            ? []
            : arr(d.mismatch, `${at}.mismatch`).map((x, i) => claim(x, `${at}.mismatch[${i}]`))
    };
}
function pair$1(v, at, kindField) {
    const c = obj(v, at);
    return {
        path: str(c.path, `${at}.path`),
        tasks: arr(c.tasks, `${at}.tasks`).map((id, i) => str(id, `${at}.tasks[${i}]`)),
        kind: str(c[kindField], `${at}.${kindField}`)
    };
}
function obj(v, at) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Invalid(`${at} is not an object`);
    return v;
}
function arr(v, at) {
    if (!Array.isArray(v))
        throw new Invalid(`${at} is not a list`);
    return v;
}
function str(v, at) {
    if (typeof v !== 'string')
        throw new Invalid(`${at} is not text`);
    return v;
}
function score$1(v, at) {
    if (v === null)
        return null;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)
        throw new Invalid(`${at} is not a score between 0 and 1, or null`);
    return v;
}

// Command-line arguments of `swarm-report`: parsing and validation only.
const USAGE = `usage: swarm-report [track-dir ...] [options]

Renders the integration report of swarm-iosm tracks (default: swarm/tracks/* under
the current folder).

options:
  --format F            markdown (default), json, or check (the check-run output as JSON)
  --fail-on LIST        conditions that fail the verdict (default
                        blockers,gates,cycles,incomplete,errors; also conflicts, unreported)
  --profile NAME        production (0.80, default), experimental (0.70), hotfix (0.60), prototype
  --index-threshold N   explicit IOSM-Index threshold, overrides --profile
  --na-policy P         exclude (default), zero, strict
  --changed-files FILE  'git diff --numstat' or '--name-status' output for the diff check ('-' = stdin)
  --base REF            run 'git diff REF...HEAD' for the diff check
  --previous FILE       a result saved with --format json: the report opens with what changed since
  --tracks GLOB         track folders to look for when no track-dir is given (repeatable)
  --debug               on an internal error, print its stack too
  -h, --help            this text
  -v, --version         the version

exit status: 0 verdict success, 1 verdict failure, 2 unusable input, 3 internal error`;
const VERSION = '0.1.0';
function parseCliArgs(argv) {
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = parseOptions(argv));
    }
    catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (values.help)
        return { ok: true, value: { kind: 'help' } };
    if (values.version)
        return { ok: true, value: { kind: 'version' } };
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'json' && format !== 'check') {
        return {
            ok: false,
            error: `--format: unknown format '${format}'; allowed: markdown, json, check`
        };
    }
    if (values['changed-files'] !== undefined && values.base !== undefined) {
        return { ok: false, error: '--changed-files and --base both name the diff; give one of them' };
    }
    return {
        ok: true,
        value: {
            kind: 'run',
            args: {
                dirs: positionals,
                format,
                failOn: values['fail-on'],
                profile: values.profile,
                indexThreshold: values['index-threshold'],
                naPolicy: values['na-policy'],
                changedFiles: values['changed-files'],
                base: values.base,
                previous: values.previous,
                tracks: values.tracks ?? []
            }
        }
    };
}
function parseOptions(argv) {
    return parseArgs({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string' },
            'fail-on': { type: 'string' },
            profile: { type: 'string' },
            'index-threshold': { type: 'string' },
            'na-policy': { type: 'string' },
            'changed-files': { type: 'string' },
            base: { type: 'string' },
            previous: { type: 'string' },
            tracks: { type: 'string', multiple: true },
            // Read by the crash guard before the arguments are parsed.
            debug: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'v' }
        }
    });
}
/** The folder the track paths are reported relative to: the current folder, or the common parent of tracks outside it. */
function chooseWorkspace(cwd, dirs) {
    const abs = dirs.map(d => resolve(cwd, d));
    const inside = (p) => {
        const rel = relative(cwd, p);
        return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    };
    if (abs.every(inside))
        return cwd;
    let common = dirname(abs[0] ?? cwd);
    for (const p of abs) {
        while (!(p + sep).startsWith(common.endsWith(sep) ? common : common + sep)) {
            const up = dirname(common);
            if (up === common)
                break;
            common = up;
        }
    }
    return common;
}

// An internal error is never a verdict: a crash exits with its own status,
// names itself on one line, and shows its stack only when asked.
/** Exit status of an internal error (0 success, 1 failure, 2 unusable input). */
const EXIT_INTERNAL = 3;
/**
 * Runs the CLI; an exception that escapes it becomes exit status 3 with one
 * line on stderr (and the stack with `debug`), never 1, the failure verdict.
 */
async function guardCrash(run, debug, writeErr) {
    try {
        return await run();
    }
    catch (err) {
        writeErr(`${crashLine(err, debug)}\n`);
        if (debug && err instanceof Error && err.stack)
            writeErr(`${err.stack}\n`);
        return EXIT_INTERNAL;
    }
}
function crashLine(err, debug) {
    const what = err instanceof Error ? `${err.name}: ${err.message}` : `thrown value ${String(err)}`;
    // One line, of a length a terminal shows whole.
    const oneLine = what.replace(/\s+/g, ' ').trim().slice(0, 300);
    const hint = debug ? '' : ' (run with --debug for the stack)';
    return `swarm-report: internal error, not a verdict: ${oneLine}${hint}`;
}

// The changed files of a diff, from `git diff --numstat`, `git diff
// --name-status` or a plain list of paths. Each line is recognised on its own,
// so the output of both git commands may be concatenated into one file.
/** Which source wins a field when one path appears on several lines. */
const STATUS_RANK = { 'name-status': 3, numstat: 2, plain: 1 };
const NUMSTAT = /^(-|\d+)\t(-|\d+)\t(.*)$/;
const NAME_STATUS = /^([ACDMRTUXB])(\d{0,3})\t(.*)$/;
const STATUS_LETTERS = {
    A: 'added',
    M: 'modified',
    D: 'removed',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
    U: 'changed',
    X: 'changed',
    B: 'changed'
};
function parseChangedFiles(text, source) {
    const entries = new Map();
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = (lines[n] ?? '').replace(/\r$/, '');
        if (line.trim() === '')
            continue;
        const parsed = parseLine(line);
        if (typeof parsed === 'string') {
            return { ok: false, error: `${source} line ${n + 1}: ${parsed}: "${excerpt(line)}"` };
        }
        add(entries, parsed);
    }
    return { ok: true, value: { files: sortedFiles(entries), truncated: false, source } };
}
/** Status (and old path) from name-status, line counts from numstat. */
function mergeChangedFiles(nameStatus, numstat) {
    const entries = new Map();
    for (const file of nameStatus.files)
        add(entries, { file, statusFrom: 'name-status' });
    for (const file of numstat.files)
        add(entries, { file, statusFrom: 'numstat' });
    return {
        files: sortedFiles(entries),
        truncated: nameStatus.truncated || numstat.truncated,
        source: nameStatus.source === numstat.source
            ? nameStatus.source
            : `${nameStatus.source} + ${numstat.source}`
    };
}
function add(entries, next) {
    const prev = entries.get(next.file.path);
    if (!prev) {
        entries.set(next.file.path, next);
        return;
    }
    const [hi, lo] = STATUS_RANK[next.statusFrom] > STATUS_RANK[prev.statusFrom] ? [next, prev] : [prev, next];
    // Counts come from numstat whatever the rank; a plain list never has them.
    const counted = prev.file.additions !== null || prev.file.deletions !== null ? prev : next;
    entries.set(next.file.path, {
        statusFrom: hi.statusFrom,
        file: {
            path: next.file.path,
            status: hi.file.status,
            previousPath: hi.file.previousPath ?? lo.file.previousPath,
            additions: counted.file.additions,
            deletions: counted.file.deletions
        }
    });
}
function sortedFiles(entries) {
    return [...entries.values()]
        .map(e => e.file)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** An entry, or the reason the line is not one. */
function parseLine(line) {
    const num = NUMSTAT.exec(line);
    if (num) {
        const spec = parseNumstatPath(num[3] ?? '');
        if (typeof spec === 'string')
            return spec;
        return {
            statusFrom: 'numstat',
            file: {
                path: spec.path,
                // numstat does not say whether a file was added, changed or deleted.
                status: spec.previousPath === null ? 'unknown' : 'renamed',
                previousPath: spec.previousPath,
                additions: count$2(num[1]),
                deletions: count$2(num[2])
            }
        };
    }
    const ns = NAME_STATUS.exec(line);
    if (ns) {
        const letter = ns[1] ?? '';
        const status = STATUS_LETTERS[letter] ?? 'changed';
        const rest = ns[3] ?? '';
        const twoPaths = letter === 'R' || letter === 'C';
        const first = readPath(rest, false);
        if (typeof first === 'string')
            return first;
        let path = first.path;
        let previousPath = null;
        if (twoPaths) {
            if (rest[first.end] !== '\t')
                return `a ${letter} line needs the old and the new path`;
            const second = readPath(rest.slice(first.end + 1), false);
            if (typeof second === 'string')
                return second;
            if (first.end + 1 + second.end !== rest.length)
                return 'unexpected text after the new path';
            previousPath = first.path;
            path = second.path;
        }
        else if (first.end !== rest.length) {
            return 'unexpected text after the path';
        }
        return {
            statusFrom: 'name-status',
            file: { path, status, previousPath, additions: null, deletions: null }
        };
    }
    if (line.includes('\t'))
        return 'not a line of git diff --numstat or --name-status output';
    const hint = foreignFormat(line);
    if (hint)
        return hint;
    const plain = readPath(line.trim(), true);
    if (typeof plain === 'string')
        return plain;
    if (plain.end !== line.trim().length)
        return 'unexpected text after the quoted path';
    return {
        statusFrom: 'plain',
        file: {
            path: plain.path,
            status: 'unknown',
            previousPath: null,
            additions: null,
            deletions: null
        }
    };
}
function count$2(cell) {
    return cell === undefined || cell === '-' ? null : Number(cell);
}
/** Output of other git commands that would otherwise read as odd file names. */
function foreignFormat(line) {
    if (/^diff --(git|cc) /.test(line) ||
        /^@@ /.test(line) ||
        /^(---|\+\+\+) (a\/|b\/|\/dev\/null)/.test(line)) {
        return 'this is a patch (git diff); give git diff --numstat or --name-status output instead';
    }
    if (/\s\|\s+(\d+( [+-]+)?|Bin\b.*)\s*$/.test(line) || /^\s*\d+ files? changed\b/.test(line)) {
        return 'this is git diff --stat output; give --numstat or --name-status output instead';
    }
    return null;
}
/**
 * The path part of a numstat line: `path`, `"quoted path"`, `old => new`, or
 * the compact rename form `dir/{old => new}/file`.
 */
function parseNumstatPath(spec) {
    if (!spec.startsWith('"') && spec.includes(' => ')) {
        const brace = braceRename(spec);
        if (brace)
            return brace;
    }
    const first = readPath(spec, false, ' => ');
    if (typeof first === 'string')
        return first;
    if (first.end === spec.length)
        return { path: first.path, previousPath: null };
    if (!spec.startsWith(' => ', first.end))
        return 'unexpected text after the path';
    const second = readPath(spec.slice(first.end + 4), false);
    if (typeof second === 'string')
        return second;
    if (first.end + 4 + second.end !== spec.length)
        return 'unexpected text after the new path';
    return { path: second.path, previousPath: first.path };
}
/** `src/{a => b}/x.ts`: git factors out the common leading and trailing folders. */
function braceRename(spec) {
    const arrow = spec.indexOf(' => ');
    const open = spec.lastIndexOf('{', arrow);
    const close = spec.indexOf('}', arrow);
    if (open === -1 || close === -1)
        return null;
    if (open > 0 && spec[open - 1] !== '/')
        return null;
    if (close < spec.length - 1 && spec[close + 1] !== '/')
        return null;
    const prefix = spec.slice(0, open);
    const suffix = spec.slice(close + 1);
    const from = cleanPath(prefix + spec.slice(open + 1, arrow) + suffix, false);
    const to = cleanPath(prefix + spec.slice(arrow + 4, close) + suffix, false);
    if (typeof from === 'string' && typeof to === 'string')
        return { path: to, previousPath: from };
    return null;
}
/**
 * A path at the start of `s`: a C-quoted string, or raw text up to `stop` (or
 * the end). Returns the normalised path and where it ended, or a reason.
 */
function readPath(s, plain, stop) {
    if (s.startsWith('"')) {
        const q = unquote(s);
        if (typeof q === 'string')
            return q;
        const path = cleanPath(q.value, plain);
        return typeof path === 'string' ? { path, end: q.end } : path.reason;
    }
    let end = s.length;
    if (stop !== undefined) {
        const at = s.indexOf(stop);
        if (at !== -1)
            end = at;
    }
    if (!plain) {
        const tab = s.indexOf('\t');
        if (tab !== -1 && tab < end)
            end = tab;
    }
    const path = cleanPath(s.slice(0, end), plain);
    return typeof path === 'string' ? { path, end } : path.reason;
}
const utf8 = new TextDecoder$1('utf-8');
const utf8Encoder = new TextEncoder();
const ESCAPES = {
    a: 0x07,
    b: 0x08,
    t: 0x09,
    n: 0x0a,
    v: 0x0b,
    f: 0x0c,
    r: 0x0d,
    '"': 0x22,
    '\\': 0x5c
};
/** git's C-style quoting: escapes and octal bytes, which together spell UTF-8. */
function unquote(s) {
    const bytes = [];
    let run = 1;
    const flush = (to) => {
        if (to > run)
            for (const b of utf8Encoder.encode(s.slice(run, to)))
                bytes.push(b);
    };
    let i = 1;
    while (i < s.length) {
        const c = s[i];
        if (c === '"') {
            flush(i);
            return { value: utf8.decode(Uint8Array.from(bytes)), end: i + 1 };
        }
        if (c !== '\\') {
            i++;
            continue;
        }
        flush(i);
        const oct = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
        if (oct) {
            bytes.push(parseInt(oct[0], 8) & 0xff);
            i += 4;
        }
        else {
            const e = s[i + 1] ?? '';
            const byte = ESCAPES[e];
            if (byte === undefined)
                return `unknown escape \\${e} in a quoted path`;
            bytes.push(byte);
            i += 2;
        }
        run = i;
    }
    return 'a quoted path without its closing quote';
}
/** Repository-relative, forward slashes, no leading `./`. */
function cleanPath(raw, plain) {
    let p = plain ? raw.replace(/\\/g, '/') : raw;
    while (p.startsWith('./'))
        p = p.slice(2);
    p = p.replace(/\/{2,}/g, '/');
    if (p.startsWith('/')) {
        // The compact rename form leaves a leading slash when the common prefix is empty.
        if (!plain)
            p = p.replace(/^\/+/, '');
        else
            return { reason: 'an absolute path; give paths relative to the repository root' };
    }
    p = p
        .split('/')
        .filter(seg => seg !== '.')
        .join('/');
    if (p === '' || p === '.')
        return { reason: 'an empty path' };
    if (p.split('/').includes('..'))
        return { reason: 'a path that leaves the repository (..)' };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p))
        return { reason: 'a URL, not a path' };
    return p;
}
function excerpt(line) {
    const t = line.replace(/\t/g, '\\t');
    return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

// Task ids: how plans and reports write them, and their order.
/**
 * A task id, `T01`, `T7` or `T-AUTO-01`, as the source of a regular
 * expression: an alternation without anchors, captures or flags, for the
 * patterns that find ids in text to embed (in a group, since it is an
 * alternation). Ids are matched without regard to case where text is read.
 */
const TASK_ID = String.raw `T-AUTO-\d+|T\d+`;
/** Numeric-aware id order: T2 < T10, T-AUTO-01 after plain ids. */
function compareIds(a, b) {
    const na = idKey(a);
    const nb = idKey(b);
    if (na[0] !== nb[0])
        return na[0] - nb[0];
    if (na[1] !== nb[1])
        return na[1] - nb[1];
    return a < b ? -1 : a > b ? 1 : 0;
}
function idKey(id) {
    const auto = /^T-AUTO-(\d+)$/i.exec(id);
    if (auto)
        return [1, Number(auto[1])];
    const plain = /^T(\d+)$/i.exec(id);
    if (plain)
        return [0, Number(plain[1])];
    return [2, 0];
}
function sortIds(ids) {
    return [...new Set(ids)].sort(compareIds);
}

// Id order (compareIds) answered from ranks computed once. compareIds parses
// both ids with regular expressions on every call, and the analysis sorts by
// task id in a dozen places: with a thousand tasks that was a large share of
// its time and of its garbage. With ranks, a list already in id order (the
// usual case: plans are written in order) is recognised in one pass of map
// lookups, without calling a comparison function per pair.
/** compareIds alone, with no ranks: for callers that analyse a handful of tasks. */
const PLAIN_ID_ORDER = { compare: compareIds, ranks: new Map() };
function idOrder(ids) {
    const ranks = new Map();
    for (const id of [...new Set(ids)].sort(compareIds))
        ranks.set(id, ranks.size);
    const compare = (a, b) => {
        const x = ranks.get(a);
        const y = ranks.get(b);
        return x !== undefined && y !== undefined ? x - y : compareIds(a, b);
    };
    return { compare, ranks };
}
/** The ranks of `ids`, in their order, or null when one has no rank. */
function ranksOf(ids, order) {
    const out = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
        const r = order.ranks.get(ids[i]);
        if (r === undefined)
            return null;
        out[i] = r;
    }
    return out;
}
/** The ranks of the items' ids, in their order, or null when one has no rank. */
function itemRanks(items, order) {
    const out = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
        const r = order.ranks.get(items[i].id);
        if (r === undefined)
            return null;
        out[i] = r;
    }
    return out;
}
function ascending(keys, strictly) {
    for (let i = 1; i < keys.length; i++) {
        const a = keys[i - 1];
        const b = keys[i];
        if (a > b || (strictly && a === b))
            return false;
    }
    return true;
}
/** A copy of `items` in id order; items with the same id keep their order. */
function sortById(items, order) {
    const keys = itemRanks(items, order);
    if (!keys)
        return [...items].sort((a, b) => order.compare(a.id, b.id));
    if (ascending(keys, false))
        return items.slice();
    const index = Array.from(keys, (_, i) => i);
    index.sort((a, b) => keys[a] - keys[b] || a - b);
    return index.map(i => items[i]);
}
/** Distinct ids in id order. */
function sortIdsBy(ids, order) {
    return sortUniqueIds([...new Set(ids)], order);
}
/** Sorts `ids` in place into id order and drops repeats; returns it. */
function sortUniqueIds(ids, order) {
    const keys = ids.length > 1 ? ranksOf(ids, order) : null;
    if (ids.length <= 1 || (keys && ascending(keys, true)))
        return ids;
    ids.sort(order.compare);
    let kept = 0;
    for (const x of ids)
        if (kept === 0 || x !== ids[kept - 1])
            ids[kept++] = x;
    if (kept < ids.length)
        ids.length = kept;
    return ids;
}

// Everything that stands in the way of merging, with its weight: blocker
// bullets, blocked and partial tasks, errors left unresolved, critical spawn
// candidates, and the questions still open.
const KIND_ORDER$1 = {
    status: 0,
    blocker: 1,
    error: 2,
    'spawn-candidate': 3,
    question: 4
};
function collectBlockers(tasks, spawnCandidates, planFile, order = PLAIN_ID_ORDER) {
    const out = [];
    for (const t of tasks) {
        const r = t.report;
        const open = (r?.blockers ?? []).filter(b => !b.resolved);
        if (t.status === 'blocked' || t.status === 'partial') {
            const blocked = t.status === 'blocked';
            // A blocked task with its own blocker bullets is already explained by them.
            if (!blocked || open.length === 0) {
                const statusText = r ? r.statusText : (t.plan?.statusText ?? null);
                const where = r
                    ? { file: r.file, line: Math.max(1, r.statusLine) }
                    : { file: planFile, line: t.plan?.fields['status']?.line ?? t.plan?.line ?? 1 };
                out.push({
                    task: t.id,
                    title: statusReason(statusText) ??
                        (blocked ? 'No reason given' : 'Task is only partially complete'),
                    severity: blocked ? 'critical' : 'non-critical',
                    resolved: false,
                    ...where,
                    kind: 'status'
                });
            }
        }
        if (!r)
            continue;
        const at = (line) => ({ file: r.file, line });
        for (const b of r.blockers) {
            out.push({
                task: t.id,
                title: b.title || b.description,
                severity: 'critical',
                resolved: b.resolved,
                ...at(b.line),
                kind: 'blocker'
            });
        }
        for (const e of r.errors) {
            out.push({
                task: t.id,
                title: e.type ? `${e.id}: ${e.type}` : e.id,
                severity: e.resolved ? 'non-critical' : 'critical',
                resolved: e.resolved,
                ...at(e.line),
                kind: 'error'
            });
        }
        for (const q of r.openQuestions) {
            out.push({
                task: t.id,
                title: q.title,
                severity: 'non-critical',
                resolved: false,
                ...at(q.line),
                kind: 'question'
            });
        }
        for (const e of r.escalations) {
            out.push({
                task: t.id,
                title: e.title ? `${e.id}: ${e.title}` : e.id,
                severity: 'non-critical',
                resolved: false,
                ...at(e.line),
                kind: 'question'
            });
        }
    }
    const files = new Map(tasks.map(t => [t.id, t.report?.file ?? null]));
    for (const sc of spawnCandidates) {
        if (sc.duplicate || (sc.severity ?? '').trim().toLowerCase() !== 'critical')
            continue;
        out.push({
            task: sc.task,
            title: `${sc.id}: ${sc.subtask.replace(/^\s*critical:\s*/i, '')}`,
            severity: 'critical',
            resolved: false,
            file: files.get(sc.task) ?? null,
            line: sc.line,
            kind: 'spawn-candidate'
        });
    }
    return out.sort((a, b) => order.compare(a.task, b.task) ||
        KIND_ORDER$1[a.kind] - KIND_ORDER$1[b.kind] ||
        (a.line ?? 0) - (b.line ?? 0));
}
/**
 * `BLOCKED(reason: waiting for credentials)` -> `waiting for credentials`: the
 * first bracket with text in it. Found by index: the regex this replaces took
 * cubic time on an unclosed bracket followed by a long run of spaces.
 */
function statusReason(text) {
    if (text === null)
        return null;
    for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
        const close = text.indexOf(')', open + 1);
        if (close === -1)
            return null;
        const inner = text
            .slice(open + 1, close)
            .trim()
            .replace(/^reason\s*:/i, '')
            .trim();
        if (inner !== '')
            return inner;
    }
    return null;
}

// Path rules shared by every layer: repository-relative, forward slashes, no
// leading `./`, folders keep their trailing `/` so that a folder and a file of
// the same name stay distinguishable. Case is kept: git is case-sensitive.
function isFolder(path) {
    return path.endsWith('/');
}
/** Every folder prefix of a path, shortest first: `a/b/c.ts` -> [`a/`, `a/b/`]. */
function folderPrefixes(path) {
    const out = [];
    let i = path.indexOf('/');
    while (i !== -1 && i < path.length - 1) {
        out.push(path.slice(0, i + 1));
        i = path.indexOf('/', i + 1);
    }
    return out;
}

// Tasks as an integer graph. Index order is id order (compareIds), so any walk
// that visits indices in ascending order is deterministic whatever order the
// tasks arrived in.
function indexGraph(tasks, order = PLAIN_ID_ORDER) {
    const index = new Map();
    const ids = [];
    for (const t of tasks) {
        if (index.has(t.id))
            continue;
        index.set(t.id, 0);
        ids.push(t.id);
    }
    sortUniqueIds(ids, order);
    ids.forEach((id, i) => index.set(id, i));
    const deps = ids.map(() => []);
    for (const t of tasks) {
        const from = index.get(t.id);
        const list = deps[from];
        for (const d of t.dependsOn) {
            const to = index.get(d);
            if (to !== undefined && to !== from)
                list.push(to);
        }
    }
    for (const list of deps)
        sortUniqueNumbers(list);
    const dependents = ids.map(() => []);
    deps.forEach((ds, i) => {
        for (const d of ds)
            dependents[d].push(i);
    });
    return { ids, index, deps, dependents };
}
/** Ascending, each once, in place. Most lists are a few entries long: insertion sort. */
function sortUniqueNumbers(list) {
    if (list.length > 16)
        list.sort((a, b) => a - b);
    for (let i = 1; i < list.length; i++) {
        const x = list[i];
        let j = i - 1;
        while (j >= 0 && list[j] > x) {
            list[j + 1] = list[j];
            j--;
        }
        list[j + 1] = x;
    }
    let kept = 0;
    for (const x of list)
        if (kept === 0 || x !== list[kept - 1])
            list[kept++] = x;
    if (kept < list.length)
        list.length = kept;
}

// Tarjan's strongly connected components without recursion: a track with a
// long dependency chain must not exhaust the call stack.
function stronglyConnected(adjacency) {
    const n = adjacency.length;
    const order = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const component = new Int32Array(n).fill(-1);
    const stack = [];
    const members = [];
    const frameNode = [];
    const frameEdge = [];
    let counter = 0;
    const enter = (v) => {
        order[v] = counter;
        low[v] = counter;
        counter++;
        stack.push(v);
        onStack[v] = 1;
        frameNode.push(v);
        frameEdge.push(0);
    };
    for (let root = 0; root < n; root++) {
        if (order[root] !== -1)
            continue;
        enter(root);
        while (frameNode.length > 0) {
            const top = frameNode.length - 1;
            const v = frameNode[top];
            const edges = adjacency[v] ?? [];
            const e = frameEdge[top];
            if (e < edges.length) {
                frameEdge[top] = e + 1;
                const w = edges[e];
                if (order[w] === -1)
                    enter(w);
                else if (onStack[w] === 1)
                    low[v] = Math.min(low[v], order[w]);
                continue;
            }
            frameNode.pop();
            frameEdge.pop();
            if (frameNode.length > 0) {
                const parent = frameNode[frameNode.length - 1];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] === order[v]) {
                const group = [];
                let w;
                do {
                    w = stack.pop();
                    onStack[w] = 0;
                    component[w] = members.length;
                    group.push(w);
                } while (w !== v);
                members.push(group.sort((a, b) => a - b));
            }
        }
    }
    return { component, members };
}

// "Is there a dependency path between these two tasks?", asked for many
// pairs. Tasks that depend on each other collapse into one node; each node
// then carries a bitset of the queried tasks it can reach, built bottom-up in
// one pass. Cost: edges x (queried tasks / 32) words, with no recursion.
/**
 * For each task, the bitset of queried tasks it reaches: the ground on which
 * counts over many pairs (every pair of a group sharing a file) are answered
 * word by word instead of pair by pair.
 */
function reachability(tasks, queried, order = PLAIN_ID_ORDER, graph) {
    const g = graph ?? indexGraph(tasks, order);
    const { component, members } = stronglyConnected(g.deps);
    const slot = new Map();
    for (const id of queried)
        if (g.index.has(id) && !slot.has(id))
            slot.set(id, slot.size);
    const words = Math.max(1, Math.ceil(slot.size / 32));
    const reach = [];
    // members come out dependencies first, so every component a node depends on
    // is finished before the node itself.
    for (let c = 0; c < members.length; c++) {
        const bits = new Uint32Array(words);
        for (const v of members[c] ?? []) {
            const s = slot.get(g.ids[v]);
            if (s !== undefined)
                bits[s >>> 5] = bits[s >>> 5] | (1 << (s & 31));
            for (const d of g.deps[v] ?? []) {
                const dc = component[d];
                if (dc === c)
                    continue;
                const other = reach[dc];
                for (let w = 0; w < words; w++)
                    bits[w] = bits[w] | other[w];
            }
        }
        reach.push(bits);
    }
    return {
        words,
        slotOf: id => slot.get(id),
        reachOf: id => {
            const f = g.index.get(id);
            return f === undefined ? undefined : reach[component[f]];
        }
    };
}

// Pairs of tasks whose changes meet on a path. Paths are indexed exactly and
// by folder prefix, so the work grows with the number of file entries (times
// their depth) and with the number of conflicts found, never with the square
// of the entries. Where pairs would grow with the square of the tasks (a path
// many tasks share, a write-shared task beside every other), one entry lists
// the tasks and counts the pairs, so the result stays linear in the input.
/**
 * A path shared by this many tasks or more is one entry listing them, not a
 * row per pair; so is a write-shared task beside this many. Below it, rows of
 * one pair each say which pair is parallel, and their number stays linear (at
 * most GROUP_MIN / 2 rows per claim).
 */
const GROUP_MIN = 8;
/** Tasks a write-shared entry lists besides its own; `moreTasks` counts the rest. */
const WRITE_SHARED_LISTED = 50;
/** `graph`, when given, must be `indexGraph(tasks, order)`. */
function findConflicts(tasks, order = PLAIN_ID_ORDER, graph) {
    const diagnostics = [];
    // Pairs are keyed and compared by rank: a path shared by many tasks yields
    // many thousands of pairs.
    const rank = graph?.index ??
        rankMap(sortIdsBy(tasks.map(t => t.id), order));
    const n = rank.size;
    const rankOf = (id) => rank.get(id) ?? 0;
    const pairKey = (a, b) => {
        const x = rankOf(a);
        const y = rankOf(b);
        return x < y ? x * n + y : y * n + x;
    };
    const writers = tasks.filter(t => t.concurrency !== 'read-only');
    const { several, folders } = sharedPaths(writers);
    const found = new Map();
    const overlapping = new Set();
    const add = (path, x, y, reason) => {
        const key = pairKey(x, y);
        if (reason === 'overlap')
            overlapping.add(key);
        let atPath = found.get(path);
        if (!atPath) {
            atPath = new Map();
            found.set(path, atPath);
        }
        const kept = atPath.get(key);
        if (kept)
            return kept;
        const [a, b] = rankOf(x) <= rankOf(y) ? [x, y] : [y, x];
        const fresh = { path, a, b, ra: rankOf(a), rb: rankOf(b), reason };
        atPath.set(key, fresh);
        return fresh;
    };
    const byRank = (x, y) => rankOf(x) - rankOf(y);
    const many = [];
    for (const [path, owners] of several) {
        if (owners.length >= GROUP_MIN) {
            const ids = [...owners].sort(byRank);
            many.push({
                path,
                ids,
                reason: 'overlap',
                ra: rankOf(ids[0] ?? ''),
                rb: rankOf(ids[1] ?? '')
            });
            continue;
        }
        for (let i = 0; i < owners.length; i++)
            for (let j = i + 1; j < owners.length; j++)
                add(path, owners[i], owners[j], 'overlap');
    }
    // A folder one task names holds a path another task names: the conflict is
    // on the inner, more specific path.
    if (folders.size > 0) {
        for (const t of writers) {
            for (const p of t.files) {
                for (const f of folderPrefixes(p)) {
                    for (const other of folders.get(f) ?? []) {
                        if (other !== t.id)
                            add(p, t.id, other, 'overlap');
                    }
                }
            }
        }
    }
    const sharers = writers
        .filter(t => t.concurrency === 'write-shared')
        .sort((x, y) => rankOf(x.id) - rankOf(y.id));
    // Tasks that share a path with a write-shared task already conflict with it on that path.
    const sharerIds = new Set(sharers.map(w => w.id));
    const mates = new Map();
    for (const m of many) {
        for (const id of m.ids) {
            if (!sharerIds.has(id))
                continue;
            const set = mates.get(id) ?? new Set();
            for (const other of m.ids)
                set.add(other);
            mates.set(id, set);
        }
    }
    const writerIds = writers.map(t => t.id).sort(byRank);
    for (const w of sharers) {
        const path = w.files.reduce((min, p) => (min === null || p < min ? p : min), null) ?? '*';
        const own = rankOf(w.id);
        const beside = writerIds.filter(id => id !== w.id &&
            !overlapping.has(pairKey(w.id, id)) &&
            !(mates.get(w.id)?.has(id) ?? false) &&
            // A pair of write-shared tasks is listed once, by the lower one.
            !(sharerIds.has(id) && rankOf(id) < own));
        if (beside.length < GROUP_MIN) {
            for (const id of beside)
                add(path, w.id, id, 'write-shared');
        }
        else {
            const ids = [w.id, ...beside];
            many.push({ path, ids, reason: 'write-shared', ra: own, rb: rankOf(beside[0]) });
        }
    }
    addNotes(tasks, rank, pairKey, found, add, diagnostics);
    const pending = [];
    const involved = new Set();
    for (const atPath of found.values()) {
        for (const c of atPath.values()) {
            pending.push(c);
            involved.add(c.a);
            involved.add(c.b);
        }
    }
    for (const m of many)
        for (const id of m.ids)
            involved.add(id);
    if (pending.length === 0 && many.length === 0)
        return { conflicts: [], diagnostics };
    const reach = reachability(tasks, involved, order, graph);
    const linked = (a, b) => reaches(reach, a, b) || reaches(reach, b, a);
    const rows = pending.map(c => {
        const out = {
            path: c.path,
            tasks: [c.a, c.b],
            kind: linked(c.a, c.b) ? 'sequential' : 'parallel',
            reason: c.reason
        };
        if (c.note !== undefined)
            out.note = c.note;
        return { sort: c, out };
    });
    for (const m of many) {
        const pairs = m.reason === 'overlap' ? groupPairs(m.ids, reach) : besidePairs(m.ids, reach);
        const listed = m.reason === 'write-shared' ? m.ids.slice(0, WRITE_SHARED_LISTED + 1) : m.ids;
        const out = {
            path: m.path,
            tasks: listed,
            kind: pairs.parallel > 0 ? 'parallel' : 'sequential',
            reason: m.reason,
            pairs
        };
        if (listed.length < m.ids.length)
            out.moreTasks = m.ids.length - listed.length;
        rows.push({ sort: m, out });
    }
    const conflicts = rows.sort((x, y) => comparePending(x.sort, y.sort)).map(r => r.out);
    return { conflicts, diagnostics };
}
function reaches(r, from, to) {
    const bits = r.reachOf(from);
    const s = r.slotOf(to);
    if (bits === undefined || s === undefined)
        return false;
    return ((bits[s >>> 5] >>> (s & 31)) & 1) === 1;
}
function maskOf(ids, r) {
    const mask = new Uint32Array(r.words);
    for (const id of ids) {
        const s = r.slotOf(id);
        if (s !== undefined)
            mask[s >>> 5] = mask[s >>> 5] | (1 << (s & 31));
    }
    return mask;
}
/**
 * Parallel and sequential pairs among tasks sharing a path, counted word by
 * word: each task's reach masked by the group. Tasks on one cycle reach each
 * other both ways and count twice, hence the cap.
 */
function groupPairs(ids, r) {
    const mask = maskOf(ids, r);
    let linked = 0;
    for (const id of ids) {
        const bits = r.reachOf(id);
        if (!bits)
            continue;
        for (let w = 0; w < r.words; w++)
            linked += popcount(bits[w] & mask[w]);
        linked--; // its own bit
    }
    const all = (ids.length * (ids.length - 1)) / 2;
    const sequential = Math.min(all, Math.max(0, linked));
    return { parallel: all - sequential, sequential };
}
/** Pairs of a write-shared task (first) with each task beside it. */
function besidePairs(ids, r) {
    const [w = '', ...others] = ids;
    let sequential = 0;
    for (const o of others)
        if (reaches(r, w, o) || reaches(r, o, w))
            sequential++;
    return { parallel: others.length - sequential, sequential };
}
function popcount(x) {
    let v = x - ((x >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
/**
 * `May conflict with` notes: a pair already in conflict takes the note as its
 * explanation (on its first path); any other pair gets a row of its own, on
 * the first path the note names, else `*`.
 */
function addNotes(tasks, rank, pairKey, found, add, diagnostics) {
    const noted = new Set();
    for (const t of tasks)
        for (const ref of t.notes)
            if (rank.has(ref.id))
                noted.add(pairKey(t.id, ref.id));
    const firstOfPair = new Map();
    if (noted.size > 0) {
        for (const atPath of found.values()) {
            for (const [key, c] of atPath) {
                if (!noted.has(key))
                    continue;
                const kept = firstOfPair.get(key);
                if (!kept || comparePending(c, kept) < 0)
                    firstOfPair.set(key, c);
            }
        }
    }
    const ordered = [...tasks].sort((x, y) => (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0));
    for (const t of ordered) {
        for (const ref of t.notes) {
            if (ref.id === t.id)
                continue;
            if (!rank.has(ref.id)) {
                diagnostics.push(unknownNote(t, ref));
                continue;
            }
            const key = pairKey(t.id, ref.id);
            const text = ref.note.trim();
            const first = firstOfPair.get(key);
            if (first) {
                if (text && first.note === undefined)
                    first.note = text;
                continue;
            }
            const c = add(ref.paths[0] ?? '*', t.id, ref.id, 'note');
            if (text)
                c.note = text;
            firstOfPair.set(key, c);
        }
    }
}
function rankMap(ids) {
    const out = new Map();
    ids.forEach((id, i) => out.set(id, i));
    return out;
}
function unknownNote(t, ref) {
    return {
        severity: 'warning',
        file: t.reportFile ?? 'plan.md',
        line: ref.line,
        message: `${t.id} may conflict with ${ref.id}, which is not a task of this track.`
    };
}
function comparePending(x, y) {
    if (x.path !== y.path)
        return x.path < y.path ? -1 : 1;
    return x.ra - y.ra || x.rb - y.rb;
}
/**
 * The paths two or more writers claim, each with its writers' ids, and the
 * writers of each claimed folder. Paths are grouped by parent folder first: a
 * folder only one task writes in cannot hold a shared path, and most tasks
 * work in folders of their own, so exact paths are indexed only in the folders
 * several tasks write in.
 */
function sharedPaths(writers) {
    const folders = new Map();
    // Parent folder -> the one writer (by position) with files in it, or -1.
    const folderOwner = new Map();
    let anyShared = false;
    for (let w = 0; w < writers.length; w++) {
        const t = writers[w];
        let dir = null;
        for (const p of t.files) {
            if (isFolder(p) && folders.get(p)?.at(-1) !== t.id)
                push$1(folders, p, t.id);
            if (dir !== null && inFolder(p, dir))
                continue;
            dir = p.slice(0, p.lastIndexOf('/') + 1);
            const owner = folderOwner.get(dir);
            if (owner === undefined)
                folderOwner.set(dir, w);
            else if (owner !== w && owner !== -1) {
                folderOwner.set(dir, -1);
                anyShared = true;
            }
        }
    }
    const several = new Map();
    if (!anyShared)
        return { several, folders };
    // A list is made only when a second writer comes. `latest` holds the last
    // writer seen on a path, which also skips a path repeated within one task.
    const latest = new Map();
    for (let w = 0; w < writers.length; w++) {
        const t = writers[w];
        let dir = null;
        let shared = false;
        for (const p of t.files) {
            if (dir === null || !inFolder(p, dir)) {
                dir = p.slice(0, p.lastIndexOf('/') + 1);
                shared = folderOwner.get(dir) === -1;
            }
            if (!shared)
                continue;
            const prev = latest.get(p);
            if (prev === w)
                continue;
            latest.set(p, w);
            if (prev === undefined)
                continue;
            const list = several.get(p);
            if (list)
                list.push(t.id);
            else
                several.set(p, [writers[prev].id, t.id]);
        }
    }
    return { several, folders };
}
/** True when `dir` is the parent folder of `path` (the text up to its last `/`). */
function inFolder(path, dir) {
    return path.startsWith(dir) && path.indexOf('/', dir.length) === -1;
}
function push$1(map, key, id) {
    const list = map.get(key);
    if (list)
        list.push(id);
    else
        map.set(key, [id]);
}

// The longest chain of dependent work, by estimated minutes. Tasks on a cycle
// have no meaningful chain and are left out, with their edges.
/**
 * The chain in dependency order, first task first. Ties go to the lower id.
 * `graph`, when given, must be `indexGraph(tasks, order)`.
 */
function criticalPath(tasks, cyclic, order = PLAIN_ID_ORDER, graph) {
    const g = graph && cyclic.size === 0
        ? graph
        : indexGraph(tasks.filter(t => !cyclic.has(t.id)), order);
    const n = g.ids.length;
    const effort = new Map(tasks.map(t => [t.id, Math.max(0, t.effortMinutes)]));
    const total = new Float64Array(n);
    const prev = new Int32Array(n).fill(-1);
    const missing = new Int32Array(n);
    const queue = [];
    for (let i = 0; i < n; i++) {
        missing[i] = (g.deps[i] ?? []).length;
        if (missing[i] === 0)
            queue.push(i);
    }
    for (let head = 0; head < queue.length; head++) {
        const v = queue[head];
        let best = -1;
        // deps are ascending, so a strict comparison keeps the lower id on a tie.
        for (const d of g.deps[v] ?? [])
            if (best === -1 || total[d] > total[best])
                best = d;
        prev[v] = best;
        total[v] = (effort.get(g.ids[v]) ?? 0) + (best === -1 ? 0 : total[best]);
        for (const d of g.dependents[v] ?? []) {
            missing[d] = missing[d] - 1;
            if (missing[d] === 0)
                queue.push(d);
        }
    }
    let end = -1;
    for (let i = 0; i < n; i++)
        if (end === -1 || total[i] > total[end])
            end = i;
    const path = [];
    for (let v = end; v !== -1; v = prev[v])
        path.push(g.ids[v]);
    return path.reverse();
}

// Sorted string lists without repeats, ordered by UTF-16 code units as
// Array#sort orders strings. Kept that way, the union of file lists is a
// linear merge: a track may claim tens of thousands of paths, and building
// sets and re-sorting per task would dominate the analysis.
//
// The lists returned may be the lists given (never modified afterwards): treat
// them as read-only.
/**
 * `list` sorted without repeats: `list` itself, reordered, or a new list.
 * Either way `list` is used up.
 */
function toSortedUnique(list) {
    // Claim lists are mostly one or two ascending runs (file1 … file9, then
    // file10 …): two runs are merged, which compares fewer paths than sorting,
    // and comparing two report paths is the costly part.
    const second = descentAfter(list, 0);
    if (second === -1)
        return dropRepeats(list);
    if (descentAfter(list, second) !== -1)
        return dropRepeats(list.sort());
    const out = [];
    let a = 0;
    let b = second;
    while (a < second && b < list.length) {
        const x = list[a];
        const y = list[b];
        if (y < x) {
            b++;
            if (y !== out[out.length - 1])
                out.push(y);
        }
        else {
            a++;
            if (x !== out[out.length - 1])
                out.push(x);
        }
    }
    while (a < second) {
        const x = list[a++];
        if (x !== out[out.length - 1])
            out.push(x);
    }
    while (b < list.length) {
        const y = list[b++];
        if (y !== out[out.length - 1])
            out.push(y);
    }
    return out;
}
/** The first index after `from` where `list` stops ascending, or -1. */
function descentAfter(list, from) {
    for (let i = from + 1; i < list.length; i++)
        if (list[i - 1] > list[i])
            return i;
    return -1;
}
function dropRepeats(list) {
    let kept = 0;
    for (const x of list)
        if (kept === 0 || x !== list[kept - 1])
            list[kept++] = x;
    if (kept < list.length)
        list.length = kept;
    return list;
}
/** `list` itself when it is already sorted without repeats, else a sorted copy without them. */
function sortedUnique(list) {
    return isSortedUnique(list) ? list : toSortedUnique(list.slice());
}
function isSortedUnique(list) {
    for (let i = 1; i < list.length; i++)
        if (list[i - 1] >= list[i])
            return false;
    return true;
}
/** Sorted union of two sorted lists without repeats. */
function union(a, b) {
    if (b.length === 0)
        return a;
    if (a.length === 0)
        return b;
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const x = a[i];
        const y = b[j];
        // Equality first: ordering two strings is the costlier question.
        if (x === y) {
            out.push(x);
            i++;
            j++;
        }
        else if (x < y) {
            out.push(x);
            i++;
        }
        else {
            out.push(y);
            j++;
        }
    }
    while (i < a.length)
        out.push(a[i++]);
    while (j < b.length)
        out.push(b[j++]);
    return out;
}

// Conflicts still to come. A task that is not complete has only its plan's
// `Touches` to go by; where those meet another incomplete task's Touches, or
// the files a complete task changed, the two will collide when the work lands.
// The overlap rules are the real conflicts' own (exact paths, and a folder
// holding the other side's path), so the two lists read alike.
/**
 * `real` are the track's conflicts: a pair already in conflict on a path is
 * not forecast again there. `graph`, when given, must be
 * `indexGraph(tasks, order)`.
 */
function forecastConflicts(tasks, real, order = PLAIN_ID_ORDER, graph) {
    const complete = new Set();
    let anyPlanned = false;
    const sides = tasks.map(t => {
        if (t.complete)
            complete.add(t.id);
        else if (t.planned !== null && t.planned.length > 0)
            anyPlanned = true;
        return {
            id: t.id,
            // write-shared orders the merge of finished work; a plan overlaps only on paths.
            concurrency: t.concurrency === 'read-only' ? 'read-only' : 'write-local',
            files: t.complete ? t.files : sortedUnique(t.planned ?? []),
            dependsOn: t.dependsOn,
            notes: [],
            reportFile: null
        };
    });
    if (!anyPlanned)
        return [];
    const known = new Set(real.map(c => realKey(c.path, c.tasks)));
    const out = [];
    for (const c of findConflicts(sides, order, graph).conflicts) {
        const done = c.tasks.filter(id => complete.has(id));
        // Both complete: that is a real conflict, or none, already decided.
        if (done.length === c.tasks.length)
            continue;
        if (known.has(realKey(c.path, c.tasks)))
            continue;
        out.push({
            path: c.path,
            tasks: c.tasks,
            kind: 'planned',
            schedule: c.kind === 'parallel' ? 'parallel' : 'sequential',
            complete: done
        });
    }
    return out;
}
function realKey(path, tasks) {
    return `${path}\u0000${[...tasks].sort().join('\u0000')}`;
}

// The reports' file claims against the pull request's real diff: changed
// files nobody reported, claimed files the diff does not touch, and claims
// whose kind (created / modified / deleted) the diff contradicts.
//
// Renames: a claim on either side of a rename matches it. The new path may be
// claimed as created or modified (a moved file is new at its destination), the
// old path as deleted or modified.
const FITS = {
    created: { atPath: ['added', 'copied', 'renamed'], atOldPath: false },
    modified: { atPath: ['modified', 'changed', 'renamed'], atOldPath: true },
    deleted: { atPath: ['removed'], atOldPath: true }
};
function checkDiff(tasks, changed, trackDir, order = PLAIN_ID_ORDER) {
    const own = trackDir.replace(/\/+$/, '') + '/';
    const changes = changed.files.filter(f => f.status !== 'unchanged');
    const byPath = new Map();
    const byOldPath = new Map();
    const changedFolders = new Set();
    for (const f of changes) {
        byPath.set(f.path, f);
        for (const p of folderPrefixes(f.path))
            changedFolders.add(p);
        if (f.status === 'renamed' && f.previousPath) {
            byOldPath.set(f.previousPath, f);
            for (const p of folderPrefixes(f.previousPath))
                changedFolders.add(p);
        }
    }
    const ordered = sortById(tasks, order);
    const exact = new Map();
    const folders = new Map();
    for (const t of ordered) {
        for (const { claim } of claimsOf$1(t.report)) {
            const index = isFolder(claim.path) ? folders : exact;
            const set = index.get(claim.path) ?? new Set();
            set.add(t.id);
            index.set(claim.path, set);
        }
    }
    const files = changes
        .map(f => {
        const owners = new Set();
        const sides = f.status === 'renamed' && f.previousPath ? [f.path, f.previousPath] : [f.path];
        for (const side of sides) {
            for (const id of exact.get(side) ?? [])
                owners.add(id);
            for (const prefix of folderPrefixes(side))
                for (const id of folders.get(prefix) ?? [])
                    owners.add(id);
        }
        return {
            path: f.path,
            status: f.status,
            previousPath: f.previousPath,
            additions: f.additions,
            deletions: f.deletions,
            claimedBy: [...owners].sort(order.compare)
        };
    })
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const unreported = files
        .filter(f => f.claimedBy.length === 0 && !f.path.startsWith(own))
        .map(f => f.path);
    const diagnostics = [];
    const phantom = [];
    const mismatch = [];
    const seen = new Set();
    for (const t of ordered) {
        const r = t.report;
        if (!r)
            continue;
        for (const { kind, claim } of claimsOf$1(r)) {
            const p = claim.path;
            if (isFolder(p)) {
                // A truncated diff may hold the missing change beyond its cap.
                if (changed.truncated || changedFolders.has(p) || byPath.has(p))
                    continue;
                if (once(seen, `p ${t.id} ${p}`)) {
                    phantom.push({ task: t.id, path: p });
                    diagnostics.push(warn(r.file, claim, `${t.id} claims the folder ${p}, but the diff changes nothing in it.`));
                }
                continue;
            }
            const atPath = byPath.get(p);
            const atOld = atPath ? undefined : byOldPath.get(p);
            if (!atPath && !atOld) {
                if (changed.truncated)
                    continue;
                if (once(seen, `p ${t.id} ${p}`)) {
                    phantom.push({ task: t.id, path: p });
                    diagnostics.push(warn(r.file, claim, `${t.id} claims ${p}, but the diff does not change it.`));
                }
                continue;
            }
            if (kind === 'touched')
                continue;
            const fits = FITS[kind];
            const actual = (atPath ?? atOld).status;
            // A source that does not say how a file changed contradicts no claim.
            const ok = actual === 'unknown' || (atPath ? fits.atPath.includes(actual) : fits.atOldPath);
            if (ok || !once(seen, `m ${t.id} ${p} ${kind}`))
                continue;
            mismatch.push({ task: t.id, path: p, claimed: kind, actual });
            const shown = atPath ? actual : `renamed to ${atOld.path}`;
            diagnostics.push(warn(r.file, claim, `${t.id} says it ${kind} ${p}, but the diff shows it ${shown}.`));
        }
    }
    return {
        diffCheck: {
            files,
            unreported,
            phantom: phantom.sort((a, b) => order.compare(a.task, b.task) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
            mismatch,
            truncated: changed.truncated
        },
        diagnostics
    };
}
function claimsOf$1(report) {
    if (!report)
        return [];
    const f = report.files;
    return [
        ...f.created.map(claim => ({ kind: 'created', claim })),
        ...f.modified.map(claim => ({ kind: 'modified', claim })),
        ...f.deleted.map(claim => ({ kind: 'deleted', claim })),
        ...f.touched.map(claim => ({ kind: 'touched', claim }))
    ];
}
function once(seen, key) {
    if (seen.has(key))
        return false;
    seen.add(key);
    return true;
}
function warn(file, claim, message) {
    return { severity: 'warning', file, line: Math.max(1, claim.line), message };
}

function claimsOf(track) {
    const paths = new Set();
    for (const r of track.reports) {
        const f = r.files;
        for (const list of [f.created, f.modified, f.deleted, f.touched])
            for (const c of list)
                paths.add(c.path);
    }
    return { folder: `${track.dir.replace(/\/+$/, '')}/`, paths };
}
function holds(c, file) {
    const sides = file.previousPath ? [file.path, file.previousPath] : [file.path];
    return sides.some(p => p.startsWith(c.folder) || c.paths.has(p) || folderPrefixes(p).some(f => c.paths.has(f)));
}
/** The changed files each track's diff check should see, in track order. */
function splitChangesByTrack(tracks, changed) {
    if (tracks.length < 2)
        return tracks.map(() => changed);
    const claims = tracks.map(claimsOf);
    return claims.map((own, i) => ({
        ...changed,
        files: changed.files.filter(f => holds(own, f) || !claims.some((other, j) => j !== i && holds(other, f)))
    }));
}

const KINDS = ['created', 'modified', 'deleted'];
function checkDeclaredTotals(report) {
    const totals = report.declaredTotals;
    if (!totals)
        return [];
    const listed = {
        created: new Set(report.files.created.map(c => c.path)).size,
        modified: new Set(report.files.modified.map(c => c.path)).size,
        deleted: new Set(report.files.deleted.map(c => c.path)).size
    };
    const wrong = KINDS.filter(k => totals[k] !== null && totals[k] !== listed[k]);
    if (wrong.length === 0)
        return [];
    const stated = wrong.map(k => `${totals[k]} ${k}`).join(', ');
    const shown = KINDS.filter(k => listed[k] > 0 || wrong.includes(k))
        .map(k => `${listed[k]} ${k}`)
        .join(', ');
    return [
        {
            severity: 'warning',
            file: report.file,
            line: Math.max(1, totals.line),
            message: `${report.taskId} states ${stated}, but its file list shows ${shown}; the list is used.`
        }
    ];
}

// Effort text -> minutes, for the critical path. An explicit duration beats a
// size letter; a range counts as its mean.
const LETTER_MINUTES = {
    S: 30,
    M: 150,
    L: 480,
    XL: 720
};
const DEFAULT_MINUTES = 120;
const NUM = '(\\d+(?:[.,]\\d+)?)';
const HOURS = '(?:h|hr|hrs|hour|hours)';
const MINUTES = '(?:m|min|mins|minute|minutes)';
const UNIT = `(${HOURS}|${MINUTES})`;
const RANGE = new RegExp(`${NUM}\\s*(?:-|–|—|to)\\s*${NUM}\\s*${UNIT}(?![a-z])`, 'i');
const HOURS_AND_MINUTES = new RegExp(`${NUM}\\s*${HOURS}\\s*${NUM}\\s*${MINUTES}(?![a-z])`, 'i');
const SINGLE = new RegExp(`${NUM}\\s*${UNIT}(?![a-z])`, 'i');
const LETTER = /(?:^|[^A-Za-z])(XL|L|M|S)(?![A-Za-z])/;
const EFFORT_CHARS = 200;
function parseEffort(raw) {
    if (!raw)
        return { minutes: DEFAULT_MINUTES, known: false };
    // An estimate is a few words; the patterns restart at every digit of a long run.
    const text = raw.slice(0, EFFORT_CHARS);
    const candidates = [];
    const range = RANGE.exec(text);
    if (range) {
        const mean = (num(range[1]) + num(range[2])) / 2;
        candidates.push({ at: range.index, minutes: mean * unitMinutes(range[3]) });
    }
    const hm = HOURS_AND_MINUTES.exec(text);
    if (hm)
        candidates.push({ at: hm.index, minutes: num(hm[1]) * 60 + num(hm[2]) });
    const single = SINGLE.exec(text);
    if (single)
        candidates.push({ at: single.index, minutes: num(single[1]) * unitMinutes(single[2]) });
    // The first duration written wins (`45 minutes (estimated: 1 hour)`); at
    // the same position the longer form (a range, `1h 30m`) comes first.
    const first = candidates.sort((a, b) => a.at - b.at)[0];
    if (first && Number.isFinite(first.minutes))
        return { minutes: Math.round(first.minutes), known: true };
    const letter = LETTER.exec(text);
    if (letter)
        return { minutes: LETTER_MINUTES[letter[1]], known: true };
    return { minutes: DEFAULT_MINUTES, known: false };
}
function num(s) {
    return Number((s ?? '').replace(',', '.'));
}
function unitMinutes(unit) {
    return /^h/i.test(unit ?? '') ? 60 : 1;
}

// Gate scores and the IOSM-Index are shown and compared at 3 decimals.
/** Round to 3 decimals, halves away from zero. */
function round3$1(x) {
    // toPrecision first absorbs binary noise such as 0.9625 * 1000 = 962.4999…
    const scaled = Number((Math.abs(x) * 1000).toPrecision(12));
    return (Math.sign(x) * Math.round(scaled)) / 1000 || 0;
}

// The IOSM-Index arithmetic, done once here for the analysis and written out
// by the report so a reader can check it, under the track's na-policy: the
// mean of the evaluated gates (`exclude`, and `strict` when every gate was
// evaluated), the gates without a score counted as 0 over all four (`zero`),
// or no index at all (`strict` with a gate missing).
function indexCalculation(gates, policy) {
    const counted = GATE_KEYS.filter(g => {
        const gate = gates[g];
        return (gate.status === 'pass' || gate.status === 'fail') && gate.score !== null;
    });
    const left = GATE_KEYS.filter(g => !counted.includes(g));
    const sum = counted.reduce((total, g) => total + (gates[g].score ?? 0), 0);
    const zeros = policy === 'zero' && left.length > 0;
    const divisor = zeros ? GATE_KEYS.length : counted.length;
    // With no gate evaluated there is nothing to average: no index under any policy.
    const value = counted.length === 0 ? null : sum / divisor;
    const index = value === null || (policy === 'strict' && left.length > 0) ? null : round3$1(value);
    return { policy, counted, left, zeros, sum, divisor, value, index };
}

// IOSM gates: each gate's score and target for the track, the IOSM-Index and
// its rating. Scores stated by iosm_report.md win over the task reports'.
/** The "Acceptable" floors used when neither the plan nor the PRD sets a target. */
const DEFAULT_FLOORS = { I: 0.7, O: 0.6, S: 0.65, M: 0.65 };
function ratingFor(index) {
    if (index === null)
        return null;
    const v = round3$1(index);
    if (v >= 0.9)
        return 'Excellent';
    if (v >= 0.8)
        return 'Good';
    if (v >= 0.7)
        return 'Acceptable';
    if (v >= 0.6)
        return 'Needs Work';
    return 'Poor';
}
function formatScore(x) {
    const two = x.toFixed(2);
    return Number(two) === x ? two : String(round3$1(x));
}
function analyzeGates(input, naPolicy, order = PLAIN_ID_ORDER) {
    const diagnostics = [];
    const gates = {};
    for (const g of GATE_KEYS)
        gates[g] = gateResult(g, input);
    const iosmIndex = computeIndex(gates, naPolicy);
    const stated = input.iosm?.statedIndex;
    if (input.iosm &&
        stated &&
        iosmIndex !== null &&
        Math.abs(stated.value - iosmIndex) > 0.01 + 1e-9) {
        diagnostics.push({
            severity: 'warning',
            file: input.iosm.file,
            line: stated.line,
            message: `${input.iosm.file} states IOSM-Index ${stated.value}, but its gate scores give ${iosmIndex.toFixed(3)} (na-policy ${naPolicy}); ${iosmIndex.toFixed(3)} is used.`
        });
    }
    const planFile = input.plan?.file ?? 'plan.md';
    const ordered = sortById(input.tasks, order);
    for (const t of ordered) {
        if (!t.plan || !t.report)
            continue;
        for (const g of t.plan.iosmChecks) {
            if (t.report.gates[g])
                continue;
            diagnostics.push({
                severity: 'warning',
                file: planFile,
                line: t.plan.fields['iosm checks']?.line ?? t.plan.line,
                message: `${t.id}: the plan asks for Gate-${g}, but ${t.report.file} does not evaluate it.`
            });
        }
    }
    return { gates, iosmIndex, rating: ratingFor(iosmIndex), diagnostics };
}
function gateResult(g, input) {
    const target = input.plan?.gateTargets[g] ?? input.prdTargets[g] ?? null;
    const targetSource = target ? target.source : 'default';
    let score = null;
    let source = 'none';
    let skippedByReport = false;
    const stated = input.iosm?.gates[g];
    if (stated) {
        source = 'iosm-report';
        if (stated.skipped || stated.score === null)
            skippedByReport = stated.skipped;
        else
            score = round3$1(clamp(stated.score));
    }
    if (!stated || (score === null && !skippedByReport)) {
        let sum = 0;
        let count = 0;
        for (const t of input.tasks) {
            const v = t.report?.gates[g];
            if (!v)
                continue;
            sum += clamp(v.score);
            count++;
        }
        if (count > 0) {
            score = round3$1(sum / count);
            source = 'tasks';
        }
        else if (!skippedByReport)
            source = 'none';
    }
    const kind = target?.kind ?? 'numeric';
    if (kind === 'skip')
        return { score, target: 'skip', status: 'skip', source, targetSource };
    if (kind === 'binary') {
        const status = skippedByReport
            ? 'skip'
            : score === null
                ? 'not-evaluated'
                : score >= 1 - 1e-9
                    ? 'pass'
                    : 'fail';
        return { score, target: 'pass', status, source, targetSource };
    }
    const threshold = target?.threshold ?? DEFAULT_FLOORS[g];
    const status = skippedByReport
        ? 'skip'
        : score === null
            ? 'not-evaluated'
            : score >= threshold - 1e-9
                ? 'pass'
                : 'fail';
    return { score, target: `≥${formatScore(threshold)}`, status, source, targetSource };
}
/**
 * exclude: mean of the evaluated gates; zero: skipped and missing gates count
 * as 0 over all four; strict: any skipped or missing gate leaves it undefined.
 * With no gate evaluated there is nothing to average: null under every policy.
 */
function computeIndex(gates, naPolicy) {
    return indexCalculation(gates, naPolicy).index;
}
function clamp(x) {
    if (!Number.isFinite(x))
        return 0;
    return Math.min(1, Math.max(0, x));
}

// The dependency graph: which task waits for which, and where it loops. Edges
// come from the plan (`Depends on`, `All Phase a-b tasks`) and from the
// reports' hand-off notes (`Depends on Tx`, `Blocks Tx`).
function buildGraph(tasks, planFile, order = PLAIN_ID_ORDER) {
    const diagnostics = [];
    // Each task's dependencies, repeats allowed until they are sorted below.
    const edges = new Map();
    for (const t of tasks)
        edges.set(t.id, []);
    const rejectEdge = (from, to, where, how) => {
        const message = from === to
            ? `${from} ${how} itself; that dependency is ignored.`
            : `${from} ${how} ${to}, which is not a task of this track; that dependency is ignored.`;
        diagnostics.push({ severity: 'error', ...where, message });
    };
    const byPhase = new Map();
    for (const t of tasks) {
        const n = t.plan?.phaseNumber;
        if (n === null || n === undefined)
            continue;
        const list = byPhase.get(n) ?? [];
        list.push(t.id);
        byPhase.set(n, list);
    }
    for (const t of tasks) {
        const own = edges.get(t.id);
        const p = t.plan;
        if (p) {
            const planWhere = () => ({
                file: planFile,
                line: p.fields['depends on']?.line ?? p.line
            });
            for (const d of p.dependsOn) {
                if (d !== t.id && edges.has(d))
                    own.push(d);
                else
                    rejectEdge(t.id, d, planWhere(), 'depends on');
            }
            for (const range of p.dependsOnPhases) {
                const lo = Math.min(range.from, range.to);
                const hi = Math.max(range.from, range.to);
                const members = [...byPhase.entries()]
                    .filter(([n]) => n >= lo && n <= hi)
                    .flatMap(([, ids]) => ids)
                    .filter(id => id !== t.id);
                if (members.length === 0) {
                    diagnostics.push({
                        severity: 'warning',
                        ...planWhere(),
                        message: `${t.id} depends on the tasks of phases ${lo}-${hi}, but the plan has none there.`
                    });
                }
                for (const d of members)
                    own.push(d);
            }
        }
        const r = t.report;
        if (r) {
            for (const ref of r.dependsOn) {
                if (ref.id !== t.id && edges.has(ref.id))
                    own.push(ref.id);
                else
                    rejectEdge(t.id, ref.id, { file: r.file, line: ref.line }, 'depends on');
            }
            for (const ref of r.blocks) {
                const target = ref.id !== t.id ? edges.get(ref.id) : undefined;
                if (target)
                    target.push(t.id);
                else
                    rejectEdge(t.id, ref.id, { file: r.file, line: ref.line }, 'says it blocks');
            }
        }
    }
    const dependsOn = new Map();
    for (const [id, list] of edges)
        dependsOn.set(id, sortUniqueIds(list, order));
    const { cycles, cyclic, groups, indexed } = findCycles(tasks.map(t => ({ id: t.id, dependsOn: dependsOn.get(t.id) ?? [] })), order);
    const byId = cycles.length > 0 ? new Map(tasks.map(t => [t.id, t])) : null;
    cycles.forEach((cycle, i) => {
        const first = cycle[0];
        const t = byId?.get(first);
        const where = t?.plan
            ? { file: planFile, line: t.plan.line }
            : { file: t?.report?.file ?? planFile, line: 1 };
        const group = groups[i] ?? cycle;
        const loop = [...cycle, first].join(' → ');
        const extra = group.length > cycle.length
            ? ` ${group.join(', ')} all depend on each other; all of them are held.`
            : ' These tasks are held.';
        diagnostics.push({ severity: 'error', ...where, message: `Dependency cycle: ${loop}.${extra}` });
    });
    return { dependsOn, cycles, groups, cyclic, indexed, diagnostics };
}
/**
 * One elementary cycle per strongly connected group: the shortest loop through
 * the group's smallest id, found breadth-first in id order.
 */
function findCycles(tasks, order = PLAIN_ID_ORDER) {
    const g = indexGraph(tasks, order);
    const { component, members } = stronglyConnected(g.deps);
    const found = [];
    const cyclic = new Set();
    for (const group of members) {
        if (group.length < 2)
            continue;
        for (const m of group)
            cyclic.add(g.ids[m]);
        const start = group[0];
        const comp = component[start];
        const parent = new Map([[start, -1]]);
        const queue = [start];
        let end = -1;
        for (let head = 0; head < queue.length && end === -1; head++) {
            const v = queue[head];
            for (const w of g.deps[v] ?? []) {
                if (w === start) {
                    end = v;
                    break;
                }
                if (component[w] !== comp || parent.has(w))
                    continue;
                parent.set(w, v);
                queue.push(w);
            }
        }
        const path = [];
        for (let v = end; v !== -1; v = parent.get(v) ?? -1)
            path.push(v);
        path.reverse();
        found.push({
            cycle: path.map(i => g.ids[i]),
            group: group.map(i => g.ids[i])
        });
    }
    found.sort((a, b) => order.compare(a.cycle[0], b.cycle[0]));
    return {
        cycles: found.map(f => f.cycle),
        cyclic,
        groups: found.map(f => f.group),
        indexed: g
    };
}

// The order in which finished work can be merged: Kahn layering over the
// complete tasks, with file overlaps pushed to later waves so no two branches
// of one wave touch the same path.
/** `graph`, when given, must be `indexGraph(tasks, order)`, built once for several modules. */
function mergeOrder(tasks, cyclic, order = PLAIN_ID_ORDER, graph) {
    const g = graph ?? indexGraph(tasks, order);
    const n = g.ids.length;
    const info = new Map(tasks.map(t => [t.id, t]));
    const eligible = findEligible(g.ids, g.deps, g.dependents, id => {
        const t = info.get(id);
        return t !== undefined && t.complete && !cyclic.has(id);
    });
    const waiting = new Int32Array(n);
    let ready = [];
    for (let i = 0; i < n; i++) {
        if (!eligible[i])
            continue;
        waiting[i] = (g.deps[i] ?? []).length;
        if (waiting[i] === 0)
            ready.push(i);
    }
    const waves = [];
    const placed = new Set();
    while (ready.length > 0) {
        ready.sort((a, b) => a - b);
        const wave = new WaveFiles();
        const members = [];
        const deferred = [];
        let alone = false;
        for (const i of ready) {
            const t = info.get(g.ids[i]);
            const shared = t.concurrency === 'write-shared';
            if (alone || (shared && members.length > 0) || wave.overlaps(t.files)) {
                deferred.push(i);
                continue;
            }
            members.push(i);
            wave.add(t.files);
            if (shared)
                alone = true;
        }
        const next = [];
        for (const i of members) {
            placed.add(g.ids[i]);
            for (const d of g.dependents[i] ?? []) {
                if (!eligible[d])
                    continue;
                waiting[d] = waiting[d] - 1;
                if (waiting[d] === 0)
                    next.push(d);
            }
        }
        waves.push(members.map(i => g.ids[i]));
        ready = deferred.concat(next);
    }
    // g.ids are distinct and in id order already.
    const held = g.ids.filter(id => !placed.has(id));
    return { waves, held };
}
/** Complete tasks whose every dependency, transitively, is eligible too. */
function findEligible(ids, deps, dependents, ok) {
    const n = ids.length;
    const eligible = new Uint8Array(n);
    const missing = new Int32Array(n);
    const queue = [];
    for (let i = 0; i < n; i++) {
        missing[i] = (deps[i] ?? []).length;
        if (missing[i] === 0 && ok(ids[i]))
            queue.push(i);
    }
    // A task on a cycle never reaches zero missing dependencies, so neither do
    // the tasks downstream of it.
    for (let head = 0; head < queue.length; head++) {
        const v = queue[head];
        eligible[v] = 1;
        for (const d of dependents[v] ?? []) {
            missing[d] = missing[d] - 1;
            if (missing[d] === 0 && ok(ids[d]))
                queue.push(d);
        }
    }
    return eligible;
}
/**
 * The paths already in a wave, indexed so that checking a path costs its
 * depth, not the number of paths in the wave.
 */
class WaveFiles {
    exact = new Set();
    folders = new Set();
    prefixes = new Set();
    overlaps(files) {
        for (const p of files) {
            if (this.exact.has(p))
                return true;
            if (isFolder(p) && this.prefixes.has(p))
                return true;
            for (const f of folderPrefixes(p))
                if (this.folders.has(f))
                    return true;
        }
        return false;
    }
    add(files) {
        for (const p of files) {
            this.exact.add(p);
            if (isFolder(p))
                this.folders.add(p);
            for (const f of folderPrefixes(p))
                this.prefixes.add(f);
        }
    }
}

// Spawn candidates of every report, with repeats marked: the first task (by
// id) to propose a piece of work owns it.
function collectSpawnCandidates(tasks, order = PLAIN_ID_ORDER) {
    const seen = new Set();
    const out = [];
    const ordered = sortById(tasks, order);
    for (const t of ordered) {
        for (const sc of t.report?.spawnCandidates ?? []) {
            const key = sc.dedupKey.trim().toLowerCase();
            const duplicate = key !== '' && seen.has(key);
            if (key !== '')
                seen.add(key);
            out.push({ ...sc, task: t.id, duplicate });
        }
    }
    return out;
}

// Report file names: `T04.md`, `T06-partial.md`, `T-AUTO-01.md`, and the
// suffixed names agents also write (`T01-seo-audit.md`, `T-AUTO-01_cleanup.md`):
// a task id, then `-` or `_` and a slug. Shared by track discovery, which
// decides which files are read, and the parser, which maps each to its task.
const ID_AT_START_RE = new RegExp(`^(${TASK_ID})`, 'i');
/** The task a report file name belongs to (a base name, not a path), or null. */
function readReportName(name) {
    if (!name.endsWith('.md'))
        return null;
    const stem = name.slice(0, -3);
    const m = ID_AT_START_RE.exec(stem);
    if (!m)
        return null;
    const id = m[0];
    const rest = stem.slice(id.length);
    const taskId = id.toUpperCase();
    if (rest === '')
        return { taskId, partial: false, suffix: null };
    const sep = rest.charAt(0);
    const slug = rest.slice(1);
    // `T01-2.md` would read as a slug of digits, but `T01.2` or `T012` never do.
    if ((sep !== '-' && sep !== '_') || slug === '' || slug.includes('/'))
        return null;
    const lower = slug.toLowerCase();
    if (lower === 'partial')
        return { taskId, partial: true, suffix: null };
    const partial = lower.endsWith('-partial') || lower.endsWith('_partial');
    return { taskId, partial, suffix: slug };
}
/** The task of a report at `reports/…` (any path; its last segment is read). */
function reportNameOfPath(path) {
    return readReportName(path.slice(path.lastIndexOf('/') + 1));
}

// One record per task: the plan entry and its report side by side, with the
// status, title and file lists the rest of the analysis reads. The plan is the
// source of truth for which tasks exist and in which order; the report is the
// source of truth for what happened.
function assembleTasks(parsed) {
    const diagnostics = [];
    const planFile = parsed.plan?.file ?? 'plan.md';
    const planTasks = uniquePlanTasks(parsed.plan?.tasks ?? [], planFile, diagnostics);
    const reports = pickReports(parsed.reports, diagnostics);
    const planned = new Set(planTasks.map(p => p.id));
    const tasks = planTasks.map(p => {
        const report = reports.get(p.id) ?? null;
        if (report)
            checkArtifacts(p, report, planFile, diagnostics);
        return build(p, report, planFile, diagnostics);
    });
    const extra = [...reports.keys()].filter(id => !planned.has(id)).sort(compareIds);
    for (const id of extra) {
        const report = reports.get(id);
        if (parsed.plan) {
            diagnostics.push({
                severity: 'warning',
                file: report.file,
                line: Math.max(1, report.titleLine),
                message: `${id} has a report but no task in ${planFile}; it is analysed as an extra task.`
            });
        }
        tasks.push(build(null, report, planFile, diagnostics));
    }
    return { tasks, diagnostics };
}
/**
 * A report found under a suffixed name (`T01-seo-audit.md`) is the task's by
 * its id alone; a plan whose Artifacts name the task's reports but not this
 * one gets a notice, so a misnamed file does not pass unseen.
 */
function checkArtifacts(plan, report, planFile, diagnostics) {
    if ((reportNameOfPath(report.file)?.suffix ?? null) === null)
        return;
    const artifacts = plan.fields['artifacts'];
    if (!artifacts || !/\breports\//.test(artifacts.value))
        return;
    const base = report.file.slice(report.file.lastIndexOf('/') + 1);
    if (artifacts.value.includes(base))
        return;
    diagnostics.push({
        severity: 'notice',
        file: planFile,
        line: artifacts.line,
        message: `${plan.id}: ${report.file} is read as its report by its name, but the plan's Artifacts do not name it.`
    });
}
function uniquePlanTasks(planTasks, planFile, diagnostics) {
    const seen = new Map();
    for (const p of planTasks) {
        const first = seen.get(p.id);
        if (first) {
            diagnostics.push({
                severity: 'error',
                file: planFile,
                line: p.line,
                message: `${p.id} is defined twice in the plan (lines ${first.line} and ${p.line}); the later definition is ignored.`
            });
            continue;
        }
        seen.set(p.id, p);
    }
    return [...seen.values()];
}
/** One report per task id: a full report beats a `-partial` one, and `T01.md` beats `T01-slug.md`. */
function pickReports(reports, diagnostics) {
    const suffixed = (r) => Number((reportNameOfPath(r.file)?.suffix ?? null) !== null);
    const ordered = [...reports].sort((a, b) => Number(a.partialFile) - Number(b.partialFile) ||
        suffixed(a) - suffixed(b) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const chosen = new Map();
    for (const r of ordered) {
        const kept = chosen.get(r.taskId);
        if (!kept) {
            chosen.set(r.taskId, r);
            continue;
        }
        diagnostics.push({
            severity: r.partialFile && !kept.partialFile ? 'notice' : 'warning',
            file: r.file,
            line: 1,
            message: `${r.file} also reports on ${r.taskId}; ${kept.file} is used instead.`
        });
    }
    return chosen;
}
function build(plan, report, planFile, diagnostics) {
    const id = plan?.id ?? report.taskId;
    const status = resolveStatus(id, plan, report, planFile, diagnostics);
    if (plan && report?.title && !sameTitle(plan.title, report.title)) {
        diagnostics.push({
            severity: 'notice',
            file: report.file,
            line: Math.max(1, report.titleLine),
            message: `${id}: the report's title '${report.title}' differs from the plan's '${plan.title}'.`
        });
    }
    const claims = report?.files;
    const created = paths(claims?.created ?? []);
    const modified = paths(claims?.modified ?? []);
    const deleted = paths(claims?.deleted ?? []);
    const classified = union(union(created, modified), deleted);
    const touched = unclassified(claims?.touched ?? [], classified);
    // As many distinct paths as claims: no path is listed twice among them.
    const distinct = !claims ||
        classified.length === claims.created.length + claims.modified.length + claims.deleted.length;
    return {
        id,
        title: plan?.title || report?.title || id,
        phase: plan?.phase ?? null,
        role: plan?.ownerRole ?? report?.role ?? null,
        status,
        concurrency: plan?.concurrency ?? 'write-local',
        plan,
        report,
        files: { created, modified, deleted },
        touched,
        fileSet: union(classified, touched),
        claimedLines: lineClaims(claims, distinct)
    };
}
function resolveStatus(id, plan, report, planFile, diagnostics) {
    if (!report) {
        if (!plan)
            return 'unknown';
        const done = plan.status === 'complete' || (plan.status === null && plan.checked);
        if (done) {
            diagnostics.push({
                severity: 'warning',
                file: planFile,
                line: plan.fields['status']?.line ?? plan.line,
                message: `${id} is marked ${plan.statusText ?? '[x]'} in the plan: DONE without a report.`
            });
            return 'complete';
        }
        return plan.status ?? 'todo';
    }
    // A saved `-partial` report is partial work, whatever its header says.
    const status = report.partialFile && report.status === 'complete' ? 'partial' : report.status;
    if (plan && status !== 'unknown') {
        const planStatus = plan.status ?? (plan.checked ? 'complete' : null);
        if (planStatus !== null && planStatus !== status) {
            const written = plan.statusText ?? (plan.checked ? '[x]' : '[ ]');
            diagnostics.push({
                severity: 'warning',
                file: report.file,
                line: Math.max(1, report.statusLine),
                message: `${id}: plan status ${written} disagrees with report status ${status}.`
            });
        }
    }
    return status;
}
/** The claimed paths, sorted, each once. */
function paths(claims) {
    const out = [];
    for (let i = 0; i < claims.length; i++)
        out.push(claims[i].path);
    return toSortedUnique(out);
}
/**
 * Touches Actual paths not already claimed as created, modified or deleted,
 * sorted: the sorted lists are merged, which allocates less than a set of the
 * claimed paths per task (the parser's paths are one-byte strings, quick to
 * order).
 */
function unclassified(claims, classified) {
    const touched = paths(claims);
    if (classified.length === 0 || touched.length === 0)
        return touched;
    const out = [];
    let j = 0;
    for (let i = 0; i < touched.length; i++) {
        const p = touched[i];
        while (j < classified.length && classified[j] < p)
            j++;
        if (classified[j] !== p)
            out.push(p);
    }
    return out;
}
/**
 * Claimed line counts in claim order (created, modified, deleted, Touches
 * Actual), one per path. With `distinct`, the first three lists repeat no
 * path, so only Touches Actual entries need checking against the rest.
 */
function lineClaims(claims, distinct) {
    const out = [];
    if (!claims)
        return out;
    let seen = distinct ? null : new Set();
    addCounted(claims.created, out, seen);
    addCounted(claims.modified, out, seen);
    addCounted(claims.deleted, out, seen);
    if (!claims.touched.some(counted))
        return out;
    seen ??= new Set(out.map(c => c.path));
    addCounted(claims.touched, out, seen);
    return out;
}
function counted(c) {
    return c.linesAdded !== null || c.linesRemoved !== null;
}
function addCounted(list, out, seen) {
    for (const c of list) {
        if (!counted(c))
            continue;
        if (seen) {
            if (seen.has(c.path))
                continue;
            seen.add(c.path);
        }
        out.push({ path: c.path, added: c.linesAdded, removed: c.linesRemoved });
    }
}
function sameTitle(a, b) {
    if (a === b)
        return true;
    const norm = (s) => s
        .toLowerCase()
        .replace(/[\s\p{P}]+/gu, ' ')
        .trim();
    return norm(a) === norm(b);
}

// Files a task touched that its plan entry did not announce.
/**
 * The same, for tasks whose `files` are already sorted without repeats (as
 * assembled tasks' file sets are): comparing paths costs more than the rest,
 * so they are not checked again.
 */
function unplannedInSorted(tasks, trackDir, order = PLAIN_ID_ORDER) {
    const own = trackDir.replace(/\/+$/, '') + '/';
    // Tasks are put in id order once and their rows written as they come: a
    // track may have tens of thousands of unplanned files, and comparing ids
    // per row cost more than everything else here.
    const ordered = sortById(tasks, order);
    const out = [];
    for (let k = 0; k < ordered.length;) {
        const id = ordered[k].id;
        let end = k + 1;
        while (end < ordered.length && ordered[end].id === id)
            end++;
        if (end - k === 1)
            addUnplanned(ordered[k], own, out);
        else {
            // One id listed twice (only on direct calls): its rows merged, re-sorted.
            const rows = [];
            for (let m = k; m < end; m++)
                addUnplanned(ordered[m], own, rows);
            rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
            for (const row of rows)
                out.push(row);
        }
        k = end;
    }
    return out;
}
/** Appends the task's unplanned paths to `out`, in the order of its files. */
function addUnplanned(t, own, out) {
    if (t.planned === null)
        return;
    const exact = new Set(t.planned);
    const hasFolders = t.planned.some(isFolder);
    const files = t.files;
    for (let i = 0; i < files.length; i++) {
        const path = files[i];
        if (path.startsWith(own) || exact.has(path))
            continue;
        if (hasFolders && underAny(path, exact))
            continue;
        out.push({ task: t.id, path });
    }
}
/** True when a folder holding `path` is in `planned` (which holds only files and folders). */
function underAny(path, planned) {
    for (let i = path.indexOf('/'); i !== -1 && i < path.length - 1; i = path.indexOf('/', i + 1)) {
        if (planned.has(path.slice(0, i + 1)))
            return true;
    }
    return false;
}

// The verdict: failure when any selected fail-on condition holds, with one
// readable sentence per reason.
const LIST_LIMIT = 20;
/** Sentences per condition; beyond it one sentence counts the rest. */
const REASON_LIMIT = 10;
function decideVerdict(input, options, order = PLAIN_ID_ORDER) {
    const selected = new Set(options.failOn);
    const reasons = [];
    const add = (items, more) => {
        for (const item of items.slice(0, REASON_LIMIT))
            reasons.push(item);
        if (items.length > REASON_LIMIT)
            reasons.push(more(items.length - REASON_LIMIT));
    };
    if (selected.has('blockers')) {
        add(blockerReasons(input), n => `${plural(n, 'more unresolved blocker')}.`);
    }
    if (selected.has('gates'))
        add(gateReasons(input, options), n => `${plural(n, 'more gate failure')}.`);
    if (selected.has('cycles')) {
        const cycles = input.cycles.map(c => `Dependency cycle: ${[...c, c[0]].join(' → ')}.`);
        add(cycles, n => `${plural(n, 'more dependency cycle')}.`);
    }
    if (selected.has('incomplete')) {
        const open = input.tasks.filter(t => t.status !== 'complete');
        if (open.length > 0)
            reasons.push(incompleteReason(open, order));
    }
    if (selected.has('conflicts')) {
        add(conflictReasons(input.conflicts), n => `${plural(n, 'more pair')} of tasks ${n === 1 ? 'changes' : 'change'} the same files in parallel.`);
    }
    if (selected.has('unreported') && input.diffCheck && input.diffCheck.unreported.length > 0) {
        const files = input.diffCheck.unreported;
        const noun = files.length === 1 ? 'changed file is' : 'changed files are';
        reasons.push(`${files.length} ${noun} not claimed by any report: ${list$2(files)}.`);
    }
    if (selected.has('errors')) {
        add(errorReasons(input.diagnostics), n => `${plural(n, 'more file')} with input errors.`);
    }
    return { conclusion: reasons.length > 0 ? 'failure' : 'success', reasons };
}
function blockerReasons(input) {
    const status = new Map(input.tasks.map(t => [t.id, t.status]));
    return input.blockers
        .filter(b => b.severity === 'critical' && !b.resolved)
        .map(b => {
        const title = sentence(b.title + pastOpenFence(b, input.openFences));
        switch (b.kind) {
            case 'error':
                return `${b.task} has an unresolved error ${title}`;
            case 'spawn-candidate':
                return `${b.task} raises a critical spawn candidate ${title}`;
            case 'blocker':
                return status.get(b.task) === 'blocked'
                    ? `${b.task} is blocked: ${title}`
                    : `${b.task} reports an unresolved blocker: ${title}`;
            default:
                return `${b.task} is blocked: ${title}`;
        }
    });
}
function gateReasons(input, options) {
    const out = [];
    for (const g of GATE_KEYS) {
        const r = input.gates[g];
        if (r.status !== 'fail' || r.score === null)
            continue;
        out.push(r.target === 'pass'
            ? `Gate-${g} scored ${formatScore(r.score)}, below its target pass (1.00 required).`
            : `Gate-${g} scored ${formatScore(r.score)}, below its target ${r.target}.`);
    }
    const threshold = input.indexThreshold;
    const named = threshold === null
        ? ''
        : options.indexThreshold !== null
            ? `the threshold ${formatScore(threshold)} (index-threshold)`
            : `the ${options.profile} threshold ${formatScore(threshold)}`;
    if (input.iosmIndex !== null) {
        if (threshold !== null && input.iosmIndex < threshold - 1e-9) {
            out.push(`IOSM-Index ${input.iosmIndex.toFixed(3)} is below ${named}.`);
        }
        return out;
    }
    const skipped = GATE_KEYS.filter(g => input.gates[g].status === 'skip');
    const missing = GATE_KEYS.filter(g => input.gates[g].status === 'not-evaluated');
    const anyEvaluated = skipped.length + missing.length < GATE_KEYS.length;
    if (options.naPolicy === 'strict') {
        const parts = [];
        if (skipped.length > 0)
            parts.push(`${gateList$1(skipped)} ${skipped.length === 1 ? 'is' : 'are'} skipped`);
        if (missing.length > 0)
            parts.push(`${gateList$1(missing)} ${missing.length === 1 ? 'was' : 'were'} not evaluated`);
        const why = anyEvaluated ? parts.join(' and ') : 'no gate was evaluated';
        out.push(`IOSM-Index is undefined (na-policy strict): ${why}.`);
    }
    else if (missing.length > 0 && threshold !== null) {
        // Only gates expected but not scored make the data insufficient; a track
        // that skips every gate on purpose has nothing to measure.
        out.push(`No IOSM gate was evaluated: insufficient data to check the IOSM-Index against ${named}.`);
    }
    return out;
}
function incompleteReason(open, order) {
    const sorted = sortById(open, order);
    const statuses = new Set(sorted.map(t => t.status));
    const head = sorted.length === 1 ? '1 task is not complete' : `${sorted.length} tasks are not complete`;
    if (statuses.size === 1)
        return `${head}: ${list$2(sorted.map(t => t.id))} (${sorted[0]?.status}).`;
    return `${head}: ${list$2(sorted.map(t => `${t.id} (${t.status})`))}.`;
}
function conflictReasons(conflicts) {
    // Grouped by pair: a sentence names a pair once, with the paths it shares.
    const byPair = new Map();
    const out = [];
    for (const c of conflicts) {
        if (c.kind !== 'parallel' || c.reason === 'note')
            continue;
        if (c.pairs) {
            out.push(manyReason(c, c.pairs.parallel));
            continue;
        }
        const [a = '', b = ''] = c.tasks;
        let inner = byPair.get(a);
        if (!inner) {
            inner = new Map();
            byPair.set(a, inner);
        }
        const list = inner.get(b);
        if (list)
            list.push(c);
        else
            inner.set(b, [c]);
    }
    for (const inner of byPair.values()) {
        for (const cs of inner.values()) {
            const [a, b] = cs[0].tasks;
            if (cs.every(c => c.reason === 'write-shared')) {
                out.push(`${a} and ${b} run in parallel although one of them is write-shared; no dependency orders them.`);
                continue;
            }
            const paths = cs.filter(c => c.reason === 'overlap').map(c => c.path);
            out.push(`${a} and ${b} both change ${list$2(paths, 5)} with no dependency between them.`);
        }
    }
    return out;
}
/**
 * One sentence per file with an error diagnostic: the file's first error, and
 * how many more it has. A file the tool could not read names itself
 * (`plan.md could not be read: …`); other errors follow the place.
 */
function errorReasons(diagnostics) {
    const byFile = new Map();
    for (const d of diagnostics) {
        if (d.severity !== 'error')
            continue;
        const seen = byFile.get(d.file);
        if (seen)
            seen.count++;
        else
            byFile.set(d.file, { first: d, count: 1 });
    }
    const out = [];
    for (const { first, count } of byFile.values()) {
        const where = first.line > 1 ? `${first.file}:${first.line}` : first.file;
        const message = sentence(first.message);
        const text = /^(?:could not|cannot|was|is)\b/.test(message)
            ? `${where} ${message}`
            : `${where}: ${message}`;
        out.push(count > 1 ? `${text} (${plural(count - 1, 'more error')} in this file.)` : text);
    }
    return out;
}
/** An entry of many pairs: the tasks named up to a limit, and how many pairs run in parallel. */
function manyReason(c, parallel) {
    const total = c.tasks.length + (c.moreTasks ?? 0);
    const named = c.tasks.slice(0, 5).join(', ');
    const tasks = total > 5 ? `${named} and ${total - 5} more tasks` : named;
    const pairs = `${plural(parallel, 'pair')} with no dependency between ${parallel === 1 ? 'its tasks' : 'their tasks'}`;
    if (c.reason === 'write-shared') {
        const [w = '', ...beside] = c.tasks;
        const others = total - 1;
        const names = others > 5 ? `${beside.slice(0, 5).join(', ')} and ${others - 5} more` : beside.join(', ');
        return `${w} is write-shared but runs in parallel with ${names} (${pairs}).`;
    }
    return `${tasks} all change ${c.path} (${pairs}).`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function gateList$1(gates) {
    return gates.map(g => `Gate-${g}`).join(', ');
}
function list$2(items, limit = LIST_LIMIT) {
    if (items.length <= limit)
        return items.join(', ');
    return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}
/** A title as the end of a sentence: exactly one closing full stop. */
/**
 * A blocker read from past a code fence left open is shown as code on GitHub, so the
 * reason says where it is and why it still counts: the reader can close the fence.
 */
function pastOpenFence(b, openFences) {
    if (!openFences || b.file === null || b.line === null)
        return '';
    const fence = openFences.get(b.file);
    if (fence === undefined || fence >= b.line)
        return '';
    return ` (${b.file}:${b.line}, after a code fence left open at line ${fence})`;
}
function sentence(text) {
    const trimmed = text.trim();
    // A loop, not an end-anchored regex: that takes quadratic time on a long run of dots.
    let end = trimmed.length;
    while (end > 0 && /[.\s]/.test(trimmed.charAt(end - 1)))
        end--;
    const t = trimmed.slice(0, end);
    return /[!?]$/.test(t) ? t : `${t}.`;
}

// The analysis of a parsed track: every rule in its own module, put together
// here into the public result (TrackResult, RunResult).
function analyzeRun(tracks, options, changed) {
    const perTrack = changed ? splitChangesByTrack(tracks, changed) : null;
    const results = tracks.map((t, i) => analyzeTrack(t, options, perTrack?.[i] ?? null));
    const failed = results.some(r => r.verdict.conclusion === 'failure');
    return {
        schemaVersion: SCHEMA_VERSION,
        conclusion: failed ? 'failure' : 'success',
        tracks: results
    };
}
function analyzeTrack(parsed, options, changed) {
    const planFile = parsed.plan?.file ?? 'plan.md';
    const assembled = assembleTasks(parsed);
    const tasks = assembled.tasks;
    const ordering = idOrder(tasks.map(t => t.id));
    const graph = buildGraph(tasks, planFile, ordering);
    const deps = (id) => graph.dependsOn.get(id) ?? [];
    const effort = estimateEfforts(tasks, planFile);
    const waves = mergeOrder(tasks.map(t => ({
        id: t.id,
        complete: t.status === 'complete',
        concurrency: t.concurrency,
        files: t.fileSet,
        dependsOn: deps(t.id)
    })), graph.cyclic, ordering, graph.indexed);
    const path = criticalPath(tasks.map(t => ({
        id: t.id,
        effortMinutes: effort.minutes.get(t.id) ?? DEFAULT_MINUTES,
        dependsOn: deps(t.id)
    })), graph.cyclic, ordering, graph.indexed);
    const conflicts = findConflicts(tasks.map(t => ({
        id: t.id,
        concurrency: t.concurrency,
        files: t.fileSet,
        dependsOn: deps(t.id),
        notes: t.report?.mayConflictWith ?? [],
        reportFile: t.report?.file ?? null
    })), ordering, graph.indexed);
    const forecast = forecastConflicts(tasks.map(t => ({
        id: t.id,
        complete: t.status === 'complete',
        concurrency: t.concurrency,
        planned: t.plan?.touches ?? null,
        files: t.fileSet,
        dependsOn: deps(t.id)
    })), conflicts.conflicts, ordering, graph.indexed);
    const unplanned = unplannedInSorted(tasks.map(t => ({ id: t.id, planned: t.plan?.touches ?? null, files: t.fileSet })), parsed.dir, ordering);
    const spawnCandidates = collectSpawnCandidates(tasks, ordering);
    const blockers = collectBlockers(tasks, spawnCandidates, planFile, ordering);
    const gates = analyzeGates({ plan: parsed.plan, prdTargets: parsed.prdTargets, iosm: parsed.iosm, tasks }, options.naPolicy, ordering);
    const diff = changed ? checkDiff(tasks, changed, parsed.dir, ordering) : null;
    const indexThreshold = options.indexThreshold ?? PROFILE_THRESHOLDS[options.profile];
    const diagnostics = sortDiagnostics([
        ...parsed.diagnostics,
        ...assembled.diagnostics,
        ...graph.diagnostics,
        ...effort.diagnostics,
        ...conflicts.diagnostics,
        ...gates.diagnostics,
        ...(diff?.diagnostics ?? []),
        ...parsed.reports.flatMap(checkDeclaredTotals)
    ]);
    const verdict = decideVerdict({
        tasks,
        blockers,
        gates: gates.gates,
        iosmIndex: gates.iosmIndex,
        indexThreshold,
        cycles: graph.cycles,
        conflicts: conflicts.conflicts,
        diffCheck: diff?.diffCheck ?? null,
        diagnostics,
        openFences: new Map(parsed.reports.flatMap(r => (r.openFenceLine === null ? [] : [[r.file, r.openFenceLine]])))
    }, options, ordering);
    const byId = sortById(tasks, ordering);
    return {
        track: {
            id: parsed.id,
            dir: parsed.dir,
            feature: parsed.plan?.feature ?? null,
            title: parsed.plan?.title ?? null,
            goal: parsed.plan?.goal ?? null
        },
        status: trackStatus(tasks, graph.cycles.length > 0),
        tasks: tasks.map(t => taskResult(t, deps(t.id), effort.minutes.get(t.id) ?? DEFAULT_MINUTES)),
        mergeOrder: waves,
        criticalPath: path,
        cycles: graph.cycles,
        cycleGroups: graph.groups,
        conflicts: conflicts.conflicts,
        forecastConflicts: forecast,
        unplannedTouches: unplanned,
        blockers,
        gates: gates.gates,
        iosmIndex: gates.iosmIndex,
        statedIndex: parsed.iosm?.statedIndex?.value ?? null,
        rating: gates.rating,
        indexThreshold,
        naPolicy: options.naPolicy,
        diffCheck: diff?.diffCheck ?? null,
        spawnCandidates,
        followUps: byId.flatMap(t => (t.report?.followUps ?? []).map(f => ({ ...f, task: t.id }))),
        lessons: byId.flatMap(t => {
            const l = t.report?.lessons;
            if (!l || l.wentWell.length + l.couldImprove.length + l.surprises.length === 0)
                return [];
            return [{ ...l, task: t.id }];
        }),
        verdict,
        diagnostics
    };
}
function taskResult(t, dependsOn, effortMinutes) {
    const r = t.report;
    const gates = {};
    const stated = r?.gates;
    for (const g in stated) {
        const v = stated[g];
        if (v)
            gates[g] = v.score;
    }
    const blockers = [];
    for (const b of r?.blockers ?? [])
        if (!b.resolved)
            blockers.push(b.title || b.description);
    return {
        id: t.id,
        title: t.title,
        phase: t.phase,
        role: t.role,
        status: t.status,
        dependsOn,
        report: r?.file ?? null,
        files: t.files,
        gates,
        blockers,
        concurrency: t.concurrency,
        effortMinutes,
        touched: t.touched,
        summary: r?.summary ?? null,
        decisions: r?.decisions ?? [],
        verification: r?.verification ?? [],
        integrationInstructions: r?.integrationInstructions ?? [],
        ...(r ? { coverage: r.coverage } : {}),
        claimedLines: t.claimedLines
    };
}
function estimateEfforts(tasks, planFile) {
    const minutes = new Map();
    const diagnostics = [];
    // Plans repeat a handful of sizes (S, M, L) across many tasks.
    const parsedText = new Map();
    for (const t of tasks) {
        const text = t.plan?.effort ?? t.report?.effort ?? null;
        let e = parsedText.get(text);
        if (!e) {
            e = parseEffort(text);
            parsedText.set(text, e);
        }
        minutes.set(t.id, e.minutes);
        if (e.known)
            continue;
        diagnostics.push(effortFinding(t, text, planFile));
    }
    return { minutes, diagnostics };
}
/**
 * Why a task's effort could not be used. A plan entry without the field misses
 * one the plan template requires: a warning at the entry, whatever the report
 * says. Otherwise a notice where the unreadable text is.
 */
function effortFinding(t, text, planFile) {
    const assumed = `${DEFAULT_MINUTES} minutes are assumed for the critical path.`;
    const unreadable = (words) => `${words} is not a size (S, M, L, XL) or a duration`;
    if (t.plan && t.plan.effort === null) {
        const what = text === null
            ? 'no effort estimate'
            : `no effort in the plan, and the report's ${unreadable(`'${text}'`)}`;
        return {
            severity: 'warning',
            file: planFile,
            line: t.plan.line,
            message: `${t.id}: ${what}; ${assumed}`
        };
    }
    const where = t.plan
        ? { file: planFile, line: t.plan.fields['effort']?.line ?? t.plan.line }
        : { file: t.report?.file ?? planFile, line: 1 };
    const what = text === null ? 'no effort estimate' : unreadable(`effort '${text}'`);
    return { severity: 'notice', ...where, message: `${t.id}: ${what}; ${assumed}` };
}
function trackStatus(tasks, hasCycle) {
    if (hasCycle || tasks.some(t => t.status === 'blocked'))
        return 'blocked';
    if (tasks.length > 0 && tasks.every(t => t.status === 'complete'))
        return 'complete';
    return 'in-progress';
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortDiagnostics(list) {
    const seen = new Set();
    const unique = list.filter(d => {
        const key = `${d.file}\u0000${d.line}\u0000${d.severity}\u0000${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return unique.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

// The format's section names, field labels and status words in the languages
// reports are written in besides English. One table per language: adding a
// language is adding a table. Names are written as `headingKey` leaves them
// (lower case, no emoji, no parenthetical, no trailing colon) and map to the
// English name the parser looks for.
const FR = {
    names: {
        statut: 'status',
        état: 'status',
        rôle: 'role',
        résumé: 'summary',
        'résumé exécutif': 'executive summary',
        synthèse: 'summary',
        'fichiers touchés': 'files touched',
        'fichiers modifiés': 'files changed',
        créés: 'created',
        'fichiers créés': 'created',
        modifiés: 'modified',
        supprimés: 'deleted',
        'fichiers supprimés': 'deleted',
        bloqueurs: 'blockers',
        'blocages et questions ouvertes': 'blockers & open questions',
        blocages: 'blockers',
        'résultats des portes iosm': 'iosm quality gate results',
        'portes de qualité': 'quality gates',
        'contrôles qualité iosm': 'iosm quality checks',
        'dépend de': 'depends on',
        dépendances: 'depends on',
        touche: 'touches',
        objectif: 'goal',
        'tâches de suivi': 'follow-up tasks',
        suivi: 'follow-up tasks',
        'leçons apprises': 'lessons learned',
        'candidats de spawn': 'spawncandidates'
    },
    statuses: {
        terminé: 'complete',
        terminée: 'complete',
        fait: 'complete',
        achevé: 'complete',
        partiel: 'partial',
        partielle: 'partial',
        bloqué: 'blocked',
        bloquée: 'blocked',
        échoué: 'blocked',
        'en cours': 'in-progress',
        'à faire': 'todo'
    },
    none: ['aucun', 'aucune', 'néant', 'rien']
};
const ES = {
    names: {
        estado: 'status',
        rol: 'role',
        resumen: 'summary',
        'resumen ejecutivo': 'executive summary',
        'archivos tocados': 'files touched',
        'archivos modificados': 'files changed',
        creados: 'created',
        modificados: 'modified',
        eliminados: 'deleted',
        bloqueos: 'blockers',
        bloqueadores: 'blockers',
        'resultados de las puertas iosm': 'iosm quality gate results',
        'puertas de calidad': 'quality gates',
        'depende de': 'depends on',
        toca: 'touches',
        objetivo: 'goal',
        'tareas de seguimiento': 'follow-up tasks',
        'lecciones aprendidas': 'lessons learned'
    },
    statuses: {
        completado: 'complete',
        completada: 'complete',
        terminado: 'complete',
        hecho: 'complete',
        parcial: 'partial',
        bloqueado: 'blocked',
        bloqueada: 'blocked',
        fallido: 'blocked',
        'en progreso': 'in-progress',
        pendiente: 'todo'
    },
    none: ['ninguno', 'ninguna', 'nada']
};
const DE = {
    names: {
        rolle: 'role',
        zusammenfassung: 'summary',
        'berührte dateien': 'files touched',
        'geänderte dateien': 'files changed',
        erstellt: 'created',
        geändert: 'modified',
        gelöscht: 'deleted',
        blocker: 'blockers',
        'iosm-gate-ergebnisse': 'iosm quality gate results',
        'iosm gate-ergebnisse': 'iosm quality gate results',
        qualitätsgates: 'quality gates',
        'hängt ab von': 'depends on',
        abhängigkeiten: 'depends on',
        berührt: 'touches',
        ziel: 'goal',
        folgeaufgaben: 'follow-up tasks',
        'gelernte lektionen': 'lessons learned',
        erkenntnisse: 'lessons learned'
    },
    statuses: {
        erledigt: 'complete',
        abgeschlossen: 'complete',
        fertig: 'complete',
        teilweise: 'partial',
        blockiert: 'blocked',
        fehlgeschlagen: 'blocked',
        'in bearbeitung': 'in-progress',
        offen: 'todo'
    },
    none: ['keine', 'keiner', 'nichts']
};
const PT = {
    names: {
        estado: 'status',
        situação: 'status',
        papel: 'role',
        função: 'role',
        resumo: 'summary',
        'arquivos tocados': 'files touched',
        'arquivos modificados': 'files changed',
        'ficheiros modificados': 'files changed',
        criados: 'created',
        modificados: 'modified',
        excluídos: 'deleted',
        removidos: 'deleted',
        bloqueios: 'blockers',
        bloqueadores: 'blockers',
        'resultados dos portões iosm': 'iosm quality gate results',
        'portões de qualidade': 'quality gates',
        'depende de': 'depends on',
        toca: 'touches',
        objetivo: 'goal',
        'tarefas de acompanhamento': 'follow-up tasks',
        'lições aprendidas': 'lessons learned'
    },
    statuses: {
        concluído: 'complete',
        concluída: 'complete',
        completo: 'complete',
        feito: 'complete',
        parcial: 'partial',
        bloqueado: 'blocked',
        falhou: 'blocked',
        'em andamento': 'in-progress',
        pendente: 'todo'
    },
    none: ['nenhum', 'nenhuma', 'nada']
};
const RU = {
    names: {
        статус: 'status',
        состояние: 'status',
        роль: 'role',
        резюме: 'summary',
        'краткое описание': 'summary',
        итоги: 'summary',
        'затронутые файлы': 'files touched',
        'изменённые файлы': 'files changed',
        'измененные файлы': 'files changed',
        созданы: 'created',
        созданные: 'created',
        изменены: 'modified',
        изменённые: 'modified',
        измененные: 'modified',
        удалены: 'deleted',
        удалённые: 'deleted',
        блокеры: 'blockers',
        блокирующие: 'blockers',
        'результаты iosm-гейтов': 'iosm quality gate results',
        'результаты гейтов iosm': 'iosm quality gate results',
        'гейты качества': 'quality gates',
        'зависит от': 'depends on',
        зависимости: 'depends on',
        затрагивает: 'touches',
        цель: 'goal',
        'последующие задачи': 'follow-up tasks',
        'извлечённые уроки': 'lessons learned',
        уроки: 'lessons learned'
    },
    statuses: {
        выполнено: 'complete',
        выполнена: 'complete',
        готово: 'complete',
        завершено: 'complete',
        частично: 'partial',
        заблокировано: 'blocked',
        заблокирована: 'blocked',
        провалено: 'blocked',
        'в работе': 'in-progress',
        'к выполнению': 'todo'
    },
    none: ['нет', 'отсутствуют', 'ничего']
};
const LANGUAGES = {
    fr: FR,
    es: ES,
    de: DE,
    pt: PT,
    ru: RU
};
function merged(pick) {
    const out = new Map();
    for (const lang of Object.values(LANGUAGES)) {
        for (const [local, value] of Object.entries(pick(lang)))
            if (!out.has(local))
                out.set(local, value);
    }
    return out;
}
const NAMES = merged(l => l.names);
const STATUSES = merged(l => l.statuses);
const NONE = new Set(Object.values(LANGUAGES).flatMap(l => l.none));
/** The English name of a normalised heading or label written in another language, else the name itself. */
function englishName(key) {
    return NAMES.get(key) ?? key;
}
/** The status a value in another language starts with (`Terminé`, `Выполнено ✅`), or null. */
function localStatus(text) {
    const t = text.trim().toLowerCase();
    const words = t.split(/[\s.,;:!()]+/).filter(w => w !== '');
    const one = words[0];
    if (one === undefined)
        return null;
    const two = words.length > 1 ? `${one} ${words[1]}` : null;
    return (two !== null ? STATUSES.get(two) : undefined) ?? STATUSES.get(one) ?? null;
}
/** A value that says "nothing" in another language (`Нет`, `Aucun.`). */
function isLocalNone(text) {
    return NONE.has(trimEnd(text.trim().toLowerCase()));
}
function trimEnd(text) {
    let end = text.length;
    while (end > 0 && '.!'.includes(text.charAt(end - 1)))
        end--;
    return text.slice(0, end);
}

// Scores and thresholds as people write them: `0.85`, `0,85` (decimal comma),
// `85%`, `85 %`, `78/100`, `4/5`, `1.5/5`, `0.9 / 1.0`, `3 out of 4`. A value
// whose scale cannot be known (`150`, `1.5` alone) or that is negative is
// unreadable, never guessed: the caller warns and leaves the value out. A score
// past its stated maximum (`1.4 / 1.0`, `120%`) is kept and clamped later.
// No nested quantifiers: each alternative is linear from its start.
const NUMBER_RE = /\d+(?:[.,]\d+)?|[.,]\d+/;
const DENOMINATOR_RE = /^[ \t]*(?:\/|out[ \t]+of\b|of\b)[ \t]*(\d+(?:[.,]\d+)?|[.,]\d+)/i;
const PERCENT_RE = /^[ \t]*%/;
/** A number token, `,` read as the decimal separator when digits follow it. */
function numberValue(token) {
    return Number(token.replace(',', '.'));
}
/** The first number of `text` read as a fraction in [0, 1]. */
function readScore(text) {
    const m = NUMBER_RE.exec(text);
    if (!m)
        return { kind: 'none' };
    const token = m[0];
    const value = numberValue(token);
    if (!Number.isFinite(value))
        return { kind: 'unreadable', reason: `"${token}" is not a number` };
    const before = text.charAt(m.index - 1);
    const beforeSign = text.charAt(m.index - 2);
    if ((before === '-' || before === '−') && (m.index < 2 || /[\s(:=]/.test(beforeSign))) {
        return { kind: 'unreadable', reason: `${before}${token} is negative` };
    }
    // The rest of the value is short: a bounded slice keeps the tail checks cheap.
    const tail = text.slice(m.index + token.length, m.index + token.length + 64);
    if (PERCENT_RE.test(tail)) {
        // Above 100% is a claim past the maximum, clamped later like any score above 1.
        return { kind: 'value', value: value / 100 };
    }
    const d = DENOMINATOR_RE.exec(tail);
    if (d) {
        const denominator = numberValue(d[1] ?? '');
        if (!(denominator > 0))
            return { kind: 'unreadable', reason: `${token}/${d[1]} divides by 0` };
        return { kind: 'value', value: value / denominator };
    }
    if (value <= 1)
        return { kind: 'value', value };
    // A bare 85 is a percentage written without its sign; a bare 1.5 has no scale.
    if (value >= 10 && value <= 100)
        return { kind: 'value', value: value / 100 };
    if (value < 10) {
        return {
            kind: 'unreadable',
            reason: `${token} is above 1 and names no scale (write ${token}/5 or ${token}%)`
        };
    }
    return { kind: 'unreadable', reason: `${token} is neither a fraction of 1 nor a percentage` };
}

// Line-level helpers for the inline markup of single lines: bold labels, list
// items, code spans, emoji. Exact enough for labels and values, and cheap, so
// the block parser is only needed for prose paragraphs.
const EMOJI_RE = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{FE0E}|\u{200D}|\u{20E3}/gu;
function stripEmoji(text) {
    return text.replace(EMOJI_RE, '');
}
/** Whitespace width of a line's indentation, a tab counting as four columns. */
function indentOf(line) {
    let width = 0;
    for (const ch of line) {
        if (ch === ' ')
            width += 1;
        else if (ch === '\t')
            width += 4 - (width % 4);
        else
            break;
    }
    return width;
}
function isBlank(line) {
    return line.trim() === '';
}
// `[\s\S]`, not `.`, in the patterns here: a line may hold U+2028, where `.*$`
// fails only after backtracking that grows with the square of the line or worse.
const ITEM_RE = /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+([\s\S]*))?$/;
const BOX_RE = /^\[([^\]]{0,12})\](?:[ \t]+|$)([\s\S]*)$/;
function listItem$1(line) {
    const m = ITEM_RE.exec(line);
    if (!m)
        return null;
    const marker = m[2] ?? '-';
    let text = m[3] ?? '';
    // `**bold**` at the start of a line is not a list item.
    if (marker === '*' && text === '' && line.trim() !== '*')
        return null;
    let box = null;
    const b = BOX_RE.exec(text);
    // `[text](url)` is a link, not a box.
    if (b && !/^\[[^\]]*\]\(/.test(text)) {
        box = b[1] ?? '';
        text = b[2] ?? '';
    }
    return {
        indent: indentOf(m[1] ?? ''),
        marker,
        ordered: /\d/.test(marker),
        box,
        text: text.trim()
    };
}
// `**Label:** value`, `**Label**: value`, `__Label:__ value`; the colon is required.
const STAR_LABEL_RE = /^\*\*([^*]*?[^*\s:])\s*(?:(:)\s*)?\*\*[ \t]*(:?)[ \t]*([\s\S]*)$/;
const UNDERSCORE_LABEL_RE = /^__([^_]*?[^_\s:])\s*(?:(:)\s*)?__[ \t]*(:?)[ \t]*([\s\S]*)$/;
/** A bold label at the start of `text` (list markers already removed). */
function boldLabel(text) {
    const t = text.trim();
    const m = t.startsWith('*')
        ? STAR_LABEL_RE.exec(t)
        : t.startsWith('_')
            ? UNDERSCORE_LABEL_RE.exec(t)
            : null;
    if (!m)
        return null;
    if (m[2] !== ':' && m[3] !== ':')
        return null;
    return { label: (m[1] ?? '').trim(), value: (m[4] ?? '').trim() };
}
/** A bold label on a whole line, with or without a list marker. */
function lineLabel(line) {
    const item = listItem$1(line);
    const text = item ? item.text : line;
    const label = boldLabel(text);
    if (!label)
        return null;
    return { ...label, indent: item ? item.indent : indentOf(line), item: item !== null };
}
/**
 * Code spans of a line: a run of backticks up to the next run of the same
 * length. Runs are paired in one pass (a regex over nested backtick runs
 * takes quadratic time).
 */
function findCodeSpans(text) {
    if (!text.includes('`'))
        return [];
    const runs = [];
    for (let i = text.indexOf('`'); i !== -1; i = text.indexOf('`', i)) {
        let j = i;
        while (text.charAt(j) === '`')
            j++;
        runs.push({ pos: i, len: j - i });
        i = j;
    }
    const byLength = new Map();
    runs.forEach((r, k) => {
        const list = byLength.get(r.len);
        if (list)
            list.push(k);
        else
            byLength.set(r.len, [k]);
    });
    const cursor = new Map();
    const spans = [];
    for (let k = 0; k < runs.length;) {
        const open = runs[k];
        if (!open)
            break;
        const list = byLength.get(open.len) ?? [];
        let p = cursor.get(open.len) ?? 0;
        while (p < list.length && (list[p] ?? 0) <= k)
            p++;
        cursor.set(open.len, p);
        const m = list[p];
        const close = m === undefined ? undefined : runs[m];
        if (m === undefined || !close) {
            k++;
            continue;
        }
        spans.push({
            start: open.pos,
            end: close.pos + close.len,
            content: text.slice(open.pos + open.len, close.pos).trim()
        });
        k = m + 1;
    }
    return spans;
}
/** Position of the first backtick that belongs to no code span (a span left open), or -1. */
function danglingBacktick(text) {
    const spans = findCodeSpans(text);
    let k = 0;
    for (let i = text.indexOf('`'); i !== -1;) {
        while (k < spans.length && (spans[k]?.end ?? 0) <= i)
            k++;
        const span = spans[k];
        if (!span || i < span.start)
            return i;
        i = text.indexOf('`', span.end);
    }
    return -1;
}
/** Contents of the code spans of a line. */
function codeSpans(text) {
    return findCodeSpans(text)
        .map(s => s.content)
        .filter(c => c !== '');
}
/**
 * Plain text of one line of inline markdown: emphasis, strike-through, code
 * span fences, links and HTML tags removed, whitespace collapsed. Code span
 * contents stay literal.
 */
function inlineText(text) {
    if (!/[*_`~[<\\]/.test(text))
        return text.replace(/\s+/g, ' ').trim();
    const parts = [];
    let last = 0;
    for (const span of findCodeSpans(text)) {
        parts.push(stripMarks(text.slice(last, span.start)));
        parts.push(span.content);
        last = span.end;
    }
    parts.push(stripMarks(text.slice(last)));
    return parts.join('').replace(/\s+/g, ' ').trim();
}
function stripMarks(text) {
    return text
        .replace(/!?\[([^\][]*)\]\([^()]*\)/g, '$1')
        .replace(/<\/?[a-z][^<>]*>/gi, '')
        .replace(/\*\*|__|~~/g, '')
        .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
        .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}
/** Text struck through as a whole (`~~…~~`). */
function isStruck(text) {
    return /^\s*~~[\s\S]+~~\s*$/.test(text) || /^\s*(?:[-*+]\s+)?~~[^~]+~~/.test(text);
}
const ID_RE = new RegExp(String.raw `\b(${TASK_ID})\b`, 'gi');
/** Every task id in a text, upper-cased, in written order, without repeats. */
function taskIds(text) {
    // A set, not a scan of the list: a line may name thousands of ids.
    const seen = new Set();
    for (const m of text.matchAll(ID_RE))
        seen.add((m[1] ?? '').toUpperCase());
    return [...seen];
}
/**
 * Template text left unfilled: a value that is only a `[placeholder]`, or one
 * holding a well-known template token.
 */
function isPlaceholder(text) {
    const t = text.trim();
    if (/^\[[^\]]*\](?!\()$/.test(t) && !/^\[(?:[ xX✅❌⚠]|\uFE0F)*\]$/u.test(t))
        return true;
    return /\[(?:T##|Task[- ]ID|YYYY-MM-DD|track-id|N)\b|path\/to\//i.test(t);
}
/** Clamp to [0, 1] and keep three decimals. */
function round3(value) {
    const v = Math.min(1, Math.max(0, value));
    return Math.round(v * 1000) / 1000;
}
/** Trim characters of a set from both ends (a loop: end-anchored regexes are quadratic on long runs). */
function trimChars(text, chars) {
    return trimSets(text, chars, chars);
}
/** Trim characters of `lead` from the start and of `tail` from the end. */
function trimSets(text, lead, tail) {
    let a = 0;
    let b = text.length;
    while (a < b && lead.includes(text.charAt(a)))
        a++;
    while (b > a && tail.includes(text.charAt(b - 1)))
        b--;
    return text.slice(a, b);
}
function slug(text) {
    return text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+/, '')
        .replace(/-$/, '');
}
function basename(path) {
    const trimmed = trimSets(path, '', '/');
    const i = trimmed.lastIndexOf('/');
    return i === -1 ? trimmed : trimmed.slice(i + 1);
}
/** Values that mean "nothing": `None`, `N/A`, `-`, and the same in other languages (`Нет`, `Aucun`). */
function isNone$1(text) {
    const t = inlineText(text).trim();
    return (/^(?:none(?: identified)?|n\/?a|-+|—|–|nothing|\(none[^)]*\))\.?$/i.test(t) || isLocalNone(t));
}
// `Label: value` without bold: a short label of letters and spaces, then a colon and a value.
const PLAIN_LABEL_RE = /^([\p{L}][\p{L} _-]{0,38}?)[ \t]*:[ \t]+(\S[\s\S]*)$/u;
/** A label written without bold (`Status: DONE`, `- Depends on: T01`), list marker allowed. */
function plainLabel(line) {
    const item = listItem$1(line);
    if (item && item.box !== null)
        return null;
    const text = (item ? item.text : line).trim();
    if (text.includes('**') || text.startsWith('__'))
        return null;
    const m = PLAIN_LABEL_RE.exec(text);
    if (!m)
        return null;
    return { label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim() };
}

// A fence-aware line scanner. One pass over the lines finds code fences, HTML
// comments and ATX headings; sections are then heading ranges. Everything the
// model needs is located this way, so the markdown parser only ever sees the
// few small slices that hold prose.
/**
 * Longest line the parser reads; the rest of a longer line is dropped. No
 * field of the format needs more, and it bounds the work any line can cause.
 */
const MAX_LINE = 10_000;
/** Lines of a file's text: BOM stripped, CRLF and lone CR read as line ends. */
function splitLines(text) {
    const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return t.split(/\r\n|\r|\n/);
}
function scanText(text) {
    return scanLines(splitLines(text), 0);
}
// `[\s\S]`, not `.`: a line may hold U+2028, where `.*$` fails after quadratic backtracking.
const FENCE_RE = /^[ \t]*(`{3,}|~{3,})([\s\S]*)$/;
const HEADING_RE = /^ {0,3}(#{1,6})(?:[ \t]+([\s\S]*))?$/;
const LEVEL_2_RE = /^ {0,3}##[ \t]/;
function scanLines(lines, offset) {
    const n = lines.length;
    const opaque = new Uint8Array(n);
    const headingOn = new Int32Array(n).fill(-1);
    const fences = [];
    const headings = [];
    let unclosedFence = null;
    let longLine = -1;
    for (let i = 0; i < n; i++) {
        if ((lines[i] ?? '').length > MAX_LINE) {
            lines[i] = (lines[i] ?? '').slice(0, MAX_LINE);
            if (longLine === -1)
                longLine = i;
        }
    }
    // Open sections, innermost last: closed by the next heading of the same or a higher level.
    const open = [];
    // Per fence character, the shortest fence found never to close.
    const unclosable = new Map();
    for (let i = 0; i < n; i++) {
        const line = lines[i] ?? '';
        const first = line.trimStart().charAt(0);
        if (first === '`' || first === '~') {
            const m = FENCE_RE.exec(line);
            const marker = m?.[1];
            const info = m?.[2] ?? '';
            if (marker !== undefined && !(marker.startsWith('`') && info.includes('`'))) {
                const ch = marker.charAt(0);
                // A fence at least as long as one already known to run to the end cannot close either.
                const hopeless = marker.length >= (unclosable.get(ch) ?? Infinity);
                let close = hopeless ? n : findFenceClose(lines, i + 1, marker);
                const closed = close < n;
                if (!closed) {
                    unclosable.set(ch, Math.min(marker.length, unclosable.get(ch) ?? Infinity));
                    // Reports are untrusted: one stray fence must not hide every later section.
                    close = nextLevel2Heading(lines, i + 1);
                }
                const fence = { open: i, close, info: info.trim().toLowerCase(), closed };
                fences.push(fence);
                if (!closed && !unclosedFence)
                    unclosedFence = fence;
                const last = closed ? close : close - 1;
                for (let j = i; j <= last; j++)
                    opaque[j] = 1;
                i = last;
                continue;
            }
        }
        if (first === '<' && line.trimStart().startsWith('<!--') && !line.includes('-->')) {
            let j = i;
            while (j < n && !(lines[j] ?? '').includes('-->'))
                opaque[j++] = 1;
            if (j < n)
                opaque[j] = 1;
            i = j;
            continue;
        }
        if (first === '#') {
            const m = HEADING_RE.exec(line);
            if (m) {
                const level = (m[1] ?? '#').length;
                const text = headingText(m[2] ?? '');
                while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= level) {
                    const done = open.pop();
                    if (done)
                        done.end = i;
                }
                const section = { level, text, key: headingKey(text), index: i, end: n };
                headingOn[i] = headings.length;
                headings.push(section);
                open.push(section);
            }
        }
    }
    return { lines, offset, opaque, fences, headings, headingOn, unclosedFence, longLine };
}
/** Heading text without the optional closing `#` sequence. */
function headingText(raw) {
    const t = raw.trim();
    let end = t.length;
    while (end > 0 && t.charAt(end - 1) === '#')
        end--;
    if (end === 0)
        return '';
    if (end === t.length)
        return t;
    // Closing hashes count only after whitespace: `C#` keeps its hash.
    const before = t.charAt(end - 1);
    return before === ' ' || before === '\t' ? t.slice(0, end).trim() : t;
}
function nextLevel2Heading(lines, from) {
    for (let j = from; j < lines.length; j++) {
        if (LEVEL_2_RE.test(lines[j] ?? ''))
            return j;
    }
    return lines.length;
}
function findFenceClose(lines, from, marker) {
    const ch = marker.charAt(0);
    for (let j = from; j < lines.length; j++) {
        const t = (lines[j] ?? '').trim();
        if (t.length >= marker.length && t.charAt(0) === ch) {
            let k = 0;
            while (k < t.length && t.charAt(k) === ch)
                k++;
            if (k === t.length && k >= marker.length)
                return j;
        }
    }
    return lines.length;
}
/**
 * A heading reduced to what identifies it: inline markup and emoji removed,
 * lower-cased, parentheticals (`(v1.1)`, `(What Was Done)`) and a ` — ` tail
 * dropped, whitespace collapsed, trailing colon removed; a name in another
 * language becomes its English name (`résumé` → `summary`).
 */
function headingKey(text) {
    let t = stripEmoji(inlineText(text)).toLowerCase();
    for (let k = 0; k < 3 && t.includes('('); k++)
        t = t.replace(/\([^()]*\)/g, ' ');
    const dash = t.search(/\s[—–]\s/);
    if (dash !== -1)
        t = t.slice(0, dash);
    return englishName(trimChars(t.replace(/\s+/g, ' '), ' :.'));
}
/** File line number (1-based) of a line index. */
function lineNo(doc, index) {
    return doc.offset + index + 1;
}
/**
 * The first section whose key passes the test, trying the levels in order
 * (reports use `##` for their sections; some shift every heading by one).
 */
function findSection(doc, test, levels = [2, 1, 3]) {
    for (const level of levels) {
        const found = doc.headings.find(h => h.level === level && test(h.key));
        if (found)
            return found;
    }
    return null;
}
/** The direct subsections: headings inside the section at the shallowest level found there. */
function childSections(doc, parent) {
    const inside = [];
    let min = 7;
    const first = doc.headingOn[parent.index] ?? -1;
    for (let h = first + 1; h < doc.headings.length; h++) {
        const s = doc.headings[h];
        if (!s || s.index >= parent.end)
            break;
        inside.push(s);
        if (s.level < min)
            min = s.level;
    }
    return inside.filter(s => s.level === min);
}
/** Index where a section's own text ends: its first subheading, or its end. */
function ownEnd(doc, section) {
    const next = doc.headings[(doc.headingOn[section.index] ?? -1) + 1];
    return next && next.index < section.end ? next.index : section.end;
}
/** Fences whose opening line lies in [start, end). */
function fencesIn(doc, start, end) {
    const fences = doc.fences;
    let lo = 0;
    let hi = fences.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((fences[mid]?.open ?? 0) < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    const out = [];
    for (let k = lo; k < fences.length; k++) {
        const f = fences[k];
        if (!f || f.open >= end)
            break;
        out.push(f);
    }
    return out;
}
/** The lines inside a fence as a document of their own, line numbers kept. */
function fenceDoc(doc, fence) {
    return scanLines(doc.lines.slice(fence.open + 1, fence.close), doc.offset + fence.open + 1);
}
/** Findings of the scan itself: a fence that never closes, an over-long line. */
function reportScan(doc, diag) {
    for (const fence of doc.fences) {
        if (fence.closed)
            continue;
        diag.warning(lineNo(doc, fence.open), fence.close < doc.lines.length
            ? `code fence never closed: treated as closed before line ${lineNo(doc, fence.close)}, the next ## heading`
            : 'code fence never closed: the rest of the file is read as code');
    }
    if (doc.longLine !== -1) {
        diag.notice(lineNo(doc, doc.longLine), `line longer than ${MAX_LINE} characters: only its start is read`);
    }
}

// Block-level reading of line ranges: list items with their sub-lines, label
// values, and the first prose paragraph.
/** Top-level list items in [start, end), fences and HTML comments skipped. */
function itemsIn(doc, start, end) {
    const items = [];
    let base = -1;
    let current = null;
    // Continuation lines of an item, joined once: appending each to its text
    // copied the growing text every time.
    const more = new Map();
    const stop = Math.min(end, doc.lines.length);
    for (let i = start; i < stop; i++) {
        if (doc.opaque[i] || doc.headingOn[i] !== -1)
            continue;
        const line = doc.lines[i] ?? '';
        if (isBlank(line))
            continue;
        const item = listItem$1(line);
        if (item && (base === -1 || item.indent <= base + 1)) {
            if (base === -1)
                base = item.indent;
            current = {
                text: item.text,
                box: item.box,
                ordered: item.ordered,
                line: lineNo(doc, i),
                sub: []
            };
            items.push(current);
        }
        else if (item && current) {
            current.sub.push({ text: item.text, box: item.box, line: lineNo(doc, i) });
        }
        else if (current && indentOf(line) > base) {
            if (current.sub.length === 0) {
                const parts = more.get(current);
                if (parts)
                    parts.push(line.trim());
                else
                    more.set(current, [line.trim()]);
            }
            else
                current.sub.push({ text: line.trim(), box: null, line: lineNo(doc, i) });
        }
        else {
            current = null;
        }
    }
    for (const [item, parts] of more)
        item.text = [item.text, ...parts].join(' ').trim();
    return items;
}
/**
 * The list that follows a label line (`**Design decisions:**`): items from
 * the next line until a heading or an unindented line that is not an item.
 */
function itemsAfter(doc, index) {
    const labelIndent = indentOf(doc.lines[index] ?? '');
    let end = index + 1;
    let seenItem = false;
    for (; end < doc.lines.length; end++) {
        if (doc.headingOn[end] !== -1)
            break;
        const line = doc.lines[end] ?? '';
        if (doc.opaque[end] || isBlank(line))
            continue;
        // Another empty label no deeper than this one opens its own list: without this
        // stop, a run of repeated labels would read the rest of the run once per label.
        if (indentOf(line) <= labelIndent && line.includes('**') && lineLabel(line)?.value === '')
            break;
        if (listItem$1(line))
            seenItem = true;
        else if (indentOf(line) === 0 || !seenItem)
            break;
    }
    return itemsIn(doc, index + 1, end);
}
/** The value of the first `**Label:**` line in [start, end) whose label passes the test. */
function labelValue(doc, start, end, test) {
    const stop = Math.min(end, doc.lines.length);
    for (let i = start; i < stop; i++) {
        if (doc.opaque[i])
            continue;
        const l = lineLabel(doc.lines[i] ?? '');
        if (!l || !test(l.label.toLowerCase()))
            continue;
        let value = l.value;
        // A value may sit on the next line.
        if (value === '') {
            for (let j = i + 1; j < stop && j <= i + 2; j++) {
                const next = doc.lines[j] ?? '';
                if (doc.opaque[j] || doc.headingOn[j] !== -1 || lineLabel(next))
                    break;
                if (!isBlank(next)) {
                    value = next.trim();
                    break;
                }
            }
        }
        return { value, line: lineNo(doc, i), index: i };
    }
    return null;
}
const BLOCK_START_RE = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|>|\||#{1,6}(?:\s|$)|(?:[-*_]\s*){3,}$)/;
/**
 * The first prose paragraph in [start, end): lines up to a blank line or the
 * start of another block. Paragraphs that are only a label (`**Key findings:**`)
 * or pass `skip` are passed over.
 */
function firstParagraph(doc, start, end, skip) {
    const stop = Math.min(end, doc.lines.length);
    for (let i = start; i < stop; i++) {
        const line = doc.lines[i] ?? '';
        if (doc.opaque[i] || isBlank(line) || BLOCK_START_RE.test(line))
            continue;
        const lines = [];
        let j = i;
        for (; j < stop; j++) {
            const l = doc.lines[j] ?? '';
            if (doc.opaque[j] || isBlank(l) || (j > i && BLOCK_START_RE.test(l)))
                break;
            lines.push(l);
        }
        const text = lines.join(' ').trim();
        const label = lineLabel(text);
        if ((label && label.value === '') || skip(text)) {
            i = j;
            continue;
        }
        return { lines, line: lineNo(doc, i) };
    }
    return null;
}

/** Collects findings about one file; every finding gets the file's path and a line of at least 1. */
class FileDiagnostics {
    file;
    out;
    constructor(file, out) {
        this.file = file;
        this.out = out;
    }
    error(line, message) {
        this.add('error', line, message);
    }
    warning(line, message) {
        this.add('warning', line, message);
    }
    notice(line, message) {
        this.add('notice', line, message);
    }
    add(severity, line, message) {
        const n = Number.isFinite(line) ? Math.max(1, Math.floor(line)) : 1;
        this.out.push({ severity, file: this.file, line: n, message });
    }
}

// GFM pipe tables read line by line. Cells split on every unescaped `|`, code
// spans included, exactly as GFM does; unlike the markdown parser this keeps
// the surplus cells of a long row, which the spawn-candidate repair needs.
/**
 * A table's delimiter row (`|---|:--:|`): cells of dashes with optional colons.
 * Split rather than matched whole: that regex took quadratic time on a long
 * line of spaces.
 */
function isDelimiterRow(line) {
    return splitRow(line).every(cell => /^:?-+:?$/.test(cell));
}
function splitRow(line) {
    let t = line.trim();
    if (t.startsWith('|'))
        t = t.slice(1);
    if (t.endsWith('|') && !t.endsWith('\\|'))
        t = t.slice(0, -1);
    const cells = [];
    let cell = '';
    for (let i = 0; i < t.length; i++) {
        const ch = t.charAt(i);
        if (ch === '\\' && t.charAt(i + 1) === '|') {
            cell += '|';
            i++;
        }
        else if (ch === '|') {
            cells.push(cell.trim());
            cell = '';
        }
        else {
            cell += ch;
        }
    }
    cells.push(cell.trim());
    return cells;
}
/** Tables whose header line lies in [start, end), outside fences. */
function findTables(doc, start, end) {
    const tables = [];
    const stop = Math.min(end, doc.lines.length);
    for (let i = start; i + 1 < stop; i++) {
        const head = doc.lines[i] ?? '';
        if (doc.opaque[i] || doc.opaque[i + 1] || !head.includes('|'))
            continue;
        const delimiter = doc.lines[i + 1] ?? '';
        if (!delimiter.includes('-') || !delimiter.includes('|') || !isDelimiterRow(delimiter)) {
            continue;
        }
        const header = splitRow(head).map(c => inlineText(c).toLowerCase());
        const rows = [];
        let j = i + 2;
        for (; j < stop; j++) {
            const line = doc.lines[j] ?? '';
            if (doc.opaque[j] || doc.headingOn[j] !== -1 || !line.includes('|') || line.trim() === '') {
                break;
            }
            rows.push({ cells: splitRow(line), line: lineNo(doc, j) });
        }
        tables.push({ header, rows, line: lineNo(doc, i), end: j });
        i = j - 1;
    }
    return tables;
}
/** Index of the first header cell that passes the test, or -1. */
function column(table, test) {
    return table.header.findIndex(test);
}

// Gate targets: the plan's Gate Targets table and PRD §10 share the reading
// of gate cells and target cells.
const GATE_NAMES = [
    [/\bimprove\b/i, 'I'],
    [/\boptimi[sz]e\b/i, 'O'],
    [/\bshrink\b/i, 'S'],
    [/\bmodulari[sz]e\b/i, 'M']
];
/** The gate a cell or heading names: `Gate-I`, `**Gate-I** (Improve)`, `Improve`. */
function gateOf(text) {
    const t = inlineText(text);
    const m = /\bgate[\s_-]*([iosm])\b/i.exec(t);
    if (m)
        return (m[1] ?? 'I').toUpperCase();
    for (const [re, key] of GATE_NAMES)
        if (re.test(t))
            return key;
    return null;
}
const BINARY_RE = /\b(?:pass(?:es|ed|ing)?|green|stable|no\s+(?:new\s+)?circular|all\s+(?:tests\s+)?pass|succeed|clean|maintained|ok)\b/i;
/** Read a target cell: `≥0.75`, `>= 0.75`, `0.8`, `pass`, `tests pass`, `N/A`. */
function readTarget(raw, status = '') {
    const t = stripEmoji(inlineText(raw)).trim();
    if (/^(?:(?:n\/?a|skip(?:ped)?|none)\b|[-—–]+(?:\s|$))/i.test(t) ||
        t === '' ||
        /\bskip/i.test(status)) {
        return { kind: 'skip', threshold: null, known: true };
    }
    const numeric = /^(?:≥|>=|=>|>|⩾|at\s+least|min(?:imum)?\.?:?)?\s*(?=\d|[.,]\d)/i.exec(t);
    if (numeric) {
        const reading = readScore(t.slice(numeric[0].length));
        if (reading.kind === 'value') {
            return { kind: 'numeric', threshold: Math.min(1, Math.max(0, reading.value)), known: true };
        }
        const unreadable = reading.kind === 'unreadable' ? reading.reason : 'no number';
        return { kind: 'numeric', threshold: null, known: false, unreadable };
    }
    if (BINARY_RE.test(t))
        return { kind: 'binary', threshold: null, known: true };
    return { kind: 'binary', threshold: null, known: false };
}
/** Targets from a table with Gate and Target columns; null when the table is not one. */
function targetsFromTable(table, source, diag) {
    const gateCol = column(table, h => /\bgate\b/.test(h));
    const targetCol = column(table, h => /\btarget\b/.test(h));
    if (gateCol === -1 || targetCol === -1)
        return null;
    const statusCol = column(table, h => /\bstatus\b/.test(h));
    const out = {};
    for (const row of table.rows) {
        const gate = gateOf(row.cells[gateCol] ?? '');
        if (!gate)
            continue;
        if (out[gate]) {
            diag.warning(row.line, `Gate-${gate} has a second target row; the first one is used`);
            continue;
        }
        const target = makeTarget(gate, row.cells[targetCol] ?? '', statusCol === -1 ? '' : (row.cells[statusCol] ?? ''), source, diag, row.line);
        if (target)
            out[gate] = target;
    }
    return out;
}
function makeTarget(gate, cell, status, source, diag, line) {
    const raw = inlineText(cell);
    const reading = readTarget(raw, status);
    if (reading.unreadable !== undefined) {
        const next = source === 'plan' ? "the PRD's target or the default floor" : 'the default floor';
        diag.warning(line, `Gate-${gate} target "${raw}" cannot be read (${reading.unreadable}); ${next} applies instead`);
        return null;
    }
    if (!reading.known) {
        diag.warning(line, `Gate-${gate} target "${raw}" is not a number, pass or N/A; read as pass/fail`);
    }
    return {
        gate,
        raw,
        kind: reading.kind,
        threshold: reading.threshold,
        source,
        file: diag.file,
        line
    };
}
const GATE_BULLET_RE = /^gate[\s_-]*([iosm])\b[ \t]*(?:\([^()]{0,40}\))?[ \t]*[:—–-]?[ \t]*([\s\S]*)$/i;
/**
 * Targets written as bullets, one per gate: `- Gate-I (Improve): ≥ 0.80`,
 * `- **Gate-M:** pass`. Bullets that name no gate first are not targets.
 */
function gateBullets(doc, start, end, source, diag) {
    const out = {};
    const stop = Math.min(end, doc.lines.length);
    for (let i = start; i < stop; i++) {
        if (doc.opaque[i] || doc.headingOn[i] !== -1)
            continue;
        const line = doc.lines[i] ?? '';
        const item = listItem$1(line);
        if (!item || item.indent > 1)
            continue;
        const label = lineLabel(line);
        const text = label ? `${label.label}: ${label.value}` : inlineText(item.text);
        const m = GATE_BULLET_RE.exec(stripEmoji(inlineText(text)).trim());
        if (!m)
            continue;
        const gate = (m[1] ?? 'I').toUpperCase();
        const value = (m[2] ?? '').trim();
        if (out[gate] || value === '')
            continue;
        const target = makeTarget(gate, value, '', source, diag, lineNo(doc, i));
        if (target)
            out[gate] = target;
    }
    return out;
}

// iosm_report.md: per-gate `## Gate-I: Improve` sections with `**Score:**`,
// the summary table `Gate | Target | Baseline | Final | Status | Δ`, and the
// stated IOSM-Index.
function parseIosmReport(file, out) {
    const diag = new FileDiagnostics(file.path, out);
    const doc = scanText(file.text);
    reportScan(doc, diag);
    const gates = {
        ...tableScores(doc, diag),
        ...sectionScores(doc, diag)
    };
    const ordered = {};
    for (const key of GATE_KEYS) {
        const g = gates[key];
        if (g)
            ordered[key] = g;
    }
    return { file: file.path, gates: ordered, statedIndex: statedIndex(doc, diag) };
}
const NA_RE$1 = /\bn\/?a\b|\bskip/i;
/**
 * A gate value; null when it is neither a score nor pass/fail, `unreadable`
 * (warned here) when it is a number that cannot be read: the gate then has no
 * stated score, and the task reports' scores count instead.
 */
function readValue(raw, line, gate, diag) {
    const text = stripEmoji(inlineText(raw)).trim();
    if (text === '')
        return null;
    if (/^(?:n\/?a|-|—|skip)/i.test(text))
        return { score: null, skipped: true, raw: text, line };
    if (/^[.,]?\d/.test(text)) {
        const reading = readScore(text);
        if (reading.kind === 'value') {
            return { score: round3(reading.value), skipped: false, raw: text, line };
        }
        if (reading.kind === 'unreadable') {
            diag.warning(line, `Gate-${gate} score "${text}" cannot be read (${reading.reason}); the task reports' scores are used instead`);
            return 'unreadable';
        }
    }
    if (/\bfail/i.test(text))
        return { score: 0, skipped: false, raw: text, line };
    if (/\bpass(?:e[sd])?\b|\bmaintained\b|\bmet\b|\bok\b/i.test(text)) {
        return { score: 1, skipped: false, raw: text, line };
    }
    return null;
}
/** `## Gate-I: Improve` followed by `**Score:** 0.89 / 1.0`: the per-gate score, which wins over the table. */
function sectionScores(doc, diag) {
    const out = {};
    const gateHeadings = doc.headings.filter(h => h.level <= 3 && /^gate[\s_-]*[iosm]\b/.test(h.key));
    // A loop, not Math.min(...spread): a spread of a huge list overflows the stack.
    let top = Infinity;
    for (const h of gateHeadings)
        top = Math.min(top, h.level);
    for (const h of gateHeadings) {
        if (h.level !== top)
            continue;
        const gate = gateOf(h.text);
        if (!gate || out[gate])
            continue;
        const score = labelValue(doc, h.index + 1, h.end, l => l === 'score' || l === 'gate score');
        if (!score)
            continue;
        const value = readValue(score.value, score.line, gate, diag);
        if (value === 'unreadable')
            continue;
        if (value)
            out[gate] = value;
        else
            diag.warning(score.line, `Gate-${gate} score "${inlineText(score.value)}" is neither a score nor pass/fail; it is left out`);
    }
    return out;
}
/** The summary table's Final column (binary words read as 1.0 or 0, N/A or status SKIP as skipped). */
function tableScores(doc, diag) {
    const out = {};
    for (const table of findTables(doc, 0, doc.lines.length)) {
        const gateCol = column(table, h => /\bgate\b/.test(h));
        const finalCol = column(table, h => /\b(?:final|score|result|actual)\b/.test(h));
        if (gateCol === -1 || finalCol === -1)
            continue;
        const statusCol = column(table, h => /\bstatus\b/.test(h));
        for (const row of table.rows) {
            const gate = gateOf(row.cells[gateCol] ?? '');
            if (!gate || out[gate])
                continue;
            const cell = row.cells[finalCol] ?? '';
            const status = statusCol === -1 ? '' : stripEmoji(inlineText(row.cells[statusCol] ?? ''));
            if (/^\s*skip/i.test(status) || NA_RE$1.test(stripEmoji(inlineText(cell)).trim().slice(0, 4))) {
                out[gate] = { score: null, skipped: true, raw: inlineText(cell), line: row.line };
                continue;
            }
            const value = readValue(cell, row.line, gate, diag);
            if (value === 'unreadable')
                continue;
            if (value)
                out[gate] = value;
            else
                diag.warning(row.line, `Gate-${gate} final value "${inlineText(cell)}" is neither a score nor pass/fail`);
        }
        if (Object.keys(out).length > 0)
            break;
    }
    return out;
}
/** `**IOSM-Index:** (…) / 3 = **0.85**`, `**Final Index:** 0.85`: the value after `=` when there is a formula. */
function statedIndex(doc, diag) {
    let best = null;
    for (let i = 0; i < doc.lines.length; i++) {
        const line = doc.lines[i] ?? '';
        if (doc.opaque[i] || !line.includes('**'))
            continue;
        const l = lineLabel(line);
        if (!l)
            continue;
        const label = l.label.toLowerCase();
        if (!/^(?:final\s+)?(?:iosm[\s-]*)?index$/.test(label) || label === 'index')
            continue;
        const text = inlineText(l.value);
        const eq = text.lastIndexOf('=');
        const reading = readScore(eq === -1 ? text : text.slice(eq + 1));
        if (reading.kind !== 'value') {
            if (reading.kind === 'unreadable')
                diag.warning(lineNo(doc, i), `stated IOSM-Index "${text}" cannot be read (${reading.reason}); it is not compared`);
            continue;
        }
        const value = reading.value;
        const final = label.startsWith('final');
        if (!best || (final && !best.final))
            best = { value: round3(value), line: lineNo(doc, i), final };
        if (final)
            break;
    }
    return best ? { value: best.value, line: best.line } : null;
}

// Paths as written in reports and plans, normalised to the form of the path
// rules in ../paths.ts.
/**
 * Normalise a path as written in a report or plan. Returns null for text that
 * is not a path (empty, a bracketed note, an absolute URL, `..` escapes).
 */
function normalisePath(raw) {
    // Most paths are written plainly: nothing to trim, strip or resolve.
    if (PLAIN_PATH.test(raw))
        return compactPath(raw);
    let p = raw.trim();
    // Backticks and quotes around the whole token.
    p = trimChars(p, '`\'"').trim();
    if (p === '' || p.startsWith('[') || /^[a-z][a-z0-9+.-]*:\/\//i.test(p))
        return null;
    p = p.replace(/\\/g, '/');
    // A trailing glob stands for its folder: `core/*.py`, `api/**`.
    const glob = p.search(/[*?[]/);
    if (glob !== -1) {
        const slash = p.lastIndexOf('/', glob);
        if (slash === -1)
            return null;
        p = p.slice(0, slash + 1);
    }
    while (p.startsWith('./'))
        p = p.slice(2);
    p = p.replace(/^\/+/, '').replace(/\/{2,}/g, '/');
    const segments = p.split('/');
    if (segments.some(s => s === '..'))
        return null;
    p = segments.filter((s, i) => s !== '.' || i === segments.length - 1).join('/');
    if (p === '' || p === '.' || p === '/')
        return null;
    return compactPath(p);
}
/** Segments of word characters, `.`, `@`, `+`, `-`, none starting with `.`; a folder's trailing `/`. */
const PLAIN_PATH = /^[\w@+-][\w.@+-]*(?:\/[\w@+-][\w.@+-]*)*\/?$/;
const compactCopies = new Map();
const COMPACT_CACHE_LIMIT = 8192;
/**
 * `path` as a one-byte string when every character fits in one. Paths are cut
 * from report text that holds emoji, so they arrive as two-byte strings, and
 * V8 orders two-byte strings in its runtime, three to four times slower than
 * one-byte ones: the analysis sorts and merges tens of thousands of paths.
 * A report names most paths two or three times; a small cache lets repeats
 * share one copy instead of converting each.
 */
function compactPath(path) {
    // Long paths and paths with wider characters stay as they are, and out of
    // the cache: kept there, a slice would keep its whole report text alive.
    if (path.length > 1024 || !LATIN1_ONLY.test(path))
        return path;
    const known = compactCopies.get(path);
    if (known !== undefined)
        return known;
    // Built from char codes below 256, V8 makes a one-byte string.
    const codes = new Array(path.length);
    for (let i = 0; i < path.length; i++)
        codes[i] = path.charCodeAt(i);
    const copy = String.fromCharCode(...codes);
    if (compactCopies.size >= COMPACT_CACHE_LIMIT)
        compactCopies.clear();
    compactCopies.set(copy, copy);
    return copy;
}
/** Every UTF-16 code unit below 256 (surrogate halves of emoji are above). */
const LATIN1_ONLY = /^[^\u0100-\uffff]*$/;

// Readers for the values of plan task fields (`Depends on`, `Touches`, …).
const PHASE_RANGE_RE = /\bphases?\s+(\d+)(?:\s*(?:-|–|—|\.\.|to|through|and|&)\s*(?:phase\s+)?(\d+))?/gi;
const ALL_BEFORE_RE = /\ball\s+(?:of\s+)?(?:the\s+)?$/i;
const TASKS_AFTER_RE = /^\s*tasks?\b/i;
function readDependsOn(value, taskId, diag, line) {
    const text = inlineText(value);
    if (text === '' || isNone$1(text))
        return { ids: [], phases: [] };
    const ids = taskIds(text);
    const phases = [];
    const phaseRefs = [];
    for (const m of text.matchAll(PHASE_RANGE_RE)) {
        // Only a reference to the tasks of a phase (`All Phase 2-3 tasks`) is an edge, not a mention.
        const before = text.slice(0, m.index);
        const after = text.slice(m.index + m[0].length);
        const all = ALL_BEFORE_RE.exec(before);
        const tasks = TASKS_AFTER_RE.exec(after);
        if (!all && !tasks)
            continue;
        const a = Number(m[1]);
        const b = m[2] === undefined ? a : Number(m[2]);
        phases.push({ from: Math.min(a, b), to: Math.max(a, b) });
        phaseRefs.push({
            start: m.index - (all?.[0].length ?? 0),
            end: m.index + m[0].length + (tasks?.[0].length ?? 0)
        });
    }
    if (ids.length === 0 && phases.length === 0) {
        diag.warning(line, `${taskId}: Depends on "${text}" names no task id; no dependency is taken from it`);
    }
    else {
        const rest = leftoverText(text, phaseRefs);
        if (rest !== '') {
            diag.warning(line, `${taskId}: Depends on "${text}": "${rest}" is not a task id; no dependency is taken from that part`);
        }
    }
    return { ids, phases };
}
const ID_WORD_RE = new RegExp(String.raw `\b(?:${TASK_ID})\b`, 'gi');
/**
 * What a dependency value says besides its references: ids, phase references,
 * separators, `and`, and notes in parentheses or brackets (`T00 (if
 * brownfield)`) removed. Empty unless a word or number remains.
 */
function leftoverText(text, phaseRefs) {
    let t = text;
    for (const ref of [...phaseRefs].reverse())
        t = `${t.slice(0, ref.start)} ${t.slice(ref.end)}`;
    for (let k = 0; k < 3 && /[([]/.test(t); k++)
        t = t.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
    t = t
        .replace(ID_WORD_RE, ' ')
        .replace(/\b(?:and|tasks?)\b/gi, ' ')
        .replace(/[\s,;:.&+/|–—-]+/g, ' ')
        .trim();
    return /[\p{L}\p{N}]/u.test(t) ? t : '';
}
/** Split on commas and line ends that sit outside code spans, brackets and parentheses. */
function splitItems(text) {
    const items = [];
    let depth = 0;
    let inCode = false;
    let current = '';
    for (const ch of text) {
        if (ch === '`')
            inCode = !inCode;
        else if (!inCode && (ch === '[' || ch === '('))
            depth++;
        else if (!inCode && (ch === ']' || ch === ')'))
            depth = Math.max(0, depth - 1);
        if (!inCode && depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
            items.push(current);
            current = '';
        }
        else {
            current += ch;
        }
    }
    items.push(current);
    return items.map(s => s.trim().replace(/^[-*+]\s+/, '')).filter(s => s !== '');
}
const READ_ONLY_RE = /\bread[\s_-]?only\b/i;
function readTouches(value, taskId, diag, line) {
    const paths = [];
    let readOnlyNote = false;
    if (isNone$1(value))
        return { paths, readOnlyNote };
    for (const item of splitItems(value)) {
        const spans = codeSpans(item);
        if (spans.length > 0) {
            for (const span of spans)
                addPath(span);
            continue;
        }
        if (item.startsWith('[') || item.startsWith('(')) {
            if (READ_ONLY_RE.test(item))
                readOnlyNote = true;
            else
                diag.warning(line, `${taskId}: Touches note ${item} is not a path; ignored`);
            continue;
        }
        if (isNone$1(item))
            continue;
        if (/^[^\s]+$/.test(item))
            addPath(item);
        else
            diag.warning(line, `${taskId}: Touches item "${inlineText(item)}" is not a path; ignored`);
    }
    return { paths, readOnlyNote };
    function addPath(raw) {
        const p = normalisePath(raw);
        if (p === null) {
            diag.warning(line, `${taskId}: Touches item "${raw}" is not a usable path; ignored`);
        }
        else if (!paths.includes(p)) {
            paths.push(p);
        }
    }
}
function readConcurrency(value) {
    const t = inlineText(value).toLowerCase();
    if (/\bread[\s_-]?only\b/.test(t))
        return 'read-only';
    if (/\bwrite[\s_-]?shared\b/.test(t))
        return 'write-shared';
    if (/\bwrite[\s_-]?local\b/.test(t))
        return 'write-local';
    return null;
}
/** Gates named in `IOSM checks`: `Gate-I, Gate-M (contracts)`, `All gates`, `N/A (research only)`. */
function readChecks(value) {
    const t = inlineText(value);
    if (/^n\/?a\b/i.test(t) || isNone$1(t))
        return [];
    if (/\ball\s+(?:iosm\s+)?gates\b/i.test(t))
        return [...GATE_KEYS];
    const out = [];
    for (const m of t.matchAll(/\bgate[\s_-]*([iosm])\b/gi)) {
        const key = (m[1] ?? 'I').toUpperCase();
        if (!out.includes(key))
            out.push(key);
    }
    return out.sort((a, b) => GATE_KEYS.indexOf(a) - GATE_KEYS.indexOf(b));
}
function readBool$1(value) {
    return /^(?:true|yes|y|1)\b/i.test(inlineText(value));
}
function readSeverity(value) {
    const t = inlineText(value).toLowerCase();
    if (t === '')
        return null;
    const m = /^(critical|high|medium|low)\b/.exec(t);
    return m?.[1] ?? t;
}
/** A `Model` value without its trailing `# comment`. */
function stripComment(value) {
    const m = /\s#(?:\s|$)/.exec(value);
    return (m ? value.slice(0, m.index) : value).trim();
}

// The status vocabulary of plans and reports, mapped to TaskStatus.
const WORDS = [
    [
        /^(?:complete[ds]?|done|success(?:ful)?|succeeded|finished|passed|merged|approved)\b/,
        'complete'
    ],
    [/^(?:partial(?:ly)?|needs[ _-]?review|incomplete)\b/, 'partial'],
    [/^(?:blocked|failed|failure|permanently[ _-]?failed|error|aborted|cancel+ed)\b/, 'blocked'],
    [
        /^(?:in[ _-]?progress|doing|running|wip|started|retry[ _-]?in[ _-]?progress|retrying|active|ongoing)\b/,
        'in-progress'
    ],
    [/^(?:todo|to[ _-]do|not[ _-]started|pending|planned|open|backlog|ready|queued)\b/, 'todo']
];
const EMOJI = [
    ['✅', 'complete'],
    ['✔', 'complete'],
    ['⚠', 'partial'],
    ['❌', 'blocked'],
    ['⛔', 'blocked'],
    ['🚫', 'blocked'],
    ['🔄', 'in-progress'],
    ['⏳', 'in-progress']
];
/** Read a status value (`DONE ✅`, `⚠️ Partial`, `BLOCKED(reason: …)`). */
function readStatus(raw) {
    const text = inlineText(raw);
    if (/^\[[^\]]*\]$/.test(text.trim()))
        return { kind: 'unfilled' };
    const choices = text.split(/[|/]/).filter(part => part.trim() !== '');
    if (choices.length > 1) {
        const statuses = new Set(choices.map(c => wordStatus(c)).filter(s => s !== null));
        if (statuses.size > 1)
            return { kind: 'unfilled' };
    }
    const byWord = wordStatus(text);
    if (byWord)
        return { kind: 'ok', status: byWord };
    for (const [emoji, status] of EMOJI)
        if (text.includes(emoji))
            return { kind: 'ok', status };
    return { kind: 'unrecognised' };
}
function wordStatus(text) {
    const t = stripEmoji(text)
        .replace(/^[\s*_:-]+/, '')
        .toLowerCase();
    for (const [re, status] of WORDS)
        if (re.test(t))
            return status;
    return localStatus(t);
}

// plan.md: header, overview, phases and streams, task lines with their field
// bullets, and the Gate Targets table (also inside a fenced block).
function parsePlan(file, out) {
    const diag = new FileDiagnostics(file.path, out);
    const doc = scanText(file.text);
    reportScan(doc, diag);
    const skipped = skippedLines(doc);
    const header = readHeader$1(doc);
    const overview = doc.headings.find(h => h.key === 'overview');
    const overviewLabels = overview
        ? labelsIn(doc, overview.index + 1, ownEnd(doc, overview))
        : new Map();
    const structure = readStructure(doc, skipped, diag);
    if (structure.tasks.length === 0)
        warnEmptyTaskSection(doc, diag);
    return {
        file: file.path,
        title: header.title,
        feature: value(header.labels, 'feature'),
        trackHeader: value(header.labels, 'track', 'track id'),
        created: value(header.labels, 'created', 'date'),
        statusText: value(header.labels, 'status'),
        goal: value(overviewLabels, 'goal') ?? value(header.labels, 'goal'),
        complexity: value(overviewLabels, 'estimated complexity', 'complexity') ??
            value(header.labels, 'estimated complexity', 'complexity'),
        phases: structure.phases,
        tasks: structure.tasks,
        gateTargets: planTargets(doc, skipped, diag)
    };
}
const TASK_SECTION_RE = /^(?:tasks?|task (?:list|breakdown|plan)|implementation tasks)\b/;
/** A Tasks section that yields no task is said, never silent: the verdict would miss every task. */
function warnEmptyTaskSection(doc, diag) {
    const section = doc.headings.find(h => h.level >= 2 && TASK_SECTION_RE.test(h.key));
    if (!section)
        return;
    diag.warning(lineNo(doc, section.index), `the section '${inlineText(section.text).slice(0, 80)}' holds no task this tool can read ` +
        '(a task is a `- [ ] **T01**: Title` line, a `### T01: Title` heading or a row of a task table); ' +
        'no task is taken from the plan');
}
function value(labels, ...names) {
    for (const name of names) {
        const v = labels.get(name);
        if (v !== undefined)
            return v === '' || isPlaceholder(v) ? null : inlineText(v);
    }
    return null;
}
/** Bold-label lines in [start, end), outside fences, first occurrence of each label. */
function labelsIn(doc, start, end) {
    const labels = new Map();
    for (let i = start; i < end; i++) {
        if (doc.opaque[i])
            continue;
        const l = lineLabel(doc.lines[i] ?? '');
        if (!l || l.indent > 1)
            continue;
        const key = l.label.toLowerCase();
        if (!labels.has(key))
            labels.set(key, l.value);
    }
    return labels;
}
function readHeader$1(doc) {
    const h1 = doc.headings.find(h => h.level === 1);
    const next = doc.headings.find(h => h !== h1);
    return {
        title: h1 ? inlineText(h1.text) || null : null,
        labels: labelsIn(doc, 0, next ? next.index : doc.lines.length)
    };
}
// The title is `([\s\S]*)` with no end anchor: with `(.*)$`, a run of spaces
// before a U+2028 in the line made the optional separators backtrack in cubic time.
const TASK_RE = new RegExp(String.raw `^\*\*[ \t]*(${TASK_ID})[ \t]*(?::[ \t]*)?\*\*[ \t]*[:—–-]?[ \t]*([\s\S]*)`, 'i');
const PLAIN_TASK_RE = new RegExp(String.raw `^(${TASK_ID})[ \t]*[:—–-][ \t]*([\s\S]*)`, 'i');
const LEGACY_RE = new RegExp(String.raw `^task\s+(${TASK_ID})\b[ \t]*[:—–-]?[ \t]*([\s\S]*)`, 'i');
/**
 * Format characters (zero-width space and joiners, word joiner, soft hyphen,
 * byte-order mark) are invisible where a person reads the plan, so `**T0<U+200B>1**`
 * must read as T01, not as a line without a task.
 */
const INVISIBLE_RE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** A checkbox line that names a task id in bold, read or not: `- [ ] **T01**`, `- [ ] **Task 3**`. */
const TASKLIKE_RE = /^\*\*[^*]{0,40}\bT(?:ASK)?[\s-]?\d/i;
const PHASE_RE = /^(?:phase|stage)\s+(\d+|[a-z])\b/i;
// `### T02: Title`, `#### T02 — Title`: a task written as a heading.
const HEADING_TASK_RE = new RegExp(String.raw `^(${TASK_ID})\b\s*[:—–-]\s*([\s\S]*)$`, 'i');
/** A cell that is a task id and nothing else. */
const WHOLE_TASK_ID_RE = new RegExp(`^(?:${TASK_ID})$`, 'i');
/** `Phase 2` → 2, `Stage B` → 2. */
function phaseNumber(token) {
    return /^\d+$/.test(token) ? Number(token) : token.toUpperCase().charCodeAt(0) - 64;
}
/** `Task Field Definitions` explains the fields with examples: its ids are not tasks. */
const isSkippedHeading = (h) => h.key.startsWith('task field definitions');
function skippedLines(doc) {
    return linesUnder(doc, doc.headings.filter(isSkippedHeading));
}
/**
 * 1 for each line inside one of the sections, after its heading. A line covered
 * twice (a section inside another) is skipped on the second pass, so the cost
 * stays the file's length.
 */
function linesUnder(doc, sections) {
    const mask = new Uint8Array(doc.lines.length);
    let done = 0;
    for (const s of sections) {
        for (let i = Math.max(s.index + 1, done); i < s.end; i++)
            mask[i] = 1;
        done = Math.max(done, s.end);
    }
    return mask;
}
function readStructure(doc, skipped, diag) {
    const phases = [];
    const tasks = [];
    const seen = new Set();
    let phase = null;
    let stream = null;
    let task = null;
    const finish = () => {
        if (task && !task.dropped)
            tasks.push(buildTask(task, diag));
        task = null;
    };
    const start = (id, title, i, indent, checked) => {
        const upper = id.toUpperCase();
        const line = lineNo(doc, i);
        const dropped = seen.has(upper);
        if (dropped)
            diag.error(line, `duplicate task id ${upper}: this second definition is ignored`);
        seen.add(upper);
        task = {
            id: upper,
            title: inlineText(title),
            line,
            indent,
            phase: phase?.name ?? null,
            phaseNumber: phase?.number ?? null,
            stream: stream?.name ?? null,
            checked,
            fieldIndent: null,
            fields: [],
            current: null,
            dropped
        };
    };
    const n = doc.lines.length;
    for (let i = 0; i < n; i++) {
        const hi = doc.headingOn[i] ?? -1;
        if (hi !== -1) {
            finish();
            const s = doc.headings[hi];
            if (!s)
                continue;
            if (isSkippedHeading(s)) {
                i = s.end - 1;
                continue;
            }
            const text = inlineText(s.text);
            const legacy = LEGACY_RE.exec(text) ?? (s.level >= 2 ? HEADING_TASK_RE.exec(text) : null);
            const phaseMatch = PHASE_RE.exec(text);
            if (legacy) {
                start(legacy[1] ?? '', legacy[2] ?? '', i, -1, false);
            }
            else if (phaseMatch) {
                phase = { name: text, number: phaseNumber(phaseMatch[1] ?? '1'), level: s.level };
                phases.push({ name: text, number: phase.number, line: lineNo(doc, i) });
                stream = null;
            }
            else if (/^stream\b/i.test(text)) {
                stream = { name: text, level: s.level };
            }
            else {
                if (stream && s.level <= stream.level)
                    stream = null;
                if (phase && s.level <= phase.level) {
                    phase = null;
                    stream = null;
                }
            }
            continue;
        }
        if (doc.opaque[i])
            continue;
        const line = doc.lines[i] ?? '';
        if (task && consume(task, line, lineNo(doc, i)))
            continue;
        finish();
        const item = listItem$1(line);
        if (!item || item.box === null)
            continue;
        const text = item.text.replace(INVISIBLE_RE, '');
        const m = TASK_RE.exec(text) ?? PLAIN_TASK_RE.exec(text);
        if (m) {
            start(m[1] ?? '', m[2] ?? '', i, item.indent, /^x$/i.test(item.box.trim()));
        }
        else if ((phase && /^\*\*[^*]+(?::\*\*|\*\*\s*:)/.test(text)) || TASKLIKE_RE.test(text)) {
            // A task the plan meant but the parser cannot read would vanish from
            // the verdict: an error, so that `fail-on: errors` holds the check.
            diag.error(lineNo(doc, i), `task line could not be read (no task id such as T01 or T-AUTO-01): ${inlineText(item.text.slice(0, 120))}`);
        }
    }
    finish();
    tableTasks(doc, skipped, phases, seen, tasks, diag);
    return { phases, tasks };
}
const ID_HEADER_RE = /^(?:task\s*)?(?:id|#)$|^task$/;
const TITLE_HEADER_RE = /^(?:task|title|name|description|summary)$/;
/**
 * Tasks written as table rows (`| ID | Task | Depends on | Status |`): each
 * other column is a field named by its header. A row's phase is the last
 * phase heading above the table. A table that names a task defined
 * elsewhere in the plan is a summary and is left alone.
 */
function tableTasks(doc, skipped, phases, seen, tasks, diag) {
    const found = [];
    for (const table of findTables(doc, 0, doc.lines.length)) {
        const at = table.line - 1 - doc.offset;
        if (skipped[at] === 1)
            continue;
        const idCol = table.header.findIndex(h => ID_HEADER_RE.test(h));
        if (idCol === -1)
            continue;
        const titleCol = table.header.findIndex((h, k) => k !== idCol && TITLE_HEADER_RE.test(h));
        const ids = table.rows.map(r => inlineText(r.cells[idCol] ?? ''));
        if (!ids.some(id => WHOLE_TASK_ID_RE.test(id)))
            continue;
        // A table restating tasks already defined (progress tracking, a summary) defines none.
        if (ids.some(id => seen.has(id.toUpperCase())))
            continue;
        let phase = null;
        for (const ph of phases)
            if (ph.line < table.line)
                phase = ph;
        table.rows.forEach((row, r) => {
            const id = (ids[r] ?? '').toUpperCase();
            // Upper-cased above, so the case-blind test is the exact one.
            if (!WHOLE_TASK_ID_RE.test(id)) {
                if (id !== '')
                    diag.warning(row.line, `task table row without a task id (T01, T-AUTO-01): ${id}`);
                return;
            }
            if (seen.has(id)) {
                diag.error(row.line, `duplicate task id ${id}: this second definition is ignored`);
                return;
            }
            seen.add(id);
            const fields = [];
            table.header.forEach((h, k) => {
                if (k === idCol || k === titleCol || h === '')
                    return;
                fields.push({ label: h, first: row.cells[k] ?? '', more: [], line: row.line });
            });
            found.push(buildTask({
                id,
                title: titleCol === -1 ? '' : inlineText(row.cells[titleCol] ?? ''),
                line: row.line,
                phase: phase?.name ?? null,
                phaseNumber: phase?.number ?? null,
                stream: null,
                checked: false,
                fields}, diag));
        });
    }
    if (found.length === 0)
        return;
    tasks.push(...found);
    tasks.sort((a, b) => a.line - b.line);
}
/** Take a line into the open task; false when the line ends the task. */
function consume(task, line, lineNumber) {
    if (isBlank(line))
        return true;
    const indent = indentOf(line);
    if (task.indent >= 0 && indent <= task.indent)
        return false;
    const item = listItem$1(line);
    const bold = item ? (item.box === null ? boldLabel(item.text) : null) : boldLabel(line);
    // Fields without bold (`- Depends on: T01`) count only under known field names.
    const plain = bold ? null : plainLabel(line);
    const label = bold ?? (plain && isFieldName(plain.label) ? plain : null);
    const at = item ? item.indent : indent;
    if (label && (task.fieldIndent === null || at <= task.fieldIndent)) {
        task.fieldIndent ??= at;
        task.current = { label: label.label, first: label.value, more: [], line: lineNumber };
        task.fields.push(task.current);
        return true;
    }
    if (task.current && (task.fieldIndent === null || at > task.fieldIndent)) {
        const text = item ? item.text : line.trim();
        if (text !== '')
            task.current.more.push(text);
        return true;
    }
    task.current = null;
    return true;
}
const FIELD_NAMES = new Set([
    'owner role',
    'role',
    'owner',
    'depends on',
    'dependencies',
    'depends',
    'touches',
    'concurrency class',
    'concurrency',
    'needs user input',
    'user input',
    'effort',
    'model',
    'severity',
    'discoveries expected',
    'auto-spawn allowed',
    'acceptance',
    'acceptance criteria',
    'artifacts',
    'iosm checks',
    'iosm gates',
    'gates',
    'status',
    'note'
]);
function isFieldName(label) {
    return FIELD_NAMES.has(englishName(label.toLowerCase().replace(/\s+/g, ' ')));
}
// Effort is left to the analysis, which reports a missing one together with
// the duration it assumes instead.
const REQUIRED = [
    ['Owner role', ['owner role', 'role', 'owner']],
    ['Touches', ['touches']],
    ['Acceptance', ['acceptance', 'acceptance criteria']],
    ['Status', ['status']]
];
function buildTask(b, diag) {
    const fields = {};
    for (const f of b.fields) {
        const key = englishName(f.label.toLowerCase().replace(/\s+/g, ' '));
        if (fields[key])
            continue;
        let first = f.first;
        if (key === 'model')
            first = stripComment(first);
        const value = [first, ...f.more].filter(v => v !== '').join('\n');
        fields[key] = { label: f.label, value, line: f.line };
    }
    const get = (...names) => {
        for (const name of names) {
            const f = fields[name];
            if (f)
                return f;
        }
        return null;
    };
    const deps = get('depends on', 'dependencies', 'depends');
    const dependencies = deps
        ? readDependsOn(deps.value, b.id, diag, deps.line)
        : { ids: [], phases: [] };
    const touchesField = get('touches');
    const touches = touchesField
        ? readTouches(touchesField.value, b.id, diag, touchesField.line)
        : { paths: [], readOnlyNote: false };
    const concurrencyField = get('concurrency class', 'concurrency');
    let concurrency = concurrencyField ? readConcurrency(concurrencyField.value) : null;
    if (concurrencyField && concurrency === null) {
        diag.warning(concurrencyField.line, `${b.id}: concurrency class "${inlineText(concurrencyField.value)}" is not read-only, write-local or write-shared; write-local assumed`);
    }
    concurrency ??= touches.paths.length === 0 && touches.readOnlyNote ? 'read-only' : 'write-local';
    const statusField = get('status');
    let status = null;
    if (statusField) {
        const reading = readStatus(statusField.value);
        if (reading.kind === 'ok')
            status = reading.status;
        else
            diag.warning(statusField.line, `${b.id}: status "${inlineText(statusField.value)}" is not a known status`);
    }
    const missing = REQUIRED.filter(([name, names]) => {
        if (name === 'Touches' && concurrency === 'read-only')
            return false;
        const f = get(...names);
        return !f || f.value.trim() === '';
    }).map(([name]) => name);
    if (missing.length > 0)
        diag.warning(b.line, `${b.id} has no ${missing.join(', ')}`);
    const owner = get('owner role', 'role', 'owner');
    const effort = get('effort');
    const checks = get('iosm checks', 'iosm gates', 'gates');
    const userInput = get('needs user input', 'user input');
    const severity = get('severity');
    const acceptance = get('acceptance', 'acceptance criteria');
    return {
        id: b.id,
        title: b.title,
        line: b.line,
        phase: b.phase,
        phaseNumber: b.phaseNumber,
        stream: b.stream,
        checked: b.checked,
        fields,
        ownerRole: owner && owner.value !== '' ? inlineText(owner.value) : null,
        dependsOn: dependencies.ids,
        dependsOnPhases: dependencies.phases,
        touches: touches.paths,
        concurrency,
        effort: effort && effort.value !== '' ? inlineText(effort.value) : null,
        status,
        statusText: statusField ? inlineText(statusField.value) : null,
        iosmChecks: checks ? readChecks(checks.value) : [],
        needsUserInput: userInput ? readBool$1(userInput.value) : false,
        severity: severity ? readSeverity(severity.value) : null,
        acceptance: acceptance
            ? acceptance.value
                .split('\n')
                .map(v => inlineText(v))
                .filter(v => v !== '')
            : []
    };
}
// ---------------------------------------------------------------------------
// Gate Targets
function planTargets(doc, skipped, diag) {
    const inSkipped = (index) => skipped[index] === 1;
    const sections = doc.headings.filter(h => isTargetsKey(h.key) && !inSkipped(h.index));
    const inSections = linesUnder(doc, sections);
    for (const s of sections) {
        const found = targetsIn(doc, s.index + 1, s.end, diag);
        if (found)
            return found;
        const bullets = gateBullets(doc, s.index + 1, s.end, 'plan', diag);
        if (Object.keys(bullets).length > 0)
            return bullets;
    }
    // The template keeps the table in a fenced markdown block.
    for (const fence of doc.fences) {
        if (inSkipped(fence.open) || !/^(?:markdown|md|)$/.test(fence.info))
            continue;
        const inSection = inSections[fence.open] === 1;
        if (!inSection && !mentionsTargets(doc, fence.open + 1, fence.close))
            continue;
        const sub = fenceDoc(doc, fence);
        const inner = sub.headings.filter(h => isTargetsKey(h.key));
        if (inner.length === 0 && !inSection)
            continue;
        const ranges = inner.length > 0 ? inner.map(h => [h.index + 1, h.end]) : [[0, sub.lines.length]];
        for (const [a, b] of ranges) {
            const found = targetsIn(sub, a ?? 0, b ?? 0, diag);
            if (found)
                return found;
        }
    }
    const first = sections[0];
    if (first) {
        diag.warning(lineNo(doc, first.index), `section "${first.text}" holds no gate target the parser can read (a Gate / Target table or "- Gate-I: ≥ 0.80" bullets); the PRD's targets or the default floors apply`);
    }
    return {};
}
/** `Gate Targets`, `Quality Gate Targets`, `IOSM Targets`, `Quality Targets`. */
function isTargetsKey(key) {
    return /^(?:(?:iosm\s+)?quality\s+)?gate\s+targets|^(?:iosm|quality)\s+targets/.test(key);
}
function mentionsTargets(doc, start, end) {
    for (let i = start; i < end; i++)
        if (/gate targets/i.test(doc.lines[i] ?? ''))
            return true;
    return false;
}
function targetsIn(doc, start, end, diag) {
    for (const table of findTables(doc, start, end)) {
        const targets = targetsFromTable(table, 'plan', diag);
        if (targets)
            return targets;
    }
    for (const fence of fencesIn(doc, start, end)) {
        if (!/^(?:markdown|md|)$/.test(fence.info))
            continue;
        const sub = fenceDoc(doc, fence);
        for (const table of findTables(sub, 0, sub.lines.length)) {
            const targets = targetsFromTable(table, 'plan', diag);
            if (targets)
                return targets;
        }
    }
    return null;
}

// PRD.md §10 (IOSM Targets): the fallback gate targets. Either a table
// `Gate | Baseline | Target | Expected Δ`, or one subsection per gate whose
// bullets include a gate-level `Target:` (sub-criteria lines are not targets).
function parsePrdTargets(file, out) {
    const diag = new FileDiagnostics(file.path, out);
    const doc = scanText(file.text);
    reportScan(doc, diag);
    const section = doc.headings.find(h => h.level <= 3 &&
        /^(?:\d+[.)]?\s*)?(?:iosm\s+(?:targets|gates?)|(?:quality\s+)?gate\s+targets|quality\s+targets)/.test(h.key));
    if (!section)
        return {};
    for (const table of findTables(doc, section.index + 1, section.end)) {
        const targets = targetsFromTable(table, 'prd', diag);
        if (targets)
            return targets;
    }
    return bulletTargets(doc, section, diag);
}
const TARGET_LABEL_RE = /^(?:gate\s+)?(?:target|threshold|minimum(?:\s+score)?|pass\s+(?:if|when))$/i;
function bulletTargets(doc, section, diag) {
    const out = {};
    for (const sub of childSections(doc, section)) {
        const gate = gateOf(sub.text);
        if (!gate || out[gate])
            continue;
        const found = labelValue(doc, sub.index + 1, sub.end, l => TARGET_LABEL_RE.test(l)) ?? plainTarget(doc, sub);
        const target = found ? makeTarget(gate, found.value, '', 'prd', diag, found.line) : null;
        if (target)
            out[gate] = target;
    }
    if (Object.keys(out).length === 0)
        return gateBullets(doc, section.index + 1, section.end, 'prd', diag);
    return out;
}
/** A bullet written without bold: `- Target: ≥0.80`. */
function plainTarget(doc, sub) {
    for (let i = sub.index + 1; i < sub.end; i++) {
        if (doc.opaque[i])
            continue;
        const line = doc.lines[i] ?? '';
        if (lineLabel(line))
            continue;
        const item = listItem$1(line);
        const m = /^([^:]{1,40}):\s*([\s\S]+)$/.exec(item ? item.text : line.trim());
        if (m && TARGET_LABEL_RE.test((m[1] ?? '').trim()))
            return { value: m[2] ?? '', line: doc.offset + i + 1 };
    }
    return null;
}

/**
 * @typedef {import('mdast').Nodes} Nodes
 *
 * @typedef Options
 *   Configuration (optional).
 * @property {boolean | null | undefined} [includeImageAlt=true]
 *   Whether to use `alt` for `image`s (default: `true`).
 * @property {boolean | null | undefined} [includeHtml=true]
 *   Whether to use `value` of HTML (default: `true`).
 */

/** @type {Options} */
const emptyOptions$1 = {};

/**
 * Get the text content of a node or list of nodes.
 *
 * Prefers the node’s plain-text fields, otherwise serializes its children,
 * and if the given value is an array, serialize the nodes in it.
 *
 * @param {unknown} [value]
 *   Thing to serialize, typically `Node`.
 * @param {Options | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Serialized `value`.
 */
function toString(value, options) {
  const settings = options || emptyOptions$1;
  const includeImageAlt =
    typeof settings.includeImageAlt === 'boolean'
      ? settings.includeImageAlt
      : true;
  const includeHtml =
    typeof settings.includeHtml === 'boolean' ? settings.includeHtml : true;

  return one(value, includeImageAlt, includeHtml)
}

/**
 * One node or several nodes.
 *
 * @param {unknown} value
 *   Thing to serialize.
 * @param {boolean} includeImageAlt
 *   Include image `alt`s.
 * @param {boolean} includeHtml
 *   Include HTML.
 * @returns {string}
 *   Serialized node.
 */
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ('value' in value) {
      return value.type === 'html' && !includeHtml ? '' : value.value
    }

    if (includeImageAlt && 'alt' in value && value.alt) {
      return value.alt
    }

    if ('children' in value) {
      return all(value.children, includeImageAlt, includeHtml)
    }
  }

  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml)
  }

  return ''
}

/**
 * Serialize a list of nodes.
 *
 * @param {Array<unknown>} values
 *   Thing to serialize.
 * @param {boolean} includeImageAlt
 *   Include image `alt`s.
 * @param {boolean} includeHtml
 *   Include HTML.
 * @returns {string}
 *   Serialized nodes.
 */
function all(values, includeImageAlt, includeHtml) {
  /** @type {Array<string>} */
  const result = [];
  let index = -1;

  while (++index < values.length) {
    result[index] = one(values[index], includeImageAlt, includeHtml);
  }

  return result.join('')
}

/**
 * Check if `value` looks like a node.
 *
 * @param {unknown} value
 *   Thing.
 * @returns {value is Nodes}
 *   Whether `value` is a node.
 */
function node(value) {
  return Boolean(value && typeof value === 'object')
}

/**
 * Count how often a character (or substring) is used in a string.
 *
 * @param {string} value
 *   Value to search in.
 * @param {string} character
 *   Character (or substring) to look for.
 * @return {number}
 *   Number of times `character` occurred in `value`.
 */
function ccount(value, character) {
  const source = String(value);

  if (typeof character !== 'string') {
    throw new TypeError('Expected character')
  }

  let count = 0;
  let index = source.indexOf(character);

  while (index !== -1) {
    count++;
    index = source.indexOf(character, index + character.length);
  }

  return count
}

function ok$1() {}

/**
 * @import {Code} from 'micromark-util-types'
 */

/**
 * Check whether the character code represents an ASCII alpha (`a` through `z`,
 * case insensitive).
 *
 * An **ASCII alpha** is an ASCII upper alpha or ASCII lower alpha.
 *
 * An **ASCII upper alpha** is a character in the inclusive range U+0041 (`A`)
 * to U+005A (`Z`).
 *
 * An **ASCII lower alpha** is a character in the inclusive range U+0061 (`a`)
 * to U+007A (`z`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlpha = regexCheck(/[A-Za-z]/);

/**
 * Check whether the character code represents an ASCII alphanumeric (`a`
 * through `z`, case insensitive, or `0` through `9`).
 *
 * An **ASCII alphanumeric** is an ASCII digit (see `asciiDigit`) or ASCII alpha
 * (see `asciiAlpha`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);

/**
 * Check whether the character code represents an ASCII atext.
 *
 * atext is an ASCII alphanumeric (see `asciiAlphanumeric`), or a character in
 * the inclusive ranges U+0023 NUMBER SIGN (`#`) to U+0027 APOSTROPHE (`'`),
 * U+002A ASTERISK (`*`), U+002B PLUS SIGN (`+`), U+002D DASH (`-`), U+002F
 * SLASH (`/`), U+003D EQUALS TO (`=`), U+003F QUESTION MARK (`?`), U+005E
 * CARET (`^`) to U+0060 GRAVE ACCENT (`` ` ``), or U+007B LEFT CURLY BRACE
 * (`{`) to U+007E TILDE (`~`).
 *
 * See:
 * **\[RFC5322]**:
 * [Internet Message Format](https://tools.ietf.org/html/rfc5322).
 * P. Resnick.
 * IETF.
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);

/**
 * Check whether a character code is an ASCII control character.
 *
 * An **ASCII control** is a character in the inclusive range U+0000 NULL (NUL)
 * to U+001F (US), or U+007F (DEL).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}

/**
 * Check whether the character code represents an ASCII digit (`0` through `9`).
 *
 * An **ASCII digit** is a character in the inclusive range U+0030 (`0`) to
 * U+0039 (`9`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiDigit = regexCheck(/\d/);

/**
 * Check whether the character code represents an ASCII hex digit (`a` through
 * `f`, case insensitive, or `0` through `9`).
 *
 * An **ASCII hex digit** is an ASCII digit (see `asciiDigit`), ASCII upper hex
 * digit, or an ASCII lower hex digit.
 *
 * An **ASCII upper hex digit** is a character in the inclusive range U+0041
 * (`A`) to U+0046 (`F`).
 *
 * An **ASCII lower hex digit** is a character in the inclusive range U+0061
 * (`a`) to U+0066 (`f`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiHexDigit = regexCheck(/[\dA-Fa-f]/);

/**
 * Check whether the character code represents ASCII punctuation.
 *
 * An **ASCII punctuation** is a character in the inclusive ranges U+0021
 * EXCLAMATION MARK (`!`) to U+002F SLASH (`/`), U+003A COLON (`:`) to U+0040 AT
 * SIGN (`@`), U+005B LEFT SQUARE BRACKET (`[`) to U+0060 GRAVE ACCENT
 * (`` ` ``), or U+007B LEFT CURLY BRACE (`{`) to U+007E TILDE (`~`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);

/**
 * Check whether a character code is a markdown line ending.
 *
 * A **markdown line ending** is the virtual characters M-0003 CARRIAGE RETURN
 * LINE FEED (CRLF), M-0004 LINE FEED (LF) and M-0005 CARRIAGE RETURN (CR).
 *
 * In micromark, the actual character U+000A LINE FEED (LF) and U+000D CARRIAGE
 * RETURN (CR) are replaced by these virtual characters depending on whether
 * they occurred together.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEnding(code) {
  return code !== null && code < -2;
}

/**
 * Check whether a character code is a markdown line ending (see
 * `markdownLineEnding`) or markdown space (see `markdownSpace`).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}

/**
 * Check whether a character code is a markdown space.
 *
 * A **markdown space** is the concrete character U+0020 SPACE (SP) and the
 * virtual characters M-0001 VIRTUAL SPACE (VS) and M-0002 HORIZONTAL TAB (HT).
 *
 * In micromark, the actual character U+0009 CHARACTER TABULATION (HT) is
 * replaced by one M-0002 HORIZONTAL TAB (HT) and between 0 and 3 M-0001 VIRTUAL
 * SPACE (VS) characters, depending on the column at which the tab occurred.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}

// Size note: removing ASCII from the regex and using `asciiPunctuation` here
// In fact adds to the bundle size.
/**
 * Check whether the character code represents Unicode punctuation.
 *
 * A **Unicode punctuation** is a character in the Unicode `Pc` (Punctuation,
 * Connector), `Pd` (Punctuation, Dash), `Pe` (Punctuation, Close), `Pf`
 * (Punctuation, Final quote), `Pi` (Punctuation, Initial quote), `Po`
 * (Punctuation, Other), or `Ps` (Punctuation, Open) categories, or an ASCII
 * punctuation (see `asciiPunctuation`).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodePunctuation = regexCheck(/\p{P}|\p{S}/u);

/**
 * Check whether the character code represents Unicode whitespace.
 *
 * Note that this does handle micromark specific markdown whitespace characters.
 * See `markdownLineEndingOrSpace` to check that.
 *
 * A **Unicode whitespace** is a character in the Unicode `Zs` (Separator,
 * Space) category, or U+0009 CHARACTER TABULATION (HT), U+000A LINE FEED (LF),
 * U+000C (FF), or U+000D CARRIAGE RETURN (CR) (**\[UNICODE]**).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodeWhitespace = regexCheck(/\s/);

/**
 * Create a code check from a regex.
 *
 * @param {RegExp} regex
 *   Expression.
 * @returns {(code: Code) => boolean}
 *   Check.
 */
function regexCheck(regex) {
  return check;

  /**
   * Check whether a code matches the bound regex.
   *
   * @param {Code} code
   *   Character code.
   * @returns {boolean}
   *   Whether the character code matches the bound regex.
   */
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

function escapeStringRegexp(string) {
	if (typeof string !== 'string') {
		throw new TypeError('Expected a string');
	}

	// Escape characters with special meaning either inside or outside character sets.
	// Use a simple backslash escape when it’s always valid, and a `\xnn` escape when the simpler form would be disallowed by Unicode patterns’ stricter grammar.
	return string
		.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&')
		.replace(/-/g, '\\x2d');
}

/**
 * @import {Node, Parent} from 'unist'
 */


/**
 * Generate an assertion from a test.
 *
 * Useful if you’re going to test many nodes, for example when creating a
 * utility where something else passes a compatible test.
 *
 * The created function is a bit faster because it expects valid input only:
 * a `node`, `index`, and `parent`.
 *
 * @param {Test} test
 *   *   when nullish, checks if `node` is a `Node`.
 *   *   when `string`, works like passing `(node) => node.type === test`.
 *   *   when `function` checks if function passed the node is true.
 *   *   when `object`, checks that all keys in test are in node, and that they have (strictly) equal values.
 *   *   when `array`, checks if any one of the subtests pass.
 * @returns {Check}
 *   An assertion.
 */
const convert =
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  (
    /**
     * @param {Test} [test]
     * @returns {Check}
     */
    function (test) {
      if (test === null || test === undefined) {
        return ok
      }

      if (typeof test === 'function') {
        return castFactory(test)
      }

      if (typeof test === 'object') {
        return Array.isArray(test)
          ? anyFactory(test)
          : // Cast because `ReadonlyArray` goes into the above but `isArray`
            // narrows to `Array`.
            propertiesFactory(/** @type {Props} */ (test))
      }

      if (typeof test === 'string') {
        return typeFactory(test)
      }

      throw new Error('Expected function, string, or object as test')
    }
  );

/**
 * @param {Array<Props | TestFunction | string>} tests
 * @returns {Check}
 */
function anyFactory(tests) {
  /** @type {Array<Check>} */
  const checks = [];
  let index = -1;

  while (++index < tests.length) {
    checks[index] = convert(tests[index]);
  }

  return castFactory(any)

  /**
   * @this {unknown}
   * @type {TestFunction}
   */
  function any(...parameters) {
    let index = -1;

    while (++index < checks.length) {
      if (checks[index].apply(this, parameters)) return true
    }

    return false
  }
}

/**
 * Turn an object into a test for a node with a certain fields.
 *
 * @param {Props} check
 * @returns {Check}
 */
function propertiesFactory(check) {
  const checkAsRecord = /** @type {Record<string, unknown>} */ (check);

  return castFactory(all)

  /**
   * @param {Node} node
   * @returns {boolean}
   */
  function all(node) {
    const nodeAsRecord = /** @type {Record<string, unknown>} */ (
      /** @type {unknown} */ (node)
    );

    /** @type {string} */
    let key;

    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false
    }

    return true
  }
}

/**
 * Turn a string into a test for a node with a certain type.
 *
 * @param {string} check
 * @returns {Check}
 */
function typeFactory(check) {
  return castFactory(type)

  /**
   * @param {Node} node
   */
  function type(node) {
    return node && node.type === check
  }
}

/**
 * Turn a custom test into a test for a node that passes that test.
 *
 * @param {TestFunction} testFunction
 * @returns {Check}
 */
function castFactory(testFunction) {
  return check

  /**
   * @this {unknown}
   * @type {Check}
   */
  function check(value, index, parent) {
    return Boolean(
      looksLikeANode(value) &&
        testFunction.call(
          this,
          value,
          typeof index === 'number' ? index : undefined,
          parent || undefined
        )
    )
  }
}

function ok() {
  return true
}

/**
 * @param {unknown} value
 * @returns {value is Node}
 */
function looksLikeANode(value) {
  return value !== null && typeof value === 'object' && 'type' in value
}

/**
 * Color a string.
 *
 * @param {string} d
 *   Value.
 * @returns {string}
 *   Colored value.
 */
function color(d) {
  return '\u001B[33m' + d + '\u001B[39m'
}

/**
 * @import {Node as UnistNode, Parent as UnistParent} from 'unist'
 */


/** @type {Readonly<ActionTuple>} */
const empty = [];

/**
 * Continue traversing as normal.
 */
const CONTINUE = true;

/**
 * Stop traversing immediately.
 */
const EXIT = false;

/**
 * Do not traverse this node’s children.
 * Only works when entering a node.
 */
const SKIP = 'skip';

/**
 * Visit nodes, with ancestral information.
 *
 * This algorithm performs *depth-first* *tree traversal* in *preorder*
 * (**NLR**) or if `reverse` is given,
 * in *reverse preorder* (**NRL**).
 * An `exit` visitor is called in *postorder* (**LRN**)
 * or if `reverse` is given, in *reverse postorder* (**RLN**).
 *
 * You can choose which nodes are visited by passing a `test`.
 * For complex tests, you should test yourself in a visitor, as it will be
 * faster and will have improved type information.
 *
 * Walking the tree is an intensive task.
 * Make use of the return values of the visitor when possible.
 * Instead of walking a tree multiple times, walk it once, use `unist-util-is`
 * to check if a node matches, and then perform different operations.
 *
 * You can change the tree.
 * Changes inside a node made when entering it are walked,
 * changes made when exiting it are not.
 * See `Visitor` and `VisitorExit` for more info.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {Check} check
 *   `unist-util-is`-compatible test.
 * @param {BuildVisitor<Tree, Check>} enter
 *   Handle each node when entering it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {Check} check
 *   `unist-util-is`-compatible test.
 * @param {BuildVisitors<Tree, Check>} visitors
 *   Handle each node when exiting it, and optionally when entering it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {BuildVisitor<Tree>} enter
 *   Handle each node when entering it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {BuildVisitors<Tree>} visitors
 *   Handle each node when exiting it, and optionally when entering it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @param {UnistNode} tree
 *   Tree to traverse.
 * @param {Visitor | Visitors | Test} testOrEnterOrVisitors
 *   `unist-util-is`-compatible test, `enter`, or `visitors`.
 * @param {Visitor | Visitors | boolean | null | undefined} [enterOrVisitorsOrReverse]
 *   `enter`, `visitors`, or `reverse` after a test.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @template {UnistNode} Tree
 *   Node type.
 * @template {Test} Check
 *   `unist-util-is`-compatible test.
 */
function visitParents(
  tree,
  testOrEnterOrVisitors,
  enterOrVisitorsOrReverse,
  reverse
) {
  if (!tree || typeof tree !== 'object') {
    throw new Error('Unexpected value `' + tree + '` for `tree`, expected node')
  }

  let preorder = true;
  /** @type {Test} */
  let check;
  /** @type {Visitors | Visitor} */
  let visitors;
  /** @type {Visitor | null | undefined} */
  let enter;
  /** @type {VisitorExit | null | undefined} */
  let exit;

  // Third parameter is an enter visitor or a visitors object, so expect a `test` too.
  if (
    typeof enterOrVisitorsOrReverse === 'function' ||
    (enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === 'object')
  ) {
    check = /** @type {Test} */ (testOrEnterOrVisitors);
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  }
  // Assume no test.
  else {
    visitors = /** @type {Visitors | Visitor} */ (testOrEnterOrVisitors);
    if (enterOrVisitorsOrReverse) preorder = false;
  }

  if (typeof visitors === 'function') {
    enter = visitors;
  } else if (visitors && typeof visitors === 'object') {
    if (visitors.enter === null || visitors.enter === undefined) ; else if (typeof visitors.enter === 'function') {
      enter = visitors.enter;
    } else {
      throw new Error(
        'Unexpected value `' +
          visitors.enter +
          '` for `visitors.enter`, expected optional visitor'
      )
    }

    if (typeof visitors.exit === 'function') {
      exit = visitors.exit;
    } else {
      throw new Error(
        'Unexpected value `' +
          visitors.exit +
          '` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)'
      )
    }
  } else {
    throw new Error(
      'Unexpected value `' +
        visitors +
        '` for `enter` or `visitors`, expected visitor or object with visitors'
    )
  }

  const is = convert(check);
  const step = preorder ? 1 : -1;

  factory(tree, undefined, [])();

  /**
   * Create a function to visit a node.
   *
   * @param {UnistNode} node
   *   Node to visit.
   * @param {number | undefined} index
   *   Index of `node` in its parent.
   * @param {Array<UnistParent>} parents
   *   Ancestors of `node`.
   * @returns {() => Readonly<ActionTuple>}
   *   Visit `node`.
   */
  function factory(node, index, parents) {
    const value = /** @type {Record<string, unknown>} */ (
      node && typeof node === 'object' ? node : {}
    );

    if (typeof value.type === 'string') {
      const name =
        // `hast`
        typeof value.tagName === 'string'
          ? value.tagName
          : // `xast`
            typeof value.name === 'string'
            ? value.name
            : undefined;

      Object.defineProperty(visit, 'name', {
        value:
          'node (' + color(node.type + (name ? '<' + name + '>' : '')) + ')'
      });
    }

    return visit

    function visit() {
      const matches =
        !check || is(node, index, parents[parents.length - 1] || undefined);
      /** @type {Readonly<ActionTuple>} */
      let result = empty;

      if (enter && matches) {
        result = toResult(enter(node, parents, index));

        if (result[0] === EXIT) {
          return result
        }
      }

      if ('children' in node && node.children) {
        const nodeAsParent = /** @type {UnistParent} */ (node);

        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];

          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];

            const subresult = factory(child, offset, grandparents)();

            if (subresult[0] === EXIT) {
              return subresult
            }

            offset =
              typeof subresult[1] === 'number' ? subresult[1] : offset + step;
          }
        }
      }

      if (exit && matches) {
        const exitResult = toResult(exit(node, parents, index));

        if (exitResult[0] === SKIP) {
          throw new Error(
            'Unexpected value `' +
              exitResult[0] +
              '` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing'
          )
        }

        // Prefer a result from `exit` over `enter`.
        if (exitResult[0] === EXIT || typeof exitResult[1] === 'number') {
          return exitResult
        }
      }

      return result
    }
  }
}

/**
 * Turn a return value into a clean result.
 *
 * @param {VisitorResult} value
 *   Valid return values from visitors.
 * @returns {Readonly<ActionTuple>}
 *   Clean result.
 */
function toResult(value) {
  if (Array.isArray(value)) {
    return value
  }

  if (typeof value === 'number') {
    return [CONTINUE, value]
  }

  return value === null || value === undefined ? empty : [value]
}

/**
 * @import {Nodes, Parents, PhrasingContent, Root, Text} from 'mdast'
 * @import {BuildVisitor, Test, VisitorResult} from 'unist-util-visit-parents'
 */


/**
 * Find patterns in a tree and replace them.
 *
 * The algorithm searches the tree in *preorder* for complete values in `Text`
 * nodes.
 * Partial matches are not supported.
 *
 * @param {Nodes} tree
 *   Tree to change.
 * @param {FindAndReplaceList | FindAndReplaceTuple} list
 *   Patterns to find.
 * @param {Options | null | undefined} [options]
 *   Configuration (optional).
 * @returns {undefined}
 *   Nothing.
 */
function findAndReplace(tree, list, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list);
  let pairIndex = -1;

  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }

  /**
   * Handle text nodes and skip ignored nodes.
   *
   * @type {BuildVisitor<Root>}
   */
  function visitor(node, parents, index) {
    if (node.type === 'text' && typeof index === 'number') {
      return handler(node, parents, index)
    }

    if (ignored(node, index, parents[parents.length - 1])) return SKIP
  }

  /**
   * Handle a text node which is not in an ignored parent.
   *
   * @param {Text} node
   *   Text node to search in.
   * @param {Array<Parents>} parents
   *   Ancestors of `node`.
   * @param {number} index
   *   Index of `node` in its parent.
   * @returns {VisitorResult}
   *   Where to continue visiting.
   */
  function handler(node, parents, index) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace = pairs[pairIndex][1];
    let start = 0;
    let change = false;
    /** @type {Array<PhrasingContent>} */
    let nodes = [];

    find.lastIndex = 0;

    let match = find.exec(node.value);

    while (match) {
      const position = match.index;
      /** @type {RegExpMatchObject} */
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node]
      };
      let value = replace(...match, matchObject);

      if (typeof value === 'string') {
        value = value.length > 0 ? {type: 'text', value} : undefined;
      }

      // It wasn’t a match after all.
      if (value === false) {
        // False acts as if there was no match.
        // So we need to reset `lastIndex`, which currently being at the end of
        // the current match, to the beginning.
        find.lastIndex = position + 1;
      } else {
        if (start !== position) {
          add({type: 'text', value: node.value.slice(start, position)});
        }

        if (Array.isArray(value)) {
          for (const child of value) add(child);
        } else if (value) {
          add(value);
        }

        start = position + match[0].length;
        change = true;
      }

      if (!find.global) {
        break
      }

      match = find.exec(node.value);
    }

    if (change) {
      if (start < node.value.length) {
        add({type: 'text', value: node.value.slice(start)});
      }

      parent.children.splice(index, 1, ...nodes);
    } else {
      nodes = [node];
    }

    return index + nodes.length

    /**
     * Add a node.
     *
     * @param {PhrasingContent} child
     *   Node to add.
     * @returns {undefined}
     *   Nothing.
     */
    function add(child) {
      const previous = nodes[nodes.length - 1];

      if (previous && previous.type === 'text' && child.type === 'text') {
        previous.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}

/**
 * Turn a tuple or a list of tuples into pairs.
 *
 * @param {FindAndReplaceList | FindAndReplaceTuple} tupleOrList
 *   Schema.
 * @returns {Pairs}
 *   Clean pairs.
 */
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError('Expected find and replace tuple or list of tuples')
  }

  /** @type {Pairs} */
  const result = [];

  const list =
    !tupleOrList[0] || Array.isArray(tupleOrList[0])
      ? /** @type {FindAndReplaceList} */ (tupleOrList)
      : [/** @type {FindAndReplaceTuple} */ (tupleOrList)];

  let index = -1;

  while (++index < list.length) {
    const tuple = list[index];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }

  return result
}

/**
 * Turn a find into an expression.
 *
 * @param {Find} find
 *   Pattern to find.
 * @returns {RegExp}
 *   Global expression.
 */
function toExpression(find) {
  return typeof find === 'string' ? new RegExp(escapeStringRegexp(find), 'g') : find
}

/**
 * Turn a replace into a function.
 *
 * @param {Replace} replace
 *   Thing to replace with.
 * @returns {ReplaceFunction}
 *   Function that returns that thing.
 */
function toFunction(replace) {
  return typeof replace === 'function'
    ? replace
    : function () {
        return replace
      }
}

/**
 * @import {RegExpMatchObject, ReplaceFunction} from 'mdast-util-find-and-replace'
 * @import {CompileContext, Extension as FromMarkdownExtension, Handle as FromMarkdownHandle, Transform as FromMarkdownTransform} from 'mdast-util-from-markdown'
 * @import {ConstructName, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
 * @import {Link, PhrasingContent} from 'mdast'
 */


/** @type {ConstructName} */
const inConstruct = 'phrasing';
/** @type {Array<ConstructName>} */
const notInConstruct = ['autolink', 'link', 'image', 'label'];

/**
 * Create an extension for `mdast-util-from-markdown` to enable GFM autolink
 * literals in markdown.
 *
 * @returns {FromMarkdownExtension}
 *   Extension for `mdast-util-to-markdown` to enable GFM autolink literals.
 */
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  }
}

/**
 * Create an extension for `mdast-util-to-markdown` to enable GFM autolink
 * literals in markdown.
 *
 * @returns {ToMarkdownExtension}
 *   Extension for `mdast-util-to-markdown` to enable GFM autolink literals.
 */
function gfmAutolinkLiteralToMarkdown() {
  return {
    unsafe: [
      {
        character: '@',
        before: '[+\\-.\\w]',
        after: '[\\-.\\w]',
        inConstruct,
        notInConstruct
      },
      {
        character: '.',
        before: '[Ww]',
        after: '[\\-.\\w]',
        inConstruct,
        notInConstruct
      },
      {
        character: ':',
        before: '[ps]',
        after: '\\/',
        inConstruct,
        notInConstruct
      }
    ]
  }
}

/**
 * Handle the start of an autolink literal.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterLiteralAutolink(token) {
  this.enter(
    {type: 'link', title: null, url: '', children: [], position: undefined},
    token
  );
}

/**
 * Handle the start of an autolink literal value.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}

/**
 * Handle the end of an HTTP autolink literal value.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}

/**
 * Handle the end of a `www` autolink literal value.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node = this.stack[this.stack.length - 1];
  ok$1(node.type === 'link');
  node.url = 'http://' + this.sliceSerialize(token);
}

/**
 * Handle the end of an email autolink literal value.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}

/**
 * Handle the end of an autolink literal.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitLiteralAutolink(token) {
  this.exit(token);
}

/**
 * Find autolink literals in text and turn them into links.
 *
 * @type {FromMarkdownTransform}
 */
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    {ignore: ['link', 'linkReference']}
  );
}

/**
 * Turn a URL match into a link.
 *
 * @type {ReplaceFunction}
 * @param {string} _
 *   Whole match.
 * @param {string} protocol
 *   Protocol (`http://`, `https://`) or `www`.
 * @param {string} domain
 *   Host name, up to the path.
 * @param {string} path
 *   Path, query, and fragment.
 * @param {RegExpMatchObject} match
 *   Match object.
 * @returns {Array<PhrasingContent> | Link | false}
 *   Link, link and trailing text, or `false` if not a URL.
 */
function findUrl(_, protocol, domain, path, match) {
  // Not an expected previous character.
  if (!previous$1(match)) {
    return false
  }

  let prefix = '';

  // Treat `www` as part of the domain.
  if (/^w/i.test(protocol)) {
    domain = protocol + domain;
    protocol = '';
    prefix = 'http://';
  }

  if (unicodePunctuation(domain.charCodeAt(0)) || !isCorrectDomain(domain)) {
    return false
  }

  const parts = splitUrl(domain + path);

  /** @type {Link} */
  const result = {
    type: 'link',
    title: null,
    url: prefix + protocol + parts[0],
    children: [{type: 'text', value: protocol + parts[0], position: undefined}],
    position: undefined
  };

  if (parts[1]) {
    return [result, {type: 'text', value: parts[1], position: undefined}]
  }

  return result
}

/**
 * Turn an email match into a link.
 *
 * @type {ReplaceFunction}
 * @param {string} _
 *   Whole match.
 * @param {string} atext
 *   Local part.
 * @param {string} label
 *   Domain.
 * @returns {Link | false}
 *   Link, or `false` if not an email.
 */
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false
  }

  return {
    type: 'link',
    title: null,
    url: 'mailto:' + atext + '@' + label,
    children: [{type: 'text', value: atext + '@' + label, position: undefined}],
    position: undefined
  }
}

/**
 * Turn a `mailto:` email match into a link.
 *
 * @type {ReplaceFunction}
 * @param {string} _
 *   Whole match.
 * @param {string} atext
 *   Local part.
 * @param {string} label
 *   Domain.
 * @returns {Link | false}
 *   Link, or `false` if not an email.
 */
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false
  }

  const value = 'mailto:' + atext + '@' + label;

  return {
    type: 'link',
    title: null,
    url: value,
    children: [{type: 'text', value, position: undefined}],
    position: undefined
  }
}

/**
 * Turn an `xmpp:` address match into a link.
 *
 * @type {ReplaceFunction}
 * @param {string} matchValue
 *   Whole match.
 * @param {string} atext
 *   Local part.
 * @param {string} label
 *   Domain.
 * @param {string | undefined} resource
 *   Resource (`/` and more), if any.
 * @param {RegExpMatchObject} match
 *   Match object.
 * @returns {Link | false}
 *   Link, or `false` if not an address.
 */
function findXmpp(matchValue, atext, label, resource, match) {
  if (
    /[\d\-_]$/.test(label) ||
    (resource &&
      (!/[A-Za-z]$/.test(resource) ||
        match.input.charAt(match.index + matchValue.length) === '@'))
  ) {
    return false
  }

  const value = 'xmpp:' + atext + '@' + label + (resource || '');

  return {
    type: 'link',
    title: null,
    url: value,
    children: [{type: 'text', value, position: undefined}],
    position: undefined
  }
}

/**
 * Check if a domain is valid.
 *
 * @param {string} domain
 *   Host name to check.
 * @returns {boolean}
 *   Whether the domain is valid.
 */
function isCorrectDomain(domain) {
  const parts = domain.split('.');

  if (
    parts.length < 2 ||
    (parts[parts.length - 1] &&
      (/_/.test(parts[parts.length - 1]) ||
        !/[\dA-Za-z]/.test(parts[parts.length - 1]))) ||
    (parts[parts.length - 2] &&
      (/_/.test(parts[parts.length - 2]) ||
        !/[\dA-Za-z]/.test(parts[parts.length - 2])))
  ) {
    return false
  }

  return true
}

/**
 * Split trailing punctuation off a URL.
 *
 * @param {string} url
 *   Value to split.
 * @returns {[string, string | undefined]}
 *   URL and trailing punctuation, if any.
 */
function splitUrl(url) {
  let index = url.length;

  while (index > 0) {
    const code = url.charCodeAt(index - 1);

    if (
      code === 33 /* `!` */ ||
      code === 34 /* `"` */ ||
      code === 38 /* `&` */ ||
      code === 39 /* `'` */ ||
      code === 41 /* `)` */ ||
      code === 44 /* `,` */ ||
      code === 46 /* `.` */ ||
      code === 58 /* `:` */ ||
      code === 59 /* `;` */ ||
      code === 60 /* `<` */ ||
      code === 62 /* `>` */ ||
      code === 63 /* `?` */ ||
      code === 93 /* `]` */ ||
      code === 125 /* `}` */
    ) {
      index--;
    } else {
      break
    }
  }

  if (index === url.length) {
    return [url, undefined]
  }

  let trail = url.slice(index);
  url = url.slice(0, index);
  let closingParenIndex = trail.indexOf(')');
  const openingParens = ccount(url, '(');
  let closingParens = ccount(url, ')');

  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail.slice(0, closingParenIndex + 1);
    trail = trail.slice(closingParenIndex + 1);
    closingParenIndex = trail.indexOf(')');
    closingParens++;
  }

  return [url, trail]
}

/**
 * Check if the character before a match is allowed.
 *
 * @param {RegExpMatchObject} match
 *   Match object.
 * @returns {boolean}
 *   Whether the previous character is allowed.
 */
function previous$1(match) {
  const code = match.input.charCodeAt(match.index - 1);

  return (
    match.index === 0 || unicodeWhitespace(code) || unicodePunctuation(code)
  )
}

/**
 * Normalize an identifier (as found in references, definitions).
 *
 * Collapses markdown whitespace, trim, and then lower- and uppercase.
 *
 * Some characters are considered “uppercase”, such as U+03F4 (`ϴ`), but if their
 * lowercase counterpart (U+03B8 (`θ`)) is uppercased will result in a different
 * uppercase character (U+0398 (`Θ`)).
 * So, to get a canonical form, we perform both lower- and uppercase.
 *
 * Using uppercase last makes sure keys will never interact with default
 * prototypal values (such as `constructor`): nothing in the prototype of
 * `Object` is uppercase.
 *
 * @param {string} value
 *   Identifier to normalize.
 * @returns {string}
 *   Normalized identifier.
 */
function normalizeIdentifier(value) {
  return value
  // Collapse markdown whitespace.
  .replace(/[\t\n\r ]+/g, " ")
  // Trim.
  .replace(/^ | $/g, '')
  // Some characters are considered “uppercase”, but if their lowercase
  // counterpart is uppercased will result in a different uppercase
  // character.
  // Hence, to get that form, we perform both lower- and uppercase.
  // Upper case makes sure keys will not interact with default prototypal
  // methods: no method is uppercase.
  .toLowerCase().toUpperCase();
}

/**
 * @import {
 *   CompileContext,
 *   Extension as FromMarkdownExtension,
 *   Handle as FromMarkdownHandle
 * } from 'mdast-util-from-markdown'
 * @import {ToMarkdownOptions} from 'mdast-util-gfm-footnote'
 * @import {
 *   Handle as ToMarkdownHandle,
 *   Map,
 *   Options as ToMarkdownExtension
 * } from 'mdast-util-to-markdown'
 * @import {FootnoteDefinition, FootnoteReference} from 'mdast'
 */


footnoteReference.peek = footnoteReferencePeek;

/**
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterFootnoteCallString() {
  this.buffer();
}

/**
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterFootnoteCall(token) {
  this.enter({type: 'footnoteReference', identifier: '', label: ''}, token);
}

/**
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}

/**
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterFootnoteDefinition(token) {
  this.enter(
    {type: 'footnoteDefinition', identifier: '', label: '', children: []},
    token
  );
}

/**
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node = this.stack[this.stack.length - 1];
  ok$1(node.type === 'footnoteReference');
  node.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node.label = label;
}

/**
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitFootnoteCall(token) {
  this.exit(token);
}

/**
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node = this.stack[this.stack.length - 1];
  ok$1(node.type === 'footnoteDefinition');
  node.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node.label = label;
}

/**
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitFootnoteDefinition(token) {
  this.exit(token);
}

/** @type {ToMarkdownHandle} */
function footnoteReferencePeek() {
  return '['
}

/**
 * @type {ToMarkdownHandle}
 * @param {FootnoteReference} node
 */
function footnoteReference(node, _, state, info) {
  const tracker = state.createTracker(info);
  let value = tracker.move('[^');
  const exit = state.enter('footnoteReference');
  const subexit = state.enter('reference');
  value += tracker.move(
    state.safe(state.associationId(node), {after: ']', before: value})
  );
  subexit();
  exit();
  value += tracker.move(']');
  return value
}

/**
 * Create an extension for `mdast-util-from-markdown` to enable GFM footnotes
 * in markdown.
 *
 * @returns {FromMarkdownExtension}
 *   Extension for `mdast-util-from-markdown`.
 */
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  }
}

/**
 * Create an extension for `mdast-util-to-markdown` to enable GFM footnotes
 * in markdown.
 *
 * @param {ToMarkdownOptions | null | undefined} [options]
 *   Configuration (optional).
 * @returns {ToMarkdownExtension}
 *   Extension for `mdast-util-to-markdown`.
 */
function gfmFootnoteToMarkdown(options) {
  // To do: next major: change default.
  let firstLineBlank = false;

  if (options && options.firstLineBlank) {
    firstLineBlank = true;
  }

  return {
    handlers: {footnoteDefinition, footnoteReference},
    // This is on by default already.
    unsafe: [{character: '[', inConstruct: ['label', 'phrasing', 'reference']}]
  }

  /**
   * @type {ToMarkdownHandle}
   * @param {FootnoteDefinition} node
   */
  function footnoteDefinition(node, _, state, info) {
    const tracker = state.createTracker(info);
    let value = tracker.move('[^');
    const exit = state.enter('footnoteDefinition');
    const subexit = state.enter('label');
    value += tracker.move(
      state.safe(state.associationId(node), {before: value, after: ']'})
    );
    subexit();

    value += tracker.move(']:');

    if (node.children && node.children.length > 0) {
      tracker.shift(4);

      value += tracker.move(
        (firstLineBlank ? '\n' : ' ') +
          state.indentLines(
            state.containerFlow(node, tracker.current()),
            firstLineBlank ? mapAll : mapExceptFirst
          )
      );
    }

    exit();

    return value
  }
}

/** @type {Map} */
function mapExceptFirst(line, index, blank) {
  return index === 0 ? line : mapAll(line, index, blank)
}

/** @type {Map} */
function mapAll(line, index, blank) {
  return (blank ? '' : '    ') + line
}

/**
 * @import {Delete} from 'mdast'
 * @import {
 *   CompileContext,
 *   Extension as FromMarkdownExtension,
 *   Handle as FromMarkdownHandle
 * } from 'mdast-util-from-markdown'
 * @import {
 *   Attention,
 *   ConstructName,
 *   Handle as ToMarkdownHandle,
 *   Options as ToMarkdownExtension
 * } from 'mdast-util-to-markdown'
 */

/**
 * List of constructs that occur in phrasing (paragraphs, headings), but cannot
 * contain strikethrough.
 * So they sort of cancel each other out.
 * Note: could use a better name.
 *
 * Note: keep in sync with: <https://github.com/syntax-tree/mdast-util-to-markdown/blob/8ce8dbf/lib/unsafe.js#L14>
 *
 * @type {Array<ConstructName>}
 */
const constructsWithoutStrikethrough = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe'
];

handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;

/**
 * Create an extension for `mdast-util-from-markdown` to enable GFM
 * strikethrough in markdown.
 *
 * @returns {FromMarkdownExtension}
 *   Extension for `mdast-util-from-markdown` to enable GFM strikethrough.
 */
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ['delete'],
    enter: {strikethrough: enterStrikethrough},
    exit: {strikethrough: exitStrikethrough}
  }
}

/**
 * Create an extension for `mdast-util-to-markdown` to enable GFM
 * strikethrough in markdown.
 *
 * @returns {ToMarkdownExtension}
 *   Extension for `mdast-util-to-markdown` to enable GFM strikethrough.
 */
function gfmStrikethroughToMarkdown() {
  return {
    handlers: {delete: handleDelete},
    unsafe: [
      {
        character: '~',
        inConstruct: 'phrasing',
        notInConstruct: constructsWithoutStrikethrough
      }
    ]
  }
}

/**
 * Enter strikethrough.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterStrikethrough(token) {
  this.enter({type: 'delete', children: [], position: undefined}, token);
}

/**
 * Exit strikethrough.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitStrikethrough(token) {
  this.exit(token);
}

/**
 * Serialize a delete node.
 *
 * @type {ToMarkdownHandle}
 * @param {Delete} node
 *   Node to serialize.
 */
function handleDelete(node, _, state, info) {
  // To do: next major: empty this function, like emphasis and strong handlers,
  // this is no longer needed.
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes('strikethrough') ? '~' : '~~';
  const exit = state.enter('strikethrough');
  let value = tracker.move(sequence);
  value += state.containerPhrasing(node, {
    ...tracker.current(),
    before: value,
    after: '~'
  });
  value += tracker.move(sequence);
  exit();
  return value
}

/**
 * Serialize a delete node as attention.
 *
 * @type {Attention}
 */
function attentionDelete() {
  return {construct: 'strikethrough', markers: ['~'], sizes: [2, 1]}
}

/**
 * Peek the first character of a delete node.
 *
 * @type {ToMarkdownHandle}
 */
function peekDelete() {
  return '~'
}

// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {};
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = [];
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = [];
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = [];
  /** @type {Array<number>} */
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = [];
    /** @type {Array<number>} */
    const sizes = [];
    let columnIndex = -1;

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize$2(table[rowIndex][columnIndex]);

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes[columnIndex] = size;

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size;
        }
      }

      row.push(cell);
    }

    cellMatrix[rowIndex] = row;
    sizeMatrix[rowIndex] = sizes;
  }

  // Figure out which alignments to use.
  let columnIndex = -1;

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }

  // Inject the alignment row.
  columnIndex = -1;
  /** @type {Array<string>} */
  const row = [];
  /** @type {Array<number>} */
  const sizes = [];

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = '';
    let after = '';

    if (code === 99 /* `c` */) {
      before = ':';
      after = ':';
    } else if (code === 108 /* `l` */) {
      before = ':';
    } else if (code === 114 /* `r` */) {
      after = ':';
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          );

    const cell = before + '-'.repeat(size) + after;

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }

      sizes[columnIndex] = size;
    }

    row[columnIndex] = cell;
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);

  rowIndex = -1;
  /** @type {Array<string>} */
  const lines = [];

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex];
    const sizes = sizeMatrix[rowIndex];
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow;
    columnIndex = -1;
    /** @type {Array<string>} */
    const line = [];

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || '';
      let before = '';
      let after = '';

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0);
        const code = alignments[columnIndex];

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size);
        } else if (code === 99 /* `c` */) {
          const half = size / 2;

          if (size % 2) {
            before = ' '.repeat(half + 0.5);
            after = ' '.repeat(half - 0.5);
          } else {
            before = ' '.repeat(half);
            after = before;
          }
        } else {
          after = ' '.repeat(size);
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|');
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ');
      }

      if (settings.alignDelimiters !== false) {
        line.push(before);
      }

      line.push(cell);

      if (settings.alignDelimiters !== false) {
        line.push(after);
      }

      if (settings.padding !== false) {
        line.push(' ');
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|');
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    );
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize$2(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0;

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

/**
 * @typedef {import('mdast').Html} Html
 * @typedef {import('mdast').PhrasingContent} PhrasingContent
 */


/**
 * Check if the given value is *phrasing content*.
 *
 * > 👉 **Note**: Excludes `html`, which can be both phrasing or flow.
 *
 * @param node
 *   Thing to check, typically `Node`.
 * @returns
 *   Whether `value` is phrasing content.
 */

const phrasing$1 =
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  (
    convert([
      'break',
      'delete',
      'emphasis',
      // To do: next major: removed since footnotes were added to GFM.
      'footnote',
      'footnoteReference',
      'image',
      'imageReference',
      'inlineCode',
      // Enabled by `mdast-util-math`:
      'inlineMath',
      'link',
      'linkReference',
      // Enabled by `mdast-util-mdx`:
      'mdxJsxTextElement',
      // Enabled by `mdast-util-mdx`:
      'mdxTextExpression',
      'strong',
      'text',
      // Enabled by `mdast-util-directive`:
      'textDirective'
    ])
  );

/**
 * @import {Blockquote, Parents} from 'mdast'
 * @import {Info, Map, State} from 'mdast-util-to-markdown'
 */

/**
 * Serialize a blockquote node.
 *
 * @param {Blockquote} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function blockquote(node, _, state, info) {
  const exit = state.enter('blockquote');
  const tracker = state.createTracker(info);
  tracker.move('> ');
  tracker.shift(2);
  const value = state.indentLines(
    state.containerFlow(node, tracker.current()),
    map$1
  );
  exit();
  return value
}

/**
 * Indent lines w/ blockquote markers.
 *
 * @type {Map}
 */
function map$1(line, _, blank) {
  return '>' + (blank ? '' : ' ') + line
}

/**
 * @import {ConstructName, Unsafe} from 'mdast-util-to-markdown'
 */

/**
 * Check if a pattern is in scope based on the current stack of constructs.
 *
 * @param {Array<ConstructName>} stack
 *   Current stack of constructs.
 * @param {Unsafe} pattern
 *   Pattern to check.
 * @returns {boolean}
 *   Whether the pattern is in scope.
 */
function patternInScope(stack, pattern) {
  return (
    listInScope(stack, pattern.inConstruct, true) &&
    !listInScope(stack, pattern.notInConstruct, false)
  )
}

/**
 * Check if any of the constructs in the list are present in the stack.
 *
 * @param {Array<ConstructName>} stack
 *   Current stack of constructs.
 * @param {Unsafe['inConstruct']} list
 *   List of constructs to check for in the stack.
 * @param {boolean} none
 *   Value to return if the list is empty or not provided.
 * @returns {boolean}
 *   Whether any of the constructs in the list are present in the stack.
 */
function listInScope(stack, list, none) {
  if (typeof list === 'string') {
    list = [list];
  }

  if (!list || list.length === 0) {
    return none
  }

  let index = -1;

  while (++index < list.length) {
    if (stack.includes(list[index])) {
      return true
    }
  }

  return false
}

/**
 * @import {Break, Parents} from 'mdast'
 * @import {Info, State} from 'mdast-util-to-markdown'
 */


/**
 * Serialize a break node.
 *
 * @param {Break} _
 *   Node to serialize.
 * @param {Parents | undefined} _1
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function hardBreak(_, _1, state, info) {
  let index = -1;

  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index];

    // If we can’t put unconditional eols in this construct (setext headings,
    // tables), use a space instead.
    if (
      pattern.character === '\n' &&
      !pattern.before &&
      !pattern.after &&
      patternInScope(state.stack, pattern)
    ) {
      return /[\t ]/.test(info.before) ? '' : ' '
    }
  }

  return '\\\n'
}

/**
 * Get the count of the longest repeating streak of `substring` in `value`.
 *
 * @param {string} value
 *   Content to search in.
 * @param {string} substring
 *   Substring to look for, typically one character.
 * @returns {number}
 *   Count of most frequent adjacent `substring`s in `value`.
 */
function longestStreak(value, substring) {
  const source = String(value);
  let index = source.indexOf(substring);
  let expected = index;
  let count = 0;
  let max = 0;

  if (typeof substring !== 'string') {
    throw new TypeError('Expected substring')
  }

  while (index !== -1) {
    if (index === expected) {
      if (++count > max) {
        max = count;
      }
    } else {
      count = 1;
    }

    expected = index + substring.length;
    index = source.indexOf(substring, expected);
  }

  return max
}

/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {Code} from 'mdast'
 */

/**
 * Checks if a code block can be formatted as an indented code block.
 *
 * @param {Code} node
 *   Node to check.
 * @param {State} state
 *   Info passed around.
 * @returns {boolean}
 *   Whether the code can be formatted as an indented code block.
 */
function formatCodeAsIndented(node, state) {
  return Boolean(
    state.options.fences === false &&
    node.value &&
    // If there’s no info…
    !node.lang &&
    // And there’s a non-whitespace character…
    /[^\n\r ]/.test(node.value) &&
    // And the value doesn’t start or end in a blank…
    !/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(node.value)
  )
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred fence option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['fence'], null | undefined>}
 *   Preferred fence marker.
 */
function checkFence(state) {
  const marker = state.options.fence || '`';

  if (marker !== '`' && marker !== '~') {
    throw new Error(
      'Cannot serialize code with `' +
        marker +
        '` for `options.fence`, expected `` ` `` or `~`'
    )
  }

  return marker
}

/**
 * @import {Info, Map, State} from 'mdast-util-to-markdown'
 * @import {Code, Parents} from 'mdast'
 */


/**
 * Serialize a code node.
 *
 * @param {Code} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function code$1(node, _, state, info) {
  const marker = checkFence(state);
  const raw = node.value || '';

  if (formatCodeAsIndented(node, state)) {
    const exit = state.enter('codeIndented');
    const value = state.indentLines(raw, map);
    exit();
    return value
  }

  const tracker = state.createTracker(info);
  const sequence = marker.repeat(Math.max(longestStreak(raw, marker) + 1, 3));
  const exit = state.enter('codeFenced');
  const suffix = marker === '`' ? 'GraveAccent' : 'Tilde';
  let value = tracker.move(sequence);

  if (node.lang) {
    const subexit = state.enter(`codeFencedLang${suffix}`);
    value += tracker.move(
      state.safe(node.lang, {
        before: value,
        after: ' ',
        encode: ['`'],
        ...tracker.current()
      })
    );
    subexit();
  }

  if (node.lang && node.meta) {
    const subexit = state.enter(`codeFencedMeta${suffix}`);
    value += tracker.move(' ');
    value += tracker.move(
      state.safe(node.meta, {
        before: value,
        after: '\n',
        encode: ['`'],
        ...tracker.current()
      })
    );
    subexit();
  }

  value += tracker.move('\n');

  if (raw) {
    value += tracker.move(raw + '\n');
  }

  value += tracker.move(sequence);
  exit();
  return value
}

/**
 * Indent lines w/ code indent.
 *
 * @type {Map}
 */
function map(line, _, blank) {
  return (blank ? '' : '    ') + line
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred quote option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['quote'], null | undefined>}
 *   Preferred quote.
 */
function checkQuote(state) {
  const marker = state.options.quote || '"';

  if (marker !== '"' && marker !== "'") {
    throw new Error(
      'Cannot serialize title with `' +
        marker +
        '` for `options.quote`, expected `"`, or `\'`'
    )
  }

  return marker
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Definition, Parents} from 'mdast'
 */


/**
 * Serialize a definition node.
 *
 * @param {Definition} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function definition$1(node, _, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? 'Quote' : 'Apostrophe';
  const exit = state.enter('definition');
  let subexit = state.enter('label');
  const tracker = state.createTracker(info);
  let value = tracker.move('[');
  value += tracker.move(
    state.safe(state.associationId(node), {
      before: value,
      after: ']',
      ...tracker.current()
    })
  );
  value += tracker.move(']: ');

  subexit();

  if (
    // If there’s no url, or…
    !node.url ||
    // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node.url)
  ) {
    subexit = state.enter('destinationLiteral');
    value += tracker.move('<');
    value += tracker.move(
      state.safe(node.url, {before: value, after: '>', ...tracker.current()})
    );
    value += tracker.move('>');
  } else {
    // No whitespace, raw is prettier.
    subexit = state.enter('destinationRaw');
    value += tracker.move(
      state.safe(node.url, {
        before: value,
        after: node.title ? ' ' : '\n',
        ...tracker.current()
      })
    );
  }

  subexit();

  if (node.title) {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(' ' + quote);
    value += tracker.move(
      state.safe(node.title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }

  exit();

  return value
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred emphasis option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['emphasis'], null | undefined>}
 *   Preferred emphasis marker.
 */
function checkEmphasis(state) {
  const marker = state.options.emphasis || '*';

  if (marker !== '*' && marker !== '_') {
    throw new Error(
      'Cannot serialize emphasis with `' +
        marker +
        '` for `options.emphasis`, expected `*`, or `_`'
    )
  }

  return marker
}

/**
 * @import {Code} from 'micromark-util-types'
 */

/**
 * Classify whether a code represents whitespace, punctuation, or something
 * else.
 *
 * Used for attention (emphasis, strong), whose sequences can open or close
 * based on the class of surrounding characters.
 *
 * > 👉 **Note**: eof (`null`) is seen as whitespace.
 *
 * @param {Code} code
 *   Code.
 * @returns {typeof constants.characterGroupWhitespace | typeof constants.characterGroupPunctuation | undefined}
 *   Group.
 */
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}

/**
 * Get the first character of a value.
 *
 * Is aware of astral characters (such as emoji).
 *
 * @param {string} value
 *   Value.
 * @returns {string}
 *   First character; empty if `value` is empty.
 */
function firstCharacter(value) {
  const code = value.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code)
}

/**
 * Get the last character of a value.
 *
 * Is aware of astral characters (such as emoji).
 *
 * @param {string} value
 *   Value.
 * @returns {string}
 *   Last character; empty if `value` is empty.
 */
function lastCharacter(value) {
  // Only a surrogate pair gives a code point above the BMP.
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xff_ff
    ? value.slice(-2)
    : value.slice(-1)
}

/**
 * Encode a code point as a character reference.
 *
 * @param {number} code
 *   Code point to encode.
 * @returns {string}
 *   Encoded character reference.
 */
function encodeCharacterReference(code) {
  return '&#x' + code.toString(16).toUpperCase() + ';'
}

/**
 * @import {EncodeSides} from '../types.js'
 */


/**
 * Check whether to encode (as a character reference) the characters
 * surrounding an attention run.
 *
 * Which characters are around an attention run influence whether it works or
 * not.
 *
 * See <https://github.com/orgs/syntax-tree/discussions/60> for more info.
 * See this markdown in a particular renderer to see what works:
 *
 * ```markdown
 * |                         | A (letter inside) | B (punctuation inside) | C (whitespace inside) | D (nothing inside) |
 * | ----------------------- | ----------------- | ---------------------- | --------------------- | ------------------ |
 * | 1 (letter outside)      | x*y*z             | x*.*z                  | x* *z                 | x**z               |
 * | 2 (punctuation outside) | .*y*.             | .*.*.                  | .* *.                 | .**.               |
 * | 3 (whitespace outside)  | x *y* z           | x *.* z                | x * * z               | x ** z             |
 * | 4 (nothing outside)     | *x*               | *.*                    | * *                   | **                 |
 * ```
 *
 * @param {number} outside
 *   Code point on the outer side of the run.
 * @param {number} inside
 *   Code point on the inner side of the run.
 * @param {string} marker
 *   Marker of the run.
 *   Underscores are handled more strictly (they form less often) than
 *   asterisks.
 * @returns {EncodeSides}
 *   Whether to encode characters.
 */
// Important: punctuation must never be encoded.
// Punctuation is solely used by markdown constructs.
// And by encoding itself.
// Encoding them will break constructs or double encode things.
function encodeInfo(outside, inside, marker) {
  const outsideKind = classifyCharacter(outside);
  const insideKind = classifyCharacter(inside);

  // Letter outside:
  if (outsideKind === undefined) {
    return insideKind === undefined
      ? // Letter inside:
        // we have to encode *both* letters for `_` as it is looser.
        // it already forms for `*` (and GFMs `~`).
        marker === '_'
        ? {inside: true, outside: true}
        : {inside: false, outside: false}
      : insideKind === 1
        ? // Whitespace inside: encode both (letter, whitespace).
          {inside: true, outside: true}
        : // Punctuation inside: encode outer (letter)
          {inside: false, outside: true}
  }

  // Whitespace outside:
  if (outsideKind === 1) {
    return insideKind === undefined
      ? // Letter inside: already forms.
        {inside: false, outside: false}
      : insideKind === 1
        ? // Whitespace inside: encode both (whitespace).
          {inside: true, outside: true}
        : // Punctuation inside: already forms.
          {inside: false, outside: false}
  }

  // Punctuation outside:
  return insideKind === undefined
    ? // Letter inside: already forms.
      {inside: false, outside: false}
    : insideKind === 1
      ? // Whitespace inside: encode inner (whitespace).
        {inside: true, outside: false}
      : // Punctuation inside: already forms.
        {inside: false, outside: false}
}

/**
 * List of lowercase HTML “block” tag names.
 *
 * The list, when parsing HTML (flow), results in more relaxed rules (condition
 * 6).
 * Because they are known blocks, the HTML-like syntax doesn’t have to be
 * strictly parsed.
 * For tag names not in this list, a more strict algorithm (condition 7) is used
 * to detect whether the HTML-like syntax is seen as HTML (flow) or not.
 *
 * This is copied from:
 * <https://spec.commonmark.org/0.30/#html-blocks>.
 *
 * > 👉 **Note**: `search` was added in `CommonMark@0.31`.
 */
const htmlBlockNames = [
  'address',
  'article',
  'aside',
  'base',
  'basefont',
  'blockquote',
  'body',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'link',
  'main',
  'menu',
  'menuitem',
  'nav',
  'noframes',
  'ol',
  'optgroup',
  'option',
  'p',
  'param',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul'
];

/**
 * List of lowercase HTML “raw” tag names.
 *
 * The list, when parsing HTML (flow), results in HTML that can include lines
 * without exiting, until a closing tag also in this list is found (condition
 * 1).
 *
 * This module is copied from:
 * <https://spec.commonmark.org/0.30/#html-blocks>.
 *
 * > 👉 **Note**: `textarea` was added in `CommonMark@0.30`.
 */
const htmlRawNames = ['pre', 'script', 'style', 'textarea'];

/**
 * @typedef {1 | 2 | 3 | 4 | 5 | 6 | 7} Kind
 *   Kind of HTML (flow) element.
 */

/**
 * Infer the kind of HTML that `value` is.
 *
 * This works on valid trees as produced by `micromark`.
 * Kinds:
 *
 * 1. raw
 * 2. comment
 * 3. instruction
 * 4. declaration
 * 5. cdata
 * 6. block
 * 7. other
 *
 * See: <https://spec.commonmark.org/0.31.2/#html-blocks>.
 *
 * @param {string} value
 *   HTML.
 * @returns {Kind | undefined}
 *   Kind; `undefined` if unknown.
 */
function htmlKind(value) {
  if (value.charCodeAt(0) !== 60 /* `<` */) return

  const next = value.charCodeAt(1);

  if (next === 33 /* `!` */) {
    const code = value.charCodeAt(2);
    if (code === 45 /* `-` */) return 2
    if (code === 91 /* `[` */) return 5
    if (asciiAlpha(code)) return 4
    return
  }

  if (next === 63 /* `?` */) return 3

  const closing = next === 47; /* `/` */
  const start = closing ? 2 : 1;
  let end = start;
  let code = value.charCodeAt(end);

  if (!asciiAlpha(code)) return

  while (code === 45 /* `-` */ || asciiAlphanumeric(code)) {
    code = value.charCodeAt(++end);
  }

  const name = value.slice(start, end).toLowerCase();

  if (!closing && code !== 47 /* `/` */ && htmlRawNames.includes(name)) {
    return 1
  }

  return htmlBlockNames.includes(name) ? 6 : 7
}

/**
 * @import {Attention, Handle, Info, State, Tracker} from 'mdast-util-to-markdown'
 * @import {PhrasingParents} from '../types.js'
 */


/**
 * Markers for builtin attention (emphasis, strong) to whether they are stricter:
 * whether they cannot open and close inside words.
 *
 * Builtin runs pair following CommonMark rules for emphasis and strong:
 * they are split,
 * using one or two markers at a time,
 * with the rule of 3.
 * Other markers pair like GFM strikethrough:
 * whole runs pair with a run of the same size.
 *
 * @type {Map<string, boolean>}
 */
const builtins = new Map([
  ['*', false],
  ['_', true]
]);

/**
 * @typedef AttentionResult
 *   Attention, of which the sequence is chosen later.
 * @property {Array<Item>} children
 *   Serialized children.
 * @property {Array<string>} sequences
 *   Sequences that can be used, in order of preference.
 */

/**
 * @typedef Improvement
 *   Improvement of attention sequences.
 * @property {Map<AttentionResult, string>} chosen
 *   Chosen sequences for each attention.
 * @property {Array<Token>} tokens
 *   Tokens involved in the improvement.
 * @property {Mistake | undefined} mistake
 *   Mistake that led to this improvement, if any.
 */

/**
 * @typedef {AttentionResult | string} Item
 *   Serialized phrasing.
 */

/**
 * @typedef Mistake
 *   Sequence that does not form its attention.
 * @property {Array<AttentionResult>} attention
 *   Attention to try other sequences for.
 * @property {number} index
 *   Index of the token.
 */

/**
 * @typedef Run
 *   Sequences next to each other with the same marker.
 * @property {boolean} close
 *   Whether it can close.
 * @property {number} end
 *   Index after the last marker not used (to open).
 * @property {Array<Token>} markers
 *   Sequence of each marker.
 * @property {boolean} open
 *   Whether it can open.
 * @property {boolean} split
 *   Whether it can be split (built-in attention).
 * @property {number} start
 *   Index of the first marker not used (to close).
 * @property {Array<Token>} tokens
 *   Sequences.
 */

/**
 * @typedef Token
 *   Rendered phrasing.
 * @property {AttentionResult | undefined} attention
 *   Attention, if this is one of its sequences.
 * @property {string} value
 *   Value.
 */

/**
 * Get candidates for a mistake:
 * attention to try other sequences for,
 * later first.
 *
 * @param {Array<Token>} tokens
 *   Tokens.
 * @param {Array<Token>} involved
 *   Sequences involved in the mistake.
 * @param {Map<Token, Run>} runOf
 *   Run of each sequence.
 * @returns {Array<AttentionResult>}
 *   Candidates.
 */
function candidates(tokens, involved, runOf) {
  /** @type {Set<AttentionResult | undefined>} */
  const related = new Set();

  // The attention involved, and attention in runs with its sequences.
  for (const token of tokens) {
    const siblings = runOf.get(token);
    if (
      siblings &&
      token.attention &&
      involved.some((d) => d.attention === token.attention)
    ) {
      for (const sibling of siblings.tokens) {
        related.add(sibling.attention);
      }
    }
  }

  /** @type {Array<AttentionResult>} */
  const ordered = [];

  for (const token of tokens) {
    if (token.attention && related.delete(token.attention)) {
      ordered.push(token.attention);
    }
  }

  // Later first: attention that opens later is inner or next.
  ordered.reverse();
  return ordered
}

/**
 * Check whether sequences form their attention, like `micromark`.
 *
 * Sequences of `*` and `_` pair like emphasis and strong in CommonMark,
 * others like strikethrough in GFM.
 *
 * @param {Array<Token>} tokens
 *   Tokens.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {Mistake | undefined}
 *   First mistake, if any.
 */
function check(tokens, before, after) {
  /** @type {Array<Run>} */
  const runs = [];
  /** @type {Map<Token, Array<Token>>} */
  const wrong = new Map();
  /** @type {Map<Token, Run>} */
  const runOf = new Map();
  let index = 0;

  while (index < tokens.length) {
    if (!tokens[index].attention) {
      index++;
      continue
    }

    const marker = tokens[index].value.charAt(0);
    const strict = builtins.get(marker);
    let end = index + 1;

    while (
      end < tokens.length &&
      tokens[end].attention &&
      tokens[end].value.charAt(0) === marker
    ) {
      end++;
    }

    const head = index ? tokens[index - 1].value : before;
    const previous = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter(
      (end < tokens.length ? tokens[end].value : after).charCodeAt(0)
    );
    const open = !next || (next === 2 && Boolean(previous));
    const close = !previous || (previous === 2 && Boolean(next));
    /** @type {Run} */
    const run = {
      tokens: tokens.slice(index, end),
      markers: [],
      start: 0,
      end: 0,
      // Underscores are strict, they cannot open or close inside words.
      open: strict ? open && (Boolean(previous) || !close) : open,
      close: strict ? close && (Boolean(next) || !open) : close,
      // All builtins can split runs.
      split: strict !== undefined
    };

    for (const token of run.tokens) {
      // Every sequence is wrong until it pairs with its other sequence.
      wrong.set(token, [...run.tokens]);
      runOf.set(token, run);
      let size = token.value.length;
      while (size--) run.markers.push(token);
    }

    run.end = run.markers.length;
    runs.push(run);
    index = end;
  }

  pair(runs, wrong);

  index = -1;

  while (++index < tokens.length) {
    const involved = wrong.get(tokens[index]);
    if (involved) return {attention: candidates(tokens, involved, runOf), index}
  }
}

/**
 * Encode the first or last character of tokens as a character reference,
 * if it is text.
 *
 * @param {Array<Token>} tokens
 *   Tokens.
 * @param {boolean} start
 *   Whether to encode the first or last character.
 * @returns {undefined}
 *   Nothing.
 */
function encode(tokens, start) {
  const token = tokens[start ? 0 : tokens.length - 1];

  if (!token || token.attention) return

  const character = start
    ? firstCharacter(token.value)
    : lastCharacter(token.value);
  const reference = encodeCharacterReference(
    /** @type {number} */ (character.codePointAt(0))
  );

  if (start) {
    token.value = reference + token.value.slice(character.length);
  } else {
    let value = token.value.slice(0, token.value.length - character.length);
    let escapes = 0;

    while (value.charCodeAt(value.length - 1 - escapes) === 92 /* `\` */) {
      escapes++;
    }

    // Odd number would escape the `&` again.
    if (escapes % 2) value += '\\';
    token.value = value + reference;
  }
}

/**
 * Try other sequences for the candidates of a mistake and use the first that
 * moves the mistake further.
 *
 * @param {Array<Item>} items
 *   Items.
 * @param {Map<AttentionResult, string>} chosen
 *   Sequences to use instead of preferred sequences.
 * @param {Mistake} mistake
 *   Mistake.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {Improvement | undefined}
 *   Result if better.
 */
function improve(items, chosen, mistake, before, after) {
  for (const attention of mistake.attention) {
    const current = chosen.get(attention) || attention.sequences[0];

    for (const sequence of attention.sequences) {
      if (sequence === current) continue
      const trial = new Map(chosen);
      trial.set(attention, sequence);
      const tokens = render(items, trial, before, after);
      const next = check(tokens, before, after);

      if (!next || next.index > mistake.index) {
        return {chosen: trial, mistake: next, tokens}
      }
    }
  }
}

/**
 * Pair runs like `micromark` and mark sequences that do form their attention
 * as fine.
 *
 * Each pair uses markers from the end of an opener and the start of a closer.
 * It forms the intended attention if those markers are exactly the whole
 * opening and closing sequence of one attention.
 * Otherwise attention is mixed up:
 * either sequences of different attention pair,
 * part of a sequence is used (such as `**` of strong as `*`),
 * or several sequences are used together (such as `*` and `*` as `**`).
 * Then the sequences involved are recorded with each other.
 *
 * @param {Array<Run>} runs
 *   Runs.
 * @param {Map<Token, Array<Token>>} wrong
 *   Sequences that are wrong, with the sequences involved.
 * @returns {undefined}
 *   Nothing, `wrong` is changed.
 */
function pair(runs, wrong) {
  /** @type {Map<string, Array<Run>>} */
  const openersByMarker = new Map();

  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0);
    let openers = openersByMarker.get(marker);

    if (!openers) {
      openers = [];
      openersByMarker.set(marker, openers);
    }

    let open = closer.close ? openers.length : 0;

    while (open-- && closer.start < closer.end) {
      const opener = openers[open];
      const openerSize = opener.end - opener.start;
      const closerSize = closer.end - closer.start;

      if (
        closer.split
          ? // The rule of 3, on the sizes that are left.
            (opener.close || closer.open) &&
            closerSize % 3 &&
            !((openerSize + closerSize) % 3)
          : // Others pair whole runs of the same size.
            openerSize !== opener.markers.length || openerSize !== closerSize
      ) {
        continue
      }

      const size = closer.split
        ? openerSize > 1 && closerSize > 1
          ? 2
          : 1
        : closerSize;
      const opening = opener.markers.slice(opener.end - size, opener.end);
      const closing = closer.markers.slice(closer.start, closer.start + size);
      const openToken = opening[0];
      const closeToken = closing[0];

      if (
        // Whole sequences:
        // the markers of a sequence are next to each other,
        // so if the first and last marker are of one sequence of that size,
        // all markers are exactly that sequence.
        openToken === opening[size - 1] &&
        openToken.value.length === size &&
        closeToken === closing[size - 1] &&
        closeToken.value.length === size &&
        // Of the same attention, so its opening and closing sequence.
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken);
        wrong.delete(closeToken);
      } else {
        const involved = [...new Set([...opening, ...closing])];
        // Add to what is involved already: a sequence can be in several pairs.
        for (const token of involved) {
          const list = wrong.get(token);
          if (list) list.push(...involved);
        }
      }

      opener.end -= size;
      closer.start += size;

      if (opener.start === opener.end) openers.splice(open, 1);

      // Search again from the start, as this run may close more.
      open = openers.length;
    }

    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
}

/**
 * Get the sequences that can be used for attention, in order of preference.
 *
 * @param {string} type
 *   Node type.
 * @param {Array<string>} markers
 *   Markers.
 * @param {Array<number>} sizes
 *   Sizes.
 * @returns {Array<string>}
 *   Sequences.
 */
function attentionSequences(type, markers, sizes) {
  if (markers.length === 0) {
    throw new Error(
      'Cannot serialize `' +
        type +
        '` as attention without markers, expected one or more markers'
    )
  }

  if (sizes.length === 0) {
    throw new Error(
      'Cannot serialize `' +
        type +
        '` as attention without sizes, expected one or more sizes'
    )
  }

  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new Error(
        'Cannot serialize `' +
          type +
          '` as attention with `' +
          size +
          '` as size, expected positive integer'
      )
    }
  }

  /** @type {Array<string>} */
  const sequences = [];

  for (const marker of markers) {
    if (marker.length !== 1) {
      throw new Error(
        'Cannot serialize `' +
          type +
          '` as attention with `' +
          marker +
          '` as marker, expected a single ascii character'
      )
    }

    if (!asciiPunctuation(marker.charCodeAt(0))) {
      throw new Error(
        'Cannot serialize `' +
          type +
          '` as attention with `' +
          marker +
          '` as marker, expected ascii punctuation'
      )
    }

    for (const size of sizes) {
      sequences.push(marker.repeat(size));
    }
  }

  return sequences
}

/**
 * Serialize the children of a parent that contains phrasing children,
 * keeping attention separate,
 * so that its markers can be chosen later.
 *
 * @param {PhrasingParents} parent
 *   Parent of phrasing nodes.
 * @param {State} state
 *   Info passed around about the current state.
 * @param {Info} info
 *   Info on where we are in the document we are generating.
 * @returns {Array<Item>}
 *   Items.
 */
function phrasing(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  /** @type {Array<Item>} */
  const results = [];
  let index = -1;
  let before = info.before;

  indexStack.push(-1);
  let tracker = state.createTracker(info);

  while (++index < children.length) {
    const child = children[index];
    /** @type {string} */
    let after;

    indexStack[indexStack.length - 1] = index;

    if (index + 1 < children.length) {
      /** @type {Handle} */
      // @ts-expect-error: hush, it’s actually a `zwitch`.
      let handle = state.handle.handlers[children[index + 1].type];
      // @ts-expect-error: hush, it’s actually a `zwitch`.
      if (handle && handle.peek) handle = handle.peek;
      after = handle
        ? firstCharacter(
            handle(children[index + 1], parent, state, {
              before: '',
              after: '',
              ...tracker.current()
            })
          )
        : '';
    } else {
      after = info.after;
    }

    // In some cases, html (text) can be found in phrasing right after an eol.
    // When we’d serialize that, it could be seen as html (flow): all its kinds
    // except 7 can interrupt a paragraph.
    // As we can’t escape or so to prevent it from happening,
    // we take a somewhat reasonable approach:
    // replace that eol with a space.
    // See: <https://github.com/syntax-tree/mdast-util-to-markdown/issues/15>
    const previous = results[results.length - 1];

    if (
      typeof previous === 'string' &&
      (before === '\r' || before === '\n') &&
      child.type === 'html' &&
      htmlKind(child.value) !== 7
    ) {
      results[results.length - 1] = previous.replace(/(\r?\n|\r)$/, ' ');
      before = ' ';

      // To do: does this work to reset tracker?
      tracker = state.createTracker(info);
      tracker.move(serialize$1(results, info.before, info.after));
    }

    /** @type {(Handle & {attention?: Attention | undefined}) | undefined} */
    // @ts-expect-error: hush, it’s actually a `zwitch`.
    const handle = state.handle.handlers[child.type];

    if (handle && handle.attention) {
      const item = attentionItem(
        /** @type {PhrasingParents} */ (child),
        handle.attention,
        state,
        tracker
      );
      if (!item) continue
      results.push(item);
      before = lastCharacter(item.sequences[0]);
    } else {
      const value = state.handle(child, parent, state, {
        ...tracker.current(),
        after,
        before
      });

      if (!value) continue
      tracker.move(value);
      results.push(value);
      before = lastCharacter(value);
    }
  }

  indexStack.pop();

  return results
}

/**
 * Serialize a node as attention,
 * with its sequence chosen later.
 *
 * @param {PhrasingParents} node
 *   Node.
 * @param {Attention} attention
 *   Attention of the node.
 * @param {State} state
 *   Info passed around about the current state.
 * @param {Tracker} tracker
 *   Tracker.
 * @returns {AttentionResult | undefined}
 *   Attention or nothing.
 */
function attentionItem(node, attention, state, tracker) {
  const {construct, markers, sizes} = attention(node, state);
  const sequences = attentionSequences(node.type, markers, sizes);
  const sequence = sequences[0];
  const exit = state.enter(construct);
  const inside = state.createTracker(tracker.current());
  inside.move(sequence);
  const children = phrasing(node, state, {
    ...inside.current(),
    before: sequence,
    after: sequence
  });
  exit();

  // Empty attention cannot form.
  if (children.length === 0) return

  tracker.move(sequence);
  tracker.move(serialize$1(children, sequence, sequence));
  tracker.move(sequence);
  return {children, sequences}
}

/**
 * Fix mistakes one at a time.
 *
 * @param {Array<Item>} items
 *   Phrasing items.
 * @param {Map<AttentionResult, string>} chosen
 *   Sequences to start with.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {Array<Token> | undefined}
 *   Tokens, if all mistakes could be fixed.
 */
function fix(items, chosen, before, after) {
  let tokens = render(items, chosen, before, after);
  let mistake = check(tokens, before, after);

  while (mistake) {
    const next = improve(items, chosen, mistake, before, after);
    if (!next) return
    chosen = next.chosen;
    tokens = next.tokens;
    mistake = next.mistake;
  }

  return tokens
}

/**
 * Guess sequences for attention so that few mistakes are left to fix because
 * each fix is slow.
 *
 * Prefers another marker when a sequence would touch one with the same marker
 * of a sibling or parent (`**a**` and `*b*` as `**a***b*`).
 * Except for an only child with a longer builtin sequence,
 * as that forms (`***a***`).
 *
 * @param {Array<Item>} items
 *   Phrasing items.
 * @param {Map<AttentionResult, string>} chosen
 *   Guesses that are not the preferred sequence.
 * @param {string} before
 *   Sequence of the parent or characters before.
 * @param {string} after
 *   Sequence of the parent or characters after.
 * @returns {undefined}
 *   Nothing.
 */
function guess(items, chosen, before, after) {
  let previous = before;
  let index = -1;

  while (++index < items.length) {
    const item = items[index];

    if (typeof item === 'string') {
      previous = '';
      continue
    }

    const next = index === items.length - 1 ? after : '';
    const sequence =
      item.sequences.find(function (value) {
        const marker = value.charAt(0);
        return (
          (marker !== previous.charAt(0) && marker !== next.charAt(0)) ||
          (items.length === 1 &&
            builtins.has(marker) &&
            value.length > before.length)
        )
      }) || item.sequences[0];
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, chosen, sequence, sequence);
    previous = sequence;
  }
}

/**
 * Render items with sequences;
 * encoding characters around attention where needed.
 *
 * @param {Array<Item>} items
 *   Serialized phrasing.
 * @param {Map<AttentionResult, string>} chosen
 *   Sequences to use instead of preferred sequences.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {Array<Token>}
 *   Tokens.
 */
function render(items, chosen, before, after) {
  /** @type {Array<Token>} */
  const tokens = [];
  /** @type {string | undefined} */
  let encodeAfter;
  let previous = lastCharacter(before);
  let index = -1;

  while (++index < items.length) {
    const item = items[index];

    if (typeof item === 'string') {
      /** @type {Token} */
      const token = {value: item, attention: undefined};

      // If attention before had to encode the character after it, encode it.
      if (encodeAfter && encodeAfter === firstCharacter(item)) {
        encode([token], true);
      }

      encodeAfter = undefined;
      tokens.push(token);
      if (token.value) previous = lastCharacter(token.value);
      continue
    }

    const sequence = chosen.get(item) || item.sequences[0];
    const marker = sequence.charAt(0);
    const next = items[index + 1];
    const outsideBefore = previous;
    const outsideAfter = firstCharacter(
      next === undefined
        ? after
        : typeof next === 'string'
          ? next
          : chosen.get(next) || next.sequences[0]
    );
    const inside = render(item.children, chosen, sequence, sequence);
    const head = inside[0].value;
    const open = encodeInfo(
      outsideBefore.charCodeAt(outsideBefore.length - 1),
      head.charCodeAt(0),
      marker
    );

    if (open.inside) encode(inside, true);

    const tail = lastCharacter(inside[inside.length - 1].value);
    const close = encodeInfo(
      outsideAfter.charCodeAt(0),
      tail.charCodeAt(tail.length - 1),
      marker
    );

    if (close.inside) encode(inside, false);

    if (open.outside && outsideBefore !== '\n' && outsideBefore !== '\r') {
      encode(tokens, false);
    }

    if (close.outside) encodeAfter = outsideAfter;

    tokens.push({value: sequence, attention: item}, ...inside, {
      value: sequence,
      attention: item
    });
    previous = sequence.charAt(sequence.length - 1);
  }

  return tokens
}

/**
 * Serialize phrasing with attention.
 *
 * Whether attention forms depends on everything around it.
 * This checks that it does and tries other sequences if not.
 *
 * @param {Array<Item>} items
 *   Phrasing items.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {string}
 *   Serialized markdown.
 */
function serialize$1(items, before, after) {
  /** @type {Map<AttentionResult, string>} */
  const guessed = new Map();
  guess(items, guessed, before, after);
  const tokens =
    // Start from guesses (based on the preferred sequences).
    (guessed.size > 0 ? fix(items, guessed, before, after) : undefined) ||
    // If stuck, start from the preferred sequences instead.
    fix(items, new Map(), before, after) ||
    // If stuck again, use the preferred sequences as they are.
    render(items, new Map(), before, after);

  // Join the tokens.
  let result = '';
  for (const token of tokens) result += token.value;
  return result
}

/**
 * @import {AttentionInfo, Info, State} from 'mdast-util-to-markdown'
 * @import {Emphasis, Parents} from 'mdast'
 */


emphasis.attention = attention$2;
emphasis.peek = peek$1;

/**
 * Serialize an emphasis node.
 *
 * Attention is properly handled by `containerPhrasing`.
 *
 * @param {Emphasis} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function emphasis(node, _, state, info) {
  const exit = state.enter('phrasing');
  const item = attentionItem(node, attention$2, state, state.createTracker(info));
  const value = item ? serialize$1([item], info.before, info.after) : '';
  exit();
  return value
}

/**
 * Serialize an emphasis node as attention.
 *
 * @param {Emphasis} _
 *   Node to serialize.
 * @param {State} state
 *   Info passed around.
 * @returns {AttentionInfo}
 *   Info on how to serialize the node.
 */
function attention$2(_, state) {
  const marker = checkEmphasis(state);
  return {
    construct: 'emphasis',
    markers: marker === '*' ? ['*', '_'] : ['_', '*'],
    sizes: [1]
  }
}

/**
 * Peek at this node.
 *
 * @param {Emphasis} _
 *   Node to serialize.
 * @param {Parents | undefined} _1
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Start of the serialized markdown.
 */
function peek$1(_, _1, state) {
  return state.options.emphasis || '*'
}

/**
 * @import {Node as UnistNode, Parent as UnistParent} from 'unist'
 * @import {
 *   InclusiveDescendant,
 *   Matches,
 *   Visitors as ParentsVisitors,
 *   VisitorResult,
 *   VisitorResultExit
 * } from 'unist-util-visit-parents'
 */


/**
 * Visit nodes.
 *
 * This algorithm performs *depth-first* *tree traversal* in *preorder*
 * (**NLR**) or if `reverse` is given,
 * in *reverse preorder* (**NRL**).
 * An `exit` visitor is called in *postorder* (**LRN**)
 * or if `reverse` is given, in *reverse postorder* (**RLN**).
 *
 * You can choose which nodes are visited by passing a `test`.
 * For complex tests, you should test yourself in a visitor, as it will be
 * faster and will have improved type information.
 *
 * Walking the tree is an intensive task.
 * Make use of the return values of the visitor when possible.
 * Instead of walking a tree multiple times, walk it once, use `unist-util-is`
 * to check if a node matches, and then perform different operations.
 *
 * You can change the tree.
 * Changes inside a node made when entering it are walked,
 * changes made when exiting it are not.
 * See `Visitor` and `VisitorExit` for more info.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {Check} check
 *   `unist-util-is`-compatible test.
 * @param {BuildVisitor<Tree, Check> | BuildVisitors<Tree, Check>} visitors
 *   Handle each node when entering it,
 *   or `{enter, exit}` to also handle it when exiting it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {BuildVisitor<Tree> | BuildVisitors<Tree>} visitors
 *   Handle each node when entering it,
 *   or `{enter, exit}` to also handle it when exiting it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @param {UnistNode} tree
 *   Tree to traverse.
 * @param {Visitor | Visitors | Test} testOrEnterOrVisitors
 *   `unist-util-is`-compatible test, `enter`, or `visitors`.
 * @param {Visitor | Visitors | boolean | null | undefined} [enterOrVisitorsOrReverse]
 *   `enter`, `visitors`, or `reverse` after a test.
 * @param {boolean | null | undefined} [maybeReverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @template {UnistNode} Tree
 *   Node type.
 * @template {Test} Check
 *   `unist-util-is`-compatible test.
 */
function visit(
  tree,
  testOrEnterOrVisitors,
  enterOrVisitorsOrReverse,
  maybeReverse
) {
  /** @type {Test} */
  let check;
  /** @type {Visitor | Visitors} */
  let visitors;
  /** @type {boolean | null | undefined} */
  let reverse;

  // Third parameter is an enter visitor or a visitors object, so expect a `test` too.
  {
    visitors = /** @type {Visitor | Visitors} */ (testOrEnterOrVisitors);
    reverse = enterOrVisitorsOrReverse;
  }

  if (typeof visitors === 'function') {
    visitParents(tree, check, wrap$1(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}

/**
 * Turn `visit` visitors into `visitParents` visitors.
 *
 * @param {Visitors} visitors
 *   Visitors for `visit`.
 * @returns {ParentsVisitors}
 *   Visitors for `visitParents`.
 */
function wrapVisitors(visitors) {
  // Pass anything else straight to `visitParents` to get its errors.
  if (!visitors || typeof visitors !== 'object') return visitors

  return {
    enter:
      typeof visitors.enter === 'function'
        ? wrap$1(visitors.enter)
        : visitors.enter,
    exit:
      typeof visitors.exit === 'function' ? wrap$1(visitors.exit) : visitors.exit
  }
}

/**
 * Turn a `visit` visitor into a `visitParents` one.
 *
 * @template {VisitorResult} Result
 *   Result type.
 * @param {(node: UnistNode, index: number | undefined, parent: UnistParent | undefined) => Result} visitor
 *   Visitor for `visit`.
 * @returns {(node: UnistNode, parents: Array<UnistParent>, index: number | undefined) => Result}
 *   Visitor for `visitParents`.
 */
function wrap$1(visitor) {
  return overload

  /**
   * Call `visitor` with `index` and `parent` instead of `parents`.
   *
   * @param {UnistNode} node
   *   Visited node.
   * @param {Array<UnistParent>} parents
   *   Ancestors of `node`.
   * @param {number | undefined} index
   *   Index of `node` in its parent.
   * @returns {Result}
   *   What to do next.
   */
  function overload(node, parents, index) {
    return visitor(node, index, parents[parents.length - 1])
  }
}

/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {Heading} from 'mdast'
 */


/**
 * Checks if a heading can be formatted as a setext heading.
 *
 * @param {Heading} node
 *   Node to check.
 * @param {State} state
 *   Info passed around.
 * @returns {boolean}
 *   Whether the heading can be formatted as a setext heading.
 */
function formatHeadingAsSetext$1(node, state) {
  let literalWithBreak = false;

  // Look for literals with a line break.
  // Note that this also
  visit(node, function (node) {
    if (
      ('value' in node && /\r?\n|\r/.test(node.value)) ||
      node.type === 'break'
    ) {
      literalWithBreak = true;
      return EXIT
    }
  });

  return Boolean(
    (!node.depth || node.depth < 3) &&
    toString(node) &&
    (state.options.setext || literalWithBreak)
  )
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Heading, Parents} from 'mdast'
 */


/**
 * Serialize a heading node.
 *
 * @param {Heading} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function heading$1(node, _, state, info) {
  const rank = Math.max(Math.min(6, node.depth || 1), 1);
  const tracker = state.createTracker(info);

  if (formatHeadingAsSetext$1(node, state)) {
    const exit = state.enter('headingSetext');
    const subexit = state.enter('phrasing');
    const value = state.containerPhrasing(node, {
      ...tracker.current(),
      before: '\n',
      after: '\n'
    });
    subexit();
    exit();

    return (
      value +
      '\n' +
      (rank === 1 ? '=' : '-').repeat(
        // The whole size…
        value.length -
          // Minus the position of the character after the last EOL (or
          // 0 if there is none)…
          (Math.max(value.lastIndexOf('\r'), value.lastIndexOf('\n')) + 1)
      )
    )
  }

  const sequence = '#'.repeat(rank);
  const exit = state.enter('headingAtx');
  const subexit = state.enter('phrasing');

  // Note: for proper tracking, we should reset the output positions when there
  // is no content returned, because then the space is not output.
  // Practically, in that case, there is no content, so it doesn’t matter that
  // we’ve tracked one too many characters.
  tracker.move(sequence + ' ');

  let value = state.containerPhrasing(node, {
    before: '# ',
    after: '\n',
    ...tracker.current()
  });

  const head = value.charCodeAt(0);

  if (head === 9 /* `\t` */ || head === 32 /* ` ` */) {
    // To do: what effect has the character reference on tracking?
    value = encodeCharacterReference(head) + value.slice(1);
  }

  value = value ? sequence + ' ' + value : sequence;

  if (state.options.closeAtx) {
    value += ' ' + sequence;
  }

  subexit();
  exit();

  return value
}

/**
 * @import {Html} from 'mdast'
 */

html.peek = htmlPeek;

/**
 * Serialize an HTML node.
 *
 * @param {Html} node
 *   Node to serialize.
 * @returns {string}
 *   Serialized markdown.
 */
function html(node) {
  return node.value || ''
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function htmlPeek() {
  return '<'
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Image, Parents} from 'mdast'
 */


image.peek = imagePeek;

/**
 * Serialize an image node.
 *
 * @param {Image} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function image(node, _, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? 'Quote' : 'Apostrophe';
  const exit = state.enter('image');
  let subexit = state.enter('label');
  const tracker = state.createTracker(info);
  let value = tracker.move('![');
  value += tracker.move(
    state.safe(node.alt, {before: value, after: ']', ...tracker.current()})
  );
  value += tracker.move('](');

  subexit();

  if (
    // If there’s no url but there is a title…
    (!node.url && node.title) ||
    // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node.url)
  ) {
    subexit = state.enter('destinationLiteral');
    value += tracker.move('<');
    value += tracker.move(
      state.safe(node.url, {before: value, after: '>', ...tracker.current()})
    );
    value += tracker.move('>');
  } else {
    // No whitespace, raw is prettier.
    subexit = state.enter('destinationRaw');
    value += tracker.move(
      state.safe(node.url, {
        before: value,
        after: node.title ? ' ' : ')',
        ...tracker.current()
      })
    );
  }

  subexit();

  if (node.title) {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(' ' + quote);
    value += tracker.move(
      state.safe(node.title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }

  value += tracker.move(')');
  exit();

  return value
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function imagePeek() {
  return '!'
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {ImageReference, Parents} from 'mdast'
 */

imageReference.peek = imageReferencePeek;

/**
 * Serialize an image reference node.
 *
 * @param {ImageReference} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function imageReference(node, _, state, info) {
  const type = node.referenceType;
  const exit = state.enter('imageReference');
  let subexit = state.enter('label');
  const tracker = state.createTracker(info);
  let value = tracker.move('![');
  const alt = state.safe(node.alt, {
    before: value,
    after: ']',
    ...tracker.current()
  });
  value += tracker.move(alt + '][');

  subexit();
  // Hide that we’re in phrasing as things like attention or code cannot form
  // in references.
  // Character escapes and references *do* work.
  // It is important to know about other constructs, such as table cells.
  const stack = state.stack;
  state.stack = stack.filter(function (d) {
    return d !== 'phrasing'
  });
  subexit = state.enter('reference');
  // Note: for proper tracking, we should reset the output positions when we end
  // up making a `shortcut` reference, because then there is no brace output.
  // Practically, in that case, there is no content, so it doesn’t matter that
  // we’ve tracked one too many characters.
  const reference = state.safe(state.associationId(node), {
    before: value,
    after: ']',
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit();

  if (type === 'full' || !alt || alt !== reference) {
    value += tracker.move(reference + ']');
  } else if (type === 'shortcut') {
    // Remove the unwanted `[`.
    value = value.slice(0, -1);
  } else {
    value += tracker.move(']');
  }

  return value
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function imageReferencePeek() {
  return '!'
}

/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {InlineCode, Parents} from 'mdast'
 */

inlineCode.peek = inlineCodePeek;

/**
 * Serialize an inline code node.
 *
 * @param {InlineCode} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Serialized markdown.
 */
function inlineCode(node, _, state) {
  let value = node.value || '';
  let sequence = '`';
  let index = -1;

  // If there is a single grave accent on its own in the code, use a fence of
  // two.
  // If there are two in a row, use one.
  while (new RegExp('(^|[^`])' + sequence + '([^`]|$)').test(value)) {
    sequence += '`';
  }

  // If this is not just spaces or eols (tabs don’t count), and either the
  // first or last character are a space, eol, or tick, then pad with spaces.
  if (
    /[^\n\r ]/.test(value) &&
    ((/^[\n\r ]/.test(value) && /[\n\r ]$/.test(value)) || /^`|`$/.test(value))
  ) {
    value = ' ' + value + ' ';
  }

  // We have a potential problem: certain characters after eols could result in
  // blocks being seen.
  // For example, if someone injected the string `'\n# b'`, then that would
  // result in an ATX heading.
  // We can’t escape characters in `inlineCode`, but because eols are
  // transformed to spaces when going from markdown to HTML anyway, we can swap
  // them out.
  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index];
    const expression = state.compilePattern(pattern);

    // Only look for `atBreak`s.
    // Btw: note that `atBreak` patterns will always start the regex at LF or
    // CR.
    if (!pattern.atBreak) continue

    /** @type {RegExpExecArray | null} */
    let match;

    while ((match = expression.exec(value))) {
      let position = match.index;

      // Support CRLF (patterns only look for one of the characters).
      if (
        value.charCodeAt(position) === 10 /* `\n` */ &&
        value.charCodeAt(position - 1) === 13 /* `\r` */
      ) {
        position--;
      }

      value = value.slice(0, position) + ' ' + value.slice(match.index + 1);
    }
  }

  return sequence + value + sequence
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function inlineCodePeek() {
  return '`'
}

/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {Link} from 'mdast'
 */


/**
 * Checks if a link can be formatted as an autolink.
 *
 * @param {Link} node
 *   Node to check.
 * @param {State} state
 *   Info passed around.
 * @returns {boolean}
 *   Whether the link can be formatted as an autolink.
 */
function formatLinkAsAutolink(node, state) {
  const raw = toString(node);

  return Boolean(
    !state.options.resourceLink &&
    // If there’s a url…
    node.url &&
    // And there’s no title…
    !node.title &&
    // And the content of `node` is a single text node…
    node.children &&
    node.children.length === 1 &&
    node.children[0].type === 'text' &&
    // And if the url is the same as the content…
    (raw === node.url || 'mailto:' + raw === node.url) &&
    // And that starts w/ a protocol…
    /^[a-z][+\-.a-z]+:/i.test(node.url) &&
    // And that doesn’t contain ASCII control codes (character escapes and
    // references don’t work), space, or angle brackets…
    !/[\0- <>\u007F]/.test(node.url)
  )
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Link, Parents} from 'mdast'
 * @import {Exit} from '../types.js'
 */


link.peek = linkPeek;

/**
 * Serialize a link node.
 *
 * @param {Link} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function link(node, _, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? 'Quote' : 'Apostrophe';
  const tracker = state.createTracker(info);

  if (formatLinkAsAutolink(node, state)) {
    // Hide that we’re in phrasing as things like attention or code cannot form
    // in autolinks.
    // Character escapes also don’t work (nor character references),
    // but that is a different matter, which `safe.js` handles for `autolink`.
    // It is important to know about other constructs, such as table cells.
    const stack = state.stack;
    state.stack = stack.filter(function (d) {
      return d !== 'phrasing'
    });
    const exit = state.enter('autolink');
    let value = tracker.move('<');
    value += tracker.move(
      state.containerPhrasing(node, {
        before: value,
        after: '>',
        ...tracker.current()
      })
    );
    value += tracker.move('>');
    exit();
    state.stack = stack;
    return value
  }

  const exit = state.enter('link');
  let subexit = state.enter('label');
  let value = tracker.move('[');
  const text = state.containerPhrasing(node, {
    before: value,
    after: '](',
    ...tracker.current()
  });
  value += tracker.move(text);
  subexit();
  value += tracker.move('](');

  // A link could accidentally turn into a definition in certain contexts:
  // at the start of a line, without title, when its text has a `]` that
  // cannot be escaped (such as in code).
  //
  // We can prevent that with an empty title:
  //
  // ```
  // [`a]:`](b)
  // ```
  //
  // …is a definition with `` `](b) `` as its destination.
  //
  // Using:
  //
  // ```
  // [`a]:`](b "")
  // ```
  //
  // …instead fixes it.
  //
  // Control characters or whitespace in the url need an enclosed destination,
  // which also prevents this.
  const enclose = /[\0- \u007F]/.test(node.url);
  const last = info.before.charAt(info.before.length - 1);
  let title = node.title || undefined;

  if (!title && !enclose && (last === '\n' || last === '\r')) {
    let index = 0;

    while (index < text.length && text.charCodeAt(index) !== 93 /* `]` */) {
      index += text.charCodeAt(index) === 92 /* `\` */ ? 2 : 1;
    }

    if (text.charCodeAt(index + 1) === 58 /* `:` */) title = '';
  }

  if (
    // If there’s no url but there is a title…
    (!node.url && typeof title === 'string') ||
    // If there are control characters or whitespace.
    enclose
  ) {
    subexit = state.enter('destinationLiteral');
    value += tracker.move('<');
    value += tracker.move(
      state.safe(node.url, {before: value, after: '>', ...tracker.current()})
    );
    value += tracker.move('>');
  } else {
    // No whitespace, raw is prettier.
    subexit = state.enter('destinationRaw');
    value += tracker.move(
      state.safe(node.url, {
        before: value,
        after: typeof title === 'string' ? ' ' : ')',
        ...tracker.current()
      })
    );
  }

  subexit();

  if (typeof title === 'string') {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(' ' + quote);
    value += tracker.move(
      state.safe(title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    );
    value += tracker.move(quote);
    subexit();
  }

  value += tracker.move(')');

  exit();
  return value
}

/**
 * Peek at this node.
 *
 * @param {Link} node
 *   Node to peek at.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Start of the serialized markdown.
 */
function linkPeek(node, _, state) {
  return formatLinkAsAutolink(node, state) ? '<' : '['
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {LinkReference, Parents} from 'mdast'
 */

linkReference.peek = linkReferencePeek;

/**
 * Serialize a link reference node.
 *
 * @param {LinkReference} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function linkReference(node, _, state, info) {
  const type = node.referenceType;
  const exit = state.enter('linkReference');
  let subexit = state.enter('label');
  const tracker = state.createTracker(info);
  let value = tracker.move('[');
  const text = state.containerPhrasing(node, {
    before: value,
    after: ']',
    ...tracker.current()
  });
  value += tracker.move(text + '][');

  subexit();
  // Hide that we’re in phrasing as things like attention or code cannot form
  // in references.
  // Character escapes and references *do* work.
  // It is important to know about other constructs, such as table cells.
  const stack = state.stack;
  state.stack = stack.filter(function (d) {
    return d !== 'phrasing'
  });
  subexit = state.enter('reference');
  // Note: for proper tracking, we should reset the output positions when we end
  // up making a `shortcut` reference, because then there is no brace output.
  // Practically, in that case, there is no content, so it doesn’t matter that
  // we’ve tracked one too many characters.
  const reference = state.safe(state.associationId(node), {
    before: value,
    after: ']',
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit();

  if (type === 'full' || !text || text !== reference) {
    value += tracker.move(reference + ']');
  } else if (type === 'shortcut') {
    // Remove the unwanted `[`.
    value = value.slice(0, -1);
  } else {
    value += tracker.move(']');
  }

  return value
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function linkReferencePeek() {
  return '['
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred list bullet option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['bullet'], null | undefined>}
 *   Preferred list bullet.
 */
function checkBullet(state) {
  const marker = state.options.bullet || '*';

  if (marker !== '*' && marker !== '+' && marker !== '-') {
    throw new Error(
      'Cannot serialize items with `' +
        marker +
        '` for `options.bullet`, expected `*`, `+`, or `-`'
    )
  }

  return marker
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */


/**
 * Checks the preferred alternate list bullet option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['bullet'], null | undefined>}
 *   Preferred alternate list bullet.
 */
function checkBulletOther(state) {
  const bullet = checkBullet(state);
  const bulletOther = state.options.bulletOther;

  if (!bulletOther) {
    return bullet === '*' ? '-' : '*'
  }

  if (bulletOther !== '*' && bulletOther !== '+' && bulletOther !== '-') {
    throw new Error(
      'Cannot serialize items with `' +
        bulletOther +
        '` for `options.bulletOther`, expected `*`, `+`, or `-`'
    )
  }

  if (bulletOther === bullet) {
    throw new Error(
      'Expected `bullet` (`' +
        bullet +
        '`) and `bulletOther` (`' +
        bulletOther +
        '`) to be different'
    )
  }

  return bulletOther
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred ordered list bullet option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['bulletOrdered'], null | undefined>}
 *   Preferred ordered list bullet.
 */
function checkBulletOrdered(state) {
  const marker = state.options.bulletOrdered || '.';

  if (marker !== '.' && marker !== ')') {
    throw new Error(
      'Cannot serialize items with `' +
        marker +
        '` for `options.bulletOrdered`, expected `.` or `)`'
    )
  }

  return marker
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred rule option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['rule'], null | undefined>}
 *   Preferred rule marker.
 */
function checkRule(state) {
  const marker = state.options.rule || '*';

  if (marker !== '*' && marker !== '-' && marker !== '_') {
    throw new Error(
      'Cannot serialize rules with `' +
        marker +
        '` for `options.rule`, expected `*`, `-`, or `_`'
    )
  }

  return marker
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {List, Parents} from 'mdast'
 */


/**
 * Serialize a list node.
 *
 * @param {List} node
 *   Node to serialize.
 * @param {Parents | undefined} parent
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function list$1(node, parent, state, info) {
  const exit = state.enter('list');
  const bulletCurrent = state.bulletCurrent;
  /** @type {string} */
  let bullet = node.ordered ? checkBulletOrdered(state) : checkBullet(state);
  /** @type {string} */
  const bulletOther = node.ordered
    ? bullet === '.'
      ? ')'
      : '.'
    : checkBulletOther(state);
  let useDifferentMarker =
    parent && state.bulletLastUsed ? bullet === state.bulletLastUsed : false;

  if (!node.ordered) {
    const firstListItem = node.children ? node.children[0] : undefined;

    // If there’s an empty first list item directly in two list items,
    // we have to use a different bullet:
    //
    // ```markdown
    // * - *
    // ```
    //
    // …because otherwise it would become one big thematic break.
    if (
      // Bullet could be used as a thematic break marker:
      (bullet === '*' || bullet === '-') &&
      // Empty first list item:
      firstListItem &&
      (!firstListItem.children || !firstListItem.children[0]) &&
      // Directly in two other list items:
      state.stack[state.stack.length - 1] === 'list' &&
      state.stack[state.stack.length - 2] === 'listItem' &&
      state.stack[state.stack.length - 3] === 'list' &&
      state.stack[state.stack.length - 4] === 'listItem' &&
      // That are each the first child.
      state.indexStack[state.indexStack.length - 1] === 0 &&
      state.indexStack[state.indexStack.length - 2] === 0 &&
      state.indexStack[state.indexStack.length - 3] === 0
    ) {
      useDifferentMarker = true;
    }

    // If there’s a thematic break at the start of the first list item,
    // we have to use a different bullet:
    //
    // ```markdown
    // * ---
    // ```
    //
    // …because otherwise it would become one big thematic break.
    if (checkRule(state) === bullet && firstListItem) {
      let index = -1;

      while (++index < node.children.length) {
        const item = node.children[index];

        if (
          item &&
          item.type === 'listItem' &&
          item.children &&
          item.children[0] &&
          item.children[0].type === 'thematicBreak'
        ) {
          useDifferentMarker = true;
          break
        }
      }
    }
  }

  if (useDifferentMarker) {
    bullet = bulletOther;
  }

  state.bulletCurrent = bullet;
  const value = state.containerFlow(node, info);
  state.bulletLastUsed = bullet;
  state.bulletCurrent = bulletCurrent;
  exit();
  return value
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred list item indent option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['listItemIndent'], null | undefined>}
 *   Preferred list item indent.
 */
function checkListItemIndent(state) {
  const style = state.options.listItemIndent || 'one';

  if (style !== 'tab' && style !== 'one' && style !== 'mixed') {
    throw new Error(
      'Cannot serialize items with `' +
        style +
        '` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`'
    )
  }

  return style
}

/**
 * @import {Info, Map, State} from 'mdast-util-to-markdown'
 * @import {ListItem, Parents} from 'mdast'
 */


/**
 * Serialize a list item node.
 *
 * @param {ListItem} node
 *   Node to serialize.
 * @param {Parents | undefined} parent
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function listItem(node, parent, state, info) {
  const listItemIndent = checkListItemIndent(state);
  let bullet = state.bulletCurrent || checkBullet(state);

  // Add the marker value for ordered lists.
  if (parent && parent.type === 'list' && parent.ordered) {
    bullet =
      (typeof parent.start === 'number' && parent.start > -1
        ? parent.start
        : 1) +
      (state.options.incrementListMarker === false
        ? 0
        : parent.children.indexOf(node)) +
      bullet;
  }

  let size = bullet.length + 1;

  if (
    listItemIndent === 'tab' ||
    (listItemIndent === 'mixed' &&
      ((parent && parent.type === 'list' && parent.spread) || node.spread))
  ) {
    size = Math.ceil(size / 4) * 4;
  }

  const tracker = state.createTracker(info);
  tracker.move(bullet + ' '.repeat(size - bullet.length));
  tracker.shift(size);
  const exit = state.enter('listItem');
  const value = state.indentLines(
    state.containerFlow(node, tracker.current()),
    map
  );
  exit();

  return value

  /**
   * Indent lines of the list item.
   *
   * @type {Map}
   */
  function map(line, index, blank) {
    if (index) {
      return (blank ? '' : ' '.repeat(size)) + line
    }

    return (blank ? bullet : bullet + ' '.repeat(size - bullet.length)) + line
  }
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Paragraph, Parents} from 'mdast'
 */

/**
 * Serialize a paragraph node.
 *
 * @param {Paragraph} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function paragraph(node, _, state, info) {
  const exit = state.enter('paragraph');
  const subexit = state.enter('phrasing');
  const value = state.containerPhrasing(node, info);
  subexit();
  exit();
  return value
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Parents, Root} from 'mdast'
 */


/**
 * Serialize a root node.
 *
 * @param {Root} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function root(node, _, state, info) {
  // Note: `html` nodes are ambiguous.
  const hasPhrasing = node.children.some(function (d) {
    return phrasing$1(d)
  });

  if (!hasPhrasing) return state.containerFlow(node, info)

  const exit = state.enter('phrasing');
  const value = state.containerPhrasing(node, info);
  exit();
  return value
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred strong option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['strong'], null | undefined>}
 *   Preferred strong marker.
 */
function checkStrong(state) {
  const marker = state.options.strong || '*';

  if (marker !== '*' && marker !== '_') {
    throw new Error(
      'Cannot serialize strong with `' +
        marker +
        '` for `options.strong`, expected `*`, or `_`'
    )
  }

  return marker
}

/**
 * @import {AttentionInfo, Info, State} from 'mdast-util-to-markdown'
 * @import {Parents, Strong} from 'mdast'
 */


strong.attention = attention$1;
strong.peek = peek;

/**
 * Serialize a strong node.
 *
 * Attention is properly handled by `containerPhrasing`.
 *
 * @param {Strong} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function strong(node, _, state, info) {
  const exit = state.enter('phrasing');
  const item = attentionItem(node, attention$1, state, state.createTracker(info));
  const value = item ? serialize$1([item], info.before, info.after) : '';
  exit();
  return value
}

/**
 * Serialize a strong node as attention.
 *
 * @param {Strong} _
 *   Node to serialize.
 * @param {State} state
 *   Info passed around.
 * @returns {AttentionInfo}
 *   Info on how to serialize the node.
 */
function attention$1(_, state) {
  const marker = checkStrong(state);
  return {
    construct: 'strong',
    markers: marker === '*' ? ['*', '_'] : ['_', '*'],
    sizes: [2]
  }
}

/**
 * Peek at this node.
 *
 * @param {Strong} _
 *   Node to serialize.
 * @param {Parents | undefined} _1
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Start of the serialized markdown.
 */
function peek(_, _1, state) {
  return state.options.strong || '*'
}

/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Parents, Text} from 'mdast'
 */

/**
 * Serialize a text node.
 *
 * @param {Text} node
 *   Node to serialize.
 * @param {Parents | undefined} parent
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function text$3(node, parent, state, info) {
  /* c8 ignore next -- parent always passed */
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1];

  return state.safe(node.value, {
    ...info,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1]
  })
}

/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred rule repetition option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['ruleRepetition'], null | undefined>}
 *   Preferred rule repetition.
 */
function checkRuleRepetition(state) {
  const repetition = state.options.ruleRepetition || 3;

  if (repetition < 3) {
    throw new Error(
      'Cannot serialize rules with repetition `' +
        repetition +
        '` for `options.ruleRepetition`, expected `3` or more'
    )
  }

  return repetition
}

/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {Parents, ThematicBreak} from 'mdast'
 */


/**
 * Serialize a thematic break node.
 *
 * @param {ThematicBreak} _
 *   Node to serialize.
 * @param {Parents | undefined} _1
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Serialized markdown.
 */
function thematicBreak$1(_, _1, state) {
  const value = (
    checkRule(state) + (state.options.ruleSpaces ? ' ' : '')
  ).repeat(checkRuleRepetition(state));

  return state.options.ruleSpaces ? value.slice(0, -1) : value
}

/**
 * Default (CommonMark) handlers.
 */
const handle = {
  blockquote,
  break: hardBreak,
  code: code$1,
  definition: definition$1,
  emphasis,
  hardBreak,
  heading: heading$1,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  list: list$1,
  listItem,
  paragraph,
  root,
  strong,
  text: text$3,
  thematicBreak: thematicBreak$1
};

/**
 * Map of named character references.
 *
 * @type {Record<string, string>}
 */
const characterEntities = {
  AElig: 'Æ',
  AMP: '&',
  Aacute: 'Á',
  Abreve: 'Ă',
  Acirc: 'Â',
  Acy: 'А',
  Afr: '𝔄',
  Agrave: 'À',
  Alpha: 'Α',
  Amacr: 'Ā',
  And: '⩓',
  Aogon: 'Ą',
  Aopf: '𝔸',
  ApplyFunction: '⁡',
  Aring: 'Å',
  Ascr: '𝒜',
  Assign: '≔',
  Atilde: 'Ã',
  Auml: 'Ä',
  Backslash: '∖',
  Barv: '⫧',
  Barwed: '⌆',
  Bcy: 'Б',
  Because: '∵',
  Bernoullis: 'ℬ',
  Beta: 'Β',
  Bfr: '𝔅',
  Bopf: '𝔹',
  Breve: '˘',
  Bscr: 'ℬ',
  Bumpeq: '≎',
  CHcy: 'Ч',
  COPY: '©',
  Cacute: 'Ć',
  Cap: '⋒',
  CapitalDifferentialD: 'ⅅ',
  Cayleys: 'ℭ',
  Ccaron: 'Č',
  Ccedil: 'Ç',
  Ccirc: 'Ĉ',
  Cconint: '∰',
  Cdot: 'Ċ',
  Cedilla: '¸',
  CenterDot: '·',
  Cfr: 'ℭ',
  Chi: 'Χ',
  CircleDot: '⊙',
  CircleMinus: '⊖',
  CirclePlus: '⊕',
  CircleTimes: '⊗',
  ClockwiseContourIntegral: '∲',
  CloseCurlyDoubleQuote: '”',
  CloseCurlyQuote: '’',
  Colon: '∷',
  Colone: '⩴',
  Congruent: '≡',
  Conint: '∯',
  ContourIntegral: '∮',
  Copf: 'ℂ',
  Coproduct: '∐',
  CounterClockwiseContourIntegral: '∳',
  Cross: '⨯',
  Cscr: '𝒞',
  Cup: '⋓',
  CupCap: '≍',
  DD: 'ⅅ',
  DDotrahd: '⤑',
  DJcy: 'Ђ',
  DScy: 'Ѕ',
  DZcy: 'Џ',
  Dagger: '‡',
  Darr: '↡',
  Dashv: '⫤',
  Dcaron: 'Ď',
  Dcy: 'Д',
  Del: '∇',
  Delta: 'Δ',
  Dfr: '𝔇',
  DiacriticalAcute: '´',
  DiacriticalDot: '˙',
  DiacriticalDoubleAcute: '˝',
  DiacriticalGrave: '`',
  DiacriticalTilde: '˜',
  Diamond: '⋄',
  DifferentialD: 'ⅆ',
  Dopf: '𝔻',
  Dot: '¨',
  DotDot: '⃜',
  DotEqual: '≐',
  DoubleContourIntegral: '∯',
  DoubleDot: '¨',
  DoubleDownArrow: '⇓',
  DoubleLeftArrow: '⇐',
  DoubleLeftRightArrow: '⇔',
  DoubleLeftTee: '⫤',
  DoubleLongLeftArrow: '⟸',
  DoubleLongLeftRightArrow: '⟺',
  DoubleLongRightArrow: '⟹',
  DoubleRightArrow: '⇒',
  DoubleRightTee: '⊨',
  DoubleUpArrow: '⇑',
  DoubleUpDownArrow: '⇕',
  DoubleVerticalBar: '∥',
  DownArrow: '↓',
  DownArrowBar: '⤓',
  DownArrowUpArrow: '⇵',
  DownBreve: '̑',
  DownLeftRightVector: '⥐',
  DownLeftTeeVector: '⥞',
  DownLeftVector: '↽',
  DownLeftVectorBar: '⥖',
  DownRightTeeVector: '⥟',
  DownRightVector: '⇁',
  DownRightVectorBar: '⥗',
  DownTee: '⊤',
  DownTeeArrow: '↧',
  Downarrow: '⇓',
  Dscr: '𝒟',
  Dstrok: 'Đ',
  ENG: 'Ŋ',
  ETH: 'Ð',
  Eacute: 'É',
  Ecaron: 'Ě',
  Ecirc: 'Ê',
  Ecy: 'Э',
  Edot: 'Ė',
  Efr: '𝔈',
  Egrave: 'È',
  Element: '∈',
  Emacr: 'Ē',
  EmptySmallSquare: '◻',
  EmptyVerySmallSquare: '▫',
  Eogon: 'Ę',
  Eopf: '𝔼',
  Epsilon: 'Ε',
  Equal: '⩵',
  EqualTilde: '≂',
  Equilibrium: '⇌',
  Escr: 'ℰ',
  Esim: '⩳',
  Eta: 'Η',
  Euml: 'Ë',
  Exists: '∃',
  ExponentialE: 'ⅇ',
  Fcy: 'Ф',
  Ffr: '𝔉',
  FilledSmallSquare: '◼',
  FilledVerySmallSquare: '▪',
  Fopf: '𝔽',
  ForAll: '∀',
  Fouriertrf: 'ℱ',
  Fscr: 'ℱ',
  GJcy: 'Ѓ',
  GT: '>',
  Gamma: 'Γ',
  Gammad: 'Ϝ',
  Gbreve: 'Ğ',
  Gcedil: 'Ģ',
  Gcirc: 'Ĝ',
  Gcy: 'Г',
  Gdot: 'Ġ',
  Gfr: '𝔊',
  Gg: '⋙',
  Gopf: '𝔾',
  GreaterEqual: '≥',
  GreaterEqualLess: '⋛',
  GreaterFullEqual: '≧',
  GreaterGreater: '⪢',
  GreaterLess: '≷',
  GreaterSlantEqual: '⩾',
  GreaterTilde: '≳',
  Gscr: '𝒢',
  Gt: '≫',
  HARDcy: 'Ъ',
  Hacek: 'ˇ',
  Hat: '^',
  Hcirc: 'Ĥ',
  Hfr: 'ℌ',
  HilbertSpace: 'ℋ',
  Hopf: 'ℍ',
  HorizontalLine: '─',
  Hscr: 'ℋ',
  Hstrok: 'Ħ',
  HumpDownHump: '≎',
  HumpEqual: '≏',
  IEcy: 'Е',
  IJlig: 'Ĳ',
  IOcy: 'Ё',
  Iacute: 'Í',
  Icirc: 'Î',
  Icy: 'И',
  Idot: 'İ',
  Ifr: 'ℑ',
  Igrave: 'Ì',
  Im: 'ℑ',
  Imacr: 'Ī',
  ImaginaryI: 'ⅈ',
  Implies: '⇒',
  Int: '∬',
  Integral: '∫',
  Intersection: '⋂',
  InvisibleComma: '⁣',
  InvisibleTimes: '⁢',
  Iogon: 'Į',
  Iopf: '𝕀',
  Iota: 'Ι',
  Iscr: 'ℐ',
  Itilde: 'Ĩ',
  Iukcy: 'І',
  Iuml: 'Ï',
  Jcirc: 'Ĵ',
  Jcy: 'Й',
  Jfr: '𝔍',
  Jopf: '𝕁',
  Jscr: '𝒥',
  Jsercy: 'Ј',
  Jukcy: 'Є',
  KHcy: 'Х',
  KJcy: 'Ќ',
  Kappa: 'Κ',
  Kcedil: 'Ķ',
  Kcy: 'К',
  Kfr: '𝔎',
  Kopf: '𝕂',
  Kscr: '𝒦',
  LJcy: 'Љ',
  LT: '<',
  Lacute: 'Ĺ',
  Lambda: 'Λ',
  Lang: '⟪',
  Laplacetrf: 'ℒ',
  Larr: '↞',
  Lcaron: 'Ľ',
  Lcedil: 'Ļ',
  Lcy: 'Л',
  LeftAngleBracket: '⟨',
  LeftArrow: '←',
  LeftArrowBar: '⇤',
  LeftArrowRightArrow: '⇆',
  LeftCeiling: '⌈',
  LeftDoubleBracket: '⟦',
  LeftDownTeeVector: '⥡',
  LeftDownVector: '⇃',
  LeftDownVectorBar: '⥙',
  LeftFloor: '⌊',
  LeftRightArrow: '↔',
  LeftRightVector: '⥎',
  LeftTee: '⊣',
  LeftTeeArrow: '↤',
  LeftTeeVector: '⥚',
  LeftTriangle: '⊲',
  LeftTriangleBar: '⧏',
  LeftTriangleEqual: '⊴',
  LeftUpDownVector: '⥑',
  LeftUpTeeVector: '⥠',
  LeftUpVector: '↿',
  LeftUpVectorBar: '⥘',
  LeftVector: '↼',
  LeftVectorBar: '⥒',
  Leftarrow: '⇐',
  Leftrightarrow: '⇔',
  LessEqualGreater: '⋚',
  LessFullEqual: '≦',
  LessGreater: '≶',
  LessLess: '⪡',
  LessSlantEqual: '⩽',
  LessTilde: '≲',
  Lfr: '𝔏',
  Ll: '⋘',
  Lleftarrow: '⇚',
  Lmidot: 'Ŀ',
  LongLeftArrow: '⟵',
  LongLeftRightArrow: '⟷',
  LongRightArrow: '⟶',
  Longleftarrow: '⟸',
  Longleftrightarrow: '⟺',
  Longrightarrow: '⟹',
  Lopf: '𝕃',
  LowerLeftArrow: '↙',
  LowerRightArrow: '↘',
  Lscr: 'ℒ',
  Lsh: '↰',
  Lstrok: 'Ł',
  Lt: '≪',
  Map: '⤅',
  Mcy: 'М',
  MediumSpace: ' ',
  Mellintrf: 'ℳ',
  Mfr: '𝔐',
  MinusPlus: '∓',
  Mopf: '𝕄',
  Mscr: 'ℳ',
  Mu: 'Μ',
  NJcy: 'Њ',
  Nacute: 'Ń',
  Ncaron: 'Ň',
  Ncedil: 'Ņ',
  Ncy: 'Н',
  NegativeMediumSpace: '​',
  NegativeThickSpace: '​',
  NegativeThinSpace: '​',
  NegativeVeryThinSpace: '​',
  NestedGreaterGreater: '≫',
  NestedLessLess: '≪',
  NewLine: '\n',
  Nfr: '𝔑',
  NoBreak: '⁠',
  NonBreakingSpace: ' ',
  Nopf: 'ℕ',
  Not: '⫬',
  NotCongruent: '≢',
  NotCupCap: '≭',
  NotDoubleVerticalBar: '∦',
  NotElement: '∉',
  NotEqual: '≠',
  NotEqualTilde: '≂̸',
  NotExists: '∄',
  NotGreater: '≯',
  NotGreaterEqual: '≱',
  NotGreaterFullEqual: '≧̸',
  NotGreaterGreater: '≫̸',
  NotGreaterLess: '≹',
  NotGreaterSlantEqual: '⩾̸',
  NotGreaterTilde: '≵',
  NotHumpDownHump: '≎̸',
  NotHumpEqual: '≏̸',
  NotLeftTriangle: '⋪',
  NotLeftTriangleBar: '⧏̸',
  NotLeftTriangleEqual: '⋬',
  NotLess: '≮',
  NotLessEqual: '≰',
  NotLessGreater: '≸',
  NotLessLess: '≪̸',
  NotLessSlantEqual: '⩽̸',
  NotLessTilde: '≴',
  NotNestedGreaterGreater: '⪢̸',
  NotNestedLessLess: '⪡̸',
  NotPrecedes: '⊀',
  NotPrecedesEqual: '⪯̸',
  NotPrecedesSlantEqual: '⋠',
  NotReverseElement: '∌',
  NotRightTriangle: '⋫',
  NotRightTriangleBar: '⧐̸',
  NotRightTriangleEqual: '⋭',
  NotSquareSubset: '⊏̸',
  NotSquareSubsetEqual: '⋢',
  NotSquareSuperset: '⊐̸',
  NotSquareSupersetEqual: '⋣',
  NotSubset: '⊂⃒',
  NotSubsetEqual: '⊈',
  NotSucceeds: '⊁',
  NotSucceedsEqual: '⪰̸',
  NotSucceedsSlantEqual: '⋡',
  NotSucceedsTilde: '≿̸',
  NotSuperset: '⊃⃒',
  NotSupersetEqual: '⊉',
  NotTilde: '≁',
  NotTildeEqual: '≄',
  NotTildeFullEqual: '≇',
  NotTildeTilde: '≉',
  NotVerticalBar: '∤',
  Nscr: '𝒩',
  Ntilde: 'Ñ',
  Nu: 'Ν',
  OElig: 'Œ',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Ocy: 'О',
  Odblac: 'Ő',
  Ofr: '𝔒',
  Ograve: 'Ò',
  Omacr: 'Ō',
  Omega: 'Ω',
  Omicron: 'Ο',
  Oopf: '𝕆',
  OpenCurlyDoubleQuote: '“',
  OpenCurlyQuote: '‘',
  Or: '⩔',
  Oscr: '𝒪',
  Oslash: 'Ø',
  Otilde: 'Õ',
  Otimes: '⨷',
  Ouml: 'Ö',
  OverBar: '‾',
  OverBrace: '⏞',
  OverBracket: '⎴',
  OverParenthesis: '⏜',
  PartialD: '∂',
  Pcy: 'П',
  Pfr: '𝔓',
  Phi: 'Φ',
  Pi: 'Π',
  PlusMinus: '±',
  Poincareplane: 'ℌ',
  Popf: 'ℙ',
  Pr: '⪻',
  Precedes: '≺',
  PrecedesEqual: '⪯',
  PrecedesSlantEqual: '≼',
  PrecedesTilde: '≾',
  Prime: '″',
  Product: '∏',
  Proportion: '∷',
  Proportional: '∝',
  Pscr: '𝒫',
  Psi: 'Ψ',
  QUOT: '"',
  Qfr: '𝔔',
  Qopf: 'ℚ',
  Qscr: '𝒬',
  RBarr: '⤐',
  REG: '®',
  Racute: 'Ŕ',
  Rang: '⟫',
  Rarr: '↠',
  Rarrtl: '⤖',
  Rcaron: 'Ř',
  Rcedil: 'Ŗ',
  Rcy: 'Р',
  Re: 'ℜ',
  ReverseElement: '∋',
  ReverseEquilibrium: '⇋',
  ReverseUpEquilibrium: '⥯',
  Rfr: 'ℜ',
  Rho: 'Ρ',
  RightAngleBracket: '⟩',
  RightArrow: '→',
  RightArrowBar: '⇥',
  RightArrowLeftArrow: '⇄',
  RightCeiling: '⌉',
  RightDoubleBracket: '⟧',
  RightDownTeeVector: '⥝',
  RightDownVector: '⇂',
  RightDownVectorBar: '⥕',
  RightFloor: '⌋',
  RightTee: '⊢',
  RightTeeArrow: '↦',
  RightTeeVector: '⥛',
  RightTriangle: '⊳',
  RightTriangleBar: '⧐',
  RightTriangleEqual: '⊵',
  RightUpDownVector: '⥏',
  RightUpTeeVector: '⥜',
  RightUpVector: '↾',
  RightUpVectorBar: '⥔',
  RightVector: '⇀',
  RightVectorBar: '⥓',
  Rightarrow: '⇒',
  Ropf: 'ℝ',
  RoundImplies: '⥰',
  Rrightarrow: '⇛',
  Rscr: 'ℛ',
  Rsh: '↱',
  RuleDelayed: '⧴',
  SHCHcy: 'Щ',
  SHcy: 'Ш',
  SOFTcy: 'Ь',
  Sacute: 'Ś',
  Sc: '⪼',
  Scaron: 'Š',
  Scedil: 'Ş',
  Scirc: 'Ŝ',
  Scy: 'С',
  Sfr: '𝔖',
  ShortDownArrow: '↓',
  ShortLeftArrow: '←',
  ShortRightArrow: '→',
  ShortUpArrow: '↑',
  Sigma: 'Σ',
  SmallCircle: '∘',
  Sopf: '𝕊',
  Sqrt: '√',
  Square: '□',
  SquareIntersection: '⊓',
  SquareSubset: '⊏',
  SquareSubsetEqual: '⊑',
  SquareSuperset: '⊐',
  SquareSupersetEqual: '⊒',
  SquareUnion: '⊔',
  Sscr: '𝒮',
  Star: '⋆',
  Sub: '⋐',
  Subset: '⋐',
  SubsetEqual: '⊆',
  Succeeds: '≻',
  SucceedsEqual: '⪰',
  SucceedsSlantEqual: '≽',
  SucceedsTilde: '≿',
  SuchThat: '∋',
  Sum: '∑',
  Sup: '⋑',
  Superset: '⊃',
  SupersetEqual: '⊇',
  Supset: '⋑',
  THORN: 'Þ',
  TRADE: '™',
  TSHcy: 'Ћ',
  TScy: 'Ц',
  Tab: '\t',
  Tau: 'Τ',
  Tcaron: 'Ť',
  Tcedil: 'Ţ',
  Tcy: 'Т',
  Tfr: '𝔗',
  Therefore: '∴',
  Theta: 'Θ',
  ThickSpace: '  ',
  ThinSpace: ' ',
  Tilde: '∼',
  TildeEqual: '≃',
  TildeFullEqual: '≅',
  TildeTilde: '≈',
  Topf: '𝕋',
  TripleDot: '⃛',
  Tscr: '𝒯',
  Tstrok: 'Ŧ',
  Uacute: 'Ú',
  Uarr: '↟',
  Uarrocir: '⥉',
  Ubrcy: 'Ў',
  Ubreve: 'Ŭ',
  Ucirc: 'Û',
  Ucy: 'У',
  Udblac: 'Ű',
  Ufr: '𝔘',
  Ugrave: 'Ù',
  Umacr: 'Ū',
  UnderBar: '_',
  UnderBrace: '⏟',
  UnderBracket: '⎵',
  UnderParenthesis: '⏝',
  Union: '⋃',
  UnionPlus: '⊎',
  Uogon: 'Ų',
  Uopf: '𝕌',
  UpArrow: '↑',
  UpArrowBar: '⤒',
  UpArrowDownArrow: '⇅',
  UpDownArrow: '↕',
  UpEquilibrium: '⥮',
  UpTee: '⊥',
  UpTeeArrow: '↥',
  Uparrow: '⇑',
  Updownarrow: '⇕',
  UpperLeftArrow: '↖',
  UpperRightArrow: '↗',
  Upsi: 'ϒ',
  Upsilon: 'Υ',
  Uring: 'Ů',
  Uscr: '𝒰',
  Utilde: 'Ũ',
  Uuml: 'Ü',
  VDash: '⊫',
  Vbar: '⫫',
  Vcy: 'В',
  Vdash: '⊩',
  Vdashl: '⫦',
  Vee: '⋁',
  Verbar: '‖',
  Vert: '‖',
  VerticalBar: '∣',
  VerticalLine: '|',
  VerticalSeparator: '❘',
  VerticalTilde: '≀',
  VeryThinSpace: ' ',
  Vfr: '𝔙',
  Vopf: '𝕍',
  Vscr: '𝒱',
  Vvdash: '⊪',
  Wcirc: 'Ŵ',
  Wedge: '⋀',
  Wfr: '𝔚',
  Wopf: '𝕎',
  Wscr: '𝒲',
  Xfr: '𝔛',
  Xi: 'Ξ',
  Xopf: '𝕏',
  Xscr: '𝒳',
  YAcy: 'Я',
  YIcy: 'Ї',
  YUcy: 'Ю',
  Yacute: 'Ý',
  Ycirc: 'Ŷ',
  Ycy: 'Ы',
  Yfr: '𝔜',
  Yopf: '𝕐',
  Yscr: '𝒴',
  Yuml: 'Ÿ',
  ZHcy: 'Ж',
  Zacute: 'Ź',
  Zcaron: 'Ž',
  Zcy: 'З',
  Zdot: 'Ż',
  ZeroWidthSpace: '​',
  Zeta: 'Ζ',
  Zfr: 'ℨ',
  Zopf: 'ℤ',
  Zscr: '𝒵',
  aacute: 'á',
  abreve: 'ă',
  ac: '∾',
  acE: '∾̳',
  acd: '∿',
  acirc: 'â',
  acute: '´',
  acy: 'а',
  aelig: 'æ',
  af: '⁡',
  afr: '𝔞',
  agrave: 'à',
  alefsym: 'ℵ',
  aleph: 'ℵ',
  alpha: 'α',
  amacr: 'ā',
  amalg: '⨿',
  amp: '&',
  and: '∧',
  andand: '⩕',
  andd: '⩜',
  andslope: '⩘',
  andv: '⩚',
  ang: '∠',
  ange: '⦤',
  angle: '∠',
  angmsd: '∡',
  angmsdaa: '⦨',
  angmsdab: '⦩',
  angmsdac: '⦪',
  angmsdad: '⦫',
  angmsdae: '⦬',
  angmsdaf: '⦭',
  angmsdag: '⦮',
  angmsdah: '⦯',
  angrt: '∟',
  angrtvb: '⊾',
  angrtvbd: '⦝',
  angsph: '∢',
  angst: 'Å',
  angzarr: '⍼',
  aogon: 'ą',
  aopf: '𝕒',
  ap: '≈',
  apE: '⩰',
  apacir: '⩯',
  ape: '≊',
  apid: '≋',
  apos: "'",
  approx: '≈',
  approxeq: '≊',
  aring: 'å',
  ascr: '𝒶',
  ast: '*',
  asymp: '≈',
  asympeq: '≍',
  atilde: 'ã',
  auml: 'ä',
  awconint: '∳',
  awint: '⨑',
  bNot: '⫭',
  backcong: '≌',
  backepsilon: '϶',
  backprime: '‵',
  backsim: '∽',
  backsimeq: '⋍',
  barvee: '⊽',
  barwed: '⌅',
  barwedge: '⌅',
  bbrk: '⎵',
  bbrktbrk: '⎶',
  bcong: '≌',
  bcy: 'б',
  bdquo: '„',
  becaus: '∵',
  because: '∵',
  bemptyv: '⦰',
  bepsi: '϶',
  bernou: 'ℬ',
  beta: 'β',
  beth: 'ℶ',
  between: '≬',
  bfr: '𝔟',
  bigcap: '⋂',
  bigcirc: '◯',
  bigcup: '⋃',
  bigodot: '⨀',
  bigoplus: '⨁',
  bigotimes: '⨂',
  bigsqcup: '⨆',
  bigstar: '★',
  bigtriangledown: '▽',
  bigtriangleup: '△',
  biguplus: '⨄',
  bigvee: '⋁',
  bigwedge: '⋀',
  bkarow: '⤍',
  blacklozenge: '⧫',
  blacksquare: '▪',
  blacktriangle: '▴',
  blacktriangledown: '▾',
  blacktriangleleft: '◂',
  blacktriangleright: '▸',
  blank: '␣',
  blk12: '▒',
  blk14: '░',
  blk34: '▓',
  block: '█',
  bne: '=⃥',
  bnequiv: '≡⃥',
  bnot: '⌐',
  bopf: '𝕓',
  bot: '⊥',
  bottom: '⊥',
  bowtie: '⋈',
  boxDL: '╗',
  boxDR: '╔',
  boxDl: '╖',
  boxDr: '╓',
  boxH: '═',
  boxHD: '╦',
  boxHU: '╩',
  boxHd: '╤',
  boxHu: '╧',
  boxUL: '╝',
  boxUR: '╚',
  boxUl: '╜',
  boxUr: '╙',
  boxV: '║',
  boxVH: '╬',
  boxVL: '╣',
  boxVR: '╠',
  boxVh: '╫',
  boxVl: '╢',
  boxVr: '╟',
  boxbox: '⧉',
  boxdL: '╕',
  boxdR: '╒',
  boxdl: '┐',
  boxdr: '┌',
  boxh: '─',
  boxhD: '╥',
  boxhU: '╨',
  boxhd: '┬',
  boxhu: '┴',
  boxminus: '⊟',
  boxplus: '⊞',
  boxtimes: '⊠',
  boxuL: '╛',
  boxuR: '╘',
  boxul: '┘',
  boxur: '└',
  boxv: '│',
  boxvH: '╪',
  boxvL: '╡',
  boxvR: '╞',
  boxvh: '┼',
  boxvl: '┤',
  boxvr: '├',
  bprime: '‵',
  breve: '˘',
  brvbar: '¦',
  bscr: '𝒷',
  bsemi: '⁏',
  bsim: '∽',
  bsime: '⋍',
  bsol: '\\',
  bsolb: '⧅',
  bsolhsub: '⟈',
  bull: '•',
  bullet: '•',
  bump: '≎',
  bumpE: '⪮',
  bumpe: '≏',
  bumpeq: '≏',
  cacute: 'ć',
  cap: '∩',
  capand: '⩄',
  capbrcup: '⩉',
  capcap: '⩋',
  capcup: '⩇',
  capdot: '⩀',
  caps: '∩︀',
  caret: '⁁',
  caron: 'ˇ',
  ccaps: '⩍',
  ccaron: 'č',
  ccedil: 'ç',
  ccirc: 'ĉ',
  ccups: '⩌',
  ccupssm: '⩐',
  cdot: 'ċ',
  cedil: '¸',
  cemptyv: '⦲',
  cent: '¢',
  centerdot: '·',
  cfr: '𝔠',
  chcy: 'ч',
  check: '✓',
  checkmark: '✓',
  chi: 'χ',
  cir: '○',
  cirE: '⧃',
  circ: 'ˆ',
  circeq: '≗',
  circlearrowleft: '↺',
  circlearrowright: '↻',
  circledR: '®',
  circledS: 'Ⓢ',
  circledast: '⊛',
  circledcirc: '⊚',
  circleddash: '⊝',
  cire: '≗',
  cirfnint: '⨐',
  cirmid: '⫯',
  cirscir: '⧂',
  clubs: '♣',
  clubsuit: '♣',
  colon: ':',
  colone: '≔',
  coloneq: '≔',
  comma: ',',
  commat: '@',
  comp: '∁',
  compfn: '∘',
  complement: '∁',
  complexes: 'ℂ',
  cong: '≅',
  congdot: '⩭',
  conint: '∮',
  copf: '𝕔',
  coprod: '∐',
  copy: '©',
  copysr: '℗',
  crarr: '↵',
  cross: '✗',
  cscr: '𝒸',
  csub: '⫏',
  csube: '⫑',
  csup: '⫐',
  csupe: '⫒',
  ctdot: '⋯',
  cudarrl: '⤸',
  cudarrr: '⤵',
  cuepr: '⋞',
  cuesc: '⋟',
  cularr: '↶',
  cularrp: '⤽',
  cup: '∪',
  cupbrcap: '⩈',
  cupcap: '⩆',
  cupcup: '⩊',
  cupdot: '⊍',
  cupor: '⩅',
  cups: '∪︀',
  curarr: '↷',
  curarrm: '⤼',
  curlyeqprec: '⋞',
  curlyeqsucc: '⋟',
  curlyvee: '⋎',
  curlywedge: '⋏',
  curren: '¤',
  curvearrowleft: '↶',
  curvearrowright: '↷',
  cuvee: '⋎',
  cuwed: '⋏',
  cwconint: '∲',
  cwint: '∱',
  cylcty: '⌭',
  dArr: '⇓',
  dHar: '⥥',
  dagger: '†',
  daleth: 'ℸ',
  darr: '↓',
  dash: '‐',
  dashv: '⊣',
  dbkarow: '⤏',
  dblac: '˝',
  dcaron: 'ď',
  dcy: 'д',
  dd: 'ⅆ',
  ddagger: '‡',
  ddarr: '⇊',
  ddotseq: '⩷',
  deg: '°',
  delta: 'δ',
  demptyv: '⦱',
  dfisht: '⥿',
  dfr: '𝔡',
  dharl: '⇃',
  dharr: '⇂',
  diam: '⋄',
  diamond: '⋄',
  diamondsuit: '♦',
  diams: '♦',
  die: '¨',
  digamma: 'ϝ',
  disin: '⋲',
  div: '÷',
  divide: '÷',
  divideontimes: '⋇',
  divonx: '⋇',
  djcy: 'ђ',
  dlcorn: '⌞',
  dlcrop: '⌍',
  dollar: '$',
  dopf: '𝕕',
  dot: '˙',
  doteq: '≐',
  doteqdot: '≑',
  dotminus: '∸',
  dotplus: '∔',
  dotsquare: '⊡',
  doublebarwedge: '⌆',
  downarrow: '↓',
  downdownarrows: '⇊',
  downharpoonleft: '⇃',
  downharpoonright: '⇂',
  drbkarow: '⤐',
  drcorn: '⌟',
  drcrop: '⌌',
  dscr: '𝒹',
  dscy: 'ѕ',
  dsol: '⧶',
  dstrok: 'đ',
  dtdot: '⋱',
  dtri: '▿',
  dtrif: '▾',
  duarr: '⇵',
  duhar: '⥯',
  dwangle: '⦦',
  dzcy: 'џ',
  dzigrarr: '⟿',
  eDDot: '⩷',
  eDot: '≑',
  eacute: 'é',
  easter: '⩮',
  ecaron: 'ě',
  ecir: '≖',
  ecirc: 'ê',
  ecolon: '≕',
  ecy: 'э',
  edot: 'ė',
  ee: 'ⅇ',
  efDot: '≒',
  efr: '𝔢',
  eg: '⪚',
  egrave: 'è',
  egs: '⪖',
  egsdot: '⪘',
  el: '⪙',
  elinters: '⏧',
  ell: 'ℓ',
  els: '⪕',
  elsdot: '⪗',
  emacr: 'ē',
  empty: '∅',
  emptyset: '∅',
  emptyv: '∅',
  emsp13: ' ',
  emsp14: ' ',
  emsp: ' ',
  eng: 'ŋ',
  ensp: ' ',
  eogon: 'ę',
  eopf: '𝕖',
  epar: '⋕',
  eparsl: '⧣',
  eplus: '⩱',
  epsi: 'ε',
  epsilon: 'ε',
  epsiv: 'ϵ',
  eqcirc: '≖',
  eqcolon: '≕',
  eqsim: '≂',
  eqslantgtr: '⪖',
  eqslantless: '⪕',
  equals: '=',
  equest: '≟',
  equiv: '≡',
  equivDD: '⩸',
  eqvparsl: '⧥',
  erDot: '≓',
  erarr: '⥱',
  escr: 'ℯ',
  esdot: '≐',
  esim: '≂',
  eta: 'η',
  eth: 'ð',
  euml: 'ë',
  euro: '€',
  excl: '!',
  exist: '∃',
  expectation: 'ℰ',
  exponentiale: 'ⅇ',
  fallingdotseq: '≒',
  fcy: 'ф',
  female: '♀',
  ffilig: 'ﬃ',
  fflig: 'ﬀ',
  ffllig: 'ﬄ',
  ffr: '𝔣',
  filig: 'ﬁ',
  fjlig: 'fj',
  flat: '♭',
  fllig: 'ﬂ',
  fltns: '▱',
  fnof: 'ƒ',
  fopf: '𝕗',
  forall: '∀',
  fork: '⋔',
  forkv: '⫙',
  fpartint: '⨍',
  frac12: '½',
  frac13: '⅓',
  frac14: '¼',
  frac15: '⅕',
  frac16: '⅙',
  frac18: '⅛',
  frac23: '⅔',
  frac25: '⅖',
  frac34: '¾',
  frac35: '⅗',
  frac38: '⅜',
  frac45: '⅘',
  frac56: '⅚',
  frac58: '⅝',
  frac78: '⅞',
  frasl: '⁄',
  frown: '⌢',
  fscr: '𝒻',
  gE: '≧',
  gEl: '⪌',
  gacute: 'ǵ',
  gamma: 'γ',
  gammad: 'ϝ',
  gap: '⪆',
  gbreve: 'ğ',
  gcirc: 'ĝ',
  gcy: 'г',
  gdot: 'ġ',
  ge: '≥',
  gel: '⋛',
  geq: '≥',
  geqq: '≧',
  geqslant: '⩾',
  ges: '⩾',
  gescc: '⪩',
  gesdot: '⪀',
  gesdoto: '⪂',
  gesdotol: '⪄',
  gesl: '⋛︀',
  gesles: '⪔',
  gfr: '𝔤',
  gg: '≫',
  ggg: '⋙',
  gimel: 'ℷ',
  gjcy: 'ѓ',
  gl: '≷',
  glE: '⪒',
  gla: '⪥',
  glj: '⪤',
  gnE: '≩',
  gnap: '⪊',
  gnapprox: '⪊',
  gne: '⪈',
  gneq: '⪈',
  gneqq: '≩',
  gnsim: '⋧',
  gopf: '𝕘',
  grave: '`',
  gscr: 'ℊ',
  gsim: '≳',
  gsime: '⪎',
  gsiml: '⪐',
  gt: '>',
  gtcc: '⪧',
  gtcir: '⩺',
  gtdot: '⋗',
  gtlPar: '⦕',
  gtquest: '⩼',
  gtrapprox: '⪆',
  gtrarr: '⥸',
  gtrdot: '⋗',
  gtreqless: '⋛',
  gtreqqless: '⪌',
  gtrless: '≷',
  gtrsim: '≳',
  gvertneqq: '≩︀',
  gvnE: '≩︀',
  hArr: '⇔',
  hairsp: ' ',
  half: '½',
  hamilt: 'ℋ',
  hardcy: 'ъ',
  harr: '↔',
  harrcir: '⥈',
  harrw: '↭',
  hbar: 'ℏ',
  hcirc: 'ĥ',
  hearts: '♥',
  heartsuit: '♥',
  hellip: '…',
  hercon: '⊹',
  hfr: '𝔥',
  hksearow: '⤥',
  hkswarow: '⤦',
  hoarr: '⇿',
  homtht: '∻',
  hookleftarrow: '↩',
  hookrightarrow: '↪',
  hopf: '𝕙',
  horbar: '―',
  hscr: '𝒽',
  hslash: 'ℏ',
  hstrok: 'ħ',
  hybull: '⁃',
  hyphen: '‐',
  iacute: 'í',
  ic: '⁣',
  icirc: 'î',
  icy: 'и',
  iecy: 'е',
  iexcl: '¡',
  iff: '⇔',
  ifr: '𝔦',
  igrave: 'ì',
  ii: 'ⅈ',
  iiiint: '⨌',
  iiint: '∭',
  iinfin: '⧜',
  iiota: '℩',
  ijlig: 'ĳ',
  imacr: 'ī',
  image: 'ℑ',
  imagline: 'ℐ',
  imagpart: 'ℑ',
  imath: 'ı',
  imof: '⊷',
  imped: 'Ƶ',
  in: '∈',
  incare: '℅',
  infin: '∞',
  infintie: '⧝',
  inodot: 'ı',
  int: '∫',
  intcal: '⊺',
  integers: 'ℤ',
  intercal: '⊺',
  intlarhk: '⨗',
  intprod: '⨼',
  iocy: 'ё',
  iogon: 'į',
  iopf: '𝕚',
  iota: 'ι',
  iprod: '⨼',
  iquest: '¿',
  iscr: '𝒾',
  isin: '∈',
  isinE: '⋹',
  isindot: '⋵',
  isins: '⋴',
  isinsv: '⋳',
  isinv: '∈',
  it: '⁢',
  itilde: 'ĩ',
  iukcy: 'і',
  iuml: 'ï',
  jcirc: 'ĵ',
  jcy: 'й',
  jfr: '𝔧',
  jmath: 'ȷ',
  jopf: '𝕛',
  jscr: '𝒿',
  jsercy: 'ј',
  jukcy: 'є',
  kappa: 'κ',
  kappav: 'ϰ',
  kcedil: 'ķ',
  kcy: 'к',
  kfr: '𝔨',
  kgreen: 'ĸ',
  khcy: 'х',
  kjcy: 'ќ',
  kopf: '𝕜',
  kscr: '𝓀',
  lAarr: '⇚',
  lArr: '⇐',
  lAtail: '⤛',
  lBarr: '⤎',
  lE: '≦',
  lEg: '⪋',
  lHar: '⥢',
  lacute: 'ĺ',
  laemptyv: '⦴',
  lagran: 'ℒ',
  lambda: 'λ',
  lang: '⟨',
  langd: '⦑',
  langle: '⟨',
  lap: '⪅',
  laquo: '«',
  larr: '←',
  larrb: '⇤',
  larrbfs: '⤟',
  larrfs: '⤝',
  larrhk: '↩',
  larrlp: '↫',
  larrpl: '⤹',
  larrsim: '⥳',
  larrtl: '↢',
  lat: '⪫',
  latail: '⤙',
  late: '⪭',
  lates: '⪭︀',
  lbarr: '⤌',
  lbbrk: '❲',
  lbrace: '{',
  lbrack: '[',
  lbrke: '⦋',
  lbrksld: '⦏',
  lbrkslu: '⦍',
  lcaron: 'ľ',
  lcedil: 'ļ',
  lceil: '⌈',
  lcub: '{',
  lcy: 'л',
  ldca: '⤶',
  ldquo: '“',
  ldquor: '„',
  ldrdhar: '⥧',
  ldrushar: '⥋',
  ldsh: '↲',
  le: '≤',
  leftarrow: '←',
  leftarrowtail: '↢',
  leftharpoondown: '↽',
  leftharpoonup: '↼',
  leftleftarrows: '⇇',
  leftrightarrow: '↔',
  leftrightarrows: '⇆',
  leftrightharpoons: '⇋',
  leftrightsquigarrow: '↭',
  leftthreetimes: '⋋',
  leg: '⋚',
  leq: '≤',
  leqq: '≦',
  leqslant: '⩽',
  les: '⩽',
  lescc: '⪨',
  lesdot: '⩿',
  lesdoto: '⪁',
  lesdotor: '⪃',
  lesg: '⋚︀',
  lesges: '⪓',
  lessapprox: '⪅',
  lessdot: '⋖',
  lesseqgtr: '⋚',
  lesseqqgtr: '⪋',
  lessgtr: '≶',
  lesssim: '≲',
  lfisht: '⥼',
  lfloor: '⌊',
  lfr: '𝔩',
  lg: '≶',
  lgE: '⪑',
  lhard: '↽',
  lharu: '↼',
  lharul: '⥪',
  lhblk: '▄',
  ljcy: 'љ',
  ll: '≪',
  llarr: '⇇',
  llcorner: '⌞',
  llhard: '⥫',
  lltri: '◺',
  lmidot: 'ŀ',
  lmoust: '⎰',
  lmoustache: '⎰',
  lnE: '≨',
  lnap: '⪉',
  lnapprox: '⪉',
  lne: '⪇',
  lneq: '⪇',
  lneqq: '≨',
  lnsim: '⋦',
  loang: '⟬',
  loarr: '⇽',
  lobrk: '⟦',
  longleftarrow: '⟵',
  longleftrightarrow: '⟷',
  longmapsto: '⟼',
  longrightarrow: '⟶',
  looparrowleft: '↫',
  looparrowright: '↬',
  lopar: '⦅',
  lopf: '𝕝',
  loplus: '⨭',
  lotimes: '⨴',
  lowast: '∗',
  lowbar: '_',
  loz: '◊',
  lozenge: '◊',
  lozf: '⧫',
  lpar: '(',
  lparlt: '⦓',
  lrarr: '⇆',
  lrcorner: '⌟',
  lrhar: '⇋',
  lrhard: '⥭',
  lrm: '‎',
  lrtri: '⊿',
  lsaquo: '‹',
  lscr: '𝓁',
  lsh: '↰',
  lsim: '≲',
  lsime: '⪍',
  lsimg: '⪏',
  lsqb: '[',
  lsquo: '‘',
  lsquor: '‚',
  lstrok: 'ł',
  lt: '<',
  ltcc: '⪦',
  ltcir: '⩹',
  ltdot: '⋖',
  lthree: '⋋',
  ltimes: '⋉',
  ltlarr: '⥶',
  ltquest: '⩻',
  ltrPar: '⦖',
  ltri: '◃',
  ltrie: '⊴',
  ltrif: '◂',
  lurdshar: '⥊',
  luruhar: '⥦',
  lvertneqq: '≨︀',
  lvnE: '≨︀',
  mDDot: '∺',
  macr: '¯',
  male: '♂',
  malt: '✠',
  maltese: '✠',
  map: '↦',
  mapsto: '↦',
  mapstodown: '↧',
  mapstoleft: '↤',
  mapstoup: '↥',
  marker: '▮',
  mcomma: '⨩',
  mcy: 'м',
  mdash: '—',
  measuredangle: '∡',
  mfr: '𝔪',
  mho: '℧',
  micro: 'µ',
  mid: '∣',
  midast: '*',
  midcir: '⫰',
  middot: '·',
  minus: '−',
  minusb: '⊟',
  minusd: '∸',
  minusdu: '⨪',
  mlcp: '⫛',
  mldr: '…',
  mnplus: '∓',
  models: '⊧',
  mopf: '𝕞',
  mp: '∓',
  mscr: '𝓂',
  mstpos: '∾',
  mu: 'μ',
  multimap: '⊸',
  mumap: '⊸',
  nGg: '⋙̸',
  nGt: '≫⃒',
  nGtv: '≫̸',
  nLeftarrow: '⇍',
  nLeftrightarrow: '⇎',
  nLl: '⋘̸',
  nLt: '≪⃒',
  nLtv: '≪̸',
  nRightarrow: '⇏',
  nVDash: '⊯',
  nVdash: '⊮',
  nabla: '∇',
  nacute: 'ń',
  nang: '∠⃒',
  nap: '≉',
  napE: '⩰̸',
  napid: '≋̸',
  napos: 'ŉ',
  napprox: '≉',
  natur: '♮',
  natural: '♮',
  naturals: 'ℕ',
  nbsp: ' ',
  nbump: '≎̸',
  nbumpe: '≏̸',
  ncap: '⩃',
  ncaron: 'ň',
  ncedil: 'ņ',
  ncong: '≇',
  ncongdot: '⩭̸',
  ncup: '⩂',
  ncy: 'н',
  ndash: '–',
  ne: '≠',
  neArr: '⇗',
  nearhk: '⤤',
  nearr: '↗',
  nearrow: '↗',
  nedot: '≐̸',
  nequiv: '≢',
  nesear: '⤨',
  nesim: '≂̸',
  nexist: '∄',
  nexists: '∄',
  nfr: '𝔫',
  ngE: '≧̸',
  nge: '≱',
  ngeq: '≱',
  ngeqq: '≧̸',
  ngeqslant: '⩾̸',
  nges: '⩾̸',
  ngsim: '≵',
  ngt: '≯',
  ngtr: '≯',
  nhArr: '⇎',
  nharr: '↮',
  nhpar: '⫲',
  ni: '∋',
  nis: '⋼',
  nisd: '⋺',
  niv: '∋',
  njcy: 'њ',
  nlArr: '⇍',
  nlE: '≦̸',
  nlarr: '↚',
  nldr: '‥',
  nle: '≰',
  nleftarrow: '↚',
  nleftrightarrow: '↮',
  nleq: '≰',
  nleqq: '≦̸',
  nleqslant: '⩽̸',
  nles: '⩽̸',
  nless: '≮',
  nlsim: '≴',
  nlt: '≮',
  nltri: '⋪',
  nltrie: '⋬',
  nmid: '∤',
  nopf: '𝕟',
  not: '¬',
  notin: '∉',
  notinE: '⋹̸',
  notindot: '⋵̸',
  notinva: '∉',
  notinvb: '⋷',
  notinvc: '⋶',
  notni: '∌',
  notniva: '∌',
  notnivb: '⋾',
  notnivc: '⋽',
  npar: '∦',
  nparallel: '∦',
  nparsl: '⫽⃥',
  npart: '∂̸',
  npolint: '⨔',
  npr: '⊀',
  nprcue: '⋠',
  npre: '⪯̸',
  nprec: '⊀',
  npreceq: '⪯̸',
  nrArr: '⇏',
  nrarr: '↛',
  nrarrc: '⤳̸',
  nrarrw: '↝̸',
  nrightarrow: '↛',
  nrtri: '⋫',
  nrtrie: '⋭',
  nsc: '⊁',
  nsccue: '⋡',
  nsce: '⪰̸',
  nscr: '𝓃',
  nshortmid: '∤',
  nshortparallel: '∦',
  nsim: '≁',
  nsime: '≄',
  nsimeq: '≄',
  nsmid: '∤',
  nspar: '∦',
  nsqsube: '⋢',
  nsqsupe: '⋣',
  nsub: '⊄',
  nsubE: '⫅̸',
  nsube: '⊈',
  nsubset: '⊂⃒',
  nsubseteq: '⊈',
  nsubseteqq: '⫅̸',
  nsucc: '⊁',
  nsucceq: '⪰̸',
  nsup: '⊅',
  nsupE: '⫆̸',
  nsupe: '⊉',
  nsupset: '⊃⃒',
  nsupseteq: '⊉',
  nsupseteqq: '⫆̸',
  ntgl: '≹',
  ntilde: 'ñ',
  ntlg: '≸',
  ntriangleleft: '⋪',
  ntrianglelefteq: '⋬',
  ntriangleright: '⋫',
  ntrianglerighteq: '⋭',
  nu: 'ν',
  num: '#',
  numero: '№',
  numsp: ' ',
  nvDash: '⊭',
  nvHarr: '⤄',
  nvap: '≍⃒',
  nvdash: '⊬',
  nvge: '≥⃒',
  nvgt: '>⃒',
  nvinfin: '⧞',
  nvlArr: '⤂',
  nvle: '≤⃒',
  nvlt: '<⃒',
  nvltrie: '⊴⃒',
  nvrArr: '⤃',
  nvrtrie: '⊵⃒',
  nvsim: '∼⃒',
  nwArr: '⇖',
  nwarhk: '⤣',
  nwarr: '↖',
  nwarrow: '↖',
  nwnear: '⤧',
  oS: 'Ⓢ',
  oacute: 'ó',
  oast: '⊛',
  ocir: '⊚',
  ocirc: 'ô',
  ocy: 'о',
  odash: '⊝',
  odblac: 'ő',
  odiv: '⨸',
  odot: '⊙',
  odsold: '⦼',
  oelig: 'œ',
  ofcir: '⦿',
  ofr: '𝔬',
  ogon: '˛',
  ograve: 'ò',
  ogt: '⧁',
  ohbar: '⦵',
  ohm: 'Ω',
  oint: '∮',
  olarr: '↺',
  olcir: '⦾',
  olcross: '⦻',
  oline: '‾',
  olt: '⧀',
  omacr: 'ō',
  omega: 'ω',
  omicron: 'ο',
  omid: '⦶',
  ominus: '⊖',
  oopf: '𝕠',
  opar: '⦷',
  operp: '⦹',
  oplus: '⊕',
  or: '∨',
  orarr: '↻',
  ord: '⩝',
  order: 'ℴ',
  orderof: 'ℴ',
  ordf: 'ª',
  ordm: 'º',
  origof: '⊶',
  oror: '⩖',
  orslope: '⩗',
  orv: '⩛',
  oscr: 'ℴ',
  oslash: 'ø',
  osol: '⊘',
  otilde: 'õ',
  otimes: '⊗',
  otimesas: '⨶',
  ouml: 'ö',
  ovbar: '⌽',
  par: '∥',
  para: '¶',
  parallel: '∥',
  parsim: '⫳',
  parsl: '⫽',
  part: '∂',
  pcy: 'п',
  percnt: '%',
  period: '.',
  permil: '‰',
  perp: '⊥',
  pertenk: '‱',
  pfr: '𝔭',
  phi: 'φ',
  phiv: 'ϕ',
  phmmat: 'ℳ',
  phone: '☎',
  pi: 'π',
  pitchfork: '⋔',
  piv: 'ϖ',
  planck: 'ℏ',
  planckh: 'ℎ',
  plankv: 'ℏ',
  plus: '+',
  plusacir: '⨣',
  plusb: '⊞',
  pluscir: '⨢',
  plusdo: '∔',
  plusdu: '⨥',
  pluse: '⩲',
  plusmn: '±',
  plussim: '⨦',
  plustwo: '⨧',
  pm: '±',
  pointint: '⨕',
  popf: '𝕡',
  pound: '£',
  pr: '≺',
  prE: '⪳',
  prap: '⪷',
  prcue: '≼',
  pre: '⪯',
  prec: '≺',
  precapprox: '⪷',
  preccurlyeq: '≼',
  preceq: '⪯',
  precnapprox: '⪹',
  precneqq: '⪵',
  precnsim: '⋨',
  precsim: '≾',
  prime: '′',
  primes: 'ℙ',
  prnE: '⪵',
  prnap: '⪹',
  prnsim: '⋨',
  prod: '∏',
  profalar: '⌮',
  profline: '⌒',
  profsurf: '⌓',
  prop: '∝',
  propto: '∝',
  prsim: '≾',
  prurel: '⊰',
  pscr: '𝓅',
  psi: 'ψ',
  puncsp: ' ',
  qfr: '𝔮',
  qint: '⨌',
  qopf: '𝕢',
  qprime: '⁗',
  qscr: '𝓆',
  quaternions: 'ℍ',
  quatint: '⨖',
  quest: '?',
  questeq: '≟',
  quot: '"',
  rAarr: '⇛',
  rArr: '⇒',
  rAtail: '⤜',
  rBarr: '⤏',
  rHar: '⥤',
  race: '∽̱',
  racute: 'ŕ',
  radic: '√',
  raemptyv: '⦳',
  rang: '⟩',
  rangd: '⦒',
  range: '⦥',
  rangle: '⟩',
  raquo: '»',
  rarr: '→',
  rarrap: '⥵',
  rarrb: '⇥',
  rarrbfs: '⤠',
  rarrc: '⤳',
  rarrfs: '⤞',
  rarrhk: '↪',
  rarrlp: '↬',
  rarrpl: '⥅',
  rarrsim: '⥴',
  rarrtl: '↣',
  rarrw: '↝',
  ratail: '⤚',
  ratio: '∶',
  rationals: 'ℚ',
  rbarr: '⤍',
  rbbrk: '❳',
  rbrace: '}',
  rbrack: ']',
  rbrke: '⦌',
  rbrksld: '⦎',
  rbrkslu: '⦐',
  rcaron: 'ř',
  rcedil: 'ŗ',
  rceil: '⌉',
  rcub: '}',
  rcy: 'р',
  rdca: '⤷',
  rdldhar: '⥩',
  rdquo: '”',
  rdquor: '”',
  rdsh: '↳',
  real: 'ℜ',
  realine: 'ℛ',
  realpart: 'ℜ',
  reals: 'ℝ',
  rect: '▭',
  reg: '®',
  rfisht: '⥽',
  rfloor: '⌋',
  rfr: '𝔯',
  rhard: '⇁',
  rharu: '⇀',
  rharul: '⥬',
  rho: 'ρ',
  rhov: 'ϱ',
  rightarrow: '→',
  rightarrowtail: '↣',
  rightharpoondown: '⇁',
  rightharpoonup: '⇀',
  rightleftarrows: '⇄',
  rightleftharpoons: '⇌',
  rightrightarrows: '⇉',
  rightsquigarrow: '↝',
  rightthreetimes: '⋌',
  ring: '˚',
  risingdotseq: '≓',
  rlarr: '⇄',
  rlhar: '⇌',
  rlm: '‏',
  rmoust: '⎱',
  rmoustache: '⎱',
  rnmid: '⫮',
  roang: '⟭',
  roarr: '⇾',
  robrk: '⟧',
  ropar: '⦆',
  ropf: '𝕣',
  roplus: '⨮',
  rotimes: '⨵',
  rpar: ')',
  rpargt: '⦔',
  rppolint: '⨒',
  rrarr: '⇉',
  rsaquo: '›',
  rscr: '𝓇',
  rsh: '↱',
  rsqb: ']',
  rsquo: '’',
  rsquor: '’',
  rthree: '⋌',
  rtimes: '⋊',
  rtri: '▹',
  rtrie: '⊵',
  rtrif: '▸',
  rtriltri: '⧎',
  ruluhar: '⥨',
  rx: '℞',
  sacute: 'ś',
  sbquo: '‚',
  sc: '≻',
  scE: '⪴',
  scap: '⪸',
  scaron: 'š',
  sccue: '≽',
  sce: '⪰',
  scedil: 'ş',
  scirc: 'ŝ',
  scnE: '⪶',
  scnap: '⪺',
  scnsim: '⋩',
  scpolint: '⨓',
  scsim: '≿',
  scy: 'с',
  sdot: '⋅',
  sdotb: '⊡',
  sdote: '⩦',
  seArr: '⇘',
  searhk: '⤥',
  searr: '↘',
  searrow: '↘',
  sect: '§',
  semi: ';',
  seswar: '⤩',
  setminus: '∖',
  setmn: '∖',
  sext: '✶',
  sfr: '𝔰',
  sfrown: '⌢',
  sharp: '♯',
  shchcy: 'щ',
  shcy: 'ш',
  shortmid: '∣',
  shortparallel: '∥',
  shy: '­',
  sigma: 'σ',
  sigmaf: 'ς',
  sigmav: 'ς',
  sim: '∼',
  simdot: '⩪',
  sime: '≃',
  simeq: '≃',
  simg: '⪞',
  simgE: '⪠',
  siml: '⪝',
  simlE: '⪟',
  simne: '≆',
  simplus: '⨤',
  simrarr: '⥲',
  slarr: '←',
  smallsetminus: '∖',
  smashp: '⨳',
  smeparsl: '⧤',
  smid: '∣',
  smile: '⌣',
  smt: '⪪',
  smte: '⪬',
  smtes: '⪬︀',
  softcy: 'ь',
  sol: '/',
  solb: '⧄',
  solbar: '⌿',
  sopf: '𝕤',
  spades: '♠',
  spadesuit: '♠',
  spar: '∥',
  sqcap: '⊓',
  sqcaps: '⊓︀',
  sqcup: '⊔',
  sqcups: '⊔︀',
  sqsub: '⊏',
  sqsube: '⊑',
  sqsubset: '⊏',
  sqsubseteq: '⊑',
  sqsup: '⊐',
  sqsupe: '⊒',
  sqsupset: '⊐',
  sqsupseteq: '⊒',
  squ: '□',
  square: '□',
  squarf: '▪',
  squf: '▪',
  srarr: '→',
  sscr: '𝓈',
  ssetmn: '∖',
  ssmile: '⌣',
  sstarf: '⋆',
  star: '☆',
  starf: '★',
  straightepsilon: 'ϵ',
  straightphi: 'ϕ',
  strns: '¯',
  sub: '⊂',
  subE: '⫅',
  subdot: '⪽',
  sube: '⊆',
  subedot: '⫃',
  submult: '⫁',
  subnE: '⫋',
  subne: '⊊',
  subplus: '⪿',
  subrarr: '⥹',
  subset: '⊂',
  subseteq: '⊆',
  subseteqq: '⫅',
  subsetneq: '⊊',
  subsetneqq: '⫋',
  subsim: '⫇',
  subsub: '⫕',
  subsup: '⫓',
  succ: '≻',
  succapprox: '⪸',
  succcurlyeq: '≽',
  succeq: '⪰',
  succnapprox: '⪺',
  succneqq: '⪶',
  succnsim: '⋩',
  succsim: '≿',
  sum: '∑',
  sung: '♪',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  sup: '⊃',
  supE: '⫆',
  supdot: '⪾',
  supdsub: '⫘',
  supe: '⊇',
  supedot: '⫄',
  suphsol: '⟉',
  suphsub: '⫗',
  suplarr: '⥻',
  supmult: '⫂',
  supnE: '⫌',
  supne: '⊋',
  supplus: '⫀',
  supset: '⊃',
  supseteq: '⊇',
  supseteqq: '⫆',
  supsetneq: '⊋',
  supsetneqq: '⫌',
  supsim: '⫈',
  supsub: '⫔',
  supsup: '⫖',
  swArr: '⇙',
  swarhk: '⤦',
  swarr: '↙',
  swarrow: '↙',
  swnwar: '⤪',
  szlig: 'ß',
  target: '⌖',
  tau: 'τ',
  tbrk: '⎴',
  tcaron: 'ť',
  tcedil: 'ţ',
  tcy: 'т',
  tdot: '⃛',
  telrec: '⌕',
  tfr: '𝔱',
  there4: '∴',
  therefore: '∴',
  theta: 'θ',
  thetasym: 'ϑ',
  thetav: 'ϑ',
  thickapprox: '≈',
  thicksim: '∼',
  thinsp: ' ',
  thkap: '≈',
  thksim: '∼',
  thorn: 'þ',
  tilde: '˜',
  times: '×',
  timesb: '⊠',
  timesbar: '⨱',
  timesd: '⨰',
  tint: '∭',
  toea: '⤨',
  top: '⊤',
  topbot: '⌶',
  topcir: '⫱',
  topf: '𝕥',
  topfork: '⫚',
  tosa: '⤩',
  tprime: '‴',
  trade: '™',
  triangle: '▵',
  triangledown: '▿',
  triangleleft: '◃',
  trianglelefteq: '⊴',
  triangleq: '≜',
  triangleright: '▹',
  trianglerighteq: '⊵',
  tridot: '◬',
  trie: '≜',
  triminus: '⨺',
  triplus: '⨹',
  trisb: '⧍',
  tritime: '⨻',
  trpezium: '⏢',
  tscr: '𝓉',
  tscy: 'ц',
  tshcy: 'ћ',
  tstrok: 'ŧ',
  twixt: '≬',
  twoheadleftarrow: '↞',
  twoheadrightarrow: '↠',
  uArr: '⇑',
  uHar: '⥣',
  uacute: 'ú',
  uarr: '↑',
  ubrcy: 'ў',
  ubreve: 'ŭ',
  ucirc: 'û',
  ucy: 'у',
  udarr: '⇅',
  udblac: 'ű',
  udhar: '⥮',
  ufisht: '⥾',
  ufr: '𝔲',
  ugrave: 'ù',
  uharl: '↿',
  uharr: '↾',
  uhblk: '▀',
  ulcorn: '⌜',
  ulcorner: '⌜',
  ulcrop: '⌏',
  ultri: '◸',
  umacr: 'ū',
  uml: '¨',
  uogon: 'ų',
  uopf: '𝕦',
  uparrow: '↑',
  updownarrow: '↕',
  upharpoonleft: '↿',
  upharpoonright: '↾',
  uplus: '⊎',
  upsi: 'υ',
  upsih: 'ϒ',
  upsilon: 'υ',
  upuparrows: '⇈',
  urcorn: '⌝',
  urcorner: '⌝',
  urcrop: '⌎',
  uring: 'ů',
  urtri: '◹',
  uscr: '𝓊',
  utdot: '⋰',
  utilde: 'ũ',
  utri: '▵',
  utrif: '▴',
  uuarr: '⇈',
  uuml: 'ü',
  uwangle: '⦧',
  vArr: '⇕',
  vBar: '⫨',
  vBarv: '⫩',
  vDash: '⊨',
  vangrt: '⦜',
  varepsilon: 'ϵ',
  varkappa: 'ϰ',
  varnothing: '∅',
  varphi: 'ϕ',
  varpi: 'ϖ',
  varpropto: '∝',
  varr: '↕',
  varrho: 'ϱ',
  varsigma: 'ς',
  varsubsetneq: '⊊︀',
  varsubsetneqq: '⫋︀',
  varsupsetneq: '⊋︀',
  varsupsetneqq: '⫌︀',
  vartheta: 'ϑ',
  vartriangleleft: '⊲',
  vartriangleright: '⊳',
  vcy: 'в',
  vdash: '⊢',
  vee: '∨',
  veebar: '⊻',
  veeeq: '≚',
  vellip: '⋮',
  verbar: '|',
  vert: '|',
  vfr: '𝔳',
  vltri: '⊲',
  vnsub: '⊂⃒',
  vnsup: '⊃⃒',
  vopf: '𝕧',
  vprop: '∝',
  vrtri: '⊳',
  vscr: '𝓋',
  vsubnE: '⫋︀',
  vsubne: '⊊︀',
  vsupnE: '⫌︀',
  vsupne: '⊋︀',
  vzigzag: '⦚',
  wcirc: 'ŵ',
  wedbar: '⩟',
  wedge: '∧',
  wedgeq: '≙',
  weierp: '℘',
  wfr: '𝔴',
  wopf: '𝕨',
  wp: '℘',
  wr: '≀',
  wreath: '≀',
  wscr: '𝓌',
  xcap: '⋂',
  xcirc: '◯',
  xcup: '⋃',
  xdtri: '▽',
  xfr: '𝔵',
  xhArr: '⟺',
  xharr: '⟷',
  xi: 'ξ',
  xlArr: '⟸',
  xlarr: '⟵',
  xmap: '⟼',
  xnis: '⋻',
  xodot: '⨀',
  xopf: '𝕩',
  xoplus: '⨁',
  xotime: '⨂',
  xrArr: '⟹',
  xrarr: '⟶',
  xscr: '𝓍',
  xsqcup: '⨆',
  xuplus: '⨄',
  xutri: '△',
  xvee: '⋁',
  xwedge: '⋀',
  yacute: 'ý',
  yacy: 'я',
  ycirc: 'ŷ',
  ycy: 'ы',
  yen: '¥',
  yfr: '𝔶',
  yicy: 'ї',
  yopf: '𝕪',
  yscr: '𝓎',
  yucy: 'ю',
  yuml: 'ÿ',
  zacute: 'ź',
  zcaron: 'ž',
  zcy: 'з',
  zdot: 'ż',
  zeetrf: 'ℨ',
  zeta: 'ζ',
  zfr: '𝔷',
  zhcy: 'ж',
  zigrarr: '⇝',
  zopf: '𝕫',
  zscr: '𝓏',
  zwj: '‍',
  zwnj: '‌'
};

// To do: next major: use `Object.hasOwn`.
const own$2 = {}.hasOwnProperty;

/**
 * Decode a single character reference (without the `&` or `;`).
 * You probably only need this when you’re building parsers yourself that follow
 * different rules compared to HTML.
 * This is optimized to be tiny in browsers.
 *
 * @param {string} value
 *   `notin` (named), `#123` (deci), `#x123` (hexa).
 * @returns {string|false}
 *   Decoded reference.
 */
function decodeNamedCharacterReference(value) {
  return own$2.call(characterEntities, value) ? characterEntities[value] : false
}

/**
 * Turn the number (in string form as either hexa- or plain decimal) coming from
 * a numeric character reference into a character.
 *
 * Sort of like `String.fromCodePoint(Number.parseInt(value, base))`, but makes
 * non-characters and control characters safe.
 *
 * @param {string} value
 *   Value to decode.
 * @param {number} base
 *   Numeric base.
 * @returns {string}
 *   Character.
 */
function decodeNumericCharacterReference(value, base) {
  const code = Number.parseInt(value, base);
  if (
  // C0 except for HT, LF, FF, CR, space.
  code < 9 || code === 11 || code > 13 && code < 32 ||
  // Control character (DEL) of C0, and C1 controls.
  code > 126 && code < 160 ||
  // Lone high surrogates and low surrogates.
  code > 55_295 && code < 57_344 ||
  // Noncharacters.
  code > 64_975 && code < 65_008 || /* eslint-disable no-bitwise */
  (code & 65_535) === 65_535 || (code & 65_535) === 65_534 || /* eslint-enable no-bitwise */
  // Out of range
  code > 1_114_111) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}

const characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;

/**
 * Decode markdown strings (which occur in places such as fenced code info
 * strings, destinations, labels, and titles).
 *
 * The “string” content type allows character escapes and -references.
 * This decodes those.
 *
 * @param {string} value
 *   Value to decode.
 * @returns {string}
 *   Decoded value.
 */
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode);
}

/**
 * @param {string} $0
 *   Match.
 * @param {string} $1
 *   Character escape.
 * @param {string} $2
 *   Character reference.
 * @returns {string}
 *   Decoded value
 */
function decode($0, $1, $2) {
  if ($1) {
    // Escape.
    return $1;
  }

  // Reference.
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head = $2.charCodeAt(1);
    const hex = head === 120 || head === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

/**
 * @import {Heading, InlineCode, Table, TableCell, TableRow} from 'mdast'
 * @import {Options as MarkdownTableOptions} from 'markdown-table'
 * @import {
 *   CompileContext,
 *   Extension as FromMarkdownExtension,
 *   Handle as FromMarkdownHandle,
 * } from 'mdast-util-from-markdown'
 * @import {
 *   Options as ToMarkdownExtension,
 *   Handle as ToMarkdownHandle,
 *   Info,
 *   Join,
 *   State
 * } from 'mdast-util-to-markdown'
 */


/**
 * Create an extension for `mdast-util-from-markdown` to enable GFM tables in
 * markdown.
 *
 * @returns {FromMarkdownExtension}
 *   Extension for `mdast-util-from-markdown` to enable GFM tables.
 */
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit$1,
      tableHeader: exit$1,
      tableRow: exit$1
    }
  }
}

/**
 * Enter a table.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterTable(token) {
  const align = token._align;
  // Trailing `position: undefined` keeps the table hidden class stable;
  // mdast-util-from-markdown's enter() patches the field to a real value
  // but the property already exists, so no shape transition fires.
  this.enter(
    {
      type: 'table',
      align: align.map(function (d) {
        return d === 'none' ? null : d
      }),
      children: [],
      position: undefined
    },
    token
  );
  this.data.inTable = true;
}

/**
 * Exit a table.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitTable(token) {
  this.exit(token);
  this.data.inTable = undefined;
}

/**
 * Enter a row.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterRow(token) {
  // See enterTable above for the rationale on the trailing position field.
  this.enter({type: 'tableRow', children: [], position: undefined}, token);
}

/**
 * Exit a row or cell.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exit$1(token) {
  this.exit(token);
}

/**
 * Enter a cell.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterCell(token) {
  // See enterTable above for the rationale on the trailing position field.
  this.enter({type: 'tableCell', children: [], position: undefined}, token);
}

/**
 * Exit code (text).
 *
 * Overwrites the default code text data handler to unescape escaped pipes
 * when they are in tables.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitCodeText(token) {
  let value = this.resume();

  if (this.data.inTable) {
    value = value.replace(/\\([\\|])/g, replace);
  }

  const node = this.stack[this.stack.length - 1];
  ok$1(node.type === 'inlineCode');
  node.value = value;
  this.exit(token);
}

/**
 * Unescape an escaped pipe.
 *
 * @param {string} $0
 *   Whole match.
 * @param {string} $1
 *   Escaped character.
 * @returns {string}
 *   Replacement.
 */
function replace($0, $1) {
  // Pipes work, backslashes don’t (but can’t escape pipes).
  return $1 === '|' ? $1 : $0
}

/**
 * Create an extension for `mdast-util-to-markdown` to enable GFM tables in
 * markdown.
 *
 * @param {Options | null | undefined} [options]
 *   Configuration.
 * @returns {ToMarkdownExtension}
 *   Extension for `mdast-util-to-markdown` to enable GFM tables.
 */
function gfmTableToMarkdown(options) {
  const settings = options || {};
  const {
    tableCellPadding: padding,
    tablePipeAlign: alignDelimiters,
    stringLength
  } = settings;
  const around = padding ? ' ' : '|';

  return {
    handlers: {
      inlineCode: inlineCodeWithTable,
      table: handleTable,
      tableCell: handleTableCell,
      tableRow: handleTableRow
    },
    join: [joinTable],
    unsafe: [
      {character: '\r', inConstruct: 'tableCell'},
      {character: '\n', inConstruct: 'tableCell'},
      // A pipe, when followed by a tab or space (padding), or a dash or colon
      // (unpadded delimiter row), could result in a table.
      {atBreak: true, character: '|', after: '[\t :-]'},
      // A pipe in a cell must be encoded.
      {character: '|', inConstruct: 'tableCell'},
      // A colon must be followed by a dash, in which case it could start a
      // delimiter row.
      {atBreak: true, character: ':', after: '-'},
      // A delimiter row can also start with a dash, when followed by more
      // dashes, a colon, or a pipe.
      // This is a stricter version than the built in check for lists, thematic
      // breaks, and setex heading underlines though:
      // <https://github.com/syntax-tree/mdast-util-to-markdown/blob/51a2038/lib/unsafe.js#L57>
      {atBreak: true, character: '-', after: '[:|-]'}
    ]
  }

  /**
   * Serialize a table.
   *
   * @type {ToMarkdownHandle}
   * @param {Table} node
   *   Table.
   */
  function handleTable(node, _, state, info) {
    const matrix = handleTableAsData(node, state, info);
    const head = matrix[0];

    if (head) {
      let columns = node.align ? node.align.length : 0;
      let index = -1;

      if (!columns) {
        while (++index < matrix.length) {
          if (matrix[index].length > columns) columns = matrix[index].length;
        }
      }

      while (head.length < columns) head.push('');
    }

    return serializeData(matrix, node.align)
  }

  /**
   * This function isn’t really used normally, because we handle rows at the
   * table level.
   * But, if someone passes in a table row, this ensures we make somewhat sense.
   *
   * @type {ToMarkdownHandle}
   * @param {TableRow} node
   *   Row.
   */
  function handleTableRow(node, _, state, info) {
    const row = handleTableRowAsData(node, state, info);
    const value = serializeData([row]);
    // `markdown-table` will always add an align row
    return value.slice(0, value.indexOf('\n'))
  }

  /**
   * Serialize a cell.
   *
   * @type {ToMarkdownHandle}
   * @param {TableCell} node
   *   Cell.
   */
  function handleTableCell(node, _, state, info) {
    const exit = state.enter('tableCell');
    const subexit = state.enter('phrasing');
    const value = state.containerPhrasing(node, {
      ...info,
      before: around,
      after: around
    });
    subexit();
    exit();
    return value
  }

  /**
   * Serialize serialized cells as a table.
   *
   * @param {Array<Array<string>>} matrix
   *   Serialized cells.
   * @param {Array<string | null | undefined> | null | undefined} [align]
   *   Alignment.
   * @returns {string}
   *   Result.
   */
  function serializeData(matrix, align) {
    return markdownTable(matrix, {
      align,
      alignDelimiters,
      fillRows: false,
      padding,
      stringLength
    })
  }

  /**
   * Serialize the cells of a table.
   *
   * @param {Table} node
   *   Table.
   * @param {State} state
   *   State.
   * @param {Info} info
   *   Info.
   * @returns {Array<Array<string>>}
   *   Serialized cells.
   */
  function handleTableAsData(node, state, info) {
    const {children} = node;
    let index = -1;
    /** @type {Array<Array<string>>} */
    const result = [];
    const subexit = state.enter('table');

    while (++index < children.length) {
      result[index] = handleTableRowAsData(children[index], state, info);
    }

    subexit();

    return result
  }

  /**
   * Serialize the cells of a row.
   *
   * @param {TableRow} node
   *   Row.
   * @param {State} state
   *   State.
   * @param {Info} info
   *   Info.
   * @returns {Array<string>}
   *   Serialized cells.
   */
  function handleTableRowAsData(node, state, info) {
    const {children} = node;
    let index = -1;
    /** @type {Array<string>} */
    const result = [];
    const subexit = state.enter('tableRow');

    while (++index < children.length) {
      // Note: the positional info as used here is incorrect.
      // Making it correct would be impossible due to aligning cells?
      // And it would need copy/pasting `markdown-table` into this project.
      result[index] = handleTableCell(children[index], node, state, info);
    }

    subexit();

    return result
  }

  /**
   * Serialize inline code, escaping pipes in tables.
   *
   * @type {ToMarkdownHandle}
   * @param {InlineCode} node
   *   Inline code.
   */
  function inlineCodeWithTable(node, parent, state) {
    const value = handle.inlineCode(node, parent, state);

    if (!state.stack.includes('tableCell')) return value

    // In a cell, the backslash before a pipe is dropped, also in code.
    // GitHub keeps a pipe in the cell when any backslash precedes it,
    // but micromark only when an odd number do,
    // as it sees `\\` as an escaped backslash
    // (see <https://github.com/github/cmark-gfm/issues/277>).
    /** @type {Array<string>} */
    const result = [];
    let start = 0;
    let index = value.indexOf('|');

    while (index !== -1) {
      let before = index;

      while (before > start && value.charCodeAt(before - 1) === 92 /* `\` */) {
        before--;
      }

      result.push(value.slice(start, index));
      if ((index - before) % 2 === 0) result.push('\\');
      start = index;
      index = value.indexOf('|', index + 1);
    }

    result.push(value.slice(start));

    return result.join('')
  }
}

/**
 * Join a table and the flow after it.
 *
 * In a tight list item there are no blank lines between flow,
 * but text right after a table would be read as rows of it.
 *
 * @type {Join}
 */
function joinTable(left, right, parent, state) {
  if (
    left.type === 'table' &&
    parent.type === 'listItem' &&
    parent.spread === false &&
    (right.type === 'definition' ||
      (right.type === 'heading' && formatHeadingAsSetext(right, state)) ||
      right.type === 'paragraph' ||
      right.type === 'table')
  ) {
    return 1
  }
}

/**
 * Check whether a heading is serialized as a setext heading,
 * like `mdast-util-to-markdown` does.
 *
 * @param {Heading} node
 *   Heading.
 * @param {State} state
 *   Info passed around.
 * @returns {boolean}
 *   Whether the heading is serialized as a setext heading.
 */
function formatHeadingAsSetext(node, state) {
  let literalWithBreak = false;

  visit(node, function (node) {
    if (
      node.type === 'break' ||
      ('value' in node && /\r?\n|\r/.test(node.value))
    ) {
      literalWithBreak = true;
      return EXIT
    }
  });

  return Boolean(
    (!node.depth || node.depth < 3) &&
    toString(node) &&
    (state.options.setext || literalWithBreak)
  )
}

/**
 * @import {ListItem, Paragraph, Parents} from 'mdast'
 * @import {
 *   CompileContext,
 *   Extension as FromMarkdownExtension,
 *   Handle as FromMarkdownHandle
 * } from 'mdast-util-from-markdown'
 * @import {
 *   Handle as ToMarkdownHandle,
 *   Join as ToMarkdownJoin,
 *   Options as ToMarkdownExtension
 * } from 'mdast-util-to-markdown'
 */


/**
 * Create an extension for `mdast-util-from-markdown` to enable GFM task
 * list items in markdown.
 *
 * @returns {FromMarkdownExtension}
 *   Extension for `mdast-util-from-markdown` to enable GFM task list items.
 */
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  }
}

/**
 * Create an extension for `mdast-util-to-markdown` to enable GFM task list
 * items in markdown.
 *
 * @returns {ToMarkdownExtension}
 *   Extension for `mdast-util-to-markdown` to enable GFM task list items.
 */
function gfmTaskListItemToMarkdown() {
  return {
    handlers: {paragraph: paragraphWithTaskListItem},
    join: [joinDefinitionsBeforeTaskListItemParagraph]
  }
}

/**
 * Exit a check.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitCheck(token) {
  // We’re always in a paragraph, in a list item.
  const node = this.stack[this.stack.length - 2];
  ok$1(node.type === 'listItem');
  node.checked = token.type === 'taskListCheckValueChecked';
}

/**
 * Exit a paragraph, removing the whitespace after a check.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];

  if (
    parent &&
    parent.type === 'listItem' &&
    typeof parent.checked === 'boolean'
  ) {
    const node = this.stack[this.stack.length - 1];
    ok$1(node.type === 'paragraph');
    const head = node.children[0];

    if (head && head.type === 'text') {
      const siblings = parent.children;
      let index = -1;
      /** @type {Paragraph | undefined} */
      let firstParagraph;

      while (++index < siblings.length) {
        const sibling = siblings[index];
        if (sibling.type === 'paragraph') {
          firstParagraph = sibling;
          break
        }
      }

      if (firstParagraph === node) {
        // Must start with a space or a tab.
        head.value = head.value.slice(1);

        if (head.value.length === 0) {
          node.children.shift();
        } else if (
          node.position &&
          head.position &&
          typeof head.position.start.offset === 'number'
        ) {
          head.position.start.column++;
          head.position.start.offset++;
          node.position.start = {...head.position.start};
        }
      }
    }
  }

  this.exit(token);
}

/**
 * Serialize a paragraph,
 * with a check if it is the paragraph of a task list item.
 *
 * @type {ToMarkdownHandle}
 * @param {Paragraph} node
 *   Paragraph.
 * @param {Parents | undefined} parent
 *   Parent.
 */
function paragraphWithTaskListItem(node, parent, state, info) {
  if (
    !parent ||
    parent.type !== 'listItem' ||
    taskListItemParagraph(parent) !== node
  ) {
    return handle.paragraph(node, parent, state, info)
  }

  const checkbox = '[' + (parent.checked ? 'x' : ' ') + '] ';
  const tracker = state.createTracker(info);
  tracker.move(checkbox);
  // Check needs content after it, use an encoded space if there is no content
  // but there is `checked`.
  const value = handle.paragraph(
    node.children.length > 0
      ? node
      : {type: 'paragraph', children: [{type: 'text', value: ' '}]},
    parent,
    state,
    {...info, ...tracker.current()}
  );

  return checkbox + value
}

/**
 * Join definitions before the paragraph of a task list item without blank
 * lines,
 * as a check is only seen at the start of the first content of a list item.
 *
 * @type {ToMarkdownJoin}
 */
function joinDefinitionsBeforeTaskListItemParagraph(left, _, parent) {
  if (!(left.type === 'definition' && parent.type === 'listItem')) {
    return
  }

  const paragraph = taskListItemParagraph(parent);

  if (
    paragraph &&
    parent.children.indexOf(left) < parent.children.indexOf(paragraph)
  ) {
    return 0
  }
}

/**
 * Find the paragraph of a task list item that can start with a check.
 *
 * @param {ListItem} node
 *   List item.
 * @returns {Paragraph | undefined}
 *   Paragraph, if `node` is checkable.
 */
function taskListItemParagraph(node) {
  if (typeof node.checked !== 'boolean') {
    return
  }

  for (const child of node.children) {
    if (child.type === 'paragraph') {
      return child
    }

    if (child.type !== 'definition') {
      return
    }
  }
}

/**
 * @import {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown'
 * @import {Options} from 'mdast-util-gfm'
 * @import {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
 */


/**
 * Create an extension for `mdast-util-from-markdown` to enable GFM (autolink
 * literals, footnotes, strikethrough, tables, tasklists).
 *
 * @returns {Array<FromMarkdownExtension>}
 *   Extension for `mdast-util-from-markdown` to enable GFM (autolink literals,
 *   footnotes, strikethrough, tables, tasklists).
 */
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ]
}

/**
 * Create an extension for `mdast-util-to-markdown` to enable GFM (autolink
 * literals, footnotes, strikethrough, tables, tasklists).
 *
 * @param {Options | null | undefined} [options]
 *   Configuration (optional).
 * @returns {ToMarkdownExtension}
 *   Extension for `mdast-util-to-markdown` to enable GFM (autolink literals,
 *   footnotes, strikethrough, tables, tasklists).
 */
function gfmToMarkdown(options) {
  return {
    extensions: [
      gfmAutolinkLiteralToMarkdown(),
      gfmFootnoteToMarkdown(options),
      gfmStrikethroughToMarkdown(),
      gfmTableToMarkdown(options),
      gfmTaskListItemToMarkdown()
    ]
  }
}

/**
 * Like `Array#splice`, but smarter for giant arrays.
 *
 * `Array#splice` takes all items to be inserted as individual argument which
 * causes a stack overflow in V8 when trying to insert 100k items for instance.
 *
 * Otherwise, this does not return the removed items, and takes `items` as an
 * array instead of rest parameters.
 *
 * @template {unknown} T
 *   Item type.
 * @param {Array<T>} list
 *   List to operate on.
 * @param {number} start
 *   Index to remove/insert at (can be negative).
 * @param {number} remove
 *   Number of items to remove.
 * @param {Array<T>} items
 *   Items to inject into `list`.
 * @returns {undefined}
 *   Nothing.
 */
function splice(list, start, remove, items) {
  const end = list.length;
  let chunkStart = 0;
  /** @type {Array<unknown>} */
  let parameters;

  // Make start between zero and `end` (included).
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;

  // No need to chunk the items if there’s only a couple (10k) items.
  if (items.length < 10000) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    // @ts-expect-error Hush, it’s fine.
    list.splice(...parameters);
  } else {
    // Delete `remove` items starting from `start`
    if (remove) list.splice(start, remove);

    // Insert the items in chunks to not cause stack overflows.
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 10000);
      parameters.unshift(start, 0);
      // @ts-expect-error Hush, it’s fine.
      list.splice(...parameters);
      chunkStart += 10000;
      start += 10000;
    }
  }
}

/**
 * Append `items` (an array) at the end of `list` (another array).
 * When `list` was empty, returns `items` instead.
 *
 * This prevents a potentially expensive operation when `list` is empty,
 * and adds items in batches to prevent V8 from hanging.
 *
 * @template {unknown} T
 *   Item type.
 * @param {Array<T>} list
 *   List to operate on.
 * @param {Array<T>} items
 *   Items to add to `list`.
 * @returns {Array<T>}
 *   Either `list` or `items`.
 */
function push(list, items) {
  if (list.length > 0) {
    splice(list, list.length, 0, items);
    return list;
  }
  return items;
}

/**
 * @import {
 *   Extension,
 *   Handles,
 *   HtmlExtension,
 *   NormalizedExtension
 * } from 'micromark-util-types'
 */


const hasOwnProperty = {}.hasOwnProperty;

/**
 * Combine multiple syntax extensions into one.
 *
 * @param {ReadonlyArray<Extension>} extensions
 *   List of syntax extensions.
 * @returns {NormalizedExtension}
 *   A single combined extension.
 */
function combineExtensions(extensions) {
  /** @type {NormalizedExtension} */
  const all = {};
  let index = -1;

  while (++index < extensions.length) {
    syntaxExtension(all, extensions[index]);
  }

  return all
}

/**
 * Merge `extension` into `all`.
 *
 * @param {NormalizedExtension} all
 *   Extension to merge into.
 * @param {Extension} extension
 *   Extension to merge.
 * @returns {undefined}
 *   Nothing.
 */
function syntaxExtension(all, extension) {
  /** @type {keyof Extension} */
  let hook;

  for (hook in extension) {
    const maybe = hasOwnProperty.call(all, hook) ? all[hook] : undefined;
    /** @type {Record<string, unknown>} */
    const left = maybe || (all[hook] = {});
    /** @type {Record<string, unknown> | undefined} */
    const right = extension[hook];
    /** @type {string} */
    let code;

    if (right) {
      for (code in right) {
        if (!hasOwnProperty.call(left, code)) left[code] = [];
        const value = right[code];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code],
          Array.isArray(value) ? value : value ? [value] : []
        );
      }
    }
  }
}

/**
 * Merge `list` into `existing` (both lists of constructs).
 * Mutates `existing`.
 *
 * @param {Array<unknown>} existing
 *   List of constructs to merge into.
 * @param {Array<unknown>} list
 *   List of constructs to merge.
 * @returns {undefined}
 *   Nothing.
 */
function constructs(existing, list) {
  let index = -1;
  /** @type {Array<unknown>} */
  const before = [];

  while (++index < list.length) {
(list[index].add === 'after' ? existing : before).push(list[index]);
  }

  splice(existing, 0, 0, before);
}

/**
 * @import {Code, ConstructRecord, Event, Extension, Previous, State, TokenizeContext, Tokenizer} from 'micromark-util-types'
 */

const wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
const domain = {
  tokenize: tokenizeDomain,
  partial: true
};
const path$1 = {
  tokenize: tokenizePath,
  partial: true
};
const trail = {
  tokenize: tokenizeTrail,
  partial: true
};
const emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
const wwwAutolink = {
  name: 'wwwAutolink',
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
const protocolAutolink = {
  name: 'protocolAutolink',
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
const emailAutolink = {
  name: 'emailAutolink',
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};

/** @type {ConstructRecord} */
const text$2 = {};

/**
 * Create an extension for `micromark` to support GitHub autolink literal
 * syntax.
 *
 * @returns {Extension}
 *   Extension for `micromark` that can be passed in `extensions` to enable GFM
 *   autolink literal syntax.
 */
function gfmAutolinkLiteral() {
  return {
    text: text$2
  };
}

/** @type {Code} */
let code = 48;

// Add alphanumerics.
while (code < 123) {
  text$2[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;else if (code === 91) code = 97;
}
text$2[43] = emailAutolink;
text$2[45] = emailAutolink;
text$2[46] = emailAutolink;
text$2[95] = emailAutolink;
text$2[72] = [emailAutolink, protocolAutolink];
text$2[104] = [emailAutolink, protocolAutolink];
text$2[87] = [emailAutolink, wwwAutolink];
text$2[119] = [emailAutolink, wwwAutolink];

// To do: perform email autolink literals on events, afterwards.
// That’s where `markdown-rs` and `cmark-gfm` perform it.
// It should look for `@`, then for atext backwards, and then for a label
// forwards.
// To do: `mailto:`, `xmpp:` protocol as prefix.

/**
 * Email autolink literal.
 *
 * ```markdown
 * > | a contact@example.org b
 *       ^^^^^^^^^^^^^^^^^^^
 * ```
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeEmailAutolink(effects, ok, nok) {
  const self = this;
  /** @type {boolean | undefined} */
  let dot;
  /** @type {boolean} */
  let data;
  return start;

  /**
   * Start of email autolink literal.
   *
   * ```markdown
   * > | a contact@example.org b
   *       ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (!gfmAtext(code) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code);
    }
    effects.enter('literalAutolink');
    effects.enter('literalAutolinkEmail');
    return atext(code);
  }

  /**
   * In email atext.
   *
   * ```markdown
   * > | a contact@example.org b
   *       ^
   * ```
   *
   * @type {State}
   */
  function atext(code) {
    if (gfmAtext(code)) {
      effects.consume(code);
      return atext;
    }
    if (code === 64) {
      effects.consume(code);
      return emailDomain;
    }
    return nok(code);
  }

  /**
   * In email domain.
   *
   * The reference code is a bit overly complex as it handles the `@`, of which
   * there may be just one.
   * Source: <https://github.com/github/cmark-gfm/blob/ef1cfcb/extensions/autolink.c#L318>
   *
   * ```markdown
   * > | a contact@example.org b
   *               ^
   * ```
   *
   * @type {State}
   */
  function emailDomain(code) {
    // Dot followed by alphanumerical (not `-` or `_`).
    if (code === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code);
    }

    // Alphanumerical, `-`, and `_`.
    if (code === 45 || code === 95 || asciiAlphanumeric(code)) {
      data = true;
      effects.consume(code);
      return emailDomain;
    }

    // To do: `/` if xmpp.

    // Note: normally we’d truncate trailing punctuation from the link.
    // However, email autolink literals cannot contain any of those markers,
    // except for `.`, but that can only occur if it isn’t trailing.
    // So we can ignore truncating!
    return emailDomainAfter(code);
  }

  /**
   * In email domain, on dot that is not a trail.
   *
   * ```markdown
   * > | a contact@example.org b
   *                      ^
   * ```
   *
   * @type {State}
   */
  function emailDomainDot(code) {
    effects.consume(code);
    dot = true;
    return emailDomain;
  }

  /**
   * After email domain.
   *
   * ```markdown
   * > | a contact@example.org b
   *                          ^
   * ```
   *
   * @type {State}
   */
  function emailDomainAfter(code) {
    // Domain must not be empty, must include a dot, and must end in alphabetical.
    // Source: <https://github.com/github/cmark-gfm/blob/ef1cfcb/extensions/autolink.c#L332>.
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit('literalAutolinkEmail');
      effects.exit('literalAutolink');
      return ok(code);
    }
    return nok(code);
  }
}

/**
 * `www` autolink literal.
 *
 * ```markdown
 * > | a www.example.org b
 *       ^^^^^^^^^^^^^^^
 * ```
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeWwwAutolink(effects, ok, nok) {
  const self = this;
  return wwwStart;

  /**
   * Start of www autolink literal.
   *
   * ```markdown
   * > | www.example.com/a?b#c
   *     ^
   * ```
   *
   * @type {State}
   */
  function wwwStart(code) {
    if (code !== 87 && code !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code);
    }
    effects.enter('literalAutolink');
    effects.enter('literalAutolinkWww');
    // Note: we *check*, so we can discard the `www.` we parsed.
    // If it worked, we consider it as a part of the domain.
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path$1, wwwAfter), nok), nok)(code);
  }

  /**
   * After a www autolink literal.
   *
   * ```markdown
   * > | www.example.com/a?b#c
   *                          ^
   * ```
   *
   * @type {State}
   */
  function wwwAfter(code) {
    effects.exit('literalAutolinkWww');
    effects.exit('literalAutolink');
    return ok(code);
  }
}

/**
 * Protocol autolink literal.
 *
 * ```markdown
 * > | a https://example.org b
 *       ^^^^^^^^^^^^^^^^^^^
 * ```
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeProtocolAutolink(effects, ok, nok) {
  const self = this;
  let buffer = '';
  let seen = false;
  return protocolStart;

  /**
   * Start of protocol autolink literal.
   *
   * ```markdown
   * > | https://example.com/a?b#c
   *     ^
   * ```
   *
   * @type {State}
   */
  function protocolStart(code) {
    if ((code === 72 || code === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter('literalAutolink');
      effects.enter('literalAutolinkHttp');
      buffer += String.fromCodePoint(code);
      effects.consume(code);
      return protocolPrefixInside;
    }
    return nok(code);
  }

  /**
   * In protocol.
   *
   * ```markdown
   * > | https://example.com/a?b#c
   *     ^^^^^
   * ```
   *
   * @type {State}
   */
  function protocolPrefixInside(code) {
    // `5` is size of `https`
    if (asciiAlpha(code) && buffer.length < 5) {
      // @ts-expect-error: definitely number.
      buffer += String.fromCodePoint(code);
      effects.consume(code);
      return protocolPrefixInside;
    }
    if (code === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === 'http' || protocol === 'https') {
        effects.consume(code);
        return protocolSlashesInside;
      }
    }
    return nok(code);
  }

  /**
   * In slashes.
   *
   * ```markdown
   * > | https://example.com/a?b#c
   *           ^^
   * ```
   *
   * @type {State}
   */
  function protocolSlashesInside(code) {
    if (code === 47) {
      effects.consume(code);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code);
  }

  /**
   * After protocol, before domain.
   *
   * ```markdown
   * > | https://example.com/a?b#c
   *             ^
   * ```
   *
   * @type {State}
   */
  function afterProtocol(code) {
    // To do: this is different from `markdown-rs`:
    // https://github.com/wooorm/markdown-rs/blob/b3a921c761309ae00a51fe348d8a43adbc54b518/src/construct/gfm_autolink_literal.rs#L172-L182
    return code === null || asciiControl(code) || markdownLineEndingOrSpace(code) || unicodeWhitespace(code) || unicodePunctuation(code) ? nok(code) : effects.attempt(domain, effects.attempt(path$1, protocolAfter), nok)(code);
  }

  /**
   * After a protocol autolink literal.
   *
   * ```markdown
   * > | https://example.com/a?b#c
   *                              ^
   * ```
   *
   * @type {State}
   */
  function protocolAfter(code) {
    effects.exit('literalAutolinkHttp');
    effects.exit('literalAutolink');
    return ok(code);
  }
}

/**
 * `www` prefix.
 *
 * ```markdown
 * > | a www.example.org b
 *       ^^^^
 * ```
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeWwwPrefix(effects, ok, nok) {
  let size = 0;
  return wwwPrefixInside;

  /**
   * In www prefix.
   *
   * ```markdown
   * > | www.example.com
   *     ^^^^
   * ```
   *
   * @type {State}
   */
  function wwwPrefixInside(code) {
    if ((code === 87 || code === 119) && size < 3) {
      size++;
      effects.consume(code);
      return wwwPrefixInside;
    }
    if (code === 46 && size === 3) {
      effects.consume(code);
      return wwwPrefixAfter;
    }
    return nok(code);
  }

  /**
   * After www prefix.
   *
   * ```markdown
   * > | www.example.com
   *         ^
   * ```
   *
   * @type {State}
   */
  function wwwPrefixAfter(code) {
    // If there is *anything*, we can link.
    return code === null ? nok(code) : ok(code);
  }
}

/**
 * Domain.
 *
 * ```markdown
 * > | a https://example.org b
 *               ^^^^^^^^^^^
 * ```
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeDomain(effects, ok, nok) {
  /** @type {boolean | undefined} */
  let underscoreInLastSegment;
  /** @type {boolean | undefined} */
  let underscoreInLastLastSegment;
  /** @type {boolean | undefined} */
  let seen;
  return domainInside;

  /**
   * In domain.
   *
   * ```markdown
   * > | https://example.com/a
   *             ^^^^^^^^^^^
   * ```
   *
   * @type {State}
   */
  function domainInside(code) {
    // Check whether this marker, which is a trailing punctuation
    // marker, optionally followed by more trailing markers, and then
    // followed by an end.
    if (code === 46 || code === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code);
    }

    // GH documents that only alphanumerics (other than `-`, `.`, and `_`) can
    // occur, which sounds like ASCII only, but they also support `www.點看.com`,
    // so that’s Unicode.
    // Instead of some new production for Unicode alphanumerics, markdown
    // already has that for Unicode punctuation and whitespace, so use those.
    // Source: <https://github.com/github/cmark-gfm/blob/ef1cfcb/extensions/autolink.c#L12>.
    if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code) || code !== 45 && unicodePunctuation(code)) {
      return domainAfter(code);
    }
    seen = true;
    effects.consume(code);
    return domainInside;
  }

  /**
   * In domain, at potential trailing punctuation, that was not trailing.
   *
   * ```markdown
   * > | https://example.com
   *                    ^
   * ```
   *
   * @type {State}
   */
  function domainAtPunctuation(code) {
    // There is an underscore in the last segment of the domain
    if (code === 95) {
      underscoreInLastSegment = true;
    }
    // Otherwise, it’s a `.`: save the last segment underscore in the
    // penultimate segment slot.
    else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = undefined;
    }
    effects.consume(code);
    return domainInside;
  }

  /**
   * After domain.
   *
   * ```markdown
   * > | https://example.com/a
   *                        ^
   * ```
   *
   * @type {State} */
  function domainAfter(code) {
    // Note: that’s GH says a dot is needed, but it’s not true:
    // <https://github.com/github/cmark-gfm/issues/279>
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code);
    }
    return ok(code);
  }
}

/**
 * Path.
 *
 * ```markdown
 * > | a https://example.org/stuff b
 *                          ^^^^^^
 * ```
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizePath(effects, ok) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;

  /**
   * In path.
   *
   * ```markdown
   * > | https://example.com/a
   *                        ^^
   * ```
   *
   * @type {State}
   */
  function pathInside(code) {
    if (code === 40) {
      sizeOpen++;
      effects.consume(code);
      return pathInside;
    }

    // To do: `markdown-rs` also needs this.
    // If this is a paren, and there are less closings than openings,
    // we don’t check for a trail.
    if (code === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code);
    }

    // Check whether this trailing punctuation marker is optionally
    // followed by more trailing markers, and then followed
    // by an end.
    if (code === 33 || code === 34 || code === 38 || code === 39 || code === 41 || code === 42 || code === 44 || code === 46 || code === 58 || code === 59 || code === 60 || code === 63 || code === 93 || code === 95 || code === 126) {
      return effects.check(trail, ok, pathAtPunctuation)(code);
    }
    if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
      return ok(code);
    }
    effects.consume(code);
    return pathInside;
  }

  /**
   * In path, at potential trailing punctuation, that was not trailing.
   *
   * ```markdown
   * > | https://example.com/a"b
   *                          ^
   * ```
   *
   * @type {State}
   */
  function pathAtPunctuation(code) {
    // Count closing parens.
    if (code === 41) {
      sizeClose++;
    }
    effects.consume(code);
    return pathInside;
  }
}

/**
 * Trail.
 *
 * This calls `ok` if this *is* the trail, followed by an end, which means
 * the entire trail is not part of the link.
 * It calls `nok` if this *is* part of the link.
 *
 * ```markdown
 * > | https://example.com").
 *                        ^^^
 * ```
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeTrail(effects, ok, nok) {
  return trail;

  /**
   * In trail of domain or path.
   *
   * ```markdown
   * > | https://example.com").
   *                        ^
   * ```
   *
   * @type {State}
   */
  function trail(code) {
    // Regular trailing punctuation.
    if (code === 33 || code === 34 || code === 39 || code === 41 || code === 42 || code === 44 || code === 46 || code === 58 || code === 59 || code === 63 || code === 95 || code === 126) {
      effects.consume(code);
      return trail;
    }

    // `&` followed by one or more alphabeticals and then a `;`, is
    // as a whole considered as trailing punctuation.
    // In all other cases, it is considered as continuation of the URL.
    if (code === 38) {
      effects.consume(code);
      return trailCharacterReferenceStart;
    }

    // Needed because we allow literals after `[`, as we fix:
    // <https://github.com/github/cmark-gfm/issues/278>.
    // Check that it is not followed by `(` or `[`.
    if (code === 93) {
      effects.consume(code);
      return trailBracketAfter;
    }
    if (
    // `<` is an end.
    code === 60 ||
    // So is whitespace.
    code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
      return ok(code);
    }
    return nok(code);
  }

  /**
   * In trail, after `]`.
   *
   * > 👉 **Note**: this deviates from `cmark-gfm` to fix a bug.
   * > See end of <https://github.com/github/cmark-gfm/issues/278> for more.
   *
   * ```markdown
   * > | https://example.com](
   *                         ^
   * ```
   *
   * @type {State}
   */
  function trailBracketAfter(code) {
    // Whitespace or something that could start a resource or reference is the end.
    // Switch back to trail otherwise.
    if (code === null || code === 40 || code === 91 || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
      return ok(code);
    }
    return trail(code);
  }

  /**
   * In character-reference like trail, after `&`.
   *
   * ```markdown
   * > | https://example.com&amp;).
   *                         ^
   * ```
   *
   * @type {State}
   */
  function trailCharacterReferenceStart(code) {
    // When non-alpha, it’s not a trail.
    return asciiAlpha(code) ? trailCharacterReferenceInside(code) : nok(code);
  }

  /**
   * In character-reference like trail.
   *
   * ```markdown
   * > | https://example.com&amp;).
   *                         ^
   * ```
   *
   * @type {State}
   */
  function trailCharacterReferenceInside(code) {
    // Switch back to trail if this is well-formed.
    if (code === 59) {
      effects.consume(code);
      return trail;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return trailCharacterReferenceInside;
    }

    // It’s not a trail.
    return nok(code);
  }
}

/**
 * Dot in email domain trail.
 *
 * This calls `ok` if this *is* the trail, followed by an end, which means
 * the trail is not part of the link.
 * It calls `nok` if this *is* part of the link.
 *
 * ```markdown
 * > | contact@example.org.
 *                        ^
 * ```
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeEmailDomainDotTrail(effects, ok, nok) {
  return start;

  /**
   * Dot.
   *
   * ```markdown
   * > | contact@example.org.
   *                    ^   ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // Must be dot.
    effects.consume(code);
    return after;
  }

  /**
   * After dot.
   *
   * ```markdown
   * > | contact@example.org.
   *                     ^   ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    // Not a trail if alphanumeric.
    return asciiAlphanumeric(code) ? nok(code) : ok(code);
  }
}

/**
 * See:
 * <https://github.com/github/cmark-gfm/blob/ef1cfcb/extensions/autolink.c#L156>.
 *
 * @type {Previous}
 */
function previousWww(code) {
  return code === null || code === 40 || code === 42 || code === 95 || code === 91 || code === 93 || code === 126 || markdownLineEndingOrSpace(code);
}

/**
 * See:
 * <https://github.com/github/cmark-gfm/blob/ef1cfcb/extensions/autolink.c#L214>.
 *
 * @type {Previous}
 */
function previousProtocol(code) {
  return !asciiAlpha(code);
}

/**
 * @this {TokenizeContext}
 * @type {Previous}
 */
function previousEmail(code) {
  // Do not allow a slash “inside” atext.
  // The reference code is a bit weird, but that’s what it results in.
  // Source: <https://github.com/github/cmark-gfm/blob/ef1cfcb/extensions/autolink.c#L307>.
  // Other than slash, every preceding character is allowed.
  return !(code === 47 || gfmAtext(code));
}

/**
 * @param {Code} code
 * @returns {boolean}
 */
function gfmAtext(code) {
  return code === 43 || code === 45 || code === 46 || code === 95 || asciiAlphanumeric(code);
}

/**
 * @param {Array<Event>} events
 * @returns {boolean}
 */
function previousUnbalanced(events) {
  let index = events.length;
  let result = false;
  while (index--) {
    const token = events[index][1];
    if ((token.type === 'labelLink' || token.type === 'labelImage') && !token._balanced) {
      result = true;
      break;
    }

    // If we’ve seen this token, and it was marked as not having any unbalanced
    // bracket before it, we can exit.
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    // Mark the last token as “walked into” w/o finding
    // anything.
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

/**
 * @import {Event, Resolver, TokenizeContext} from 'micromark-util-types'
 */

/**
 * Call all `resolveAll`s.
 *
 * @param {ReadonlyArray<{resolveAll?: Resolver | undefined}>} constructs
 *   List of constructs, optionally with `resolveAll`s.
 * @param {Array<Event>} events
 *   List of events.
 * @param {TokenizeContext} context
 *   Context used by `tokenize`.
 * @returns {Array<Event>}
 *   Changed events.
 */
function resolveAll(constructs, events, context) {
  /** @type {Array<Resolver>} */
  const called = [];
  let index = -1;

  while (++index < constructs.length) {
    const resolve = constructs[index].resolveAll;

    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
    }
  }

  return events
}

/**
 * @import {
 *   Code,
 *   Construct,
 *   Event,
 *   Point,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const attention = {
  name: 'attention',
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};

/**
 * Take all events and resolve attention to emphasis or strong.
 *
 * @type {Resolver}
 */
// eslint-disable-next-line complexity
function resolveAllAttention(events, context) {
  let index = -1;
  /** @type {Array<Event>} */
  let nextEvents;

  // Walk through all events.
  //
  // Note: performance of this is fine on an mb of normal markdown, but it’s
  // a bottleneck for malicious stuff.
  while (++index < events.length) {
    // Find a token that can close.
    if (events[index][0] === 'enter' && events[index][1].type === 'attentionSequence' && events[index][1]._close) {
      let open = index;

      // Now walk back to find an opener.
      while (open--) {
        // Find a token that can open the closer.
        if (events[open][0] === 'exit' && events[open][1].type === 'attentionSequence' && events[open][1]._open &&
        // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index][1]).charCodeAt(0)) {
          // If the opening can close or the closing can open,
          // and the close size *is not* a multiple of three,
          // but the sum of the opening and closing size *is* multiple of three,
          // then don’t match.
          if ((events[open][1]._close || events[index][1]._open) && (events[index][1].end.offset - events[index][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index][1].end.offset - events[index][1].start.offset) % 3)) {
            continue;
          }

          // Number of markers to use from the sequence.
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index][1].end.offset - events[index][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index][1].start
            },
            end
          };
          const text = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];

          // If there are more markers in the opening, add them before.
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [['enter', events[open][1], context], ['exit', events[open][1], context]]);
          }

          // Opening.
          nextEvents = push(nextEvents, [['enter', group, context], ['enter', openingSequence, context], ['exit', openingSequence, context], ['enter', text, context]]);

          // Always populated by defaults.

          // Between.
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index), context));

          // Closing.
          nextEvents = push(nextEvents, [['exit', text, context], ['enter', closingSequence, context], ['exit', closingSequence, context], ['exit', group, context]]);

          /** @type {number} */
          let offset = 0;

          // If there are more markers in the closing, add them after.
          if (events[index][1].end.offset - events[index][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [['enter', events[index][1], context], ['exit', events[index][1], context]]);
          }
          splice(events, open - 1, index - open + 3, nextEvents);
          index = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }

  // Remove remaining sequences.
  index = -1;
  while (++index < events.length) {
    if (events[index][1].type === 'attentionSequence') {
      events[index][1].type = 'data';
    }
  }
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeAttention(effects, ok) {
  const attentionMarkers = this.parser.constructs.attentionMarkers.null;
  const previous = this.previous;
  const before = classifyCharacter(previous);

  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * Before a sequence.
   *
   * ```markdown
   * > | **
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    marker = code;
    effects.enter('attentionSequence');
    return inside(code);
  }

  /**
   * In a sequence.
   *
   * ```markdown
   * > | **
   *     ^^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    const token = effects.exit('attentionSequence');

    // To do: next major: move this to resolver, just like `markdown-rs`.
    const after = classifyCharacter(code);

    // Always populated by defaults.

    // Note: `*` and `_` are in `attentionMarkers` through core.
    // They are excluded here as the loosening is meant for markers registered
    // by *other* constructs (such as GFM strikethrough’s `~`).
    const open = !after || after === 2 && before || attentionMarkers.includes(code) && code !== 42 && code !== 95;
    const close = !before || before === 2 && after || attentionMarkers.includes(previous) && previous !== 42 && previous !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close));
    token._close = Boolean(marker === 42 ? close : close && (after || !open));
    return ok(code);
  }
}

/**
 * Move a point a bit.
 *
 * Note: `move` only works inside lines! It’s not possible to move past other
 * chunks (replacement characters, tabs, or line endings).
 *
 * @param {Point} point
 *   Point.
 * @param {number} offset
 *   Amount to move.
 * @returns {undefined}
 *   Nothing.
 */
function movePoint(point, offset) {
  point.column += offset;
  point.offset += offset;
  point._bufferIndex += offset;
}

/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const autolink = {
  name: 'autolink',
  tokenize: tokenizeAutolink
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeAutolink(effects, ok, nok) {
  let size = 0;
  return start;

  /**
   * Start of an autolink.
   *
   * ```markdown
   * > | a<https://example.com>b
   *      ^
   * > | a<user@example.com>b
   *      ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }

  /**
   * After `<`, at protocol or atext.
   *
   * ```markdown
   * > | a<https://example.com>b
   *       ^
   * > | a<user@example.com>b
   *       ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return schemeOrEmailAtext;
    }
    if (code === 64) {
      return nok(code);
    }
    return emailAtext(code);
  }

  /**
   * At second byte of protocol or atext.
   *
   * ```markdown
   * > | a<https://example.com>b
   *        ^
   * > | a<user@example.com>b
   *        ^
   * ```
   *
   * @type {State}
   */
  function schemeOrEmailAtext(code) {
    // ASCII alphanumeric and `+`, `-`, and `.`.
    if (code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) {
      // Count the previous alphabetical from `open` too.
      size = 1;
      return schemeInsideOrEmailAtext(code);
    }
    return emailAtext(code);
  }

  /**
   * In ambiguous protocol or atext.
   *
   * ```markdown
   * > | a<https://example.com>b
   *        ^
   * > | a<user@example.com>b
   *        ^
   * ```
   *
   * @type {State}
   */
  function schemeInsideOrEmailAtext(code) {
    if (code === 58) {
      effects.consume(code);
      size = 0;
      return urlInside;
    }

    // ASCII alphanumeric and `+`, `-`, and `.`.
    if ((code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) && size++ < 32) {
      effects.consume(code);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code);
  }

  /**
   * After protocol, in URL.
   *
   * ```markdown
   * > | a<https://example.com>b
   *             ^
   * ```
   *
   * @type {State}
   */
  function urlInside(code) {
    if (code === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok;
    }

    // ASCII control, space, or `<`.
    if (code === null || code === 32 || code === 60 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return urlInside;
  }

  /**
   * In email atext.
   *
   * ```markdown
   * > | a<user.name@example.com>b
   *              ^
   * ```
   *
   * @type {State}
   */
  function emailAtext(code) {
    if (code === 64) {
      effects.consume(code);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code)) {
      effects.consume(code);
      return emailAtext;
    }
    return nok(code);
  }

  /**
   * In label, after at-sign or dot.
   *
   * ```markdown
   * > | a<user.name@example.com>b
   *                 ^       ^
   * ```
   *
   * @type {State}
   */
  function emailAtSignOrDot(code) {
    return asciiAlphanumeric(code) ? emailLabel(code) : nok(code);
  }

  /**
   * In label, where `.` and `>` are allowed.
   *
   * ```markdown
   * > | a<user.name@example.com>b
   *                   ^
   * ```
   *
   * @type {State}
   */
  function emailLabel(code) {
    if (code === 46) {
      effects.consume(code);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code === 62) {
      // Exit, then change the token type.
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok;
    }
    return emailValue(code);
  }

  /**
   * In label, where `.` and `>` are *not* allowed.
   *
   * Though, this is also used in `emailLabel` to parse other values.
   *
   * ```markdown
   * > | a<user.name@ex-ample.com>b
   *                    ^
   * ```
   *
   * @type {State}
   */
  function emailValue(code) {
    // ASCII alphanumeric or `-`.
    if ((code === 45 || asciiAlphanumeric(code)) && size++ < 63) {
      const next = code === 45 ? emailValue : emailLabel;
      effects.consume(code);
      return next;
    }
    return nok(code);
  }
}

/**
 * @import {Effects, State, TokenType} from 'micromark-util-types'
 */


// To do: implement `spaceOrTabWithOptions` (`connect`, `content`).

/**
 * Parse spaces and tabs.
 *
 * There is no `nok` parameter:
 *
 * *   spaces in markdown are often optional, in which case this factory can be
 *     used and `ok` will be switched to whether spaces were found or not
 * *   one line ending or space can be detected with `markdownSpace(code)` right
 *     before using `factorySpace`
 *
 * ###### Examples
 *
 * Where `␉` represents a tab (plus how much it expands) and `␠` represents a
 * single space.
 *
 * ```markdown
 * ␉
 * ␠␠␠␠
 * ␉␠
 * ```
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {TokenType} type
 *   Type of the whole whitespace.
 * @param {number | undefined} [max=Infinity]
 *   Max (exclusive).
 * @returns {State}
 *   Start state.
 */
function factorySpace(effects, ok, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;

  /** @type {State} */
  function start(code) {
    if (markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return ok(code);
  }

  /** @type {State} */
  function prefix(code) {
    if (markdownSpace(code) && size++ < limit) {
      effects.consume(code);
      return prefix;
    }
    effects.exit(type);
    return ok(code);
  }
}

/**
 * Parse spaces and tabs, with a required minimum and maximum, matching
 * `markdown-rs`’s `space_or_tab_min_max`.
 *
 * Unlike `factorySpace`, this can fail: `nok` is used when fewer than
 * `min` spaces or tabs are found.
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {State} nok
 *   State switched to when unsuccessful.
 * @param {TokenType} type
 *   Type of the whole whitespace.
 * @param {number} min
 *   Minimum allowed characters (inclusive).
 * @param {number} max
 *   Maximum allowed characters (inclusive).
 * @returns {State}
 *   Start state.
 */
function factorySpaceMinMax(effects, ok, nok, type, min, max) {
  let size = 0;
  return start;

  /** @type {State} */
  function start(code) {
    if (markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return after(code);
  }

  /** @type {State} */
  function prefix(code) {
    if (markdownSpace(code) && size < max) {
      effects.consume(code);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code);
  }

  /** @type {State} */
  function after(code) {
    return size >= min ? ok(code) : nok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeBlankLine(effects, ok, nok) {
  return start;

  /**
   * Start of blank line.
   *
   * > 👉 **Note**: `␠` represents a space character.
   *
   * ```markdown
   * > | ␠␠␊
   *     ^
   * > | ␊
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    return markdownSpace(code) ? factorySpace(effects, after, "linePrefix")(code) : after(code);
  }

  /**
   * At eof/eol, after optional whitespace.
   *
   * > 👉 **Note**: `␠` represents a space character.
   *
   * ```markdown
   * > | ␠␠␊
   *       ^
   * > | ␊
   *     ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    return code === null || markdownLineEnding(code) ? ok(code) : nok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   Exiter,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: 'blockQuote',
  tokenize: tokenizeBlockQuoteStart
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeBlockQuoteStart(effects, ok, nok) {
  const self = this;
  return start;

  /**
   * Start of block quote.
   *
   * ```markdown
   * > | > a
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (code === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code);
  }

  /**
   * After `>`, before optional whitespace.
   *
   * ```markdown
   * > | > a
   *      ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    if (markdownSpace(code)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok;
    }
    effects.exit("blockQuotePrefix");
    return ok(code);
  }
}

/**
 * Start of block quote continuation.
 *
 * ```markdown
 *   | > a
 * > | > b
 *     ^
 * ```
 *
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeBlockQuoteContinuation(effects, ok, nok) {
  const self = this;
  return contStart;

  /**
   * Start of block quote continuation.
   *
   * Also used to parse the first block quote opening.
   *
   * ```markdown
   *   | > a
   * > | > b
   *     ^
   * ```
   *
   * @type {State}
   */
  function contStart(code) {
    if (markdownSpace(code)) {
      // Always populated by defaults.

      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code);
    }
    return contBefore(code);
  }

  /**
   * At `>`, after optional whitespace.
   *
   * Also used to parse the first block quote opening.
   *
   * ```markdown
   *   | > a
   * > | > b
   *     ^
   * ```
   *
   * @type {State}
   */
  function contBefore(code) {
    return effects.attempt(blockQuote, ok, nok)(code);
  }
}

/** @type {Exiter} */
function exit(effects) {
  effects.exit("blockQuote");
}

/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const characterEscape = {
  name: 'characterEscape',
  tokenize: tokenizeCharacterEscape
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCharacterEscape(effects, ok, nok) {
  return start;

  /**
   * Start of character escape.
   *
   * ```markdown
   * > | a\*b
   *      ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code);
    effects.exit("escapeMarker");
    return inside;
  }

  /**
   * After `\`, at punctuation.
   *
   * ```markdown
   * > | a\*b
   *       ^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    // ASCII punctuation.
    if (asciiPunctuation(code)) {
      effects.enter("characterEscapeValue");
      effects.consume(code);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok;
    }
    return nok(code);
  }
}

/**
 * @import {
 *   Code,
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const characterReference = {
  name: 'characterReference',
  tokenize: tokenizeCharacterReference
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCharacterReference(effects, ok, nok) {
  const self = this;
  let size = 0;
  /** @type {number} */
  let max;
  /** @type {(code: Code) => boolean} */
  let test;
  return start;

  /**
   * Start of character reference.
   *
   * ```markdown
   * > | a&amp;b
   *      ^
   * > | a&#123;b
   *      ^
   * > | a&#x9;b
   *      ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code);
    effects.exit("characterReferenceMarker");
    return open;
  }

  /**
   * After `&`, at `#` for numeric references or alphanumeric for named
   * references.
   *
   * ```markdown
   * > | a&amp;b
   *       ^
   * > | a&#123;b
   *       ^
   * > | a&#x9;b
   *       ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (code === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value(code);
  }

  /**
   * After `#`, at `x` for hexadecimals or digit for decimals.
   *
   * ```markdown
   * > | a&#123;b
   *        ^
   * > | a&#x9;b
   *        ^
   * ```
   *
   * @type {State}
   */
  function numeric(code) {
    if (code === 88 || code === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value(code);
  }

  /**
   * After markers (`&#x`, `&#`, or `&`), in value, before `;`.
   *
   * The character reference kind defines what and how many characters are
   * allowed.
   *
   * ```markdown
   * > | a&amp;b
   *       ^^^
   * > | a&#123;b
   *        ^^^
   * > | a&#x9;b
   *         ^
   * ```
   *
   * @type {State}
   */
  function value(code) {
    if (code === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code);
      }

      // To do: `markdown-rs` uses a different name:
      // `CharacterReferenceMarkerSemi`.
      effects.enter("characterReferenceMarker");
      effects.consume(code);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok;
    }
    if (test(code) && size++ < max) {
      effects.consume(code);
      return value;
    }
    return nok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeNonLazyContinuation(effects, ok, nok) {
  const self = this;
  return start;

  /**
   * At eol, before continuation.
   *
   * ```markdown
   * > | * ```js
   *            ^
   *   | b
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (code === null) {
      return nok(code);
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return after;
  }

  /**
   * A continuation.
   *
   * ```markdown
   *   | * ```js
   * > | b
   *     ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    return self.parser.lazy[self.now().line] ? nok(code) : ok(code);
  }
}

/**
 * @import {
 *   Code,
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const codeFenced = {
  concrete: true,
  name: 'codeFenced',
  tokenize: tokenizeCodeFenced
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCodeFenced(effects, ok, nok) {
  const self = this;
  /** @type {Construct} */
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * Start of code.
   *
   * ```markdown
   * > | ~~~js
   *     ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // To do: parse whitespace like `markdown-rs`.
    return beforeSequenceOpen(code);
  }

  /**
   * In opening fence, after prefix, at sequence.
   *
   * ```markdown
   * > | ~~~js
   *     ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function beforeSequenceOpen(code) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code);
  }

  /**
   * In opening fence sequence.
   *
   * ```markdown
   * > | ~~~js
   *      ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function sequenceOpen(code) {
    if (code === marker) {
      sizeOpen++;
      effects.consume(code);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code) ? factorySpace(effects, infoBefore, "whitespace")(code) : infoBefore(code);
  }

  /**
   * In opening fence, after the sequence (and optional whitespace), before info.
   *
   * ```markdown
   * > | ~~~js
   *        ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function infoBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok(code) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code);
  }

  /**
   * In info.
   *
   * ```markdown
   * > | ~~~js
   *        ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function info(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code);
    }
    if (markdownSpace(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return info;
  }

  /**
   * In opening fence, after info and whitespace, before meta.
   *
   * ```markdown
   * > | ~~~js eval
   *           ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function metaBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return infoBefore(code);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code);
  }

  /**
   * In meta.
   *
   * ```markdown
   * > | ~~~js eval
   *           ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function meta(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return meta;
  }

  /**
   * At eol/eof in code, before a non-lazy closing fence or content.
   *
   * ```markdown
   * > | ~~~js
   *          ^
   * > | alert(1)
   *             ^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function atNonLazyBreak(code) {
    return effects.attempt(closeStart, after, contentBefore)(code);
  }

  /**
   * Before code content, not a closing fence, at eol.
   *
   * ```markdown
   *   | ~~~js
   * > | alert(1)
   *             ^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function contentBefore(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return contentStart;
  }

  /**
   * Before code content, not a closing fence.
   *
   * ```markdown
   *   | ~~~js
   * > | alert(1)
   *     ^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function contentStart(code) {
    return initialPrefix > 0 && markdownSpace(code) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code) : beforeContentChunk(code);
  }

  /**
   * Before code content, after optional prefix.
   *
   * ```markdown
   *   | ~~~js
   * > | alert(1)
   *     ^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function beforeContentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code);
  }

  /**
   * In code content.
   *
   * ```markdown
   *   | ~~~js
   * > | alert(1)
   *     ^^^^^^^^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function contentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code);
    }
    effects.consume(code);
    return contentChunk;
  }

  /**
   * After code.
   *
   * ```markdown
   *   | ~~~js
   *   | alert(1)
   * > | ~~~
   *        ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    effects.exit("codeFenced");
    return ok(code);
  }

  /**
   * @this {TokenizeContext}
   *   Context.
   * @type {Tokenizer}
   */
  function tokenizeCloseStart(effects, ok, nok) {
    let size = 0;
    return startBefore;

    /**
     *
     *
     * @type {State}
     */
    function startBefore(code) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return start;
    }

    /**
     * Before closing fence, at optional whitespace.
     *
     * ```markdown
     *   | ~~~js
     *   | alert(1)
     * > | ~~~
     *     ^
     * ```
     *
     * @type {State}
     */
    function start(code) {
      // Always populated by defaults.

      // To do: `enter` here or in next state?
      effects.enter("codeFencedFence");
      return markdownSpace(code) ? factorySpace(effects, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code) : beforeSequenceClose(code);
    }

    /**
     * In closing fence, after optional whitespace, at sequence.
     *
     * ```markdown
     *   | ~~~js
     *   | alert(1)
     * > | ~~~
     *     ^
     * ```
     *
     * @type {State}
     */
    function beforeSequenceClose(code) {
      if (code === marker) {
        effects.enter("codeFencedFenceSequence");
        return sequenceClose(code);
      }
      return nok(code);
    }

    /**
     * In closing fence sequence.
     *
     * ```markdown
     *   | ~~~js
     *   | alert(1)
     * > | ~~~
     *     ^
     * ```
     *
     * @type {State}
     */
    function sequenceClose(code) {
      if (code === marker) {
        size++;
        effects.consume(code);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects.exit("codeFencedFenceSequence");
        return markdownSpace(code) ? factorySpace(effects, sequenceCloseAfter, "whitespace")(code) : sequenceCloseAfter(code);
      }
      return nok(code);
    }

    /**
     * After closing fence sequence, after optional whitespace.
     *
     * ```markdown
     *   | ~~~js
     *   | alert(1)
     * > | ~~~
     *        ^
     * ```
     *
     * @type {State}
     */
    function sequenceCloseAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit("codeFencedFence");
        return ok(code);
      }
      return nok(code);
    }
  }
}

/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const codeIndented = {
  name: 'codeIndented',
  tokenize: tokenizeCodeIndented
};

/** @type {Construct} */
const furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCodeIndented(effects, ok, nok) {
  return start;

  /**
   * Start of code (indented).
   *
   * > **Parsing note**: it is not needed to check if this first line is a
   * > filled line (that it has a non-whitespace character), because blank lines
   * > are parsed already, so we never run into that.
   *
   * ```markdown
   * > |     aaa
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // To do: manually check if interrupting like `markdown-rs`.

    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code);
  }

  /**
   * At a break.
   *
   * ```markdown
   * > |     aaa
   *         ^  ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (code === null) {
      return after(code);
    }
    if (markdownLineEnding(code)) {
      return effects.attempt(furtherStart, atBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return inside(code);
  }

  /**
   * In code content.
   *
   * ```markdown
   * > |     aaa
   *         ^^^^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return atBreak(code);
    }
    effects.consume(code);
    return inside;
  }

  /** @type {State} */
  function after(code) {
    effects.exit("codeIndented");
    // To do: allow interrupting like `markdown-rs`.
    // Feel free to interrupt.
    // tokenizer.interrupt = false
    return ok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeFurtherStart(effects, ok, nok) {
  const self = this;
  return furtherStart;

  /**
   * At eol, trying to parse another indent.
   *
   * ```markdown
   * > |     aaa
   *            ^
   *   |     bbb
   * ```
   *
   * @type {State}
   */
  function furtherStart(code) {
    // To do: improve `lazy` / `pierce` handling.
    // If this is a lazy line, it can’t be code.
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return furtherStart;
    }

    // To do: the code here in `micromark-js` is a bit different from
    // `markdown-rs` because there it can attempt spaces.
    // We can’t yet.
    return factorySpaceMinMax(effects, ok, onNotEnoughPrefix, "linePrefix", 4, 4)(code);
  }

  /**
   * After not enough of a prefix.
   *
   * A following line ending is another (potentially blank) line to try,
   * anything else means this isn’t a continuation.
   *
   * ```markdown
   * > |     aaa
   *
   *   |     bbb
   * ```
   *
   * @type {State}
   */
  function onNotEnoughPrefix(code) {
    return markdownLineEnding(code) ? furtherStart(code) : nok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   Previous,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const codeText = {
  name: 'codeText',
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};

// To do: next major: don’t resolve, like `markdown-rs`.
/** @type {Resolver} */
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  /** @type {number} */
  let index;
  /** @type {number | undefined} */
  let enter;

  // If we start and end with an EOL or a space.
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === 'space') && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === 'space')) {
    index = headEnterIndex;

    // And we have data.
    while (++index < tailExitIndex) {
      if (events[index][1].type === "codeTextData") {
        // Then we have padding.
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }

  // Merge adjacent spaces and data.
  index = headEnterIndex - 1;
  tailExitIndex++;
  while (++index <= tailExitIndex) {
    if (enter === undefined) {
      if (index !== tailExitIndex && events[index][1].type !== "lineEnding") {
        enter = index;
      }
    } else if (index === tailExitIndex || events[index][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index !== enter + 2) {
        events[enter][1].end = events[index - 1][1].end;
        events.splice(enter + 2, index - enter - 2);
        tailExitIndex -= index - enter - 2;
        index = enter + 2;
      }
      enter = undefined;
    }
  }
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Previous}
 */
function previous(code) {
  // If there is a previous code, there will always be a tail.
  return code !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCodeText(effects, ok, nok) {
  let sizeOpen = 0;
  /** @type {number} */
  let size;
  /** @type {Token} */
  let token;
  return start;

  /**
   * Start of code (text).
   *
   * ```markdown
   * > | `a`
   *     ^
   * > | \`a`
   *      ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code);
  }

  /**
   * In opening sequence.
   *
   * ```markdown
   * > | `a`
   *     ^
   * ```
   *
   * @type {State}
   */
  function sequenceOpen(code) {
    if (code === 96) {
      effects.consume(code);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code);
  }

  /**
   * Between something and something else.
   *
   * ```markdown
   * > | `a`
   *      ^^
   * ```
   *
   * @type {State}
   */
  function between(code) {
    // EOF.
    if (code === null) {
      return nok(code);
    }

    // To do: next major: don’t do spaces in resolve, but when compiling,
    // like `markdown-rs`.
    // Tabs don’t work, and virtual spaces don’t make sense.
    if (code === 32) {
      effects.enter('space');
      effects.consume(code);
      effects.exit('space');
      return between;
    }

    // Closing fence? Could also be data.
    if (code === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return between;
    }

    // Data.
    effects.enter("codeTextData");
    return data(code);
  }

  /**
   * In data.
   *
   * ```markdown
   * > | `a`
   *      ^
   * ```
   *
   * @type {State}
   */
  function data(code) {
    if (code === null || code === 32 || code === 96 || markdownLineEnding(code)) {
      effects.exit("codeTextData");
      return between(code);
    }
    effects.consume(code);
    return data;
  }

  /**
   * In closing sequence.
   *
   * ```markdown
   * > | `a`
   *       ^
   * ```
   *
   * @type {State}
   */
  function sequenceClose(code) {
    // More.
    if (code === 96) {
      effects.consume(code);
      size++;
      return sequenceClose;
    }

    // Done!
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok(code);
    }

    // More or less accents: mark as data.
    token.type = "codeTextData";
    return data(code);
  }
}

/**
 * Some of the internal operations of micromark do lots of editing
 * operations on very large arrays. This runs into problems with two
 * properties of most circa-2020 JavaScript interpreters:
 *
 *  - Array-length modifications at the high end of an array (push/pop) are
 *    expected to be common and are implemented in (amortized) time
 *    proportional to the number of elements added or removed, whereas
 *    other operations (shift/unshift and splice) are much less efficient.
 *  - Function arguments are passed on the stack, so adding tens of thousands
 *    of elements to an array with `arr.push(...newElements)` will frequently
 *    cause stack overflows. (see <https://stackoverflow.com/questions/22123769/rangeerror-maximum-call-stack-size-exceeded-why>)
 *
 * SpliceBuffers are an implementation of gap buffers, which are a
 * generalization of the "queue made of two stacks" idea. The splice buffer
 * maintains a cursor, and moving the cursor has cost proportional to the
 * distance the cursor moves, but inserting, deleting, or splicing in
 * new information at the cursor is as efficient as the push/pop operation.
 * This allows for an efficient sequence of splices (or pushes, pops, shifts,
 * or unshifts) as long such edits happen at the same part of the array or
 * generally sweep through the array from the beginning to the end.
 *
 * The interface for splice buffers also supports large numbers of inputs by
 * passing a single array argument rather passing multiple arguments on the
 * function call stack.
 *
 * @template T
 *   Item type.
 */
class SpliceBuffer {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    /** @type {Array<T>} */
    this.left = initial ? [...initial] : [];
    /** @type {Array<T>} */
    this.right = [];
  }

  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index) {
    if (index < 0 || index >= this.left.length + this.right.length) {
      throw new RangeError('Cannot access index `' + index + '` in a splice buffer of size `' + (this.left.length + this.right.length) + '`');
    }
    if (index < this.left.length) return this.left[index];
    return this.right[this.right.length - index + this.left.length - 1];
  }

  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }

  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }

  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    /** @type {number} */
    const stop = end === null || end === undefined ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }

  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    /** @type {number} */
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }

  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }

  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }

  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }

  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }

  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }

  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      // Move cursor to the this.left
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      // Move cursor to the this.right
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
}

/**
 * Avoid stack overflow by pushing items onto the stack in segments
 *
 * @template T
 *   Item type.
 * @param {Array<T>} list
 *   List to inject into.
 * @param {ReadonlyArray<T>} right
 *   Items to inject.
 * @return {undefined}
 *   Nothing.
 */
function chunkedPush(list, right) {
  /** @type {number} */
  let chunkStart = 0;
  if (right.length < 10000) {
    list.push(...right);
  } else {
    while (chunkStart < right.length) {
      list.push(...right.slice(chunkStart, chunkStart + 10000));
      chunkStart += 10000;
    }
  }
}

/**
 * @import {Chunk, Event, Token} from 'micromark-util-types'
 */


/**
 * Tokenize subcontent.
 *
 * @param {Array<Event>} eventsArray
 *   List of events.
 * @returns {boolean}
 *   Whether subtokens were found.
 */
// eslint-disable-next-line complexity
function subtokenize(eventsArray) {
  /** @type {Record<string, number>} */
  const jumps = {};
  let index = -1;
  /** @type {Event} */
  let event;
  /** @type {number | undefined} */
  let lineIndex;
  /** @type {number} */
  let otherIndex;
  /** @type {Event} */
  let otherEvent;
  /** @type {Array<Event>} */
  let parameters;
  /** @type {Array<Event>} */
  let subevents;
  /** @type {boolean | undefined} */
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index < events.length) {
    while (index in jumps) {
      index = jumps[index];
    }
    event = events.get(index);

    // Add a hook for the GFM tasklist extension, which needs to know if text
    // is in the first content of a list item.
    if (index && event[1].type === "chunkFlow" && events.get(index - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }

    // Enter.
    if (event[0] === 'enter') {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index));
        index = jumps[index];
        more = true;
      }
    }
    // Exit.
    else if (event[1]._container) {
      otherIndex = index;
      lineIndex = undefined;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === 'enter') {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") ; else {
          break;
        }
      }
      if (lineIndex) {
        // Fix position.
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };

        // Switch container exit w/ line endings.
        parameters = events.slice(lineIndex, index);
        parameters.unshift(event);
        events.splice(lineIndex, index - lineIndex + 1, parameters);
      }
    }
  }

  // The changes to the `events` buffer must be copied back into the eventsArray
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}

/**
 * Tokenize embedded tokens.
 *
 * @param {SpliceBuffer<Event>} events
 *   Events.
 * @param {number} eventIndex
 *   Index.
 * @returns {Record<string, number>}
 *   Gaps.
 */
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  /** @type {Array<number>} */
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  /** @type {Array<[number, number]>} */
  const jumps = [];
  /** @type {Record<string, number>} */
  const gaps = {};
  /** @type {Array<Chunk>} */
  let stream;
  /** @type {Token | undefined} */
  let previous;
  let index = -1;
  /** @type {Token | undefined} */
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];

  // Loop forward through the linked tokens to pass them in order to the
  // subtokenizer.
  while (current) {
    // Find the position of the event for this token.
    while (events.get(++startPosition)[1] !== current) {
      // Empty.
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = undefined;
      }
    }

    // Unravel the next token.
    previous = current;
    current = current.next;
  }

  // Now, loop back through all events (and linked tokens), to figure out which
  // parts belong where.
  current = token;
  while (++index < childEvents.length) {
    if (
    // Find a void token that includes a break.
    childEvents[index][0] === 'exit' && childEvents[index - 1][0] === 'enter' && childEvents[index][1].type === childEvents[index - 1][1].type && childEvents[index][1].start.line !== childEvents[index][1].end.line) {
      start = index + 1;
      breaks.push(start);
      // Help GC.
      current._tokenizer = undefined;
      current.previous = undefined;
      current = current.next;
    }
  }

  // Help GC.
  tokenizer.events = [];

  // If there’s one more token (which is the cases for lines that end in an
  // EOF), that’s perfect: the last point we found starts it.
  // If there isn’t then make sure any remaining content is added to it.
  if (current) {
    // Help GC.
    current._tokenizer = undefined;
    current.previous = undefined;
  } else {
    breaks.pop();
  }

  // Now splice the events from the subtokenizer into the current events,
  // moving back to front so that splice indices aren’t affected.
  index = breaks.length;
  while (index--) {
    const slice = childEvents.slice(breaks[index], breaks[index + 1]);
    const start = startPositions.pop();
    jumps.push([start, start + slice.length - 1]);
    events.splice(start, 2, slice);
  }
  jumps.reverse();
  index = -1;
  while (++index < jumps.length) {
    gaps[adjust + jumps[index][0]] = adjust + jumps[index][1];
    adjust += jumps[index][1] - jumps[index][0] - 1;
  }
  return gaps;
}

/**
 * @import {
 *   Construct,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */

/**
 * No name because it must not be turned off.
 * @type {Construct}
 */
const content$1 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};

/** @type {Construct} */
const continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};

/**
 * Content is transparent: it’s parsed right now. That way, definitions are also
 * parsed right now: before text in paragraphs (specifically, media) are parsed.
 *
 * @type {Resolver}
 */
function resolveContent(events) {
  subtokenize(events);
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeContent(effects, ok) {
  /** @type {Token | undefined} */
  let previous;
  return chunkStart;

  /**
   * Before a content chunk.
   *
   * ```markdown
   * > | abc
   *     ^
   * ```
   *
   * @type {State}
   */
  function chunkStart(code) {
    effects.enter("content");
    previous = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code);
  }

  /**
   * In a content chunk.
   *
   * ```markdown
   * > | abc
   *     ^^^
   * ```
   *
   * @type {State}
   */
  function chunkInside(code) {
    if (code === null) {
      return contentEnd(code);
    }

    // To do: in `markdown-rs`, each line is parsed on its own, and everything
    // is stitched together resolving.
    if (markdownLineEnding(code)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code);
    }

    // Data.
    effects.consume(code);
    return chunkInside;
  }

  /**
   *
   *
   * @type {State}
   */
  function contentEnd(code) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok(code);
  }

  /**
   *
   *
   * @type {State}
   */
  function contentContinue(code) {
    effects.consume(code);
    effects.exit("chunkContent");
    previous.next = effects.enter("chunkContent", {
      contentType: "content",
      previous
    });
    previous = previous.next;
    return chunkInside;
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeContinuation(effects, ok, nok) {
  const self = this;
  return startLookahead;

  /**
   *
   *
   * @type {State}
   */
  function startLookahead(code) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }

  /**
   *
   *
   * @type {State}
   */
  function prefixed(code) {
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }

    // Always populated by defaults.

    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes('codeIndented') && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok(code);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok)(code);
  }
}

/**
 * @import {Effects, State, TokenType} from 'micromark-util-types'
 */

/**
 * Parse destinations.
 *
 * ###### Examples
 *
 * ```markdown
 * <a>
 * <a\>b>
 * <a b>
 * <a)>
 * a
 * a\)b
 * a(b)c
 * a(b)
 * ```
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {State} nok
 *   State switched to when unsuccessful.
 * @param {TokenType} type
 *   Type for whole (`<a>` or `b`).
 * @param {TokenType} literalType
 *   Type when enclosed (`<a>`).
 * @param {TokenType} literalMarkerType
 *   Type for enclosing (`<` and `>`).
 * @param {TokenType} rawType
 *   Type when not enclosed (`b`).
 * @param {TokenType} stringType
 *   Type for the value (`a` or `b`).
 * @param {number | undefined} [max=Infinity]
 *   Depth of nested parens (inclusive).
 * @returns {State}
 *   Start state.
 */
function factoryDestination(effects, ok, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;

  /**
   * Start of destination.
   *
   * ```markdown
   * > | <aa>
   *     ^
   * > | aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (code === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }

    // ASCII control, space, closing paren.
    if (code === null || code === 32 || code === 41 || asciiControl(code)) {
      return nok(code);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code);
  }

  /**
   * After `<`, at an enclosed destination.
   *
   * ```markdown
   * > | <aa>
   *      ^
   * ```
   *
   * @type {State}
   */
  function enclosedBefore(code) {
    if (code === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code);
  }

  /**
   * In enclosed destination.
   *
   * ```markdown
   * > | <aa>
   *      ^
   * ```
   *
   * @type {State}
   */
  function enclosed(code) {
    if (code === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code);
    }
    if (code === null || code === 60 || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? enclosedEscape : enclosed;
  }

  /**
   * After `\`, at a special character.
   *
   * ```markdown
   * > | <a\*a>
   *        ^
   * ```
   *
   * @type {State}
   */
  function enclosedEscape(code) {
    if (code === 60 || code === 62 || code === 92) {
      effects.consume(code);
      return enclosed;
    }
    return enclosed(code);
  }

  /**
   * In raw destination.
   *
   * ```markdown
   * > | aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function raw(code) {
    if (!balance && (code === null || code === 41 || markdownLineEndingOrSpace(code))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok(code);
    }
    if (balance < limit && code === 40) {
      effects.consume(code);
      balance++;
      return raw;
    }
    if (code === 41) {
      effects.consume(code);
      balance--;
      return raw;
    }

    // ASCII control (but *not* `\0`) and space and `(`.
    // Note: in `markdown-rs`, `\0` exists in codes, in `micromark-js` it
    // doesn’t.
    if (code === null || code === 32 || code === 40 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? rawEscape : raw;
  }

  /**
   * After `\`, at special character.
   *
   * ```markdown
   * > | a\*a
   *       ^
   * ```
   *
   * @type {State}
   */
  function rawEscape(code) {
    if (code === 40 || code === 41 || code === 92) {
      effects.consume(code);
      return raw;
    }
    return raw(code);
  }
}

/**
 * @import {
 *   Effects,
 *   State,
 *   TokenizeContext,
 *   TokenType
 * } from 'micromark-util-types'
 */

/**
 * Parse labels.
 *
 * > 👉 **Note**: labels in markdown are capped at 999 characters in the string.
 *
 * ###### Examples
 *
 * ```markdown
 * [a]
 * [a
 * b]
 * [a\]b]
 * ```
 *
 * @this {TokenizeContext}
 *   Tokenize context.
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {State} nok
 *   State switched to when unsuccessful.
 * @param {TokenType} type
 *   Type of the whole label (`[a]`).
 * @param {TokenType} markerType
 *   Type for the markers (`[` and `]`).
 * @param {TokenType} stringType
 *   Type for the identifier (`a`).
 * @returns {State}
 *   Start state.
 */
function factoryLabel(effects, ok, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  /** @type {boolean} */
  let seen;
  return start;

  /**
   * Start of label.
   *
   * ```markdown
   * > | [a]
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }

  /**
   * In label, at something, before something else.
   *
   * ```markdown
   * > | [a]
   *      ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (size > 999 || code === null || code === 91 || code === 93 && !seen ||
    // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code === 94 && !size && '_hiddenFootnoteSupport' in self.parser.constructs) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok;
    }

    // To do: indent? Link chunks and EOLs together?
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code);
  }

  /**
   * In label, in text.
   *
   * ```markdown
   * > | [a]
   *      ^
   * ```
   *
   * @type {State}
   */
  function labelInside(code) {
    if (code === null || code === 91 || code === 93 || markdownLineEnding(code) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    if (!seen) seen = !markdownSpace(code);
    return code === 92 ? labelEscape : labelInside;
  }

  /**
   * After `\`, at a special character.
   *
   * ```markdown
   * > | [a\*a]
   *        ^
   * ```
   *
   * @type {State}
   */
  function labelEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return labelInside;
    }
    return labelInside(code);
  }
}

/**
 * @import {
 *   Code,
 *   Effects,
 *   State,
 *   TokenType
 * } from 'micromark-util-types'
 */

/**
 * Parse titles.
 *
 * ###### Examples
 *
 * ```markdown
 * "a"
 * 'b'
 * (c)
 * "a
 * b"
 * 'a
 *     b'
 * (a\)b)
 * ```
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {State} nok
 *   State switched to when unsuccessful.
 * @param {TokenType} type
 *   Type of the whole title (`"a"`, `'b'`, `(c)`).
 * @param {TokenType} markerType
 *   Type for the markers (`"`, `'`, `(`, and `)`).
 * @param {TokenType} stringType
 *   Type for the value (`a`).
 * @returns {State}
 *   Start state.
 */
function factoryTitle(effects, ok, nok, type, markerType, stringType) {
  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * Start of title.
   *
   * ```markdown
   * > | "a"
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (code === 34 || code === 39 || code === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      marker = code === 40 ? 41 : code;
      return begin;
    }
    return nok(code);
  }

  /**
   * After opening marker.
   *
   * This is also used at the closing marker.
   *
   * ```markdown
   * > | "a"
   *      ^
   * ```
   *
   * @type {State}
   */
  function begin(code) {
    if (code === marker) {
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok;
    }
    effects.enter(stringType);
    return atBreak(code);
  }

  /**
   * At something, before something else.
   *
   * ```markdown
   * > | "a"
   *      ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (code === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code === null) {
      return nok(code);
    }

    // Note: blank lines can’t exist in content.
    if (markdownLineEnding(code)) {
      // To do: use `space_or_tab_eol_with_options`, connect.
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code);
  }

  /**
   *
   *
   * @type {State}
   */
  function inside(code) {
    if (code === marker || code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    return code === 92 ? escape : inside;
  }

  /**
   * After `\`, at a special character.
   *
   * ```markdown
   * > | "a\*b"
   *      ^
   * ```
   *
   * @type {State}
   */
  function escape(code) {
    if (code === marker || code === 92) {
      effects.consume(code);
      return inside;
    }
    return inside(code);
  }
}

/**
 * @import {Effects, State} from 'micromark-util-types'
 */

/**
 * Parse spaces and tabs.
 *
 * There is no `nok` parameter:
 *
 * *   line endings or spaces in markdown are often optional, in which case this
 *     factory can be used and `ok` will be switched to whether spaces were found
 *     or not
 * *   one line ending or space can be detected with
 *     `markdownLineEndingOrSpace(code)` right before using `factoryWhitespace`
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @returns {State}
 *   Start state.
 */
function factoryWhitespace(effects, ok) {
  /** @type {boolean} */
  let seen;
  return start;

  /** @type {State} */
  function start(code) {
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code);
    }
    return ok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const definition = {
  name: 'definition',
  tokenize: tokenizeDefinition
};

/** @type {Construct} */
const titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeDefinition(effects, ok, nok) {
  const self = this;
  /** @type {string} */
  let identifier;
  return start;

  /**
   * At start of a definition.
   *
   * ```markdown
   * > | [a]: b "c"
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // Do not interrupt paragraphs (but do follow definitions).
    // To do: do `interrupt` the way `markdown-rs` does.
    // To do: parse whitespace the way `markdown-rs` does.
    effects.enter("definition");
    return before(code);
  }

  /**
   * After optional whitespace, at `[`.
   *
   * ```markdown
   * > | [a]: b "c"
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    // To do: parse whitespace the way `markdown-rs` does.

    return factoryLabel.call(self, effects, labelAfter,
    // Note: we don’t need to reset the way `markdown-rs` does.
    nok, "definitionLabel", "definitionLabelMarker", "definitionLabelString")(code);
  }

  /**
   * After label.
   *
   * ```markdown
   * > | [a]: b "c"
   *        ^
   * ```
   *
   * @type {State}
   */
  function labelAfter(code) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code === 58) {
      effects.enter("definitionMarker");
      effects.consume(code);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code);
  }

  /**
   * After marker.
   *
   * ```markdown
   * > | [a]: b "c"
   *         ^
   * ```
   *
   * @type {State}
   */
  function markerAfter(code) {
    // Note: whitespace is optional.
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, destinationBefore)(code) : destinationBefore(code);
  }

  /**
   * Before destination.
   *
   * ```markdown
   * > | [a]: b "c"
   *          ^
   * ```
   *
   * @type {State}
   */
  function destinationBefore(code) {
    return factoryDestination(effects, destinationAfter,
    // Note: we don’t need to reset the way `markdown-rs` does.
    nok, "definitionDestination", "definitionDestinationLiteral", "definitionDestinationLiteralMarker", "definitionDestinationRaw", "definitionDestinationString")(code);
  }

  /**
   * After destination.
   *
   * ```markdown
   * > | [a]: b "c"
   *           ^
   * ```
   *
   * @type {State}
   */
  function destinationAfter(code) {
    return effects.attempt(titleBefore, after, after)(code);
  }

  /**
   * After definition.
   *
   * ```markdown
   * > | [a]: b
   *           ^
   * > | [a]: b "c"
   *               ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    return markdownSpace(code) ? factorySpace(effects, afterWhitespace, "whitespace")(code) : afterWhitespace(code);
  }

  /**
   * After definition, after optional whitespace.
   *
   * ```markdown
   * > | [a]: b
   *           ^
   * > | [a]: b "c"
   *               ^
   * ```
   *
   * @type {State}
   */
  function afterWhitespace(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("definition");

      // Note: we don’t care about uniqueness.
      // It’s likely that that doesn’t happen very frequently.
      // It is more likely that it wastes precious time.
      self.parser.defined.push(identifier);

      // To do: `markdown-rs` interrupt.
      // // You’d be interrupting.
      // tokenizer.interrupt = true
      return ok(code);
    }
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeTitleBefore(effects, ok, nok) {
  return titleBefore;

  /**
   * After destination, at whitespace.
   *
   * ```markdown
   * > | [a]: b
   *           ^
   * > | [a]: b "c"
   *           ^
   * ```
   *
   * @type {State}
   */
  function titleBefore(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, beforeMarker)(code) : nok(code);
  }

  /**
   * At title.
   *
   * ```markdown
   *   | [a]: b
   * > | "c"
   *     ^
   * ```
   *
   * @type {State}
   */
  function beforeMarker(code) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code);
  }

  /**
   * After title.
   *
   * ```markdown
   * > | [a]: b "c"
   *               ^
   * ```
   *
   * @type {State}
   */
  function titleAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code) : titleAfterOptionalWhitespace(code);
  }

  /**
   * After title, after optional whitespace.
   *
   * ```markdown
   * > | [a]: b "c"
   *               ^
   * ```
   *
   * @type {State}
   */
  function titleAfterOptionalWhitespace(code) {
    return code === null || markdownLineEnding(code) ? ok(code) : nok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const hardBreakEscape = {
  name: 'hardBreakEscape',
  tokenize: tokenizeHardBreakEscape
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeHardBreakEscape(effects, ok, nok) {
  return start;

  /**
   * Start of a hard break (escape).
   *
   * ```markdown
   * > | a\
   *      ^
   *   | b
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("hardBreakEscape");
    effects.consume(code);
    return after;
  }

  /**
   * After `\`, at eol.
   *
   * ```markdown
   * > | a\
   *       ^
   *   | b
   * ```
   *
   *  @type {State}
   */
  function after(code) {
    if (markdownLineEnding(code)) {
      effects.exit("hardBreakEscape");
      return ok(code);
    }
    return nok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const headingAtx = {
  name: 'headingAtx',
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};

/** @type {Resolver} */
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;

  // Prefix whitespace, part of the opening.
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }

  // Suffix whitespace, part of the closing.
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [['enter', content, context], ['enter', text, context], ['exit', text, context], ['exit', content, context]]);
  }
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeHeadingAtx(effects, ok, nok) {
  let size = 0;
  return start;

  /**
   * Start of a heading (atx).
   *
   * ```markdown
   * > | ## aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // To do: parse indent like `markdown-rs`.
    effects.enter("atxHeading");
    return before(code);
  }

  /**
   * After optional whitespace, at `#`.
   *
   * ```markdown
   * > | ## aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code);
  }

  /**
   * In opening sequence.
   *
   * ```markdown
   * > | ## aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function sequenceOpen(code) {
    if (code === 35 && size++ < 6) {
      effects.consume(code);
      return sequenceOpen;
    }

    // Always at least one `#`.
    if (code === null || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code);
    }
    return nok(code);
  }

  /**
   * After something, before something else.
   *
   * ```markdown
   * > | ## aa
   *       ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (code === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("atxHeading");
      // To do: interrupt like `markdown-rs`.
      // // Feel free to interrupt.
      // tokenizer.interrupt = false
      return ok(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, atBreak, "whitespace")(code);
    }

    // To do: generate `data` tokens, add the `text` token later.
    // Needs edit map, see: `markdown.rs`.
    effects.enter("atxHeadingText");
    return data(code);
  }

  /**
   * In further sequence (after whitespace).
   *
   * Could be normal “visible” hashes in the heading or a final sequence.
   *
   * ```markdown
   * > | ## aa ##
   *           ^
   * ```
   *
   * @type {State}
   */
  function sequenceFurther(code) {
    if (code === 35) {
      effects.consume(code);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code);
  }

  /**
   * In text.
   *
   * ```markdown
   * > | ## aa
   *        ^
   * ```
   *
   * @type {State}
   */
  function data(code) {
    if (code === null || code === 35 || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingText");
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}

/**
 * @import {
 *   Code,
 *   Construct,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const htmlFlow = {
  concrete: true,
  name: 'htmlFlow',
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};

/** @type {Construct} */
const blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};

/** @type {Resolver} */
function resolveToHtmlFlow(events) {
  let index = events.length;
  while (index--) {
    if (events[index][0] === 'enter' && events[index][1].type === "htmlFlow") {
      break;
    }
  }
  if (index > 1 && events[index - 2][1].type === "linePrefix") {
    // Add the prefix start to the HTML token.
    events[index][1].start = events[index - 2][1].start;
    // Add the prefix start to the HTML line token.
    events[index + 1][1].start = events[index - 2][1].start;
    // Remove the line prefix.
    events.splice(index - 2, 2);
  }
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeHtmlFlow(effects, ok, nok) {
  const self = this;
  /** @type {number} */
  let marker;
  /** @type {boolean} */
  let closingTag;
  /** @type {string} */
  let buffer;
  /** @type {number} */
  let index;
  /** @type {Code} */
  let markerB;
  return start;

  /**
   * Start of HTML (flow).
   *
   * ```markdown
   * > | <x />
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // To do: parse indent like `markdown-rs`.
    return before(code);
  }

  /**
   * At `<`, after optional whitespace.
   *
   * ```markdown
   * > | <x />
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code);
    return open;
  }

  /**
   * After `<`, at tag name or other stuff.
   *
   * ```markdown
   * > | <x />
   *      ^
   * > | <!doctype>
   *      ^
   * > | <!--xxx-->
   *      ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      closingTag = true;
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      marker = 3;
      // To do:
      // tokenizer.concrete = true
      // To do: use `markdown-rs` style interrupt.
      // While we’re in an instruction instead of a declaration, we’re on a `?`
      // right now, so we do need to search for `>`, similar to declarations.
      return self.interrupt ? ok : continuationDeclarationInside;
    }

    // ASCII alphabetical.
    if (asciiAlpha(code)) {
      // Always the case.
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }

  /**
   * After `<!`, at declaration, comment, or CDATA.
   *
   * ```markdown
   * > | <!doctype>
   *       ^
   * > | <!--xxx-->
   *       ^
   * > | <![CDATA[>&<]]>
   *       ^
   * ```
   *
   * @type {State}
   */
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      marker = 2;
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      marker = 5;
      index = 0;
      return cdataOpenInside;
    }

    // ASCII alphabetical.
    if (asciiAlpha(code)) {
      effects.consume(code);
      marker = 4;
      // // Do not form containers.
      // tokenizer.concrete = true
      return self.interrupt ? ok : continuationDeclarationInside;
    }
    return nok(code);
  }

  /**
   * After `<!-`, inside a comment, at another `-`.
   *
   * ```markdown
   * > | <!--xxx-->
   *        ^
   * ```
   *
   * @type {State}
   */
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      // // Do not form containers.
      // tokenizer.concrete = true
      return self.interrupt ? ok : continuationDeclarationInside;
    }
    return nok(code);
  }

  /**
   * After `<![`, inside CDATA, expecting `CDATA[`.
   *
   * ```markdown
   * > | <![CDATA[>&<]]>
   *        ^^^^^^
   * ```
   *
   * @type {State}
   */
  function cdataOpenInside(code) {
    const value = "CDATA[";
    if (code === value.charCodeAt(index++)) {
      effects.consume(code);
      if (index === value.length) {
        // // Do not form containers.
        // tokenizer.concrete = true
        return self.interrupt ? ok : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code);
  }

  /**
   * After `</`, in closing tag, at tag name.
   *
   * ```markdown
   * > | </x>
   *       ^
   * ```
   *
   * @type {State}
   */
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      // Always the case.
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }

  /**
   * In tag name.
   *
   * ```markdown
   * > | <ab>
   *      ^^
   * > | </ab>
   *       ^^
   * ```
   *
   * @type {State}
   */
  function tagName(code) {
    if (code === null || code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      const slash = code === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        // // Do not form containers.
        // tokenizer.concrete = true
        return self.interrupt ? ok(code) : continuation(code);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code);
          return basicSelfClosing;
        }

        // // Do not form containers.
        // tokenizer.concrete = true
        return self.interrupt ? ok(code) : continuation(code);
      }
      marker = 7;
      // Do not support complete HTML when interrupting.
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code) : closingTag ? completeClosingTagAfter(code) : completeAttributeNameBefore(code);
    }

    // ASCII alphanumerical and `-`.
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }

  /**
   * After closing slash of a basic tag name.
   *
   * ```markdown
   * > | <div/>
   *          ^
   * ```
   *
   * @type {State}
   */
  function basicSelfClosing(code) {
    if (code === 62) {
      effects.consume(code);
      // // Do not form containers.
      // tokenizer.concrete = true
      return self.interrupt ? ok : continuation;
    }
    return nok(code);
  }

  /**
   * After closing slash of a complete tag name.
   *
   * ```markdown
   * > | <x/>
   *        ^
   * ```
   *
   * @type {State}
   */
  function completeClosingTagAfter(code) {
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeClosingTagAfter;
    }
    return completeEnd(code);
  }

  /**
   * At an attribute name.
   *
   * At first, this state is used after a complete tag name, after whitespace,
   * where it expects optional attributes or the end of the tag.
   * It is also reused after attributes, when expecting more optional
   * attributes.
   *
   * ```markdown
   * > | <a />
   *        ^
   * > | <a :b>
   *        ^
   * > | <a _b>
   *        ^
   * > | <a b>
   *        ^
   * > | <a >
   *        ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeNameBefore(code) {
    if (code === 47) {
      effects.consume(code);
      return completeEnd;
    }

    // ASCII alphanumerical and `:` and `_`.
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameBefore;
    }
    return completeEnd(code);
  }

  /**
   * In attribute name.
   *
   * ```markdown
   * > | <a :b>
   *         ^
   * > | <a _b>
   *         ^
   * > | <a b>
   *         ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeName(code) {
    // ASCII alphanumerical and `-`, `.`, `:`, and `_`.
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code);
  }

  /**
   * After attribute name, at an optional initializer, the end of the tag, or
   * whitespace.
   *
   * ```markdown
   * > | <a b>
   *         ^
   * > | <a b=c>
   *         ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code);
  }

  /**
   * Before unquoted, double quoted, or single quoted attribute value, allowing
   * whitespace.
   *
   * ```markdown
   * > | <a b=c>
   *          ^
   * > | <a b="c">
   *          ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      markerB = code;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code);
  }

  /**
   * In double or single quoted attribute value.
   *
   * ```markdown
   * > | <a b="c">
   *           ^
   * > | <a b='c'>
   *           ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeValueQuoted(code) {
    if (code === markerB) {
      effects.consume(code);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return completeAttributeValueQuoted;
  }

  /**
   * In unquoted attribute value.
   *
   * ```markdown
   * > | <a b=c>
   *          ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 47 || code === 60 || code === 61 || code === 62 || code === 96 || markdownLineEndingOrSpace(code)) {
      return completeAttributeNameAfter(code);
    }
    effects.consume(code);
    return completeAttributeValueUnquoted;
  }

  /**
   * After double or single quoted attribute value, before whitespace or the
   * end of the tag.
   *
   * ```markdown
   * > | <a b="c">
   *            ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownSpace(code)) {
      return completeAttributeNameBefore(code);
    }
    return nok(code);
  }

  /**
   * In certain circumstances of a complete tag where only an `>` is allowed.
   *
   * ```markdown
   * > | <a b="c">
   *             ^
   * ```
   *
   * @type {State}
   */
  function completeEnd(code) {
    if (code === 62) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }

  /**
   * After `>` in a complete tag.
   *
   * ```markdown
   * > | <x>
   *        ^
   * ```
   *
   * @type {State}
   */
  function completeAfter(code) {
    if (code === null || markdownLineEnding(code)) {
      // // Do not form containers.
      // tokenizer.concrete = true
      return continuation(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }

  /**
   * In continuation of any HTML kind.
   *
   * ```markdown
   * > | <!--xxx-->
   *          ^
   * ```
   *
   * @type {State}
   */
  function continuation(code) {
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationCommentInside;
    }
    if (code === 60 && marker === 1) {
      effects.consume(code);
      return continuationRawTagOpen;
    }
    if (code === 62 && marker === 4) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 63 && marker === 3) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    if (code === 93 && marker === 5) {
      effects.consume(code);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationStart(code);
    }
    effects.consume(code);
    return continuation;
  }

  /**
   * In continuation, at eol.
   *
   * ```markdown
   * > | <x>
   *        ^
   *   | asd
   * ```
   *
   * @type {State}
   */
  function continuationStart(code) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code);
  }

  /**
   * In continuation, at eol, before non-lazy content.
   *
   * ```markdown
   * > | <x>
   *        ^
   *   | asd
   * ```
   *
   * @type {State}
   */
  function continuationStartNonLazy(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return continuationBefore;
  }

  /**
   * In continuation, before non-lazy content.
   *
   * ```markdown
   *   | <x>
   * > | asd
   *     ^
   * ```
   *
   * @type {State}
   */
  function continuationBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuationStart(code);
    }
    effects.enter("htmlFlowData");
    return continuation(code);
  }

  /**
   * In comment continuation, after one `-`, expecting another.
   *
   * ```markdown
   * > | <!--xxx-->
   *             ^
   * ```
   *
   * @type {State}
   */
  function continuationCommentInside(code) {
    if (code === 45) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }

  /**
   * In raw continuation, after `<`, at `/`.
   *
   * ```markdown
   * > | <script>console.log(1)</script>
   *                            ^
   * ```
   *
   * @type {State}
   */
  function continuationRawTagOpen(code) {
    if (code === 47) {
      effects.consume(code);
      buffer = '';
      return continuationRawEndTag;
    }
    return continuation(code);
  }

  /**
   * In raw continuation, after `</`, in a raw tag name.
   *
   * ```markdown
   * > | <script>console.log(1)</script>
   *                             ^^^^^^
   * ```
   *
   * @type {State}
   */
  function continuationRawEndTag(code) {
    if (code === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code);
        return continuationClose;
      }
      return continuation(code);
    }
    if (asciiAlpha(code) && buffer.length < 8) {
      // Always the case.
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return continuationRawEndTag;
    }
    return continuation(code);
  }

  /**
   * In cdata continuation, after `]`, expecting `]>`.
   *
   * ```markdown
   * > | <![CDATA[>&<]]>
   *                  ^
   * ```
   *
   * @type {State}
   */
  function continuationCdataInside(code) {
    if (code === 93) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }

  /**
   * In declaration or instruction continuation, at `>`.
   *
   * ```markdown
   * > | <!-->
   *         ^
   * > | <?>
   *       ^
   * > | <!q>
   *        ^
   * > | <!--ab-->
   *             ^
   * > | <![CDATA[>&<]]>
   *                   ^
   * ```
   *
   * @type {State}
   */
  function continuationDeclarationInside(code) {
    if (code === 62) {
      effects.consume(code);
      return continuationClose;
    }

    // More dashes.
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }

  /**
   * In closed continuation: everything we get until the eol/eof is part of it.
   *
   * ```markdown
   * > | <!doctype>
   *               ^
   * ```
   *
   * @type {State}
   */
  function continuationClose(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code);
    }
    effects.consume(code);
    return continuationClose;
  }

  /**
   * Done.
   *
   * ```markdown
   * > | <!doctype>
   *               ^
   * ```
   *
   * @type {State}
   */
  function continuationAfter(code) {
    effects.exit("htmlFlow");
    // // Feel free to interrupt.
    // tokenizer.interrupt = false
    // // No longer concrete.
    // tokenizer.concrete = false
    return ok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeBlankLineBefore(effects, ok, nok) {
  return start;

  /**
   * Before eol, expecting blank line.
   *
   * ```markdown
   * > | <div>
   *          ^
   *   |
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok, nok);
  }
}

/**
 * @import {
 *   Code,
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const htmlText = {
  name: 'htmlText',
  tokenize: tokenizeHtmlText
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeHtmlText(effects, ok, nok) {
  const self = this;
  /** @type {NonNullable<Code> | undefined} */
  let marker;
  /** @type {number} */
  let index;
  /** @type {State} */
  let returnState;
  return start;

  /**
   * Start of HTML (text).
   *
   * ```markdown
   * > | a <b> c
   *       ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code);
    return open;
  }

  /**
   * After `<`, at tag name or other stuff.
   *
   * ```markdown
   * > | a <b> c
   *        ^
   * > | a <!doctype> c
   *        ^
   * > | a <!--b--> c
   *        ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      return instruction;
    }

    // ASCII alphabetical.
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagOpen;
    }
    return nok(code);
  }

  /**
   * After `<!`, at declaration, comment, or CDATA.
   *
   * ```markdown
   * > | a <!doctype> c
   *         ^
   * > | a <!--b--> c
   *         ^
   * > | a <![CDATA[>&<]]> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      index = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return declaration;
    }
    return nok(code);
  }

  /**
   * In a comment, after `<!-`, at another `-`.
   *
   * ```markdown
   * > | a <!--b--> c
   *          ^
   * ```
   *
   * @type {State}
   */
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return nok(code);
  }

  /**
   * In comment.
   *
   * ```markdown
   * > | a <!--b--> c
   *           ^
   * ```
   *
   * @type {State}
   */
  function comment(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 45) {
      effects.consume(code);
      return commentClose;
    }
    if (markdownLineEnding(code)) {
      returnState = comment;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return comment;
  }

  /**
   * In comment, after `-`.
   *
   * ```markdown
   * > | a <!--b--> c
   *             ^
   * ```
   *
   * @type {State}
   */
  function commentClose(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return comment(code);
  }

  /**
   * In comment, after `--`.
   *
   * ```markdown
   * > | a <!--b--> c
   *              ^
   * ```
   *
   * @type {State}
   */
  function commentEnd(code) {
    return code === 62 ? end(code) : code === 45 ? commentClose(code) : comment(code);
  }

  /**
   * After `<![`, in CDATA, expecting `CDATA[`.
   *
   * ```markdown
   * > | a <![CDATA[>&<]]> b
   *          ^^^^^^
   * ```
   *
   * @type {State}
   */
  function cdataOpenInside(code) {
    const value = "CDATA[";
    if (code === value.charCodeAt(index++)) {
      effects.consume(code);
      return index === value.length ? cdata : cdataOpenInside;
    }
    return nok(code);
  }

  /**
   * In CDATA.
   *
   * ```markdown
   * > | a <![CDATA[>&<]]> b
   *                ^^^
   * ```
   *
   * @type {State}
   */
  function cdata(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataClose;
    }
    if (markdownLineEnding(code)) {
      returnState = cdata;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return cdata;
  }

  /**
   * In CDATA, after `]`, at another `]`.
   *
   * ```markdown
   * > | a <![CDATA[>&<]]> b
   *                    ^
   * ```
   *
   * @type {State}
   */
  function cdataClose(code) {
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }

  /**
   * In CDATA, after `]]`, at `>`.
   *
   * ```markdown
   * > | a <![CDATA[>&<]]> b
   *                     ^
   * ```
   *
   * @type {State}
   */
  function cdataEnd(code) {
    if (code === 62) {
      return end(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }

  /**
   * In declaration.
   *
   * ```markdown
   * > | a <!b> c
   *          ^
   * ```
   *
   * @type {State}
   */
  function declaration(code) {
    if (code === null || code === 62) {
      return end(code);
    }
    if (markdownLineEnding(code)) {
      returnState = declaration;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return declaration;
  }

  /**
   * In instruction.
   *
   * ```markdown
   * > | a <?b?> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function instruction(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 63) {
      effects.consume(code);
      return instructionClose;
    }
    if (markdownLineEnding(code)) {
      returnState = instruction;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return instruction;
  }

  /**
   * In instruction, after `?`, at `>`.
   *
   * ```markdown
   * > | a <?b?> c
   *           ^
   * ```
   *
   * @type {State}
   */
  function instructionClose(code) {
    return code === 62 ? end(code) : instruction(code);
  }

  /**
   * After `</`, in closing tag, at tag name.
   *
   * ```markdown
   * > | a </b> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function tagCloseStart(code) {
    // ASCII alphabetical.
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagClose;
    }
    return nok(code);
  }

  /**
   * After `</x`, in a tag name.
   *
   * ```markdown
   * > | a </b> c
   *          ^
   * ```
   *
   * @type {State}
   */
  function tagClose(code) {
    // ASCII alphanumerical and `-`.
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagClose;
    }
    return tagCloseBetween(code);
  }

  /**
   * In closing tag, after tag name.
   *
   * ```markdown
   * > | a </b> c
   *          ^
   * ```
   *
   * @type {State}
   */
  function tagCloseBetween(code) {
    if (markdownLineEnding(code)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagCloseBetween;
    }
    return end(code);
  }

  /**
   * After `<x`, in opening tag name.
   *
   * ```markdown
   * > | a <b> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function tagOpen(code) {
    // ASCII alphanumerical and `-`.
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpen;
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }

  /**
   * In opening tag, after tag name.
   *
   * ```markdown
   * > | a <b> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function tagOpenBetween(code) {
    if (code === 47) {
      effects.consume(code);
      return end;
    }

    // ASCII alphabetical and `:` and `_`.
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenBetween;
    }
    return end(code);
  }

  /**
   * In attribute name.
   *
   * ```markdown
   * > | a <b c> d
   *          ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeName(code) {
    // ASCII alphabetical and `-`, `.`, `:`, and `_`.
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code);
  }

  /**
   * After attribute name, before initializer, the end of the tag, or
   * whitespace.
   *
   * ```markdown
   * > | a <b c> d
   *           ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code);
  }

  /**
   * Before unquoted, double quoted, or single quoted attribute value, allowing
   * whitespace.
   *
   * ```markdown
   * > | a <b c=d> e
   *            ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      marker = code;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }

  /**
   * In double or single quoted attribute value.
   *
   * ```markdown
   * > | a <b c="d"> e
   *             ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeValueQuoted(code) {
    if (code === marker) {
      effects.consume(code);
      marker = undefined;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueQuoted;
  }

  /**
   * In unquoted attribute value.
   *
   * ```markdown
   * > | a <b c=d> e
   *            ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 60 || code === 61 || code === 96) {
      return nok(code);
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }

  /**
   * After double or single quoted attribute value, before whitespace or the end
   * of the tag.
   *
   * ```markdown
   * > | a <b c="d"> e
   *               ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }

  /**
   * In certain circumstances of a tag where only an `>` is allowed.
   *
   * ```markdown
   * > | a <b c="d"> e
   *               ^
   * ```
   *
   * @type {State}
   */
  function end(code) {
    if (code === 62) {
      effects.consume(code);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok;
    }
    return nok(code);
  }

  /**
   * At eol.
   *
   * > 👉 **Note**: we can’t have blank lines in text, so no need to worry about
   * > empty tokens.
   *
   * ```markdown
   * > | a <!--a
   *            ^
   *   | b-->
   * ```
   *
   * @type {State}
   */
  function lineEndingBefore(code) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }

  /**
   * After eol, at optional whitespace.
   *
   * > 👉 **Note**: we can’t have blank lines in text, so no need to worry about
   * > empty tokens.
   *
   * ```markdown
   *   | a <!--a
   * > | b-->
   *     ^
   * ```
   *
   * @type {State}
   */
  function lineEndingAfter(code) {
    // Always populated by defaults.

    return markdownSpace(code) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code) : lineEndingAfterPrefix(code);
  }

  /**
   * After eol, after optional whitespace.
   *
   * > 👉 **Note**: we can’t have blank lines in text, so no need to worry about
   * > empty tokens.
   *
   * ```markdown
   *   | a <!--a
   * > | b-->
   *     ^
   * ```
   *
   * @type {State}
   */
  function lineEndingAfterPrefix(code) {
    effects.enter("htmlTextData");
    return returnState(code);
  }
}

/**
 * @import {
 *   Construct,
 *   Event,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const labelEnd = {
  name: 'labelEnd',
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};

/** @type {Construct} */
const resourceConstruct = {
  tokenize: tokenizeResource
};
/** @type {Construct} */
const referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
/** @type {Construct} */
const referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};

/** @type {Resolver} */
function resolveAllLabelEnd(events) {
  let index = -1;
  /** @type {Array<Event>} */
  const newEvents = [];
  while (++index < events.length) {
    const token = events[index][1];
    newEvents.push(events[index]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      // Remove the marker.
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index += offset;
    }
  }

  // If the events are equal, we don't have to copy newEvents to events
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}

/** @type {Resolver} */
function resolveToLabelEnd(events, context) {
  let index = events.length;
  let offset = 0;
  /** @type {number | undefined} */
  let open;
  /** @type {number | undefined} */
  let close;
  /** @type {Array<Event>} */
  let media;

  // Find an opening.
  while (index--) {
    const token = events[index][1];
    if (open) {
      // If we see another link, or inactive link label, we’ve been here before.
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }

      // Mark other link openings as inactive, as we can’t have links in
      // links.
      if (events[index][0] === 'enter' && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close) {
      if (events[index][0] === 'enter' && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close = index;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close][1].end
    }
  };
  const text = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close - 2][1].start
    }
  };
  media = [['enter', group, context], ['enter', label, context]];

  // Opening marker.
  media = push(media, events.slice(open + 1, open + offset + 3));

  // Text open.
  media = push(media, [['enter', text, context]]);

  // Always populated by defaults.

  // Between.
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close - 3), context));

  // Text close, marker close, label close.
  media = push(media, [['exit', text, context], events[close - 2], events[close - 1], ['exit', label, context]]);

  // Reference, resource, or so.
  media = push(media, events.slice(close + 1));

  // Media close.
  media = push(media, [['exit', group, context]]);
  splice(events, open, events.length, media);
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeLabelEnd(effects, ok, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  /** @type {Token} */
  let labelStart;
  /** @type {boolean} */
  let defined;
  if (labelStarts) {
    // Discard ones that failed to close,
    // they’re not needed anymore.
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;

  /**
   * Start of label end.
   *
   * ```markdown
   * > | [a](b) c
   *       ^
   * > | [a][b] c
   *       ^
   * > | [a][] b
   *       ^
   * > | [a] b
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // If there is not an okay opening.
    if (!labelStart) {
      return nok(code);
    }

    // If the corresponding label (link) start is marked as inactive,
    // it means we’d be wrapping a link, like this:
    //
    // ```markdown
    // > | a [b [c](d) e](f) g.
    //                  ^
    // ```
    //
    // We can’t have that, so it’s just balanced brackets.
    if (labelStart._inactive) {
      return labelEndNok(code);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }

  /**
   * After `]`.
   *
   * ```markdown
   * > | [a](b) c
   *       ^
   * > | [a][b] c
   *       ^
   * > | [a][] b
   *       ^
   * > | [a] b
   *       ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    // Note: `markdown-rs` also parses GFM footnotes here, which for us is in
    // an extension.

    // Resource (`[asd](fgh)`)?
    if (code === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code);
    }

    // Full (`[asd][fgh]`) or collapsed (`[asd][]`) reference?
    if (code === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code);
    }

    // Shortcut (`[asd]`) reference?
    return defined ? labelEndOk(code) : labelEndNok(code);
  }

  /**
   * After `]`, at `[`, but not at a full reference.
   *
   * > 👉 **Note**: we only get here if the label is defined.
   *
   * ```markdown
   * > | [a][] b
   *        ^
   * > | [a] b
   *        ^
   * ```
   *
   * @type {State}
   */
  function referenceNotFull(code) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code);
  }

  /**
   * Done, we found something.
   *
   * ```markdown
   * > | [a](b) c
   *           ^
   * > | [a][b] c
   *           ^
   * > | [a][] b
   *          ^
   * > | [a] b
   *        ^
   * ```
   *
   * @type {State}
   */
  function labelEndOk(code) {
    // Note: `markdown-rs` does a bunch of stuff here.
    // This label start is now used up: discard it so it’s never found again.

    labelStarts.pop();
    return ok(code);
  }

  /**
   * Done, it’s nothing.
   *
   * There was an okay opening, but we didn’t match anything.
   *
   * ```markdown
   * > | [a](b c
   *        ^
   * > | [a][b c
   *        ^
   * > | [a] b
   *        ^
   * ```
   *
   * @type {State}
   */
  function labelEndNok(code) {
    labelStart._balanced = true;
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeResource(effects, ok, nok) {
  return resourceStart;

  /**
   * At a resource.
   *
   * ```markdown
   * > | [a](b) c
   *        ^
   * ```
   *
   * @type {State}
   */
  function resourceStart(code) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code);
    effects.exit("resourceMarker");
    return resourceBefore;
  }

  /**
   * In resource, after `(`, at optional whitespace.
   *
   * ```markdown
   * > | [a](b) c
   *         ^
   * ```
   *
   * @type {State}
   */
  function resourceBefore(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceOpen)(code) : resourceOpen(code);
  }

  /**
   * In resource, after optional whitespace, at `)` or a destination.
   *
   * ```markdown
   * > | [a](b) c
   *         ^
   * ```
   *
   * @type {State}
   */
  function resourceOpen(code) {
    if (code === 41) {
      return resourceEnd(code);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code);
  }

  /**
   * In resource, after destination, at optional whitespace.
   *
   * ```markdown
   * > | [a](b) c
   *          ^
   * ```
   *
   * @type {State}
   */
  function resourceDestinationAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceBetween)(code) : resourceEnd(code);
  }

  /**
   * At invalid destination.
   *
   * ```markdown
   * > | [a](<<) b
   *         ^
   * ```
   *
   * @type {State}
   */
  function resourceDestinationMissing(code) {
    return nok(code);
  }

  /**
   * In resource, after destination and whitespace, at `(` or title.
   *
   * ```markdown
   * > | [a](b ) c
   *           ^
   * ```
   *
   * @type {State}
   */
  function resourceBetween(code) {
    if (code === 34 || code === 39 || code === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code);
    }
    return resourceEnd(code);
  }

  /**
   * In resource, after title, at optional whitespace.
   *
   * ```markdown
   * > | [a](b "c") d
   *              ^
   * ```
   *
   * @type {State}
   */
  function resourceTitleAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceEnd)(code) : resourceEnd(code);
  }

  /**
   * In resource, at `)`.
   *
   * ```markdown
   * > | [a](b) d
   *          ^
   * ```
   *
   * @type {State}
   */
  function resourceEnd(code) {
    if (code === 41) {
      effects.enter("resourceMarker");
      effects.consume(code);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok;
    }
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeReferenceFull(effects, ok, nok) {
  const self = this;
  return referenceFull;

  /**
   * In a reference (full), at the `[`.
   *
   * ```markdown
   * > | [a][b] d
   *        ^
   * ```
   *
   * @type {State}
   */
  function referenceFull(code) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code);
  }

  /**
   * In a reference (full), after `]`.
   *
   * ```markdown
   * > | [a][b] d
   *          ^
   * ```
   *
   * @type {State}
   */
  function referenceFullAfter(code) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok(code) : nok(code);
  }

  /**
   * In reference (full) that was missing.
   *
   * ```markdown
   * > | [a][b d
   *        ^
   * ```
   *
   * @type {State}
   */
  function referenceFullMissing(code) {
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeReferenceCollapsed(effects, ok, nok) {
  return referenceCollapsedStart;

  /**
   * In reference (collapsed), at `[`.
   *
   * > 👉 **Note**: we only get here if the label is defined.
   *
   * ```markdown
   * > | [a][] d
   *        ^
   * ```
   *
   * @type {State}
   */
  function referenceCollapsedStart(code) {
    // We only attempt a collapsed label if there’s a `[`.

    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }

  /**
   * In reference (collapsed), at `]`.
   *
   * > 👉 **Note**: we only get here if the label is defined.
   *
   * ```markdown
   * > | [a][] d
   *         ^
   * ```
   *
   *  @type {State}
   */
  function referenceCollapsedOpen(code) {
    if (code === 93) {
      effects.enter("referenceMarker");
      effects.consume(code);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok;
    }
    return nok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   State,
 *   Token,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const labelStartImage = {
  name: 'labelStartImage',
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeLabelStartImage(effects, ok, nok) {
  const self = this;
  /** @type {Token} */
  let labelImage;
  return start;

  /**
   * Start of label (image) start.
   *
   * ```markdown
   * > | a ![b] c
   *       ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code);
    effects.exit("labelImageMarker");
    return open;
  }

  /**
   * After `!`, at `[`.
   *
   * ```markdown
   * > | a ![b] c
   *        ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (code === 91) {
      effects.enter("labelMarker");
      effects.consume(code);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code);
  }

  /**
   * After `![`.
   *
   * ```markdown
   * > | a ![b] c
   *         ^
   * ```
   *
   * This is needed in because, when GFM footnotes are enabled, images never
   * form when started with a `^`.
   * Instead, links form:
   *
   * ```markdown
   * ![^a](b)
   *
   * ![^a][b]
   *
   * [b]: c
   * ```
   *
   * ```html
   * <p>!<a href=\"b\">^a</a></p>
   * <p>!<a href=\"c\">^a</a></p>
   * ```
   *
   * @type {State}
   */
  function after(code) {
    // To do: use a new field to do this, this is still needed for
    // `micromark-extension-gfm-footnote`, but the `label-start-link`
    // behavior isn’t.
    // Hidden footnotes hook.
    /* c8 ignore next 6 */
    if (code === 94 && '_hiddenFootnoteSupport' in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   State,
 *   Token,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const labelStartLink = {
  name: 'labelStartLink',
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeLabelStartLink(effects, ok, nok) {
  const self = this;
  /** @type {Token} */
  let labelLink;
  return start;

  /**
   * Start of label (link) start.
   *
   * ```markdown
   * > | a [b] c
   *       ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }

  /** @type {State} */
  function after(code) {
    // To do: this isn’t needed in `micromark-extension-gfm-footnote`,
    // remove.
    // Hidden footnotes hook.
    /* c8 ignore next 6 */
    if (code === 94 && '_hiddenFootnoteSupport' in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok(code);
  }
}

/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const lineEnding = {
  name: 'lineEnding',
  tokenize: tokenizeLineEnding
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeLineEnding(effects, ok) {
  return start;

  /** @type {State} */
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, ok, "linePrefix");
  }
}

/**
 * @import {
 *   Code,
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const thematicBreak = {
  name: 'thematicBreak',
  tokenize: tokenizeThematicBreak
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeThematicBreak(effects, ok, nok) {
  let size = 0;
  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * Start of thematic break.
   *
   * ```markdown
   * > | ***
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("thematicBreak");
    // To do: parse indent like `markdown-rs`.
    return before(code);
  }

  /**
   * After optional whitespace, at marker.
   *
   * ```markdown
   * > | ***
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    marker = code;
    return atBreak(code);
  }

  /**
   * After something, before something else.
   *
   * ```markdown
   * > | ***
   *     ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (code === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code);
    }
    if (size >= 3 && (code === null || markdownLineEnding(code))) {
      effects.exit("thematicBreak");
      return ok(code);
    }
    return nok(code);
  }

  /**
   * In sequence.
   *
   * ```markdown
   * > | ***
   *     ^
   * ```
   *
   * @type {State}
   */
  function sequence(code) {
    if (code === marker) {
      effects.consume(code);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code) ? factorySpace(effects, atBreak, "whitespace")(code) : atBreak(code);
  }
}

/**
 * @import {
 *   Code,
 *   Construct,
 *   Exiter,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: 'list',
  tokenize: tokenizeListStart
};

/** @type {Construct} */
const listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};

/** @type {Construct} */
const indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent$1
};

// To do: `markdown-rs` parses list items on their own and later stitches them
// together.

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeListStart(effects, ok, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;

  /** @type {State} */
  function start(code) {
    const kind = self.containerState.type || (code === 42 || code === 43 || code === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code === self.containerState.marker : asciiDigit(code)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code === 42 || code === 45 ? effects.check(thematicBreak, nok, atMarker)(code) : atMarker(code);
      }
      if (!self.interrupt || code === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code);
      }
    }
    return nok(code);
  }

  /** @type {State} */
  function inside(code) {
    if (asciiDigit(code) && ++size < 10) {
      effects.consume(code);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code === self.containerState.marker : code === 41 || code === 46)) {
      effects.exit("listItemValue");
      return atMarker(code);
    }
    return nok(code);
  }

  /**
   * @type {State}
   **/
  function atMarker(code) {
    effects.enter("listItemMarker");
    effects.consume(code);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code;
    return effects.check(blankLine,
    // Can’t be empty when interrupting.
    self.interrupt ? nok : onBlank, effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix));
  }

  /** @type {State} */
  function onBlank(code) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }

  /** @type {State} */
  function otherPrefix(code) {
    if (markdownSpace(code)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code);
  }

  /** @type {State} */
  function endOfPrefix(code) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeListContinuation(effects, ok, nok) {
  const self = this;
  self.containerState._closeFlow = undefined;
  return effects.check(blankLine, onBlank, notBlank);

  /** @type {State} */
  function onBlank(code) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;

    // We have a blank line.
    // Still, try to consume at most the items size.
    return factorySpace(effects, ok, "listItemIndent", self.containerState.size + 1)(code);
  }

  /** @type {State} */
  function notBlank(code) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code)) {
      self.containerState.furtherBlankLines = undefined;
      self.containerState.initialBlankLine = undefined;
      return notInCurrentItem(code);
    }
    self.containerState.furtherBlankLines = undefined;
    self.containerState.initialBlankLine = undefined;
    return effects.attempt(indentConstruct, ok, notInCurrentItem)(code);
  }

  /** @type {State} */
  function notInCurrentItem(code) {
    // While we do continue, we signal that the flow should be closed.
    self.containerState._closeFlow = true;
    // As we’re closing flow, we’re no longer interrupting.
    self.interrupt = undefined;
    // Always populated by defaults.

    return factorySpace(effects, effects.attempt(list, ok, nok), "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeIndent$1(effects, ok, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);

  /** @type {State} */
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok(code) : nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Exiter}
 */
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeListItemPrefixWhitespace(effects, ok, nok) {
  const self = this;

  // Always populated by defaults.

  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4 + 1);

  /** @type {State} */
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok(code) : nok(code);
  }
}

/**
 * @import {Event} from 'micromark-util-types'
 */

/**
 * @typedef {[number, number, Array<Event>]} Change
 * @typedef {[number, number, number]} Jump
 */

/**
 * Tracks a bunch of edits.
 *
 * Port of `edit_map.rs` from `markdown-rs`:
 * <https://github.com/wooorm/markdown-rs/blob/1506572f/src/util/edit_map.rs>.
 *
 * Deal with several changes in events, batching them together.
 *
 * Preferably, changes should be kept to a minimum.
 * Sometimes, it’s needed to change the list of events, because parsing can be
 * messy, and it helps to expose a cleaner interface of events to the compiler
 * and other users.
 * It can also help to merge many adjacent similar events.
 * And, in other cases, it’s needed to parse subcontent: pass some events
 * through another tokenizer and inject the result.
 */
let EditMap$1 = class EditMap {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    /**
     * Changes by index, so `add` does not need to scan `map` (which is
     * quadratic for documents with many edits at different places).
     *
     * @type {Map<number, Change>}
     */
    this.index = new Map();

    /**
     * Record of changes.
     *
     * @type {Array<Change>}
     */
    this.map = [];
  }

  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index, remove, add) {
    addImplementation$1(this, index, remove, add, false);
  }

  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index, remove, add) {
    addImplementation$1(this, index, remove, add, true);
  }

  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function (a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }

    // To do: if links are added in events, like they are in `markdown-rs`,
    // this is needed.
    // // Calculate jumps: where items in the current list move to.
    // /** @type {Array<Jump>} */
    // const jumps = []
    // let index = 0
    // let addAcc = 0
    // let removeAcc = 0
    // while (index < this.map.length) {
    //   const [at, remove, add] = this.map[index]
    //   removeAcc += remove
    //   addAcc += add.length
    //   jumps.push([at, removeAcc, addAcc])
    //   index += 1
    // }
    //
    // shiftLinks(events, jumps)

    let index = this.map.length;
    /** @type {Array<Array<Event>>} */
    const vecs = [];
    while (index > 0) {
      index -= 1;
      vecs.push(events.slice(this.map[index][0] + this.map[index][1]), this.map[index][2]);

      // Truncate rest.
      events.length = this.map[index][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }

    // Truncate everything.
    this.map.length = 0;
    this.index.clear();
  }
};

/**
 * Create an edit.
 *
 * @param {EditMap} editMap
 *   Edit map to apply to.
 * @param {number} at
 *   Index at which to apply the edit.
 * @param {number} remove
 *   Count of items to remove at the index.
 * @param {Array<Event>} add
 *   Items to add at the index.
 * @param {boolean} before
 *   Insert `add` before existing additions at `at`, instead of after them.
 * @returns {undefined}
 *   Nothing.
 */
function addImplementation$1(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }

  /** @type {Change} */
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// /**
//  * Shift `previous` and `next` links according to `jumps`.
//  *
//  * This fixes links in case there are events removed or added between them.
//  *
//  * @param {Array<Event>} events
//  * @param {Array<Jump>} jumps
//  */
// function shiftLinks(events, jumps) {
//   let jumpIndex = 0
//   let index = 0
//   let add = 0
//   let rm = 0

//   while (index < events.length) {
//     const rmCurr = rm

//     while (jumpIndex < jumps.length && jumps[jumpIndex][0] <= index) {
//       add = jumps[jumpIndex][2]
//       rm = jumps[jumpIndex][1]
//       jumpIndex += 1
//     }

//     // Ignore items that will be removed.
//     if (rm > rmCurr) {
//       index += rm - rmCurr
//     } else {
//       // ?
//       // if let Some(link) = &events[index].link {
//       //     if let Some(next) = link.next {
//       //         events[next].link.as_mut().unwrap().previous = Some(index + add - rm);
//       //         while jumpIndex < jumps.len() && jumps[jumpIndex].0 <= next {
//       //             add = jumps[jumpIndex].2;
//       //             rm = jumps[jumpIndex].1;
//       //             jumpIndex += 1;
//       //         }
//       //         events[index].link.as_mut().unwrap().next = Some(next + add - rm);
//       //         index = next;
//       //         continue;
//       //     }
//       // }
//       index += 1
//     }
//   }
// }

/**
 * @import {
 *   Code,
 *   Construct,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */

/** @type {Construct} */
const setextUnderline = {
  name: 'setextUnderline',
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};

/** @type {Resolver} */
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap$1();
  let index = events.length;
  /** @type {number | undefined} */
  let content;
  /** @type {number | undefined} */
  let text;
  /** @type {number | undefined} */
  let definition;

  // Find the opening of the content.
  // It’ll always exist: we don’t tokenize if it isn’t there.
  while (index--) {
    if (events[index][0] === 'enter') {
      if (events[index][1].type === "content") {
        content = index;
        break;
      }
      if (events[index][1].type === "paragraph") {
        text = index;
      }
    }
    // Exit
    else {
      if (events[index][1].type === "content") {
        // Remove the content end (if needed we’ll add it later)
        editMap.add(index, 1, []);
      }
      if (!definition && events[index][1].type === "definition") {
        definition = index;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };

  // Change the paragraph to setext heading text.
  events[text][1].type = "setextHeadingText";

  // If we have definitions in the content, we’ll keep on having content,
  // but we need move it.
  if (definition) {
    editMap.add(text, 0, [['enter', heading, context]]);
    editMap.add(definition + 1, 0, [['exit', events[content][1], context]]);
    events[content][1].end = {
      ...events[definition][1].end
    };
  } else {
    events[content][1] = heading;
  }

  // Add the heading exit at the end.
  editMap.add(events.length, 0, [['exit', heading, context]]);
  editMap.consume(events);
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeSetextUnderline(effects, ok, nok) {
  const self = this;
  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * At start of heading (setext) underline.
   *
   * ```markdown
   *   | aa
   * > | ==
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    let index = self.events.length;
    /** @type {boolean | undefined} */
    let paragraph;
    // Find an opening.
    while (index--) {
      // Skip enter/exit of line ending, line prefix, and content.
      // We can now either have a definition or a paragraph.
      if (self.events[index][1].type !== "lineEnding" && self.events[index][1].type !== "linePrefix" && self.events[index][1].type !== "content") {
        paragraph = self.events[index][1].type === "paragraph";
        break;
      }
    }

    // To do: handle lazy/pierce like `markdown-rs`.
    // To do: parse indent like `markdown-rs`.
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code;
      return before(code);
    }
    return nok(code);
  }

  /**
   * After optional whitespace, at `-` or `=`.
   *
   * ```markdown
   *   | aa
   * > | ==
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    effects.enter("setextHeadingLineSequence");
    return inside(code);
  }

  /**
   * In sequence.
   *
   * ```markdown
   *   | aa
   * > | ==
   *     ^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code) ? factorySpace(effects, after, "lineSuffix")(code) : after(code);
  }

  /**
   * After sequence, after optional whitespace.
   *
   * ```markdown
   *   | aa
   * > | ==
   *       ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("setextHeadingLine");
      return ok(code);
    }
    return nok(code);
  }
}

/**
 * @import {Event, Exiter, Extension, Resolver, State, Token, TokenizeContext, Tokenizer} from 'micromark-util-types'
 */

const indent = {
  tokenize: tokenizeIndent,
  partial: true
};

// To do: micromark should support a `_hiddenGfmFootnoteSupport`, which only
// affects label start (image).
// That will let us drop `tokenizePotentialGfmFootnote*`.
// It currently has a `_hiddenFootnoteSupport`, which affects that and more.
// That can be removed when `micromark-extension-footnote` is archived.

/**
 * Create an extension for `micromark` to enable GFM footnote syntax.
 *
 * @returns {Extension}
 *   Extension for `micromark` that can be passed in `extensions` to
 *   enable GFM footnote syntax.
 */
function gfmFootnote() {
  /** @type {Extension} */
  return {
    document: {
      [91]: {
        name: 'gfmFootnoteDefinition',
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: 'gfmFootnoteCall',
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: 'gfmPotentialFootnoteCall',
        add: 'after',
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}

// To do: remove after micromark update.
/**
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizePotentialGfmFootnoteCall(effects, ok, nok) {
  const self = this;
  let index = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  /** @type {Token} */
  let labelStart;

  // Find an opening.
  while (index--) {
    const token = self.events[index][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }

    // Exit if we’ve walked far enough.
    if (token.type === 'gfmFootnoteCall' || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;

  /**
   * @type {State}
   */
  function start(code) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code);
    }
    effects.enter('gfmFootnoteCallLabelMarker');
    effects.consume(code);
    effects.exit('gfmFootnoteCallLabelMarker');
    return ok(code);
  }
}

// To do: remove after micromark update.
/** @type {Resolver} */
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index = events.length;

  // Find an opening.
  while (index--) {
    if (events[index][1].type === "labelImage" && events[index][0] === 'enter') {
      events[index][1];
      break;
    }
  }
  // Change the `labelImageMarker` to a `data`.
  events[index + 1][1].type = "data";
  events[index + 3][1].type = 'gfmFootnoteCallLabelMarker';

  // The whole (without `!`):
  /** @type {Token} */
  const call = {
    type: 'gfmFootnoteCall',
    start: Object.assign({}, events[index + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  // The `^` marker
  /** @type {Token} */
  const marker = {
    type: 'gfmFootnoteCallMarker',
    start: Object.assign({}, events[index + 3][1].end),
    end: Object.assign({}, events[index + 3][1].end)
  };
  // Increment the end 1 character.
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  /** @type {Token} */
  const string = {
    type: 'gfmFootnoteCallString',
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  /** @type {Token} */
  const chunk = {
    type: "chunkString",
    contentType: 'string',
    start: Object.assign({}, string.start),
    end: Object.assign({}, string.end)
  };

  /** @type {Array<Event>} */
  const replacement = [
  // Take the `labelImageMarker` (now `data`, the `!`)
  events[index + 1], events[index + 2], ['enter', call, context],
  // The `[`
  events[index + 3], events[index + 4],
  // The `^`.
  ['enter', marker, context], ['exit', marker, context],
  // Everything in between.
  ['enter', string, context], ['enter', chunk, context], ['exit', chunk, context], ['exit', string, context],
  // The ending (`]`, properly parsed and labelled).
  events[events.length - 2], events[events.length - 1], ['exit', call, context]];
  events.splice(index, events.length - index + 1, ...replacement);
  return events;
}

/**
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeGfmFootnoteCall(effects, ok, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  /** @type {boolean} */
  let data;

  // Note: the implementation of `markdown-rs` is different, because it houses
  // core *and* extensions in one project.
  // Therefore, it can include footnote logic inside `label-end`.
  // We can’t do that, but luckily, we can parse footnotes in a simpler way than
  // needed for labels.
  return start;

  /**
   * Start of footnote label.
   *
   * ```markdown
   * > | a [^b] c
   *       ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter('gfmFootnoteCall');
    effects.enter('gfmFootnoteCallLabelMarker');
    effects.consume(code);
    effects.exit('gfmFootnoteCallLabelMarker');
    return callStart;
  }

  /**
   * After `[`, at `^`.
   *
   * ```markdown
   * > | a [^b] c
   *        ^
   * ```
   *
   * @type {State}
   */
  function callStart(code) {
    if (code !== 94) return nok(code);
    effects.enter('gfmFootnoteCallMarker');
    effects.consume(code);
    effects.exit('gfmFootnoteCallMarker');
    effects.enter('gfmFootnoteCallString');
    effects.enter('chunkString').contentType = 'string';
    return callData;
  }

  /**
   * In label.
   *
   * ```markdown
   * > | a [^b] c
   *         ^
   * ```
   *
   * @type {State}
   */
  function callData(code) {
    if (
    // Too long.
    size > 999 ||
    // Closing brace with nothing.
    code === 93 && !data ||
    // Space or tab is not supported by GFM for some reason.
    // `\n` and `[` not being supported makes sense.
    code === null || code === 91 || markdownLineEndingOrSpace(code)) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit('chunkString');
      const token = effects.exit('gfmFootnoteCallString');
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code);
      }
      effects.enter('gfmFootnoteCallLabelMarker');
      effects.consume(code);
      effects.exit('gfmFootnoteCallLabelMarker');
      effects.exit('gfmFootnoteCall');
      return ok;
    }
    if (!markdownLineEndingOrSpace(code)) {
      data = true;
    }
    size++;
    effects.consume(code);
    return code === 92 ? callEscape : callData;
  }

  /**
   * On character after escape.
   *
   * ```markdown
   * > | a [^b\c] d
   *           ^
   * ```
   *
   * @type {State}
   */
  function callEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return callData;
    }
    return callData(code);
  }
}

/**
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeDefinitionStart(effects, ok, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  /** @type {string} */
  let identifier;
  let size = 0;
  /** @type {boolean | undefined} */
  let data;
  return start;

  /**
   * Start of GFM footnote definition.
   *
   * ```markdown
   * > | [^a]: b
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter('gfmFootnoteDefinition')._container = true;
    effects.enter('gfmFootnoteDefinitionLabel');
    effects.enter('gfmFootnoteDefinitionLabelMarker');
    effects.consume(code);
    effects.exit('gfmFootnoteDefinitionLabelMarker');
    return labelAtMarker;
  }

  /**
   * In label, at caret.
   *
   * ```markdown
   * > | [^a]: b
   *      ^
   * ```
   *
   * @type {State}
   */
  function labelAtMarker(code) {
    if (code === 94) {
      effects.enter('gfmFootnoteDefinitionMarker');
      effects.consume(code);
      effects.exit('gfmFootnoteDefinitionMarker');
      effects.enter('gfmFootnoteDefinitionLabelString');
      effects.enter('chunkString').contentType = 'string';
      return labelInside;
    }
    return nok(code);
  }

  /**
   * In label.
   *
   * > 👉 **Note**: `cmark-gfm` prevents whitespace from occurring in footnote
   * > definition labels.
   *
   * ```markdown
   * > | [^a]: b
   *       ^
   * ```
   *
   * @type {State}
   */
  function labelInside(code) {
    if (
    // Too long.
    size > 999 ||
    // Closing brace with nothing.
    code === 93 && !data ||
    // Space or tab is not supported by GFM for some reason.
    // `\n` and `[` not being supported makes sense.
    code === null || code === 91 || markdownLineEndingOrSpace(code)) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit('chunkString');
      const token = effects.exit('gfmFootnoteDefinitionLabelString');
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter('gfmFootnoteDefinitionLabelMarker');
      effects.consume(code);
      effects.exit('gfmFootnoteDefinitionLabelMarker');
      effects.exit('gfmFootnoteDefinitionLabel');
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code)) {
      data = true;
    }
    size++;
    effects.consume(code);
    return code === 92 ? labelEscape : labelInside;
  }

  /**
   * After `\`, at a special character.
   *
   * > 👉 **Note**: `cmark-gfm` currently does not support escaped brackets:
   * > <https://github.com/github/cmark-gfm/issues/240>
   *
   * ```markdown
   * > | [^a\*b]: c
   *         ^
   * ```
   *
   * @type {State}
   */
  function labelEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return labelInside;
    }
    return labelInside(code);
  }

  /**
   * After definition label.
   *
   * ```markdown
   * > | [^a]: b
   *         ^
   * ```
   *
   * @type {State}
   */
  function labelAfter(code) {
    if (code === 58) {
      effects.enter('definitionMarker');
      effects.consume(code);
      effects.exit('definitionMarker');
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }

      // Any whitespace after the marker is eaten, forming indented code
      // is not possible.
      // No space is also fine, just like a block quote marker.
      return factorySpace(effects, whitespaceAfter, 'gfmFootnoteDefinitionWhitespace');
    }
    return nok(code);
  }

  /**
   * After definition prefix.
   *
   * ```markdown
   * > | [^a]: b
   *           ^
   * ```
   *
   * @type {State}
   */
  function whitespaceAfter(code) {
    // `markdown-rs` has a wrapping token for the prefix that is closed here.
    return ok(code);
  }
}

/**
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeDefinitionContinuation(effects, ok, nok) {
  /// Start of footnote definition continuation.
  ///
  /// ```markdown
  ///   | [^a]: b
  /// > |     c
  ///     ^
  /// ```
  //
  // Either a blank line, which is okay, or an indented thing.
  return effects.check(blankLine, ok, effects.attempt(indent, ok, nok));
}

/** @type {Exiter} */
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit('gfmFootnoteDefinition');
}

/**
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeIndent(effects, ok, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, 'gfmFootnoteDefinitionIndent', 4 + 1);

  /**
   * @type {State}
   */
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === 'gfmFootnoteDefinitionIndent' && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok(code) : nok(code);
  }
}

/**
 * @import {Options} from 'micromark-extension-gfm-strikethrough'
 * @import {Event, Extension, Resolver, State, Token, TokenizeContext, Tokenizer} from 'micromark-util-types'
 */

/**
 * Create an extension for `micromark` to enable GFM strikethrough syntax.
 *
 * @param {Options | null | undefined} [options={}]
 *   Configuration.
 * @returns {Extension}
 *   Extension for `micromark` that can be passed in `extensions`, to
 *   enable GFM strikethrough syntax.
 */
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: 'strikethrough',
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === undefined) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };

  /**
   * Take events and resolve strikethrough.
   *
   * @type {Resolver}
   */
  function resolveAllStrikethrough(events, context) {
    let index = -1;

    // Walk through all events.
    while (++index < events.length) {
      // Find a token that can close.
      if (events[index][0] === 'enter' && events[index][1].type === 'strikethroughSequenceTemporary' && events[index][1]._close) {
        let open = index;

        // Now walk back to find an opener.
        while (open--) {
          // Find a token that can open the closer.
          if (events[open][0] === 'exit' && events[open][1].type === 'strikethroughSequenceTemporary' && events[open][1]._open &&
          // If the sizes are the same:
          events[index][1].end.offset - events[index][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index][1].type = 'strikethroughSequence';
            events[open][1].type = 'strikethroughSequence';

            /** @type {Token} */
            const strikethrough = {
              type: 'strikethrough',
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index][1].end)
            };

            /** @type {Token} */
            const text = {
              type: 'strikethroughText',
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index][1].start)
            };

            // Opening.
            /** @type {Array<Event>} */
            const nextEvents = [['enter', strikethrough, context], ['enter', events[open][1], context], ['exit', events[open][1], context], ['enter', text, context]];
            const insideSpan = context.parser.constructs.insideSpan.null;
            if (insideSpan) {
              // Between.
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan, events.slice(open + 1, index), context));
            }

            // Closing.
            splice(nextEvents, nextEvents.length, 0, [['exit', text, context], ['enter', events[index][1], context], ['exit', events[index][1], context], ['exit', strikethrough, context]]);
            splice(events, open - 1, index - open + 3, nextEvents);
            index = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index = -1;
    while (++index < events.length) {
      if (events[index][1].type === 'strikethroughSequenceTemporary') {
        events[index][1].type = "data";
      }
    }
    return events;
  }

  /**
   * @this {TokenizeContext}
   * @type {Tokenizer}
   */
  function tokenizeStrikethrough(effects, ok, nok) {
    const previous = this.previous;
    const events = this.events;
    let size = 0;
    return start;

    /** @type {State} */
    function start(code) {
      if (previous === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code);
      }
      effects.enter('strikethroughSequenceTemporary');
      return more(code);
    }

    /** @type {State} */
    function more(code) {
      const before = classifyCharacter(previous);
      if (code === 126) {
        // If this is the third marker, exit.
        if (size > 1) return nok(code);
        effects.consume(code);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code);
      const token = effects.exit('strikethroughSequenceTemporary');
      const after = classifyCharacter(code);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok(code);
    }
  }
}

/**
 * @import {Event} from 'micromark-util-types'
 */

// Port of `edit_map.rs` from `markdown-rs`.
// This should move to `markdown-js` later.

// Deal with several changes in events, batching them together.
//
// Preferably, changes should be kept to a minimum.
// Sometimes, it’s needed to change the list of events, because parsing can be
// messy, and it helps to expose a cleaner interface of events to the compiler
// and other users.
// It can also help to merge many adjacent similar events.
// And, in other cases, it’s needed to parse subcontent: pass some events
// through another tokenizer and inject the result.

/**
 * @typedef {[number, number, Array<Event>]} Change
 * @typedef {[number, number, number]} Jump
 */

/**
 * Tracks a bunch of edits.
 */
class EditMap {
  /**
   * Create a new edit map.
   */
  constructor() {
    /**
     * Record of changes.
     *
     * @type {Array<Change>}
     */
    this.map = [];

    /**
     * Changes by index, so `add` does not scan `map` (quadratic on
     * table-heavy documents).
     *
     * @type {Map<number, Change>}
     */
    this.index = new Map();
  }

  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index, remove, add) {
    addImplementation(this, index, remove, add);
  }

  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }

  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function (a, b) {
      return a[0] - b[0];
    });

    /* c8 ignore next 3 -- `resolve` is never called without tables, so without edits. */
    if (this.map.length === 0) {
      return;
    }

    // To do: if links are added in events, like they are in `markdown-rs`,
    // this is needed.
    // // Calculate jumps: where items in the current list move to.
    // /** @type {Array<Jump>} */
    // const jumps = []
    // let index = 0
    // let addAcc = 0
    // let removeAcc = 0
    // while (index < this.map.length) {
    //   const [at, remove, add] = this.map[index]
    //   removeAcc += remove
    //   addAcc += add.length
    //   jumps.push([at, removeAcc, addAcc])
    //   index += 1
    // }
    //
    // . shiftLinks(events, jumps)

    let index = this.map.length;
    /** @type {Array<Array<Event>>} */
    const vecs = [];
    while (index > 0) {
      index -= 1;
      vecs.push(events.slice(this.map[index][0] + this.map[index][1]), this.map[index][2]);

      // Truncate rest.
      events.length = this.map[index][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }

    // Truncate everything.
    this.map.length = 0;
    this.index.clear();
  }
}

/**
 * Create an edit.
 *
 * @param {EditMap} editMap
 *   Edit map to apply to.
 * @param {number} at
 *   Index at which to apply the edit.
 * @param {number} remove
 *   Count of items to remove at the index.
 * @param {Array<Event>} add
 *   Items to add at the index.
 * @returns {undefined}
 *   Nothing.
 */
function addImplementation(editMap, at, remove, add) {
  /* c8 ignore next 3 -- `resolve` is never called without tables, so without edits. */
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;

    // To do: before not used by tables, use when moving to micromark.
    // if (before) {
    //   add.push(...existing[2])
    //   existing[2] = add
    // } else {
    existing[2].push(...add);
    // }

    return;
  }

  /** @type {Change} */
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// /**
//  * Shift `previous` and `next` links according to `jumps`.
//  *
//  * This fixes links in case there are events removed or added between them.
//  *
//  * @param {Array<Event>} events
//  * @param {Array<Jump>} jumps
//  */
// function shiftLinks(events, jumps) {
//   let jumpIndex = 0
//   let index = 0
//   let add = 0
//   let rm = 0

//   while (index < events.length) {
//     const rmCurr = rm

//     while (jumpIndex < jumps.length && jumps[jumpIndex][0] <= index) {
//       add = jumps[jumpIndex][2]
//       rm = jumps[jumpIndex][1]
//       jumpIndex += 1
//     }

//     // Ignore items that will be removed.
//     if (rm > rmCurr) {
//       index += rm - rmCurr
//     } else {
//       // ?
//       // if let Some(link) = &events[index].link {
//       //     if let Some(next) = link.next {
//       //         events[next].link.as_mut().unwrap().previous = Some(index + add - rm);
//       //         while jumpIndex < jumps.len() && jumps[jumpIndex].0 <= next {
//       //             add = jumps[jumpIndex].2;
//       //             rm = jumps[jumpIndex].1;
//       //             jumpIndex += 1;
//       //         }
//       //         events[index].link.as_mut().unwrap().next = Some(next + add - rm);
//       //         index = next;
//       //         continue;
//       //     }
//       // }
//       index += 1
//     }
//   }
// }

/**
 * @import {Event} from 'micromark-util-types'
 */

/**
 * @typedef {'center' | 'left' | 'none' | 'right'} Align
 */

/**
 * Figure out the alignment of a GFM table.
 *
 * @param {Readonly<Array<Event>>} events
 *   List of events.
 * @param {number} index
 *   Table enter event.
 * @returns {Array<Align>}
 *   List of aligns.
 */
function gfmTableAlign(events, index) {
  let inDelimiterRow = false;
  /** @type {Array<Align>} */
  const align = [];
  while (index < events.length) {
    const event = events[index];
    if (inDelimiterRow) {
      if (event[0] === 'enter') {
        // Start of alignment value: set a new column.
        // To do: `markdown-rs` uses `tableDelimiterCellValue`.
        if (event[1].type === 'tableContent') {
          align.push(events[index + 1][1].type === 'tableDelimiterMarker' ? 'left' : 'none');
        }
      }
      // Exits:
      // End of alignment value: change the column.
      // To do: `markdown-rs` uses `tableDelimiterCellValue`.
      else if (event[1].type === 'tableContent') {
        if (events[index - 1][1].type === 'tableDelimiterMarker') {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === 'left' ? 'center' : 'right';
        }
      }
      // Done!
      else if (event[1].type === 'tableDelimiterRow') {
        break;
      }
    } else if (event[0] === 'enter' && event[1].type === 'tableDelimiterRow') {
      inDelimiterRow = true;
    }
    index += 1;
  }
  return align;
}

/**
 * @import {Event, Extension, Point, Resolver, State, Token, TokenizeContext, Tokenizer} from 'micromark-util-types'
 */


/**
 * Create an HTML extension for `micromark` to support GitHub tables syntax.
 *
 * @returns {Extension}
 *   Extension for `micromark` that can be passed in `extensions` to enable GFM
 *   table syntax.
 */
function gfmTable() {
  return {
    flow: {
      null: {
        name: 'table',
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}

/**
 * Tokenizer for GFM tables.
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeTable(effects, ok, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  /** @type {boolean | undefined} */
  let seen;
  return start;

  /**
   * Start of a GFM table.
   *
   * If there is a valid table row or table head before, then we try to parse
   * another row.
   * Otherwise, we try to parse a head.
   *
   * ```markdown
   * > | | a |
   *     ^
   *   | | - |
   * > | | b |
   *     ^
   * ```
   * @type {State}
   */
  function start(code) {
    let index = self.events.length - 1;
    while (index > -1) {
      const {
        type
      } = self.events[index][1];
      if (type === "lineEnding" ||
      // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index--;
      } else {
        break;
      }
    }
    const tail = index > -1 ? self.events[index][1].type : null;
    const next = tail === 'tableHead' || tail === 'tableRow' ? bodyRowStart : headRowBefore;

    // Don’t allow lazy body rows.
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    return next(code);
  }

  /**
   * Before table head row.
   *
   * ```markdown
   * > | | a |
   *     ^
   *   | | - |
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headRowBefore(code) {
    effects.enter('tableHead');
    effects.enter('tableRow');
    return headRowStart(code);
  }

  /**
   * Before table head row, after whitespace.
   *
   * ```markdown
   * > | | a |
   *     ^
   *   | | - |
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headRowStart(code) {
    if (code === 124) {
      return headRowBreak(code);
    }

    // To do: micromark-js should let us parse our own whitespace in extensions,
    // like `markdown-rs`:
    //
    // ```js
    // // 4+ spaces.
    // if (markdownSpace(code)) {
    //   return nok(code)
    // }
    // ```

    seen = true;
    // Count the first character, that isn’t a pipe, double.
    sizeB += 1;
    return headRowBreak(code);
  }

  /**
   * At break in table head row.
   *
   * ```markdown
   * > | | a |
   *     ^
   *       ^
   *         ^
   *   | | - |
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headRowBreak(code) {
    if (code === null) {
      // Note: in `markdown-rs`, we need to reset, in `micromark-js` we don‘t.
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      // If anything other than one pipe (ignoring whitespace) was used, it’s fine.
      if (sizeB > 1) {
        sizeB = 0;
        // To do: check if this works.
        // Feel free to interrupt:
        self.interrupt = true;
        effects.exit('tableRow');
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }

      // Note: in `markdown-rs`, we need to reset, in `micromark-js` we don‘t.
      return nok(code);
    }
    if (markdownSpace(code)) {
      // To do: check if this is fine.
      // effects.attempt(State::Next(StateName::GfmTableHeadRowBreak), State::Nok)
      // State::Retry(space_or_tab(tokenizer))
      return factorySpace(effects, headRowBreak, "whitespace")(code);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      // Header cell count.
      size += 1;
    }
    if (code === 124) {
      effects.enter('tableCellDivider');
      effects.consume(code);
      effects.exit('tableCellDivider');
      // Whether a delimiter was seen.
      seen = true;
      return headRowBreak;
    }

    // Anything else is cell data.
    effects.enter("data");
    return headRowData(code);
  }

  /**
   * In table head row data.
   *
   * ```markdown
   * > | | a |
   *       ^
   *   | | - |
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headRowData(code) {
    if (code === null || code === 124 || markdownLineEndingOrSpace(code)) {
      effects.exit("data");
      return headRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? headRowEscape : headRowData;
  }

  /**
   * In table head row escape.
   *
   * ```markdown
   * > | | a\-b |
   *         ^
   *   | | ---- |
   *   | | c    |
   * ```
   *
   * @type {State}
   */
  function headRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return headRowData;
    }
    return headRowData(code);
  }

  /**
   * Before delimiter row.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *     ^
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headDelimiterStart(code) {
    // Reset `interrupt`.
    self.interrupt = false;

    // Note: in `markdown-rs`, we need to handle piercing here too.
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    effects.enter('tableDelimiterRow');
    // Track if we’ve seen a `:` or `|`.
    seen = false;
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code);
    }
    return headDelimiterBefore(code);
  }

  /**
   * Before delimiter row, after optional whitespace.
   *
   * Reused when a `|` is found later, to parse another cell.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *     ^
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headDelimiterBefore(code) {
    if (code === 45 || code === 58) {
      return headDelimiterValueBefore(code);
    }
    if (code === 124) {
      seen = true;
      // If we start with a pipe, we open a cell marker.
      effects.enter('tableCellDivider');
      effects.consume(code);
      effects.exit('tableCellDivider');
      return headDelimiterCellBefore;
    }

    // More whitespace / empty row not allowed at start.
    return headDelimiterNok(code);
  }

  /**
   * After `|`, before delimiter cell.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *      ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterCellBefore(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code);
    }
    return headDelimiterValueBefore(code);
  }

  /**
   * Before delimiter cell value.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *       ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterValueBefore(code) {
    // Align: left.
    if (code === 58) {
      sizeB += 1;
      seen = true;
      effects.enter('tableDelimiterMarker');
      effects.consume(code);
      effects.exit('tableDelimiterMarker');
      return headDelimiterLeftAlignmentAfter;
    }

    // Align: none.
    if (code === 45) {
      sizeB += 1;
      // To do: seems weird that this *isn’t* left aligned, but that state is used?
      return headDelimiterLeftAlignmentAfter(code);
    }
    if (code === null || markdownLineEnding(code)) {
      return headDelimiterCellAfter(code);
    }
    return headDelimiterNok(code);
  }

  /**
   * After delimiter cell left alignment marker.
   *
   * ```markdown
   *   | | a  |
   * > | | :- |
   *        ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterLeftAlignmentAfter(code) {
    if (code === 45) {
      effects.enter('tableDelimiterFiller');
      return headDelimiterFiller(code);
    }

    // Anything else is not ok after the left-align colon.
    return headDelimiterNok(code);
  }

  /**
   * In delimiter cell filler.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *       ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterFiller(code) {
    if (code === 45) {
      effects.consume(code);
      return headDelimiterFiller;
    }

    // Align is `center` if it was `left`, `right` otherwise.
    if (code === 58) {
      seen = true;
      effects.exit('tableDelimiterFiller');
      effects.enter('tableDelimiterMarker');
      effects.consume(code);
      effects.exit('tableDelimiterMarker');
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit('tableDelimiterFiller');
    return headDelimiterRightAlignmentAfter(code);
  }

  /**
   * After delimiter cell right alignment marker.
   *
   * ```markdown
   *   | |  a |
   * > | | -: |
   *         ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterRightAlignmentAfter(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code);
    }
    return headDelimiterCellAfter(code);
  }

  /**
   * After delimiter cell.
   *
   * ```markdown
   *   | |  a |
   * > | | -: |
   *          ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterCellAfter(code) {
    if (code === 124) {
      return headDelimiterBefore(code);
    }
    if (code === null || markdownLineEnding(code)) {
      // Exit when:
      // * there was no `:` or `|` at all (it’s a thematic break or setext
      //   underline instead)
      // * the header cell count is not the delimiter cell count
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code);
      }

      // Note: in markdown-rs`, a reset is needed here.
      effects.exit('tableDelimiterRow');
      effects.exit('tableHead');
      // To do: in `markdown-rs`, resolvers need to be registered manually.
      // effects.register_resolver(ResolveName::GfmTable)
      return ok(code);
    }
    return headDelimiterNok(code);
  }

  /**
   * In delimiter row, at a disallowed byte.
   *
   * ```markdown
   *   | | a |
   * > | | x |
   *       ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterNok(code) {
    // Note: in `markdown-rs`, we need to reset, in `micromark-js` we don‘t.
    return nok(code);
  }

  /**
   * Before table body row.
   *
   * ```markdown
   *   | | a |
   *   | | - |
   * > | | b |
   *     ^
   * ```
   *
   * @type {State}
   */
  function bodyRowStart(code) {
    // Note: in `markdown-rs` we need to manually take care of a prefix,
    // but in `micromark-js` that is done for us, so if we’re here, we’re
    // never at whitespace.
    effects.enter('tableRow');
    return bodyRowBreak(code);
  }

  /**
   * At break in table body row.
   *
   * ```markdown
   *   | | a |
   *   | | - |
   * > | | b |
   *     ^
   *       ^
   *         ^
   * ```
   *
   * @type {State}
   */
  function bodyRowBreak(code) {
    if (code === 124) {
      effects.enter('tableCellDivider');
      effects.consume(code);
      effects.exit('tableCellDivider');
      return bodyRowBreak;
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit('tableRow');
      return ok(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code);
    }

    // Anything else is cell content.
    effects.enter("data");
    return bodyRowData(code);
  }

  /**
   * In table body row data.
   *
   * ```markdown
   *   | | a |
   *   | | - |
   * > | | b |
   *       ^
   * ```
   *
   * @type {State}
   */
  function bodyRowData(code) {
    if (code === null || code === 124 || markdownLineEndingOrSpace(code)) {
      effects.exit("data");
      return bodyRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? bodyRowEscape : bodyRowData;
  }

  /**
   * In table body row escape.
   *
   * ```markdown
   *   | | a    |
   *   | | ---- |
   * > | | b\-c |
   *         ^
   * ```
   *
   * @type {State}
   */
  function bodyRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return bodyRowData;
    }
    return bodyRowData(code);
  }
}

/** @type {Resolver} */

function resolveTable(events, context) {
  let index = -1;
  let inFirstCellAwaitingPipe = true;
  /** @type {RowKind} */
  let rowKind = 0;
  /** @type {Range} */
  let lastCell = [0, 0, 0, 0];
  /** @type {Range} */
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  /** @type {Token | undefined} */
  let currentTable;
  /** @type {Token | undefined} */
  let currentBody;
  /** @type {Token | undefined} */
  let currentCell;
  const map = new EditMap();
  while (++index < events.length) {
    const event = events[index];
    const token = event[1];
    if (event[0] === 'enter') {
      // Start of head.
      if (token.type === 'tableHead') {
        afterHeadAwaitingFirstBodyRow = false;

        // Inject previous (body end and) table end.
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = undefined;
          lastTableEnd = 0;
        }

        // Inject table start.
        currentTable = {
          type: 'table',
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map.add(index, 0, [['enter', currentTable, context]]);
      } else if (token.type === 'tableRow' || token.type === 'tableDelimiterRow') {
        inFirstCellAwaitingPipe = true;
        currentCell = undefined;
        lastCell = [0, 0, 0, 0];
        cell = [0, index + 1, 0, 0];

        // Inject table body start.
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: 'tableBody',
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map.add(index, 0, [['enter', currentBody, context]]);
        }
        rowKind = token.type === 'tableDelimiterRow' ? 2 : currentBody ? 3 : 1;
      }
      // Cell data.
      else if (rowKind && (token.type === "data" || token.type === 'tableDelimiterMarker' || token.type === 'tableDelimiterFiller')) {
        inFirstCellAwaitingPipe = false;

        // First value in cell.
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, undefined, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index;
        }
      } else if (token.type === 'tableCellDivider') {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, undefined, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index, 0, 0];
        }
      }
    }
    // Exit events.
    else if (token.type === 'tableHead') {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index;
    } else if (token.type === 'tableRow' || token.type === 'tableDelimiterRow') {
      lastTableEnd = index;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === 'tableDelimiterMarker' || token.type === 'tableDelimiterFiller')) {
      cell[3] = index;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);

  // To do: move this into `html`, when events are exposed there.
  // That’s what `markdown-rs` does.
  // That needs updates to `mdast-util-gfm-table`.
  index = -1;
  while (++index < context.events.length) {
    const event = context.events[index];
    if (event[0] === 'enter' && event[1].type === 'table') {
      event[1]._align = gfmTableAlign(context.events, index);
    }
  }
  return events;
}

/**
 * Generate a cell.
 *
 * @param {EditMap} map
 *   Edit map to apply to.
 * @param {Readonly<TokenizeContext>} context
 *   Tokenize context.
 * @param {Readonly<Range>} range
 *   Range of the cell within events.
 * @param {RowKind} rowKind
 *   Type of row.
 * @param {number | undefined} rowEnd
 *   Index of the end of the row, if known.
 * @param {Token | undefined} previousCell
 *   Previous cell token, if any.
 * @returns {Token | undefined}
 *   Current cell token after flushing, if any.
 */
// eslint-disable-next-line max-params
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  // `markdown-rs` uses:
  // rowKind === 2 ? 'tableDelimiterCell' : 'tableCell'
  const groupName = rowKind === 1 ? 'tableHeader' : rowKind === 2 ? 'tableDelimiter' : 'tableData';
  // `markdown-rs` uses:
  // rowKind === 2 ? 'tableDelimiterCellValue' : 'tableCellText'
  const valueName = 'tableContent';

  // Insert an exit for the previous cell, if there is one.
  //
  // ```markdown
  // > | | aa | bb | cc |
  //          ^-- exit
  //           ^^^^-- this cell
  // ```
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map.add(range[0], 0, [['exit', previousCell, context]]);
  }

  // Insert enter of this cell.
  //
  // ```markdown
  // > | | aa | bb | cc |
  //           ^-- enter
  //           ^^^^-- this cell
  // ```
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range[1], 0, [['enter', previousCell, context]]);

  // Insert text start at first data start and end at last data end, and
  // remove events between.
  //
  // ```markdown
  // > | | aa | bb | cc |
  //            ^-- enter
  //             ^-- exit
  //           ^^^^-- this cell
  // ```
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    /** @type {Token} */
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range[2], 0, [['enter', valueToken, context]]);
    if (rowKind !== 2) {
      // Fix positional info on remaining events
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";

      // Remove if needed.
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [['exit', valueToken, context]]);
  }

  // Insert an exit for the last cell, if at the row end.
  //
  // ```markdown
  // > | | aa | bb | cc |
  //                    ^-- exit
  //               ^^^^^^-- this cell (the last one contains two “between” parts)
  // ```
  if (rowEnd !== undefined) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [['exit', previousCell, context]]);
    previousCell = undefined;
  }
  return previousCell;
}

/**
 * Generate table end (and table body end).
 *
 * @param {Readonly<EditMap>} map
 *   Edit map to apply to.
 * @param {Readonly<TokenizeContext>} context
 *   Tokenize context.
 * @param {number} index
 *   Index within the events where the table end should be inserted.
 * @param {Token} table
 *   Table token.
 * @param {Token | undefined} tableBody
 *   Table body token, if any.
 * @returns {undefined}
 *   Nothing.
 */
// eslint-disable-next-line max-params
function flushTableEnd(map, context, index, table, tableBody) {
  /** @type {Array<Event>} */
  const exits = [];
  const related = getPoint(context.events, index);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(['exit', tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(['exit', table, context]);
  map.add(index + 1, 0, exits);
}

/**
 * Get the point (start or end) for a given event in the list of events.
 *
 * @param {Readonly<Array<Event>>} events
 *   List of events.
 * @param {number} index
 *   Index of the event to get the point for.
 * @returns {Readonly<Point>}
 *   Start point for enter and end point for exit.
 */
function getPoint(events, index) {
  const event = events[index];
  const side = event[0] === 'enter' ? 'start' : 'end';
  return event[1][side];
}

/**
 * @import {Extension, State, TokenizeContext, Tokenizer} from 'micromark-util-types'
 */

const tasklistCheck = {
  name: 'tasklistCheck',
  tokenize: tokenizeTasklistCheck
};

/**
 * Create an HTML extension for `micromark` to support GFM task list items
 * syntax.
 *
 * @returns {Extension}
 *   Extension for `micromark` that can be passed in `htmlExtensions` to
 *   support GFM task list items when serializing to HTML.
 */
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}

/**
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeTasklistCheck(effects, ok, nok) {
  const self = this;
  return open;

  /**
   * At start of task list item check.
   *
   * ```markdown
   * > | * [x] y.
   *       ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (
    // Exit if there’s stuff before.
    self.previous !== null ||
    // Exit if not in the first content that is the first child of a list
    // item.
    !self._gfmTasklistFirstContentOfListItem) {
      return nok(code);
    }
    effects.enter('taskListCheck');
    effects.enter('taskListCheckMarker');
    effects.consume(code);
    effects.exit('taskListCheckMarker');
    return inside;
  }

  /**
   * In task list item check.
   *
   * ```markdown
   * > | * [x] y.
   *        ^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    // Currently we match how GH works in files.
    // To match how GH works in comments, use `markdownSpace` (`[\t ]`) instead
    // of `markdownLineEndingOrSpace` (`[\t\n\r ]`).
    if (markdownLineEndingOrSpace(code)) {
      effects.enter('taskListCheckValueUnchecked');
      effects.consume(code);
      effects.exit('taskListCheckValueUnchecked');
      return close;
    }
    if (code === 88 || code === 120) {
      effects.enter('taskListCheckValueChecked');
      effects.consume(code);
      effects.exit('taskListCheckValueChecked');
      return close;
    }
    return nok(code);
  }

  /**
   * At close of task list item check.
   *
   * ```markdown
   * > | * [x] y.
   *         ^
   * ```
   *
   * @type {State}
   */
  function close(code) {
    if (code === 93) {
      effects.enter('taskListCheckMarker');
      effects.consume(code);
      effects.exit('taskListCheckMarker');
      effects.exit('taskListCheck');
      return after;
    }
    return nok(code);
  }

  /**
   * @type {State}
   */
  function after(code) {
    // EOL in paragraph means there must be something else after it.
    if (markdownLineEnding(code)) {
      return ok(code);
    }

    // Space or tab?
    // Check what comes after.
    if (markdownSpace(code)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok, nok)(code);
    }

    // EOF, or non-whitespace, both wrong.
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function spaceThenNonSpace(effects, ok, nok) {
  return factorySpace(effects, after, "whitespace");

  /**
   * After whitespace, after task list item check.
   *
   * ```markdown
   * > | * [x] y.
   *           ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    // EOF means there was nothing, so bad.
    // EOL means there’s content after it, so good.
    // Impossible to have more spaces.
    // Anything else is good.
    return code === null ? nok(code) : ok(code);
  }
}

/**
 * @typedef {import('micromark-extension-gfm-footnote').HtmlOptions} HtmlOptions
 * @typedef {import('micromark-extension-gfm-strikethrough').Options} Options
 * @typedef {import('micromark-util-types').Extension} Extension
 * @typedef {import('micromark-util-types').HtmlExtension} HtmlExtension
 */


/**
 * Create an extension for `micromark` to enable GFM syntax.
 *
 * @param {Options | null | undefined} [options]
 *   Configuration (optional).
 *
 *   Passed to `micromark-extens-gfm-strikethrough`.
 * @returns {Extension}
 *   Extension for `micromark` that can be passed in `extensions` to enable GFM
 *   syntax.
 */
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ])
}

/**
 * @import {Root} from 'mdast'
 * @import {Options} from 'remark-gfm'
 * @import {} from 'remark-parse'
 * @import {} from 'remark-stringify'
 * @import {Processor} from 'unified'
 */


/** @type {Options} */
const emptyOptions = {};

/**
 * Add support GFM (autolink literals, footnotes, strikethrough, tables,
 * tasklists).
 *
 * @param {Options | null | undefined} [options]
 *   Configuration (optional).
 * @returns {undefined}
 *   Nothing.
 */
function remarkGfm(options) {
  // @ts-expect-error: TS is wrong about `this`.
  // eslint-disable-next-line unicorn/no-this-assignment
  const self = /** @type {Processor<Root>} */ (this);
  const settings = options || emptyOptions;
  const data = self.data();

  const micromarkExtensions =
    data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions =
    data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions =
    data.toMarkdownExtensions || (data.toMarkdownExtensions = []);

  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

/**
 * @import {
 *   InitialConstruct,
 *   Initializer,
 *   State,
 *   TokenizeContext,
 *   Token
 * } from 'micromark-util-types'
 */

/** @type {InitialConstruct} */
const content = {
  tokenize: initializeContent
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Initializer}
 *   Content.
 */
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  /** @type {Token} */
  let previous;
  return contentStart;

  /** @type {State} */
  function afterContentStartConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }

  /** @type {State} */
  function paragraphInitial(code) {
    effects.enter("paragraph");
    return lineStart(code);
  }

  /** @type {State} */
  function lineStart(code) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous
    });
    if (previous) {
      previous.next = token;
    }
    previous = token;
    return data(code);
  }

  /** @type {State} */
  function data(code) {
    if (code === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      effects.exit("chunkText");
      return lineStart;
    }

    // Data.
    effects.consume(code);
    return data;
  }
}

/**
 * @import {
 *   Construct,
 *   ContainerState,
 *   InitialConstruct,
 *   Initializer,
 *   Point,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */

/** @type {InitialConstruct} */
const document$1 = {
  tokenize: initializeDocument
};

/** @type {Construct} */
const containerConstruct = {
  tokenize: tokenizeContainer
};

/**
 * @this {TokenizeContext}
 *   Self.
 * @type {Initializer}
 *   Initializer.
 */
function initializeDocument(effects) {
  const self = this;
  /** @type {Array<StackItem>} */
  const stack = [];
  let continued = 0;
  /** @type {TokenizeContext | undefined} */
  let childFlow;
  /** @type {Token | undefined} */
  let childToken;
  /** @type {number} */
  let lineStartOffset;
  return start;

  /** @type {State} */
  function start(code) {
    // First we iterate through the open blocks, starting with the root
    // document, and descending through last children down to the last open
    // block.
    // Each block imposes a condition that the line must satisfy if the block is
    // to remain open.
    // For example, a block quote requires a `>` character.
    // A paragraph requires a non-blank line.
    // In this phase we may match all or just some of the open blocks.
    // But we cannot close unmatched blocks yet, because we may have a lazy
    // continuation line.
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code);
    }

    // Done.
    return checkNewContainers(code);
  }

  /** @type {State} */
  function documentContinue(code) {
    continued++;

    // Note: this field is called `_closeFlow` but it also closes containers.
    // Perhaps a good idea to rename it but it’s already used in the wild by
    // extensions.
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = undefined;
      if (childFlow) {
        closeFlow();
      }

      // Note: this algorithm for moving events around is similar to the
      // algorithm when dealing with lazy lines in `writeToChild`.
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      /** @type {Point | undefined} */
      let point;

      // Find the flow chunk.
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === 'exit' && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);

      // Fix positions.
      let index = indexBeforeExits;
      while (index < self.events.length) {
        self.events[index][1].end = {
          ...point
        };
        index++;
      }
      const editMap = new EditMap$1();
      // Inject the exits earlier (they’re still also at the end).
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      // Discard the duplicate exits.
      editMap.add(indexBeforeExits, index - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code);
    }
    return start(code);
  }

  /** @type {State} */
  function checkNewContainers(code) {
    // Next, after consuming the continuation markers for existing blocks, we
    // look for new block starts (e.g. `>` for a block quote).
    // If we encounter a new block start, we close any blocks unmatched in
    // step 1 before creating the new block as a child of the last matched
    // block.
    if (continued === stack.length) {
      // No need to `check` whether there’s a container, of `exitContainers`
      // would be moot.
      // We can instead immediately `attempt` to parse one.
      if (!childFlow) {
        return documentContinued(code);
      }

      // If we have concrete content, such as block HTML or fenced code,
      // we can’t have containers “pierce” into them, so we can immediately
      // start.
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code);
      }

      // If we do have flow, it could still be a blank line,
      // but we’d be interrupting it w/ a new container if there’s a current
      // construct.
      // To do: next major: remove `_gfmTableDynamicInterruptHack` (no longer
      // needed in micromark-extension-gfm-table@1.0.6).
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }

    // Check if there is a new container.
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code);
  }

  /** @type {State} */
  function thereIsANewContainer(code) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code);
  }

  /** @type {State} */
  function thereIsNoNewContainer(code) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code);
  }

  /** @type {State} */
  function documentContinued(code) {
    // Try new containers.
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code);
  }

  /** @type {State} */
  function containerContinue(code) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    // Try another.
    return documentContinued(code);
  }

  /** @type {State} */
  function flowStart(code) {
    if (code === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code);
  }

  /** @type {State} */
  function flowContinue(code) {
    if (code === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      writeToChild(effects.exit("chunkFlow"));
      // Get ready for the next line.
      continued = 0;
      self.interrupt = undefined;
      return start;
    }
    effects.consume(code);
    return flowContinue;
  }

  /**
   * @param {Token} token
   *   Token.
   * @param {boolean | undefined} [endOfFile]
   *   Whether the token is at the end of the file (default: `false`).
   * @returns {undefined}
   *   Nothing.
   */
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);

    // Alright, so we just added a lazy line:
    //
    // ```markdown
    // > a
    // b.
    //
    // Or:
    //
    // > ~~~c
    // d
    //
    // Or:
    //
    // > | e |
    // f
    // ```
    //
    // The construct in the second example (fenced code) does not accept lazy
    // lines, so it marked itself as done at the end of its first line, and
    // then the content construct parses `d`.
    // Most constructs in markdown match on the first line: if the first line
    // forms a construct, a non-lazy line can’t “unmake” it.
    //
    // The construct in the third example is potentially a GFM table, and
    // those are *weird*.
    // It *could* be a table, from the first line, if the following line
    // matches a condition.
    // In this case, that second line is lazy, which “unmakes” the first line
    // and turns the whole into one content block.
    //
    // We’ve now parsed the non-lazy and the lazy line, and can figure out
    // whether the lazy line started a new flow block.
    // If it did, we exit the current containers between the two flow blocks.
    if (self.parser.lazy[token.start.line]) {
      let index = childFlow.events.length;
      while (index--) {
        if (
        // The token starts before the line ending…
        childFlow.events[index][1].start.offset < lineStartOffset && (
        // …and either is not ended yet…
        !childFlow.events[index][1].end ||
        // …or ends after it.
        childFlow.events[index][1].end.offset > lineStartOffset)) {
          // Exit: there’s still something open, which means it’s a lazy line
          // part of something.
          return;
        }
      }

      // Note: this algorithm for moving events around is similar to the
      // algorithm when closing flow in `documentContinue`.
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      /** @type {boolean | undefined} */
      let seen;
      /** @type {Point | undefined} */
      let point;

      // Find the previous chunk (the one before the lazy line).
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === 'exit' && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);

      // Fix positions.
      index = indexBeforeExits;
      while (index < self.events.length) {
        self.events[index][1].end = {
          ...point
        };
        index++;
      }
      const editMap = new EditMap$1();
      // Inject the exits earlier (they’re still also at the end).
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      // Discard the duplicate exits.
      editMap.add(indexBeforeExits, index - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }

  /**
   * @param {number} size
   *   Size.
   * @returns {undefined}
   *   Nothing.
   */
  function exitContainers(size) {
    let index = stack.length;

    // Exit open containers.
    while (index-- > size) {
      const entry = stack[index];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = undefined;
    childFlow = undefined;
    self.containerState._closeFlow = undefined;
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 *   Tokenizer.
 */
function tokenizeContainer(effects, ok, nok) {
  // Always populated by defaults.

  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok, nok), "linePrefix", this.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4);
}

/**
 * @import {
 *   InitialConstruct,
 *   Initializer,
 *   State,
 *   TokenizeContext
 * } from 'micromark-util-types'
 */

/** @type {InitialConstruct} */
const flow$1 = {
  tokenize: initializeFlow
};

/**
 * @this {TokenizeContext}
 *   Self.
 * @type {Initializer}
 *   Initializer.
 */
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
  // Try to parse a blank line.
  blankLine, atBlankEnding,
  // Try to parse initial flow (essentially, only code).
  effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content$1, afterConstruct)), "linePrefix")));
  return initial;

  /** @type {State} */
  function atBlankEnding(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code);
    effects.exit("lineEndingBlank");
    self.currentConstruct = undefined;
    return initial;
  }

  /** @type {State} */
  function afterConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    self.currentConstruct = undefined;
    return initial;
  }
}

/**
 * @import {
 *   Code,
 *   InitialConstruct,
 *   Initializer,
 *   Resolver,
 *   State,
 *   TokenizeContext
 * } from 'micromark-util-types'
 */

const resolver = {
  resolveAll: createResolver()
};
const string$1 = initializeFactory('string');
const text$1 = initializeFactory('text');

/**
 * @param {'string' | 'text'} field
 *   Field.
 * @returns {InitialConstruct}
 *   Construct.
 */
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === 'text' ? resolveAllLineSuffixes : undefined),
    tokenize: initializeText
  };

  /**
   * @this {TokenizeContext}
   *   Context.
   * @type {Initializer}
   */
  function initializeText(effects) {
    const self = this;
    const constructs = this.parser.constructs[field];
    const text = effects.attempt(constructs, start, notText);
    return start;

    /** @type {State} */
    function start(code) {
      return atBreak(code) ? text(code) : notText(code);
    }

    /** @type {State} */
    function notText(code) {
      if (code === null) {
        effects.consume(code);
        return;
      }
      effects.enter("data");
      effects.consume(code);
      return data;
    }

    /** @type {State} */
    function data(code) {
      if (atBreak(code)) {
        effects.exit("data");
        return text(code);
      }

      // Data.
      effects.consume(code);
      return data;
    }

    /**
     * @param {Code} code
     *   Code.
     * @returns {boolean}
     *   Whether the code is a break.
     */
    function atBreak(code) {
      if (code === null) {
        return true;
      }
      const list = constructs[code];
      let index = -1;
      if (list) {
        // Always populated by defaults.

        while (++index < list.length) {
          const item = list[index];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}

/**
 * @param {Resolver | undefined} [extraResolver]
 *   Resolver.
 * @returns {Resolver}
 *   Resolver.
 */
function createResolver(extraResolver) {
  return resolveAllText;

  /** @type {Resolver} */
  function resolveAllText(events, context) {
    let index = -1;
    /** @type {number | undefined} */
    let enter;

    // A rather boring computation (to merge adjacent `data` events) which
    // improves mm performance by 29%.
    while (++index <= events.length) {
      if (enter === undefined) {
        if (events[index] && events[index][1].type === "data") {
          enter = index;
          index++;
        }
      } else if (!events[index] || events[index][1].type !== "data") {
        // Don’t do anything if there is one data token.
        if (index !== enter + 2) {
          events[enter][1].end = events[index - 1][1].end;
          events.splice(enter + 2, index - enter - 2);
          index = enter + 2;
        }
        enter = undefined;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}

/**
 * A rather ugly set of instructions which again looks at chunks in the input
 * stream.
 * The reason to do this here is that it is *much* faster to parse in reverse.
 * And that we can’t hook into `null` to split the line suffix before an EOF.
 * To do: figure out if we can make this into a clean utility, or even in core.
 * As it will be useful for GFMs literal autolink extension (and maybe even
 * tables?)
 *
 * @type {Resolver}
 */
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap$1();
  let eventIndex = 0; // Skip first.

  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      /** @type {boolean | undefined} */
      let tabs;
      while (index--) {
        const chunk = chunks[index];
        if (typeof chunk === 'string') {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        }
        // Number
        else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) ; else {
          // Replacement character, exit.
          index++;
          break;
        }
      }

      // Allow final trailing whitespace.
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [['enter', token, context], ['exit', token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

/**
 * @import {Extension} from 'micromark-util-types'
 */


/** @satisfies {Extension['document']} */
const document = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};

/** @satisfies {Extension['contentInitial']} */
const contentInitial = {
  [91]: definition
};

/** @satisfies {Extension['flowInitial']} */
const flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};

/** @satisfies {Extension['flow']} */
const flow = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};

/** @satisfies {Extension['string']} */
const string = {
  [38]: characterReference,
  [92]: characterEscape
};

/** @satisfies {Extension['text']} */
const text = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};

/** @satisfies {Extension['insideSpan']} */
const insideSpan = {
  null: [attention, resolver]
};

/** @satisfies {Extension['attentionMarkers']} */
const attentionMarkers = {
  null: [42, 95]
};

/** @satisfies {Extension['disable']} */
const disable = {
  null: []
};

var defaultConstructs = /*#__PURE__*/Object.freeze({
    __proto__: null,
    attentionMarkers: attentionMarkers,
    contentInitial: contentInitial,
    disable: disable,
    document: document,
    flow: flow,
    flowInitial: flowInitial,
    insideSpan: insideSpan,
    string: string,
    text: text
});

/**
 * @import {
 *   Chunk,
 *   Code,
 *   ConstructRecord,
 *   Construct,
 *   Effects,
 *   InitialConstruct,
 *   ParseContext,
 *   Point,
 *   State,
 *   TokenizeContext,
 *   Token
 * } from 'micromark-util-types'
 */

/**
 * Create a tokenizer.
 * Tokenizers deal with one type of data (e.g., containers, flow, text).
 * The parser is the object dealing with it all.
 * `initialize` works like other constructs, except that only its `tokenize`
 * function is used, in which case it doesn’t receive an `ok` or `nok`.
 * `from` can be given to set the point before the first character, although
 * when further lines are indented, they must be set with `defineSkip`.
 *
 * @param {ParseContext} parser
 *   Parser.
 * @param {InitialConstruct} initialize
 *   Construct.
 * @param {Omit<Point, '_bufferIndex' | '_index'> | undefined} [from]
 *   Point (optional).
 * @returns {TokenizeContext}
 *   Context.
 */
function createTokenizer(parser, initialize, from) {
  /** @type {Point} */
  let point = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  /** @type {Record<string, number>} */
  const columnStart = {};
  /** @type {Array<Construct>} */
  const resolveAllConstructs = [];
  /** @type {Array<Chunk>} */
  let chunks = [];
  /** @type {Array<Token>} */
  let stack = [];

  /**
   * Tools used for tokenizing.
   *
   * @type {Effects}
   */
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };

  /**
   * State and tools for resolving and serializing.
   *
   * @type {TokenizeContext}
   */
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };

  /**
   * The state function.
   *
   * @type {State | undefined}
   */
  let state = initialize.tokenize.call(context, effects);
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;

  /** @type {TokenizeContext['write']} */
  function write(slice) {
    chunks = push(chunks, slice);
    main();

    // Exit if we’re not done, resolve might change stuff.
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);

    // Otherwise, resolve, and exit.
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }

  //
  // Tools.
  //

  /** @type {TokenizeContext['sliceSerialize']} */
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }

  /** @type {TokenizeContext['sliceStream']} */
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }

  /** @type {TokenizeContext['now']} */
  function now() {
    // This is a hot path, so we clone manually instead of `Object.assign({}, point)`
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }

  /** @type {TokenizeContext['defineSkip']} */
  function defineSkip(value) {
    columnStart[value.line] = value.column;
    accountForPotentialSkip();
  }

  //
  // State management.
  //

  /**
   * Main loop (note that `_index` and `_bufferIndex` in `point` are modified by
   * `consume`).
   * Here is where we walk through the chunks, which either include strings of
   * several characters, or numerical character codes.
   * The reason to do this in a loop instead of a call is so the stack can
   * drain.
   *
   * @returns {undefined}
   *   Nothing.
   */
  function main() {
    while (point._index < chunks.length) {
      const chunk = chunks[point._index];

      // If we’re in a buffer chunk, loop through it.
      if (typeof chunk === 'string') {
        const chunkIndex = point._index;
        if (point._bufferIndex < 0) {
          point._bufferIndex = 0;
        }
        while (point._index === chunkIndex && point._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }

  /**
   * Deal with one code.
   *
   * @param {Code} code
   *   Code.
   * @returns {undefined}
   *   Nothing.
   */
  function go(code) {
    state = state(code);
  }

  /** @type {Effects['consume']} */
  function consume(code) {
    if (markdownLineEnding(code)) {
      point.line++;
      point.column = 1;
      point.offset += code === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code !== -1) {
      point.column++;
      point.offset++;
    }

    // Not in a string chunk.
    if (point._bufferIndex < 0) {
      point._index++;
    } else {
      point._bufferIndex++;

      // At end of string chunk.
      if (point._bufferIndex ===
      // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point._index].length) {
        point._bufferIndex = -1;
        point._index++;
      }
    }

    // Expose the previous character.
    context.previous = code;
  }

  /** @type {Effects['enter']} */
  function enter(type, fields) {
    /** @type {Token} */
    // @ts-expect-error Patch instead of assign required fields to help GC.
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(['enter', token, context]);
    stack.push(token);
    return token;
  }

  /** @type {Effects['exit']} */
  function exit(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(['exit', token, context]);
    return token;
  }

  /**
   * Use results.
   *
   * @type {ReturnHandle}
   */
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }

  /**
   * Discard results.
   *
   * @type {ReturnHandle}
   */
  function onsuccessfulcheck(_, info) {
    info.restore();
  }

  /**
   * Factory to attempt/check/interrupt.
   *
   * @param {ReturnHandle} onreturn
   *   Callback.
   * @param {{interrupt?: boolean | undefined} | undefined} [fields]
   *   Fields.
   */
  function constructFactory(onreturn, fields) {
    return hook;

    /**
     * Handle either an object mapping codes to constructs, a list of
     * constructs, or a single construct.
     *
     * @param {Array<Construct> | ConstructRecord | Construct} constructs
     *   Constructs.
     * @param {State} returnState
     *   State.
     * @param {State | undefined} [bogusState]
     *   State.
     * @returns {State}
     *   State.
     */
    function hook(constructs, returnState, bogusState) {
      /** @type {ReadonlyArray<Construct>} */
      let listOfConstructs;
      /** @type {number} */
      let constructIndex;
      /** @type {Construct} */
      let currentConstruct;
      /** @type {Info} */
      let info;
      return Array.isArray(constructs) ? /* c8 ignore next 1 */
      handleListOfConstructs(constructs) : 'tokenize' in constructs ?
      // Looks like a construct.
      handleListOfConstructs([(/** @type {Construct} */constructs)]) : handleMapOfConstructs(constructs);

      /**
       * Handle a list of construct.
       *
       * @param {ConstructRecord} map
       *   Constructs.
       * @returns {State}
       *   State.
       */
      function handleMapOfConstructs(map) {
        return start;

        /** @type {State} */
        function start(code) {
          const left = code !== null && map[code];
          const all = code !== null && map.null;
          const list = [
          // To do: add more extension tests.
          /* c8 ignore next 2 */
          ...(Array.isArray(left) ? left : left ? [left] : []), ...(Array.isArray(all) ? all : all ? [all] : [])];
          return handleListOfConstructs(list)(code);
        }
      }

      /**
       * Handle a list of construct.
       *
       * @param {ReadonlyArray<Construct>} list
       *   Constructs.
       * @returns {State}
       *   State.
       */
      function handleListOfConstructs(list) {
        listOfConstructs = list;
        constructIndex = 0;
        if (list.length === 0) {
          return bogusState;
        }
        return handleConstruct(list[constructIndex]);
      }

      /**
       * Handle a single construct.
       *
       * @param {Construct} construct
       *   Construct.
       * @returns {State}
       *   State.
       */
      function handleConstruct(construct) {
        return start;

        /** @type {State} */
        function start(code) {
          // To do: not needed to store if there is no bogus state, probably?
          // Currently doesn’t work because `inspect` in document does a check
          // w/o a bogus, which doesn’t make sense. But it does seem to help perf
          // by not storing.
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }

          // Always populated by defaults.

          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok();
          }
          return construct.tokenize.call(
          // If we do have fields, create an object w/ `context` as its
          // prototype.
          // This allows a “live binding”, which is needed for `interrupt`.
          fields ? Object.assign(Object.create(context), fields) : context, effects, ok, nok)(code);
        }
      }

      /** @type {State} */
      function ok(code) {
        onreturn(currentConstruct, info);
        return returnState;
      }

      /** @type {State} */
      function nok(code) {
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }

  /**
   * @param {Construct} construct
   *   Construct.
   * @param {number} from
   *   From.
   * @returns {undefined}
   *   Nothing.
   */
  function addResult(construct, from) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from, context.events.length - from, construct.resolve(context.events.slice(from), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }

  /**
   * Store state.
   *
   * @returns {Info}
   *   Info.
   */
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };

    /**
     * Restore state.
     *
     * @returns {undefined}
     *   Nothing.
     */
    function restore() {
      point = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }

  /**
   * Move the current point a bit forward in the line when it’s on a column
   * skip.
   *
   * @returns {undefined}
   *   Nothing.
   */
  function accountForPotentialSkip() {
    if (point.line in columnStart && point.column < 2) {
      point.column = columnStart[point.line];
      point.offset += columnStart[point.line] - 1;
    }
  }
}

/**
 * Get the chunks from a slice of chunks in the range of a token.
 *
 * @param {ReadonlyArray<Chunk>} chunks
 *   Chunks.
 * @param {Pick<Token, 'end' | 'start'>} token
 *   Token.
 * @returns {Array<Chunk>}
 *   Chunks.
 */
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  /** @type {Array<Chunk>} */
  let view;
  if (startIndex === endIndex) {
    // @ts-expect-error `_bufferIndex` is used on string chunks.
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === 'string') {
        view[0] = head.slice(startBufferIndex);
        /* c8 ignore next 4 -- used to be used, no longer */
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      // @ts-expect-error `_bufferIndex` is used on string chunks.
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}

/**
 * Get the string value of a slice of chunks.
 *
 * @param {ReadonlyArray<Chunk>} chunks
 *   Chunks.
 * @param {boolean | undefined} [expandTabs=false]
 *   Whether to expand tabs (default: `false`).
 * @returns {string}
 *   Result.
 */
function serializeChunks(chunks, expandTabs) {
  let index = -1;
  /** @type {Array<string>} */
  const result = [];
  /** @type {boolean | undefined} */
  let atTab;
  while (++index < chunks.length) {
    const chunk = chunks[index];
    /** @type {string} */
    let value;
    if (typeof chunk === 'string') {
      value = chunk;
    } else {
      switch (chunk) {
        case -5:
          {
            value = "\r";
            break;
          }
        case -4:
          {
            value = "\n";
            break;
          }
        case -3:
          {
            value = "\r" + "\n";
            break;
          }
        case -2:
          {
            value = expandTabs ? " " : "\t";
            break;
          }
        case -1:
          {
            if (!expandTabs && atTab) {
              continue;
            }
            value = " ";
            break;
          }
        default:
          {
            // Currently only replacement character.
            value = String.fromCharCode(chunk);
          }
      }
    }
    atTab = chunk === -2;
    result.push(value);
  }
  return result.join('');
}

/**
 * @import {
 *   Create,
 *   FullNormalizedExtension,
 *   InitialConstruct,
 *   ParseContext,
 *   ParseOptions
 * } from 'micromark-util-types'
 */


/**
 * @param {ParseOptions | null | undefined} [options]
 *   Configuration (optional).
 * @returns {ParseContext}
 *   Parser.
 */
function parse(options) {
  const settings = options || {};
  const constructs = /** @type {FullNormalizedExtension} */
  combineExtensions([defaultConstructs, ...(settings.extensions || [])]);

  /** @type {ParseContext} */
  const parser = {
    constructs,
    content: create(content),
    defined: [],
    document: create(document$1),
    flow: create(flow$1),
    lazy: {},
    string: create(string$1),
    text: create(text$1)
  };
  return parser;

  /**
   * @param {InitialConstruct} initial
   *   Construct to start with.
   * @returns {Create}
   *   Create a tokenizer.
   */
  function create(initial) {
    return creator;
    /** @type {Create} */
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

/**
 * @import {Event} from 'micromark-util-types'
 */


/**
 * @param {Array<Event>} events
 *   Events.
 * @returns {Array<Event>}
 *   Events.
 */
function postprocess(events) {
  while (!subtokenize(events)) {
    // Empty
  }
  return events;
}

/**
 * @import {Chunk, Code, Encoding, Value} from 'micromark-util-types'
 */

/**
 * @callback Preprocessor
 *   Preprocess a value.
 * @param {Value} value
 *   Value.
 * @param {Encoding | null | undefined} [encoding]
 *   Encoding when `value` is a typed array (optional).
 * @param {boolean | null | undefined} [end=false]
 *   Whether this is the last chunk (default: `false`).
 * @returns {Array<Chunk>}
 *   Chunks.
 */

const search = /[\0\t\n\r]/g;

/**
 * @returns {Preprocessor}
 *   Preprocess a value.
 */
function preprocess() {
  let column = 1;
  let buffer = '';
  /** @type {boolean | undefined} */
  let start = true;
  /** @type {boolean | undefined} */
  let atCarriageReturn;
  return preprocessor;

  /** @type {Preprocessor} */
  // eslint-disable-next-line complexity
  function preprocessor(value, encoding, end) {
    value = buffer + (typeof value === 'string' ? value.toString() : new TextDecoder(encoding || undefined).decode(value));

    /** @type {Array<Chunk>} */
    const chunks = [];
    let startPosition = 0;
    buffer = '';
    if (start) {
      // To do: `markdown-rs` actually parses BOMs (byte order mark).
      if (value.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = undefined;
    }
    while (startPosition < value.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value);
      const endPosition = match && match.index !== undefined ? match.index : value.length;
      const code = value.charCodeAt(endPosition);
      if (!match) {
        buffer = value.slice(startPosition);
        break;
      }
      if (code === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = undefined;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = undefined;
        }
        if (startPosition < endPosition) {
          chunks.push(value.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code) {
          case 0:
            {
              chunks.push(65533);
              column++;
              break;
            }
          case 9:
            {
              const next = Math.ceil(column / 4) * 4;
              chunks.push(-2);
              while (column++ < next) {
                chunks.push(-1);
              }
              break;
            }
          case 10:
            {
              chunks.push(-4);
              column = 1;
              break;
            }
          default:
            {
              atCarriageReturn = true;
              column = 1;
            }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

/**
 * @typedef {import('unist').Node} Node
 * @typedef {import('unist').Point} Point
 * @typedef {import('unist').Position} Position
 */

/**
 * @typedef NodeLike
 * @property {string} type
 * @property {PositionLike | null | undefined} [position]
 *
 * @typedef PointLike
 * @property {number | null | undefined} [line]
 * @property {number | null | undefined} [column]
 * @property {number | null | undefined} [offset]
 *
 * @typedef PositionLike
 * @property {PointLike | null | undefined} [start]
 * @property {PointLike | null | undefined} [end]
 */

/**
 * Serialize the positional info of a point, position (start and end points),
 * or node.
 *
 * @param {Node | NodeLike | Point | PointLike | Position | PositionLike | null | undefined} [value]
 *   Node, position, or point.
 * @returns {string}
 *   Pretty printed positional info of a node (`string`).
 *
 *   In the format of a range `ls:cs-le:ce` (when given `node` or `position`)
 *   or a point `l:c` (when given `point`), where `l` stands for line, `c` for
 *   column, `s` for `start`, and `e` for end.
 *   An empty string (`''`) is returned if the given value is neither `node`,
 *   `position`, nor `point`.
 */
function stringifyPosition(value) {
  // Nothing.
  if (!value || typeof value !== 'object') {
    return ''
  }

  // Node.
  if ('position' in value || 'type' in value) {
    return position(value.position)
  }

  // Position.
  if ('start' in value || 'end' in value) {
    return position(value)
  }

  // Point.
  if ('line' in value || 'column' in value) {
    return point$1(value)
  }

  // ?
  return ''
}

/**
 * @param {Point | PointLike | null | undefined} point
 * @returns {string}
 */
function point$1(point) {
  return index(point && point.line) + ':' + index(point && point.column)
}

/**
 * @param {Position | PositionLike | null | undefined} pos
 * @returns {string}
 */
function position(pos) {
  return point$1(pos && pos.start) + '-' + point$1(pos && pos.end)
}

/**
 * @param {number | null | undefined} value
 * @returns {number}
 */
function index(value) {
  return value && typeof value === 'number' ? value : 1
}

/**
 * @import {
 *   Break,
 *   Blockquote,
 *   Code,
 *   Definition,
 *   Emphasis,
 *   Heading,
 *   Html,
 *   Image,
 *   InlineCode,
 *   Link,
 *   ListItem,
 *   List,
 *   Nodes,
 *   Paragraph,
 *   PhrasingContent,
 *   ReferenceType,
 *   Root,
 *   Strong,
 *   Text,
 *   ThematicBreak
 * } from 'mdast'
 * @import {
 *   Encoding,
 *   Event,
 *   Token,
 *   Value
 * } from 'micromark-util-types'
 * @import {Point} from 'unist'
 * @import {
 *   CompileContext,
 *   CompileData,
 *   Config,
 *   Extension,
 *   Handle,
 *   OnEnterError,
 *   Options
 * } from './types.js'
 */

const own$1 = {}.hasOwnProperty;

/**
 * Turn markdown into a syntax tree.
 *
 * @overload
 * @param {Value} value
 * @param {Encoding | null | undefined} [encoding]
 * @param {Options | null | undefined} [options]
 * @returns {Root}
 *
 * @overload
 * @param {Value} value
 * @param {Options | null | undefined} [options]
 * @returns {Root}
 *
 * @param {Value} value
 *   Markdown to parse.
 * @param {Encoding | Options | null | undefined} [encoding]
 *   Character encoding for when `value` is `Buffer`.
 * @param {Options | null | undefined} [options]
 *   Configuration.
 * @returns {Root}
 *   mdast tree.
 */
function fromMarkdown(value, encoding, options) {
  if (encoding && typeof encoding === 'object') {
    options = encoding;
    encoding = undefined;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value, encoding, true))));
}

/**
 * Note this compiler only understand complete buffering, not streaming.
 *
 * @param {Options | null | undefined} [options]
 */
function compiler(options) {
  /** @type {Config} */
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ['emphasis', 'fragment', 'heading', 'paragraph', 'strong'],
    enter: {
      autolink: opener(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener(heading),
      blockQuote: opener(blockQuote),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener(codeFlow, buffer),
      codeText: opener(codeText, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener(definition),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener(emphasis),
      hardBreakEscape: opener(hardBreak),
      hardBreakTrailing: opener(hardBreak),
      htmlFlow: opener(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener(html, buffer),
      htmlTextData: onenterdata,
      image: opener(image),
      label: buffer,
      link: opener(link),
      listItem: opener(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener(list, onenterlistordered),
      listUnordered: opener(list),
      paragraph: opener(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener(heading),
      strong: opener(strong),
      thematicBreak: opener(thematicBreak)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);

  /** @type {CompileData} */
  const data = {};
  return compile;

  /**
   * Turn micromark events into an mdast tree.
   *
   * @param {Array<Event>} events
   *   Events.
   * @returns {Root}
   *   mdast tree.
   */
  function compile(events) {
    /** @type {Root} */
    let tree = {
      type: 'root',
      children: [],
      position: undefined
    };
    /** @type {Omit<CompileContext, 'sliceSerialize'>} */
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit,
      buffer,
      resume,
      data
    };
    /** @type {Array<number>} */
    const listStack = [];
    /** @type {Array<Event>} */
    const prepared = [];
    let index = -1;

    // Add `listItem` tokens and infer spread.
    // Each list is prepared while it is last in `prepared`, so nothing shifts.
    while (++index < events.length) {
      prepared.push(events[index]);
      if (events[index][1].type === "listOrdered" || events[index][1].type === "listUnordered") {
        if (events[index][0] === 'enter') {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index = -1;
    while (++index < events.length) {
      const handler = config[events[index][0]];
      if (events[index][0] === 'enter' && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
      if (own$1.call(handler, events[index][1].type)) {
        // Note: spread first, V8 has optimizations for object shape cloning.
        handler[events[index][1].type].call({
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
      if (events[index][0] === 'exit' && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
    }

    // Handle tokens still being open.
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, undefined, tail[0]);
    }

    // Figure out `root` position.
    tree.position = {
      start: point(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };

    // Call transforms.
    index = -1;
    while (++index < config.transforms.length) {
      tree = config.transforms[index](tree) || tree;
    }
    return tree;
  }

  /**
   * @param {Array<Handle>} listeners
   *   Listeners.
   * @param {CompileContext} context
   *   Context.
   * @param {Token} token
   *   Token.
   * @returns {undefined}
   *   Nothing.
   */
  function callListeners(listeners, context, token) {
    let index = -1;
    while (++index < listeners.length) {
      listeners[index].call(context, token);
    }
  }

  /**
   * @param {Array<Event>} events
   *   Events, ending with the list to prepare.
   * @param {number} start
   *   Index of the list enter.
   * @returns {undefined}
   */
  function prepareList(events, start) {
    const end = events.length - 1;
    let index = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    /** @type {Token | undefined} */
    let listItem;
    /** @type {number | undefined} */
    let lineIndex;
    /** @type {number | undefined} */
    let firstBlankLineIndex;
    /** @type {boolean | undefined} */
    let atMarker;
    /**
     * `listItem` events to insert before the event at `at`, in walk order.
     * Merged in after the walk, as inserting while walking would shift the
     * rest of the list once per item.
     * @type {Array<{at: number, event: Event}>}
     */
    const insertions = [];
    while (++index <= end) {
      const event = events[index];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote":
          {
            if (event[0] === 'enter') {
              containerBalance++;
            } else {
              containerBalance--;
            }
            atMarker = undefined;
            break;
          }
        case "lineEndingBlank":
          {
            if (event[0] === 'enter') {
              if (listItem && !atMarker && !containerBalance && !firstBlankLineIndex) {
                firstBlankLineIndex = index;
              }
              atMarker = undefined;
            }
            break;
          }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace":
          {
            // Empty.

            break;
          }
        default:
          {
            atMarker = undefined;
          }
      }
      if (!containerBalance && event[0] === 'enter' && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === 'exit' && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem) {
          let tailIndex = index;
          lineIndex = undefined;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === 'exit') continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") ; else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem._spread = true;
          }

          // Fix position.
          listItem.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index,
            event: ['exit', listItem, event[2]]
          });
        }

        // Create a new list item.
        if (event[1].type === "listItemPrefix") {
          /** @type {Token} */
          const item = {
            type: 'listItem',
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: undefined
          };
          listItem = item;
          insertions.push({
            at: index,
            event: ['enter', item, event[2]]
          });
          firstBlankLineIndex = undefined;
          atMarker = true;
        }
      }
    }

    // The list is at the end of `events`: take it off, then push it back with
    // the insertions merged in.
    // Nothing follows the list, so nothing shifts.
    const listEvents = events.splice(start);
    let insertion = 0;
    index = -1;
    while (++index < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index]);
    }
    events[start][1]._spread = listSpread;
  }

  /**
   * Create an opener handle.
   *
   * @param {(token: Token) => Nodes} create
   *   Create a node.
   * @param {Handle | undefined} [and]
   *   Optional function to also run.
   * @returns {Handle}
   *   Handle.
   */
  function opener(create, and) {
    return open;

    /**
     * @this {CompileContext}
     * @param {Token} token
     * @returns {undefined}
     */
    function open(token) {
      enter.call(this, create(token), token);
      if (and) and.call(this, token);
    }
  }

  /**
   * @type {CompileContext['buffer']}
   */
  function buffer() {
    this.stack.push({
      type: 'fragment',
      children: []
    });
  }

  /**
   * @type {CompileContext['enter']}
   */
  function enter(node, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    /** @type {Array<Nodes>} */
    const siblings = parent.children;
    siblings.push(node);
    this.stack.push(node);
    this.tokenStack.push([token, errorHandler || undefined]);
    node.position = {
      start: point(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: undefined
    };
  }

  /**
   * Create a closer handle.
   *
   * @param {Handle | undefined} [and]
   *   Optional function to also run.
   * @returns {Handle}
   *   Handle.
   */
  function closer(and) {
    return close;

    /**
     * @this {CompileContext}
     * @param {Token} token
     * @returns {undefined}
     */
    function close(token) {
      if (and) and.call(this, token);
      exit.call(this, token);
    }
  }

  /**
   * @type {CompileContext['exit']}
   */
  function exit(token, onExitError) {
    const node = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error('Cannot close `' + token.type + '` (' + stringifyPosition({
        start: token.start,
        end: token.end
      }) + '): it’s not open');
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node.position.end = point(token.end);
  }

  /**
   * @type {CompileContext['resume']}
   */
  function resume() {
    return toString(this.stack.pop());
  }

  //
  // Handlers.
  //

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = undefined;
    }
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitcodefencedfenceinfo() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.lang = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitcodefencedfencemeta() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.meta = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitcodefencedfence() {
    // Exit if this is the closing fence.
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitcodefenced() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
    this.data.flowCodeInside = undefined;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitcodeindented() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.value = data.replace(/(\r?\n|\r)$/g, '');
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.label = label;
    node.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitdefinitiontitlestring() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.title = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitdefinitiondestinationstring() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.url = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitatxheadingsequence(token) {
    const node = this.stack[this.stack.length - 1];
    if (!node.depth) {
      const depth = this.sliceSerialize(token).length;
      node.depth = depth;
    }
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitsetextheadinglinesequence(token) {
    const node = this.stack[this.stack.length - 1];
    node.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = undefined;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onenterdata(token) {
    const node = this.stack[this.stack.length - 1];
    /** @type {Array<Nodes>} */
    const siblings = node.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== 'text') {
      // Add a new text node.
      tail = text();
      tail.position = {
        start: point(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: undefined
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point(token.end);
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    // If we’re at a hard break, include the line ending in there.
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point(token.end);
      this.data.atHardBreak = undefined;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexithardbreak() {
    this.data.atHardBreak = true;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexithtmlflow() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.value = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexithtmltext() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.value = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitcodetext() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.value = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitlink() {
    const node = this.stack[this.stack.length - 1];
    // Note: there are also `identifier` and `label` fields on this link node!
    // These are used / cleaned here.

    // To do: clean.
    if (this.data.inReference) {
      /** @type {ReferenceType} */
      const referenceType = this.data.referenceType || 'shortcut';
      node.type += 'Reference';
      // @ts-expect-error: mutate.
      node.referenceType = referenceType;
      // @ts-expect-error: mutate.
      delete node.url;
      delete node.title;
    } else {
      // @ts-expect-error: mutate.
      delete node.identifier;
      // @ts-expect-error: mutate.
      delete node.label;
    }
    this.data.referenceType = undefined;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitimage() {
    const node = this.stack[this.stack.length - 1];
    // Note: there are also `identifier` and `label` fields on this link node!
    // These are used / cleaned here.

    // To do: clean.
    if (this.data.inReference) {
      /** @type {ReferenceType} */
      const referenceType = this.data.referenceType || 'shortcut';
      node.type += 'Reference';
      // @ts-expect-error: mutate.
      node.referenceType = referenceType;
      // @ts-expect-error: mutate.
      delete node.url;
      delete node.title;
    } else {
      // @ts-expect-error: mutate.
      delete node.identifier;
      // @ts-expect-error: mutate.
      delete node.label;
    }
    this.data.referenceType = undefined;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitlabeltext(token) {
    const string = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    // @ts-expect-error: stash this on the node, as it might become a reference
    // later.
    ancestor.label = decodeString(string);
    // @ts-expect-error: same as above.
    ancestor.identifier = normalizeIdentifier(string).toLowerCase();
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value = this.resume();
    const node = this.stack[this.stack.length - 1];
    // Assume a reference.
    this.data.inReference = true;
    if (node.type === 'link') {
      /** @type {Array<PhrasingContent>} */
      const children = fragment.children;
      node.children = children;
    } else {
      node.alt = value;
    }
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitresourcedestinationstring() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.url = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitresourcetitlestring() {
    const data = this.resume();
    const node = this.stack[this.stack.length - 1];
    node.title = data;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitresource() {
    this.data.inReference = undefined;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onenterreference() {
    this.data.referenceType = 'collapsed';
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitreferencestring(token) {
    const label = this.resume();
    const node = this.stack[this.stack.length - 1];
    // @ts-expect-error: stash this on the node, as it might become a reference
    // later.
    node.label = label;
    // @ts-expect-error: same as above.
    node.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = 'full';
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */

  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitcharacterreferencevalue(token) {
    const data = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    /** @type {string} */
    let value;
    if (type) {
      value = decodeNumericCharacterReference(data, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = undefined;
    } else {
      const result = decodeNamedCharacterReference(data);
      value = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value;
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point(token.end);
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node = this.stack[this.stack.length - 1];
    node.url = this.sliceSerialize(token);
  }

  /**
   * @this {CompileContext}
   * @type {Handle}
   */
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node = this.stack[this.stack.length - 1];
    node.url = 'mailto:' + this.sliceSerialize(token);
  }

  //
  // Creaters.
  //

  // Each node factory pre-declares `position` as undefined as the trailing
  // property. enter() patches it to a real value, but the property already
  // exists, so V8 sees a single hidden class for each node type from
  // construction through the rest of the pipeline. Without the pre-declare,
  // each node took a hidden-class transition when enter() added position.

  /** @returns {Blockquote} */
  function blockQuote() {
    return {
      type: 'blockquote',
      children: [],
      position: undefined
    };
  }

  /** @returns {Code} */
  function codeFlow() {
    return {
      type: 'code',
      lang: null,
      meta: null,
      value: '',
      position: undefined
    };
  }

  /** @returns {InlineCode} */
  function codeText() {
    return {
      type: 'inlineCode',
      value: '',
      position: undefined
    };
  }

  /** @returns {Definition} */
  function definition() {
    return {
      type: 'definition',
      identifier: '',
      label: null,
      title: null,
      url: '',
      position: undefined
    };
  }

  /** @returns {Emphasis} */
  function emphasis() {
    return {
      type: 'emphasis',
      children: [],
      position: undefined
    };
  }

  /** @returns {Heading} */
  function heading() {
    return {
      type: 'heading',
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: undefined
    };
  }

  /** @returns {Break} */
  function hardBreak() {
    return {
      type: 'break',
      position: undefined
    };
  }

  /** @returns {Html} */
  function html() {
    return {
      type: 'html',
      value: '',
      position: undefined
    };
  }

  /** @returns {Image} */
  function image() {
    return {
      type: 'image',
      title: null,
      url: '',
      alt: null,
      position: undefined
    };
  }

  /** @returns {Link} */
  function link() {
    return {
      type: 'link',
      title: null,
      url: '',
      children: [],
      position: undefined
    };
  }

  /**
   * @param {Token} token
   * @returns {List}
   */
  function list(token) {
    return {
      type: 'list',
      ordered: token.type === 'listOrdered',
      start: null,
      spread: token._spread,
      children: [],
      position: undefined
    };
  }

  /**
   * @param {Token} token
   * @returns {ListItem}
   */
  function listItem(token) {
    return {
      type: 'listItem',
      spread: token._spread,
      checked: null,
      children: [],
      position: undefined
    };
  }

  /** @returns {Paragraph} */
  function paragraph() {
    return {
      type: 'paragraph',
      children: [],
      position: undefined
    };
  }

  /** @returns {Strong} */
  function strong() {
    return {
      type: 'strong',
      children: [],
      position: undefined
    };
  }

  /** @returns {Text} */
  function text() {
    return {
      type: 'text',
      value: '',
      position: undefined
    };
  }

  /** @returns {ThematicBreak} */
  function thematicBreak() {
    return {
      type: 'thematicBreak',
      position: undefined
    };
  }
}

/**
 * Copy a point-like value.
 *
 * @param {Point} d
 *   Point-like value.
 * @returns {Point}
 *   unist point.
 */
function point(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}

/**
 * @param {Config} combined
 * @param {Array<Array<Extension> | Extension>} extensions
 * @returns {undefined}
 */
function configure(combined, extensions) {
  let index = -1;
  while (++index < extensions.length) {
    const value = extensions[index];
    if (Array.isArray(value)) {
      configure(combined, value);
    } else {
      extension(combined, value);
    }
  }
}

/**
 * @param {Config} combined
 * @param {Extension} extension
 * @returns {undefined}
 */
function extension(combined, extension) {
  /** @type {keyof Extension} */
  let key;
  for (key in extension) {
    if (own$1.call(extension, key)) {
      switch (key) {
        case 'canContainEols':
          {
            const right = extension[key];
            if (right) {
              combined[key].push(...right);
            }
            break;
          }
        case 'transforms':
          {
            const right = extension[key];
            if (right) {
              combined[key].push(...right);
            }
            break;
          }
        case 'afterExit':
        case 'beforeEnter':
          {
            const right = extension[key];
            if (right) {
              combined[key].push(right);
            }
            break;
          }
        case 'enter':
        case 'exit':
          {
            const right = extension[key];
            if (right) {
              Object.assign(combined[key], right);
            }
            break;
          }
        // No default
      }
    }
  }
}

/** @type {OnEnterError} */
function defaultOnError(left, right) {
  if (left) {
    throw new Error('Cannot close `' + left.type + '` (' + stringifyPosition({
      start: left.start,
      end: left.end
    }) + '): a different token (`' + right.type + '`, ' + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ') is open');
  }
  throw new Error('Cannot close document, a token (`' + right.type + '`, ' + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ') is still open');
}

/**
 * @typedef {import('mdast').Root} Root
 * @typedef {import('mdast-util-from-markdown').Options} FromMarkdownOptions
 * @typedef {import('unified').Parser<Root>} Parser
 * @typedef {import('unified').Processor<Root>} Processor
 */


/**
 * Aadd support for parsing from markdown.
 *
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {undefined}
 *   Nothing.
 */
function remarkParse(options) {
  /** @type {Processor} */
  // @ts-expect-error: TS in JSDoc generates wrong types if `this` is typed regularly.
  const self = this;

  self.parser = parser;

  /**
   * @type {Parser}
   */
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data('settings'),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data('micromarkExtensions') || [],
      mdastExtensions: self.data('fromMarkdownExtensions') || []
    })
  }
}

/**
 * Throw a given error.
 *
 * @param {Error|null|undefined} [error]
 *   Maybe error.
 * @returns {asserts error is null|undefined}
 */
function bail(error) {
  if (error) {
    throw error
  }
}

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var extend$1;
var hasRequiredExtend;

function requireExtend () {
	if (hasRequiredExtend) return extend$1;
	hasRequiredExtend = 1;

	var hasOwn = Object.prototype.hasOwnProperty;
	var toStr = Object.prototype.toString;
	var defineProperty = Object.defineProperty;
	var gOPD = Object.getOwnPropertyDescriptor;

	var isArray = function isArray(arr) {
		if (typeof Array.isArray === 'function') {
			return Array.isArray(arr);
		}

		return toStr.call(arr) === '[object Array]';
	};

	var isPlainObject = function isPlainObject(obj) {
		if (!obj || toStr.call(obj) !== '[object Object]') {
			return false;
		}

		var hasOwnConstructor = hasOwn.call(obj, 'constructor');
		var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, 'isPrototypeOf');
		// Not own constructor property must be Object
		if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
			return false;
		}

		// Own properties are enumerated firstly, so to speed up,
		// if last one is own, then all properties are own.
		var key;
		for (key in obj) { /**/ }

		return typeof key === 'undefined' || hasOwn.call(obj, key);
	};

	// If name is '__proto__', and Object.defineProperty is available, define __proto__ as an own property on target
	var setProperty = function setProperty(target, options) {
		if (defineProperty && options.name === '__proto__') {
			defineProperty(target, options.name, {
				enumerable: true,
				configurable: true,
				value: options.newValue,
				writable: true
			});
		} else {
			target[options.name] = options.newValue;
		}
	};

	// Return undefined instead of __proto__ if '__proto__' is not an own property
	var getProperty = function getProperty(obj, name) {
		if (name === '__proto__') {
			if (!hasOwn.call(obj, name)) {
				return void 0;
			} else if (gOPD) {
				// In early versions of node, obj['__proto__'] is buggy when obj has
				// __proto__ as an own property. Object.getOwnPropertyDescriptor() works.
				return gOPD(obj, name).value;
			}
		}

		return obj[name];
	};

	extend$1 = function extend() {
		var options, name, src, copy, copyIsArray, clone;
		var target = arguments[0];
		var i = 1;
		var length = arguments.length;
		var deep = false;

		// Handle a deep copy situation
		if (typeof target === 'boolean') {
			deep = target;
			target = arguments[1] || {};
			// skip the boolean and the target
			i = 2;
		}
		if (target == null || (typeof target !== 'object' && typeof target !== 'function')) {
			target = {};
		}

		for (; i < length; ++i) {
			options = arguments[i];
			// Only deal with non-null/undefined values
			if (options != null) {
				// Extend the base object
				for (name in options) {
					src = getProperty(target, name);
					copy = getProperty(options, name);

					// Prevent never-ending loop
					if (target !== copy) {
						// Recurse if we're merging plain objects or arrays
						if (deep && copy && (isPlainObject(copy) || (copyIsArray = isArray(copy)))) {
							if (copyIsArray) {
								copyIsArray = false;
								clone = src && isArray(src) ? src : [];
							} else {
								clone = src && isPlainObject(src) ? src : {};
							}

							// Never move original objects, clone them
							setProperty(target, { name: name, newValue: extend(deep, clone, copy) });

						// Don't bring in undefined values
						} else if (typeof copy !== 'undefined') {
							setProperty(target, { name: name, newValue: copy });
						}
					}
				}
			}
		}

		// Return the modified object
		return target;
	};
	return extend$1;
}

var extendExports = requireExtend();
var extend = /*@__PURE__*/getDefaultExportFromCjs(extendExports);

function isPlainObject(value) {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const prototype = Object.getPrototypeOf(value);
	return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// To do: remove `void`s
// To do: remove `null` from output of our APIs, allow it as user APIs.

/**
 * @typedef {(error?: Error | null | undefined, ...output: Array<any>) => void} Callback
 *   Callback.
 *
 * @typedef {(...input: Array<any>) => any} Middleware
 *   Ware.
 *
 * @typedef Pipeline
 *   Pipeline.
 * @property {Run} run
 *   Run the pipeline.
 * @property {Use} use
 *   Add middleware.
 *
 * @typedef {(...input: Array<any>) => void} Run
 *   Call all middleware.
 *
 *   Calls `done` on completion with either an error or the output of the
 *   last middleware.
 *
 *   > 👉 **Note**: as the length of input defines whether async functions get a
 *   > `next` function,
 *   > it’s recommended to keep `input` at one value normally.

 *
 * @typedef {(fn: Middleware) => Pipeline} Use
 *   Add middleware.
 */

/**
 * Create new middleware.
 *
 * @returns {Pipeline}
 *   Pipeline.
 */
function trough() {
  /** @type {Array<Middleware>} */
  const fns = [];
  /** @type {Pipeline} */
  const pipeline = {run, use};

  return pipeline

  /** @type {Run} */
  function run(...values) {
    let middlewareIndex = -1;
    /** @type {Callback} */
    const callback = values.pop();

    if (typeof callback !== 'function') {
      throw new TypeError('Expected function as last argument, not ' + callback)
    }

    next(null, ...values);

    /**
     * Run the next `fn`, or we’re done.
     *
     * @param {Error | null | undefined} error
     * @param {Array<any>} output
     */
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index = -1;

      if (error) {
        callback(error);
        return
      }

      // Copy non-nullish input into values.
      while (++index < values.length) {
        if (output[index] === null || output[index] === undefined) {
          output[index] = values[index];
        }
      }

      // Save the newly created `output` for the next call.
      values = output;

      // Next or done.
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }

  /** @type {Use} */
  function use(middelware) {
    if (typeof middelware !== 'function') {
      throw new TypeError(
        'Expected `middelware` to be a function, not ' + middelware
      )
    }

    fns.push(middelware);
    return pipeline
  }
}

/**
 * Wrap `middleware` into a uniform interface.
 *
 * You can pass all input to the resulting function.
 * `callback` is then called with the output of `middleware`.
 *
 * If `middleware` accepts more arguments than the later given in input,
 * an extra `done` function is passed to it after that input,
 * which must be called by `middleware`.
 *
 * The first value in `input` is the main input value.
 * All other input values are the rest input values.
 * The values given to `callback` are the input values,
 * merged with every non-nullish output value.
 *
 * * if `middleware` throws an error,
 *   returns a promise that is rejected,
 *   or calls the given `done` function with an error,
 *   `callback` is called with that error
 * * if `middleware` returns a value or returns a promise that is resolved,
 *   that value is the main output value
 * * if `middleware` calls `done`,
 *   all non-nullish values except for the first one (the error) overwrite the
 *   output values
 *
 * @param {Middleware} middleware
 *   Function to wrap.
 * @param {Callback} callback
 *   Callback called with the output of `middleware`.
 * @returns {Run}
 *   Wrapped middleware.
 */
function wrap(middleware, callback) {
  /** @type {boolean} */
  let called;

  return wrapped

  /**
   * Call `middleware`.
   * @this {any}
   * @param {Array<any>} parameters
   * @returns {void}
   */
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    /** @type {any} */
    let result;

    if (fnExpectsCallback) {
      parameters.push(done);
    }

    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = /** @type {Error} */ (error);

      // Well, this is quite the pickle.
      // `middleware` received a callback and called it synchronously, but that
      // threw an error.
      // The only thing left to do is to throw the thing instead.
      if (fnExpectsCallback && called) {
        throw exception
      }

      return done(exception)
    }

    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === 'function') {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }

  /**
   * Call `callback`, only once.
   *
   * @type {Callback}
   */
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }

  /**
   * Call `done` with one value.
   *
   * @param {any} [value]
   */
  function then(value) {
    done(null, value);
  }
}

/**
 * @import {Node, Point, Position} from 'unist'
 */


/**
 * Message.
 */
class VFileMessage extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();

    if (typeof optionsOrParentOrPlace === 'string') {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = undefined;
    }

    /** @type {string} */
    let reason = '';
    /** @type {Options} */
    let options = {};
    let legacyCause = false;

    if (optionsOrParentOrPlace) {
      // Point.
      if (
        'line' in optionsOrParentOrPlace &&
        'column' in optionsOrParentOrPlace
      ) {
        options = {place: optionsOrParentOrPlace};
      }
      // Position.
      else if (
        'start' in optionsOrParentOrPlace &&
        'end' in optionsOrParentOrPlace
      ) {
        options = {place: optionsOrParentOrPlace};
      }
      // Node.
      else if ('type' in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      }
      // Options.
      else {
        options = {...optionsOrParentOrPlace};
      }
    }

    if (typeof causeOrReason === 'string') {
      reason = causeOrReason;
    }
    // Error.
    else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }

    if (!options.ruleId && !options.source && typeof origin === 'string') {
      const index = origin.indexOf(':');

      if (index === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index);
        options.ruleId = origin.slice(index + 1);
      }
    }

    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];

      if (parent) {
        options.place = parent.position;
      }
    }

    const start =
      options.place && 'start' in options.place
        ? options.place.start
        : options.place;

    /**
     * Stack of ancestor nodes surrounding the message.
     *
     * @type {Array<Node> | undefined}
     */
    this.ancestors = options.ancestors || undefined;

    /**
     * Original error cause of the message.
     *
     * @type {Error | undefined}
     */
    this.cause = options.cause || undefined;

    /**
     * Starting column of message.
     *
     * @type {number | undefined}
     */
    this.column = start ? start.column : undefined;

    /**
     * State of problem.
     *
     * * `true` — error, file not usable
     * * `false` — warning, change may be needed
     * * `undefined` — change likely not needed
     *
     * @type {boolean | null | undefined}
     */
    this.fatal = undefined;

    /**
     * Path of a file (used throughout the `VFile` ecosystem).
     *
     * @type {string | undefined}
     */
    this.file = '';

    // Field from `Error`.
    /**
     * Reason for message.
     *
     * @type {string}
     */
    this.message = reason;

    /**
     * Starting line of error.
     *
     * @type {number | undefined}
     */
    this.line = start ? start.line : undefined;

    // Field from `Error`.
    /**
     * Serialized positional info of message.
     *
     * On normal errors, this would be something like `ParseError`, buit in
     * `VFile` messages we use this space to show where an error happened.
     *
     * @type {string}
     */
    this.name = stringifyPosition(options.place) || '1:1';

    /**
     * Place of message.
     *
     * @type {Point | Position | undefined}
     */
    this.place = options.place || undefined;

    /**
     * Reason for message, should use markdown.
     *
     * @type {string}
     */
    this.reason = this.message;

    /**
     * Category of message (example: `'my-rule'`).
     *
     * @type {string | undefined}
     */
    this.ruleId = options.ruleId || undefined;

    /**
     * Namespace of message (example: `'my-package'`).
     *
     * @type {string | undefined}
     */
    this.source = options.source || undefined;

    // Field from `Error`.
    /**
     * Stack of message.
     *
     * This is used by normal errors to show where something happened in
     * programming code, irrelevant for `VFile` messages,
     *
     * @type {string}
     */
    this.stack =
      legacyCause && options.cause && typeof options.cause.stack === 'string'
        ? options.cause.stack
        : '';

    // The following fields are “well known”.
    // Not standard.
    // Feel free to add other non-standard fields to your messages.

    /**
     * Specify the source value that’s being reported, which is deemed
     * incorrect.
     *
     * @type {string | undefined}
     */
    this.actual = undefined;

    /**
     * Suggest acceptable values that can be used instead of `actual`.
     *
     * @type {Array<string> | undefined}
     */
    this.expected = undefined;

    /**
     * Long form description of the message (you should use markdown).
     *
     * @type {string | undefined}
     */
    this.note = undefined;

    /**
     * Link to docs for the message.
     *
     * > 👉 **Note**: this must be an absolute URL that can be passed as `x`
     * > to `new URL(x)`.
     *
     * @type {string | undefined}
     */
    this.url = undefined;
  }
}

// eslint-disable-next-line unicorn/no-top-level-side-effects -- our own class.
Object.defineProperties(VFileMessage.prototype, {
  file: {configurable: true, enumerable: true, value: '', writable: true},
  name: {configurable: true, enumerable: true, value: '', writable: true},
  reason: {configurable: true, enumerable: true, value: '', writable: true},
  message: {configurable: true, enumerable: true, value: '', writable: true},
  stack: {configurable: true, enumerable: true, value: '', writable: true},
  column: {configurable: true, enumerable: true, writable: true},
  line: {configurable: true, enumerable: true, writable: true},
  ancestors: {configurable: true, enumerable: true, writable: true},
  cause: {configurable: true, enumerable: true, writable: true},
  fatal: {configurable: true, enumerable: true, writable: true},
  place: {configurable: true, enumerable: true, writable: true},
  ruleId: {configurable: true, enumerable: true, writable: true},
  source: {configurable: true, enumerable: true, writable: true}
});

/**
 * Checks if a value has the shape of a WHATWG URL object.
 *
 * Using a symbol or instanceof would not be able to recognize URL objects
 * coming from other implementations (e.g. in Electron), so instead we are
 * checking some well known properties for a lack of a better test.
 *
 * We use `href` and `protocol` as they are the only properties that are
 * easy to retrieve and calculate due to the lazy nature of the getters.
 *
 * We check for auth attribute to distinguish legacy url instance with
 * WHATWG URL instance.
 *
 * @param {unknown} fileUrlOrPath
 *   File path or URL.
 * @returns {fileUrlOrPath is URL}
 *   Whether it’s a URL.
 */
// From: <https://github.com/nodejs/node/blob/6a3403c/lib/internal/url.js#L720>
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null &&
      typeof fileUrlOrPath === 'object' &&
      'href' in fileUrlOrPath &&
      fileUrlOrPath.href &&
      'protocol' in fileUrlOrPath &&
      fileUrlOrPath.protocol &&
      // @ts-expect-error: indexing is fine.
      fileUrlOrPath.auth === undefined
  )
}

/**
 * @import {Node, Point, Position} from 'unist'
 * @import {Options as MessageOptions} from 'vfile-message'
 * @import {Compatible, Data, Map, Options, Value} from 'vfile'
 */


/**
 * Order of setting (least specific to most), we need this because otherwise
 * `{stem: 'a', path: '~/b.js'}` would throw, as a path is needed before a
 * stem can be set.
 */
const order = /** @type {const} */ ([
  'history',
  'path',
  'basename',
  'stem',
  'extname',
  'dirname'
]);

class VFile {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value) {
    /** @type {Options | VFile} */
    let options;

    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = {path: value};
    } else if (typeof value === 'string' || isUint8Array$1(value)) {
      options = {value};
    } else {
      options = value;
    }

    /* eslint-disable no-unused-expressions */

    /**
     * Base of `path` (default: `process.cwd()` or `'/'` in browsers).
     *
     * @type {string}
     */
    // Prevent calling `cwd` (which could be expensive) if it’s not needed;
    // the empty string will be overridden in the next block.
    this.cwd = 'cwd' in options ? '' : minproc.cwd();

    /**
     * Place to store custom info (default: `{}`).
     *
     * It’s OK to store custom data directly on the file but moving it to
     * `data` is recommended.
     *
     * @type {Data}
     */
    this.data = {};

    /**
     * List of file paths the file moved between.
     *
     * The first is the original path and the last is the current path.
     *
     * @type {Array<string>}
     */
    this.history = [];

    /**
     * List of messages associated with the file.
     *
     * @type {Array<VFileMessage>}
     */
    this.messages = [];

    /**
     * Raw value.
     *
     * @type {Value}
     */
    this.value;

    // The below are non-standard, they are “well-known”.
    // As in, used in several tools.
    /**
     * Source map.
     *
     * This type is equivalent to the `RawSourceMap` type from the `source-map`
     * module.
     *
     * @type {Map | null | undefined}
     */
    this.map;

    /**
     * Custom, non-string, compiled, representation.
     *
     * This is used by unified to store non-string results.
     * One example is when turning markdown into React nodes.
     *
     * @type {unknown}
     */
    this.result;

    /**
     * Whether a file was saved to disk.
     *
     * This is used by vfile reporters.
     *
     * @type {boolean}
     */
    this.stored;
    /* eslint-enable no-unused-expressions */

    // Set path related properties in the correct order.
    let index = -1;

    while (++index < order.length) {
      const field = order[index];

      // Note: we specifically use `in` instead of `hasOwnProperty` to accept
      // `vfile`s too.
      if (
        field in options &&
        options[field] !== undefined &&
        options[field] !== null
      ) {
        // @ts-expect-error: TS doesn’t understand basic reality.
        this[field] = field === 'history' ? [...options[field]] : options[field];
      }
    }

    /** @type {string} */
    let field;

    // Set non-path related properties.
    for (field in options) {
      // @ts-expect-error: fine to set other things.
      if (!order.includes(field)) {
        // @ts-expect-error: fine to set other things.
        this[field] = options[field];
      }
    }
  }

  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === 'string'
      ? path$2.basename(this.path)
      : undefined
  }

  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename) {
    assertNonEmpty(basename, 'basename');
    assertPart(basename, 'basename');
    this.path = path$2.join(this.dirname || '', basename);
  }

  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === 'string'
      ? path$2.dirname(this.path)
      : undefined
  }

  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname) {
    assertPath(this.basename, 'dirname');
    this.path = path$2.join(dirname || '', this.basename);
  }

  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === 'string'
      ? path$2.extname(this.path)
      : undefined
  }

  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, 'extname');
    assertPath(this.dirname, 'extname');

    if (extname) {
      if (extname.codePointAt(0) !== 46 /* `.` */) {
        throw new Error('`extname` must start with `.`')
      }

      if (extname.includes('.', 1)) {
        throw new Error('`extname` cannot contain multiple dots')
      }
    }

    this.path = path$2.join(this.dirname, this.stem + (extname || ''));
  }

  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1]
  }

  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path) {
    if (isUrl(path)) {
      path = fileURLToPath(path);
    }

    assertNonEmpty(path, 'path');

    if (this.path !== path) {
      this.history.push(path);
    }
  }

  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === 'string'
      ? path$2.basename(this.path, this.extname)
      : undefined
  }

  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, 'stem');
    assertPart(stem, 'stem');
    this.path = path$2.join(this.dirname || '', stem + (this.extname || ''));
  }

  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    // @ts-expect-error: the overloads are fine.
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);

    message.fatal = true;

    throw message
  }

  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    // @ts-expect-error: the overloads are fine.
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);

    message.fatal = undefined;

    return message
  }

  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );

    if (this.path) {
      message.name = this.path + ':' + message.name;
      message.file = this.path;
    }

    message.fatal = false;

    this.messages.push(message);

    return message
  }

  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === undefined) {
      return ''
    }

    if (typeof this.value === 'string') {
      return this.value
    }

    const decoder = new TextDecoder(encoding || undefined);
    return decoder.decode(this.value)
  }
}

/**
 * Assert that `part` is not a path (as in, does not contain `path.sep`).
 *
 * @param {string | null | undefined} part
 *   File path part.
 * @param {string} name
 *   Part name.
 * @returns {undefined}
 *   Nothing.
 */
function assertPart(part, name) {
  if (part && part.includes(path$2.sep)) {
    throw new Error(
      '`' + name + '` cannot be a path: did not expect `' + path$2.sep + '`'
    )
  }
}

/**
 * Assert that `part` is not empty.
 *
 * @param {string | undefined} part
 *   Thing.
 * @param {string} name
 *   Part name.
 * @returns {asserts part is string}
 *   Nothing.
 */
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error('`' + name + '` cannot be empty')
  }
}

/**
 * Assert `path` exists.
 *
 * @param {string | undefined} path
 *   Path.
 * @param {string} name
 *   Dependency name.
 * @returns {asserts path is string}
 *   Nothing.
 */
function assertPath(path, name) {
  if (!path) {
    throw new Error('Setting `' + name + '` requires `path` to be set too')
  }
}

/**
 * Assert `value` is an `Uint8Array`.
 *
 * @param {unknown} value
 *   thing.
 * @returns {value is Uint8Array}
 *   Whether `value` is an `Uint8Array`.
 */
function isUint8Array$1(value) {
  return Boolean(
    value &&
      typeof value === 'object' &&
      'byteLength' in value &&
      'byteOffset' in value
  )
}

const CallableInstance =
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  (
    /** @type {unknown} */
    (
      /**
       * @this {Function}
       * @param {string | symbol} property
       * @returns {(...parameters: Array<unknown>) => unknown}
       */
      function (property) {
        const self = this;
        const constr = self.constructor;
        const proto = /** @type {Record<string | symbol, Function>} */ (
          // Prototypes do exist.
          // type-coverage:ignore-next-line
          constr.prototype
        );
        const value = proto[property];
        /** @type {(...parameters: Array<unknown>) => unknown} */
        const apply = function () {
          return value.apply(apply, arguments)
        };

        Object.setPrototypeOf(apply, proto);

        // Not needed for us in `unified`: we only call this on the `copy`
        // function,
        // and we don't need to add its fields (`length`, `name`)
        // over.
        // See also: GH-246.
        // const names = Object.getOwnPropertyNames(value)
        //
        // for (const p of names) {
        //   const descriptor = Object.getOwnPropertyDescriptor(value, p)
        //   if (descriptor) Object.defineProperty(apply, p, descriptor)
        // }

        return apply
      }
    )
  );

/**
 * @typedef {import('trough').Pipeline} Pipeline
 *
 * @typedef {import('unist').Node} Node
 *
 * @typedef {import('vfile').Compatible} Compatible
 * @typedef {import('vfile').Value} Value
 *
 * @typedef {import('../index.js').CompileResultMap} CompileResultMap
 * @typedef {import('../index.js').Data} Data
 * @typedef {import('../index.js').Settings} Settings
 */


// To do: next major: drop `Compiler`, `Parser`: prefer lowercase.

// To do: we could start yielding `never` in TS when a parser is missing and
// `parse` is called.
// Currently, we allow directly setting `processor.parser`, which is untyped.

const own = {}.hasOwnProperty;

/**
 * @template {Node | undefined} [ParseTree=undefined]
 *   Output of `parse` (optional).
 * @template {Node | undefined} [HeadTree=undefined]
 *   Input for `run` (optional).
 * @template {Node | undefined} [TailTree=undefined]
 *   Output for `run` (optional).
 * @template {Node | undefined} [CompileTree=undefined]
 *   Input of `stringify` (optional).
 * @template {CompileResults | undefined} [CompileResult=undefined]
 *   Output of `stringify` (optional).
 * @extends {CallableInstance<[], Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>>}
 */
class Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    // If `Processor()` is called (w/o new), `copy` is called instead.
    super('copy');

    /**
     * Compiler to use (deprecated).
     *
     * @deprecated
     *   Use `compiler` instead.
     * @type {(
     *   Compiler<
     *     CompileTree extends undefined ? Node : CompileTree,
     *     CompileResult extends undefined ? CompileResults : CompileResult
     *   > |
     *   undefined
     * )}
     */
    this.Compiler = undefined;

    /**
     * Parser to use (deprecated).
     *
     * @deprecated
     *   Use `parser` instead.
     * @type {(
     *   Parser<ParseTree extends undefined ? Node : ParseTree> |
     *   undefined
     * )}
     */
    this.Parser = undefined;

    // Note: the following fields are considered private.
    // However, they are needed for tests, and TSC generates an untyped
    // `private freezeIndex` field for, which trips `type-coverage` up.
    // Instead, we use `@deprecated` to visualize that they shouldn’t be used.
    /**
     * Internal list of configured plugins.
     *
     * @deprecated
     *   This is a private internal property and should not be used.
     * @type {Array<PluginTuple<Array<unknown>>>}
     */
    this.attachers = [];

    /**
     * Compiler to use.
     *
     * @type {(
     *   Compiler<
     *     CompileTree extends undefined ? Node : CompileTree,
     *     CompileResult extends undefined ? CompileResults : CompileResult
     *   > |
     *   undefined
     * )}
     */
    this.compiler = undefined;

    /**
     * Internal state to track where we are while freezing.
     *
     * @deprecated
     *   This is a private internal property and should not be used.
     * @type {number}
     */
    this.freezeIndex = -1;

    /**
     * Internal state to track whether we’re frozen.
     *
     * @deprecated
     *   This is a private internal property and should not be used.
     * @type {boolean | undefined}
     */
    this.frozen = undefined;

    /**
     * Internal state.
     *
     * @deprecated
     *   This is a private internal property and should not be used.
     * @type {Data}
     */
    this.namespace = {};

    /**
     * Parser to use.
     *
     * @type {(
     *   Parser<ParseTree extends undefined ? Node : ParseTree> |
     *   undefined
     * )}
     */
    this.parser = undefined;

    /**
     * Internal list of configured transformers.
     *
     * @deprecated
     *   This is a private internal property and should not be used.
     * @type {Pipeline}
     */
    this.transformers = trough();
  }

  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    // Cast as the type parameters will be the same after attaching.
    const destination =
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */ (
        new Processor()
      );
    let index = -1;

    while (++index < this.attachers.length) {
      const attacher = this.attachers[index];
      destination.use(...attacher);
    }

    destination.data(extend(true, {}, this.namespace));

    return destination
  }

  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value) {
    if (typeof key === 'string') {
      // Set `key`.
      if (arguments.length === 2) {
        assertUnfrozen('data', this.frozen);
        this.namespace[key] = value;
        return this
      }

      // Get `key`.
      return (own.call(this.namespace, key) && this.namespace[key]) || undefined
    }

    // Set space.
    if (key) {
      assertUnfrozen('data', this.frozen);
      this.namespace = key;
      return this
    }

    // Get space.
    return this.namespace
  }

  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this
    }

    // Cast so that we can type plugins easier.
    // Plugins are supposed to be usable on different processors, not just on
    // this exact processor.
    const self = /** @type {Processor} */ (/** @type {unknown} */ (this));

    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];

      if (options[0] === false) {
        continue
      }

      if (options[0] === true) {
        options[0] = undefined;
      }

      const transformer = attacher.call(self, ...options);

      if (typeof transformer === 'function') {
        this.transformers.use(transformer);
      }
    }

    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;

    return this
  }

  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser('parse', parser);
    return parser(String(realFile), realFile)
  }

  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;

    this.freeze();
    assertParser('process', this.parser || this.Parser);
    assertCompiler('process', this.compiler || this.Compiler);

    return done ? executor(undefined, done) : new Promise(executor)

    // Note: `void`s needed for TS.
    /**
     * @param {((file: VFileWithOutput<CompileResult>) => undefined | void) | undefined} resolve
     * @param {(error: Error | undefined) => undefined | void} reject
     * @returns {undefined}
     */
    function executor(resolve, reject) {
      const realFile = vfile(file);
      // Assume `ParseTree` (the result of the parser) matches `HeadTree` (the
      // input of the first transform).
      const parseTree =
        /** @type {HeadTree extends undefined ? Node : HeadTree} */ (
          /** @type {unknown} */ (self.parse(realFile))
        );

      self.run(parseTree, realFile, function (error, tree, file) {
        if (error || !tree || !file) {
          return realDone(error)
        }

        // Assume `TailTree` (the output of the last transform) matches
        // `CompileTree` (the input of the compiler).
        const compileTree =
          /** @type {CompileTree extends undefined ? Node : CompileTree} */ (
            /** @type {unknown} */ (tree)
          );

        const compileResult = self.stringify(compileTree, file);

        if (looksLikeAValue(compileResult)) {
          file.value = compileResult;
        } else {
          file.result = compileResult;
        }

        realDone(error, /** @type {VFileWithOutput<CompileResult>} */ (file));
      });

      /**
       * @param {Error | undefined} error
       * @param {VFileWithOutput<CompileResult> | undefined} [file]
       * @returns {undefined}
       */
      function realDone(error, file) {
        if (error || !file) {
          reject(error);
        } else if (resolve) {
          resolve(file);
        } else {
          done(undefined, file);
        }
      }
    }
  }

  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    /** @type {boolean} */
    let complete = false;
    /** @type {VFileWithOutput<CompileResult> | undefined} */
    let result;

    this.freeze();
    assertParser('processSync', this.parser || this.Parser);
    assertCompiler('processSync', this.compiler || this.Compiler);

    this.process(file, realDone);
    assertDone('processSync', 'process', complete);

    return result

    /**
     * @type {ProcessCallback<VFileWithOutput<CompileResult>>}
     */
    function realDone(error, file) {
      complete = true;
      bail(error);
      result = file;
    }
  }

  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();

    const transformers = this.transformers;

    if (!done && typeof file === 'function') {
      done = file;
      file = undefined;
    }

    return done ? executor(undefined, done) : new Promise(executor)

    // Note: `void`s needed for TS.
    /**
     * @param {(
     *   ((tree: TailTree extends undefined ? Node : TailTree) => undefined | void) |
     *   undefined
     * )} resolve
     * @param {(error: Error) => undefined | void} reject
     * @returns {undefined}
     */
    function executor(resolve, reject) {
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);

      /**
       * @param {Error | undefined} error
       * @param {Node} outputTree
       * @param {VFile} file
       * @returns {undefined}
       */
      function realDone(error, outputTree, file) {
        const resultingTree =
          /** @type {TailTree extends undefined ? Node : TailTree} */ (
            outputTree || tree
          );

        if (error) {
          reject(error);
        } else if (resolve) {
          resolve(resultingTree);
        } else {
          done(undefined, resultingTree, file);
        }
      }
    }
  }

  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    /** @type {boolean} */
    let complete = false;
    /** @type {(TailTree extends undefined ? Node : TailTree) | undefined} */
    let result;

    this.run(tree, file, realDone);

    assertDone('runSync', 'run', complete);
    return result

    /**
     * @type {RunCallback<TailTree extends undefined ? Node : TailTree>}
     */
    function realDone(error, tree) {
      bail(error);
      result = tree;
      complete = true;
    }
  }

  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler = this.compiler || this.Compiler;
    assertCompiler('stringify', compiler);
    assertNode(tree);

    return compiler(tree, realFile)
  }

  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;

    assertUnfrozen('use', this.frozen);

    if (value === null || value === undefined) ; else if (typeof value === 'function') {
      addPlugin(value, parameters);
    } else if (typeof value === 'object') {
      if (Array.isArray(value)) {
        addList(value);
      } else {
        addPreset(value);
      }
    } else {
      throw new TypeError('Expected usable value, not `' + value + '`')
    }

    return this

    /**
     * @param {Pluggable} value
     * @returns {undefined}
     */
    function add(value) {
      if (typeof value === 'function') {
        addPlugin(value, []);
      } else if (typeof value === 'object') {
        if (Array.isArray(value)) {
          const [plugin, ...parameters] =
            /** @type {PluginTuple<Array<unknown>>} */ (value);
          addPlugin(plugin, parameters);
        } else {
          addPreset(value);
        }
      } else {
        throw new TypeError('Expected usable value, not `' + value + '`')
      }
    }

    /**
     * @param {Preset} result
     * @returns {undefined}
     */
    function addPreset(result) {
      if (!('plugins' in result) && !('settings' in result)) {
        throw new Error(
          'Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither'
        )
      }

      addList(result.plugins);

      if (result.settings) {
        namespace.settings = extend(true, namespace.settings, result.settings);
      }
    }

    /**
     * @param {PluggableList | null | undefined} plugins
     * @returns {undefined}
     */
    function addList(plugins) {
      let index = -1;

      if (plugins === null || plugins === undefined) ; else if (Array.isArray(plugins)) {
        while (++index < plugins.length) {
          const thing = plugins[index];
          add(thing);
        }
      } else {
        throw new TypeError('Expected a list of plugins, not `' + plugins + '`')
      }
    }

    /**
     * @param {Plugin} plugin
     * @param {Array<unknown>} parameters
     * @returns {undefined}
     */
    function addPlugin(plugin, parameters) {
      let index = -1;
      let entryIndex = -1;

      while (++index < attachers.length) {
        if (attachers[index][0] === plugin) {
          entryIndex = index;
          break
        }
      }

      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters]);
      }
      // Only set if there was at least a `primary` value, otherwise we’d change
      // `arguments.length`.
      else if (parameters.length > 0) {
        let [primary, ...rest] = parameters;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = extend(true, currentPrimary, primary);
        }

        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
}

// Note: this returns a *callable* instance.
// That’s why it’s documented as a function.
/**
 * Create a new processor.
 *
 * @example
 *   This example shows how a new processor can be created (from `remark`) and linked
 *   to **stdin**(4) and **stdout**(4).
 *
 *   ```js
 *   import process from 'node:process'
 *   import concatStream from 'concat-stream'
 *   import {remark} from 'remark'
 *
 *   process.stdin.pipe(
 *     concatStream(function (buf) {
 *       process.stdout.write(String(remark().processSync(buf)))
 *     })
 *   )
 *   ```
 *
 * @returns
 *   New *unfrozen* processor (`processor`).
 *
 *   This processor is configured to work the same as its ancestor.
 *   When the descendant processor is configured in the future it does not
 *   affect the ancestral processor.
 */
const unified = new Processor().freeze();

/**
 * Assert a parser is available.
 *
 * @param {string} name
 * @param {unknown} value
 * @returns {asserts value is Parser}
 */
function assertParser(name, value) {
  if (typeof value !== 'function') {
    throw new TypeError('Cannot `' + name + '` without `parser`')
  }
}

/**
 * Assert a compiler is available.
 *
 * @param {string} name
 * @param {unknown} value
 * @returns {asserts value is Compiler}
 */
function assertCompiler(name, value) {
  if (typeof value !== 'function') {
    throw new TypeError('Cannot `' + name + '` without `compiler`')
  }
}

/**
 * Assert the processor is not frozen.
 *
 * @param {string} name
 * @param {unknown} frozen
 * @returns {asserts frozen is false}
 */
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      'Cannot call `' +
        name +
        '` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`.'
    )
  }
}

/**
 * Assert `node` is a unist node.
 *
 * @param {unknown} node
 * @returns {asserts node is Node}
 */
function assertNode(node) {
  // `isPlainObj` unfortunately uses `any` instead of `unknown`.
  // type-coverage:ignore-next-line
  if (!isPlainObject(node) || typeof node.type !== 'string') {
    throw new TypeError('Expected node, got `' + node + '`')
    // Fine.
  }
}

/**
 * Assert that `complete` is `true`.
 *
 * @param {string} name
 * @param {string} asyncName
 * @param {unknown} complete
 * @returns {asserts complete is true}
 */
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      '`' + name + '` finished async. Use `' + asyncName + '` instead'
    )
  }
}

/**
 * @param {Compatible | undefined} [value]
 * @returns {VFile}
 */
function vfile(value) {
  return looksLikeAVFile(value) ? value : new VFile(value)
}

/**
 * @param {Compatible | undefined} [value]
 * @returns {value is VFile}
 */
function looksLikeAVFile(value) {
  return Boolean(
    value &&
      typeof value === 'object' &&
      'message' in value &&
      'messages' in value
  )
}

/**
 * @param {unknown} [value]
 * @returns {value is Value}
 */
function looksLikeAValue(value) {
  return typeof value === 'string' || isUint8Array(value)
}

/**
 * Assert `value` is an `Uint8Array`.
 *
 * @param {unknown} value
 *   thing.
 * @returns {value is Uint8Array}
 *   Whether `value` is an `Uint8Array`.
 */
function isUint8Array(value) {
  return Boolean(
    value &&
      typeof value === 'object' &&
      'byteLength' in value &&
      'byteOffset' in value
  )
}

// The markdown parser (remark with GFM), used only on the small slices of a
// file that hold prose. Node positions are shifted back to file lines.
let parser = null;
function getParser() {
    if (!parser) {
        const processor = unified().use(remarkParse).use(remarkGfm);
        parser = text => processor.parse(text);
    }
    return parser;
}
/** Parse lines as markdown; `firstLine` is the file line number of `lines[0]`. */
function parseSlice(lines, firstLine) {
    const root = getParser()(lines.join('\n'));
    const shift = firstLine - 1;
    if (shift !== 0)
        shiftPositions(root, shift);
    return root;
}
function shiftPositions(node, shift) {
    const stack = [node];
    while (stack.length > 0) {
        const n = stack.pop();
        if (!n)
            break;
        if (n.position) {
            n.position.start.line += shift;
            n.position.end.line += shift;
        }
        if ('children' in n)
            for (const child of n.children)
                stack.push(child);
    }
}
/** Plain text of a node: markup and raw HTML dropped, whitespace collapsed. */
function plainText(node) {
    return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

// The paths a hand-off note names, such as `May conflict with T07: both edit
// `src/router.ts``. Read from the note as written, before its markup is
// dropped, so that a code span marks a path for certain; prose without code
// spans is searched for words that read as paths.
/** The paths `raw` (markdown) names: its code spans that read as paths, else path-like words. */
function notePaths(raw) {
    const out = [];
    const add = (p) => {
        if (p !== null && !out.includes(p))
            out.push(p);
    };
    for (const span of codeSpans(raw)) {
        const text = withoutLineNumber(span);
        if (/\s/.test(text))
            continue;
        const p = normalisePath(text);
        // A code span may hold a command or a symbol (`UserService.findById`): a
        // path has a folder, or ends in a file extension.
        if (p !== null && (p.includes('/') || SPAN_FILE.test(p)))
            add(p);
    }
    if (out.length > 0)
        return out;
    for (const word of inlineText(raw).split(/\s+/)) {
        const token = trimSets(word, '("\'[', ')"\'],;:.!?');
        if (NESTED_PATH.test(token) || FILE_NAME.test(token))
            add(normalisePath(token));
    }
    return out;
}
// A nested path ends in a file name with an extension, or in `/`, so that
// prose like `and/or` is not taken for one.
const NESTED_PATH = /^[\w@-][\w.@-]*(?:\/[\w.@-]+)*\/(?:[\w@-]+\.[a-z][a-z0-9]{0,5})?$/i;
const FILE_NAME = /^[\w-]{2,}\.[a-z][a-z0-9]{0,5}$/i;
// In a code span a file name may start with a dot (`.env.example`).
const SPAN_FILE = /^[\w.@-]*\.[a-z][a-z0-9]{0,5}$/i;
/** `src/a.ts:42` and `src/a.ts:42:7` name the file `src/a.ts`. */
function withoutLineNumber(text) {
    let end = text.length;
    for (let part = 0; part < 2; part++) {
        const colon = text.lastIndexOf(':', end - 1);
        if (colon <= 0 || colon === end - 1 || !/^\d+$/.test(text.slice(colon + 1, end)))
            break;
        end = colon;
    }
    return text.slice(0, end);
}

// File listings as reports write them: fenced path lists, fenced trees drawn
// with `├──` / `└──` / `│` and dotted leaders (`cache.py ..... NEW (180 lines)`),
// and bullets such as `` - `path` - note ``. Tree paths are rebuilt from the
// column where each name starts, so any indent width works.
const KIND_WORDS = [
    [/^(?:new|created|added|create|add)\b/i, 'created'],
    [/^(?:modified|updated|changed|edited|modify|update|refactored)\b/i, 'modified'],
    [/^(?:deleted|removed|delete|remove)\b/i, 'deleted']
];
/** Read the text after a path: change word, line counts, note. */
function readAnnotation(text) {
    let t = text.trim().replace(/^[-—–:#,\s]+/, '');
    let kind = null;
    const unwrapped = t.replace(/^\(\s*/, '');
    for (const [re, k] of KIND_WORDS) {
        const m = re.exec(unwrapped);
        if (m) {
            kind = k;
            t = unwrapped.slice(m[0].length);
            if (t.trimEnd().endsWith(')') && !t.includes('('))
                t = t.trimEnd().slice(0, -1);
            break;
        }
    }
    let added = null;
    let removed = null;
    const pair = /\+\s*(\d[\d,]*)\s*\/\s*[-−]\s*(\d[\d,]*)/.exec(t);
    if (pair) {
        added = toInt$1(pair[1]);
        removed = toInt$1(pair[2]);
        t = t.replace(pair[0], '');
    }
    t = t.replace(/(?:([+\-−])\s*)?~?(?<![\d,])(\d[\d,]*)\s+lines?\b/gi, (_all, sign, n) => {
        const value = toInt$1(n);
        if (sign === '-' || sign === '−' || (sign === undefined && kind === 'deleted')) {
            removed ??= value;
        }
        else {
            added ??= value;
        }
        return '';
    });
    const note = trimNote(t.replace(/\(\s*(?:[,;]\s*)?\)/g, ''));
    return { kind, linesAdded: added, linesRemoved: removed, note: note === '' ? null : note };
}
const SEPARATORS = ' \t,;:—–-';
/** Trim separators, and parentheses left unbalanced by what was cut out. */
function trimNote(text) {
    let t = trimChars(text, SEPARATORS);
    for (let k = 0; k < 3; k++) {
        const opens = count$1(t, '(');
        const closes = count$1(t, ')');
        if (t.startsWith('(') && (t.endsWith(')') || opens > closes))
            t = t.slice(1);
        else if (t.endsWith(')') && closes > opens)
            t = t.slice(0, -1);
        else
            break;
        if (t.endsWith(')') && count$1(t, ')') > count$1(t, '('))
            t = t.slice(0, -1);
        t = trimChars(t, SEPARATORS);
    }
    return t.trim();
}
function count$1(text, ch) {
    let n = 0;
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1))
        n++;
    return n;
}
function toInt$1(text) {
    if (text === undefined)
        return null;
    const n = Number(text.replace(/,/g, ''));
    return Number.isSafeInteger(n) ? n : null;
}
// Tree drawing at the start of a line: box-drawing characters, ASCII `|`, `+--`, `` `-- ``, `\--`,
// and list markers.
const PREFIX_RE = /^(?:[\s│├└┣┗┃─━┬┼╰╭|+\\>]|`--|-+(?=[\s>-]))*/;
/** Paths listed in a fence, as a plain list or a tree. */
function readPathBlock(doc, fence) {
    const entries = [];
    const stack = [];
    const last = Math.min(fence.close, doc.lines.length);
    for (let i = fence.open + 1; i < last; i++) {
        const raw = (doc.lines[i] ?? '').replace(/\t/g, '    ');
        const prefix = PREFIX_RE.exec(raw)?.[0] ?? '';
        const rest = raw.slice(prefix.length).trim();
        if (rest === '' || rest.startsWith('[') || rest.startsWith('#') || isNone$1(rest))
            continue;
        if (/^[^/`]*:$/.test(rest)) {
            // A label line such as `Performance data:` starts a new list.
            stack.length = 0;
            continue;
        }
        const { name, annotation } = splitName(rest);
        if (name === '')
            continue;
        const column = prefix.length;
        while (stack.length > 0 && (stack[stack.length - 1]?.column ?? 0) >= column)
            stack.pop();
        const parent = stack[stack.length - 1];
        if (parent)
            parent.container = true;
        const full = (parent ? parent.raw : '') + name.replace(/^\.?\/+/, '');
        const a = readAnnotation(annotation);
        const entry = {
            raw: full,
            path: normalisePath(full),
            ...a,
            line: lineNo(doc, i),
            column,
            folder: full.endsWith('/'),
            container: false
        };
        entries.push(entry);
        if (entry.folder)
            stack.push(entry);
    }
    return entries
        .filter(e => !e.folder || !e.container || e.kind !== null)
        .map(e => ({
        raw: e.raw,
        path: e.path,
        kind: e.kind,
        linesAdded: e.linesAdded,
        linesRemoved: e.linesRemoved,
        note: e.note,
        line: e.line
    }));
}
/** A dotted leader: two or more dots after a space, four or more anywhere, or `…`. */
function findLeader(text) {
    for (const m of text.matchAll(/\.{2,}|…+/g)) {
        const at = m.index;
        const run = m[0];
        const spaced = at > 0 && /\s/.test(text.charAt(at - 1));
        if (!(run.startsWith('…') || run.length >= 4 || spaced) || at === 0)
            continue;
        let start = at;
        while (start > 0 && /\s/.test(text.charAt(start - 1)))
            start--;
        let end = at + run.length;
        while (end < text.length && /\s/.test(text.charAt(end)))
            end++;
        return { start, end };
    }
    return null;
}
function splitName(rest) {
    const leader = findLeader(rest);
    if (leader && leader.start > 0) {
        return {
            name: cleanName(rest.slice(0, leader.start)),
            annotation: rest.slice(leader.end)
        };
    }
    if (rest.startsWith('`')) {
        const close = rest.indexOf('`', 1);
        if (close > 0)
            return { name: cleanName(rest.slice(1, close)), annotation: rest.slice(close + 1) };
    }
    const space = rest.search(/\s/);
    if (space === -1)
        return { name: cleanName(rest), annotation: '' };
    return { name: cleanName(rest.slice(0, space)), annotation: rest.slice(space) };
}
function cleanName(text) {
    return trimChars(trimChars(text.trim(), '`\'"*'), '`\'"*,;:').trim();
}
/**
 * A bullet that names a path: the first code span, else the first word, then
 * the note after it (`` `docs/a.md` - what it holds ``).
 */
function readPathItem(text, line) {
    const t = text.trim().replace(/^~~|~~$/g, '');
    if (t === '' || t.startsWith('[') || isNone$1(t))
        return null;
    let name;
    let annotation;
    const spans = codeSpans(t);
    const first = spans[0];
    if (first !== undefined && first !== '') {
        name = first;
        const at = t.indexOf(first);
        const close = t.indexOf('`', at + first.length);
        annotation = close === -1 ? '' : t.slice(close + 1).replace(/^`+/, '');
    }
    else {
        const split = splitName(t.replace(/\*\*/g, ''));
        name = split.name;
        annotation = split.annotation;
    }
    if (name === '')
        return null;
    return { raw: name, path: normalisePath(name), ...readAnnotation(annotation), line };
}

// The Files Touched section of a report, in both styles: Touches Planned /
// Actual fenced lists with Created / Modified / Deleted bullets and Total
// impact, or one fenced tree with NEW / MODIFIED / DELETED markers and a
// `**Total changes:**` list. `Files Analyzed` is reading, never read here.
function roleOf$1(key) {
    if (key.startsWith('touches planned') || key === 'planned touches')
        return 'planned';
    if (key.startsWith('touches actual') || key === 'actual touches')
        return 'actual';
    if (/^(?:files\s+)?(?:created|new(?:\s+files?)?|added)\b/.test(key))
        return 'created';
    if (/^(?:files\s+)?(?:modified|changed|updated|edited)\b/.test(key))
        return 'modified';
    if (/^(?:files\s+)?(?:deleted|removed)\b/.test(key))
        return 'deleted';
    if (/^total|^summary/.test(key))
        return 'totals';
    if (key.startsWith('unplanned'))
        return 'skip';
    return 'other';
}
function readFilesTouched(doc, diag) {
    const files = { created: [], modified: [], deleted: [], touched: [] };
    const planned = [];
    let totals = null;
    const section = findSection(doc, k => k.startsWith('files touched') || k === 'files changed' || k === 'changed files');
    if (!section)
        return { files, touchesPlanned: planned, declaredTotals: null, found: false };
    // Paths seen per list: a report may claim thousands, and scanning the list
    // for each one took time in their square.
    const seen = {
        created: new Set(),
        modified: new Set(),
        deleted: new Set(),
        touched: new Set()
    };
    const plannedSeen = new Set();
    const add = (kind, e) => {
        if (e.path === null) {
            if (!isPlaceholder(e.raw))
                diag.warning(e.line, `"${e.raw}" is not a usable file path; ignored`);
            return;
        }
        if (isPlaceholder(e.raw))
            return;
        const list = files[kind];
        if (seen[kind].has(e.path))
            return;
        seen[kind].add(e.path);
        const claim = {
            path: e.path,
            line: e.line,
            linesAdded: e.linesAdded,
            linesRemoved: e.linesRemoved,
            note: e.note
        };
        list.push(claim);
    };
    const readLoose = (start, end) => {
        for (const fence of fencesIn(doc, start, end)) {
            for (const e of readPathBlock(doc, fence))
                add(e.kind ?? 'touched', e);
        }
        // Bold labels used as sub-headings (`**New:**`, `**Edited:**`) set the kind of the items below.
        let labelled = 'touched';
        for (let i = start; i < end; i++) {
            if (doc.opaque[i])
                continue;
            const line = doc.lines[i] ?? '';
            const l = lineLabel(line);
            if (l && l.value === '' && /^total/i.test(l.label)) {
                totals = readTotals(itemsAfter(doc, i), lineNo(doc, i)) ?? totals;
                continue;
            }
            if (l && l.value === '' && !l.item) {
                const role = roleOf$1(englishName(l.label.toLowerCase()));
                labelled =
                    role === 'created' || role === 'modified' || role === 'deleted' ? role : 'touched';
                continue;
            }
            const item = listItem$1(line);
            if (!item || item.box !== null || item.indent > 1)
                continue;
            for (const { kind, entry } of verbItem(item.text, lineNo(doc, i))) {
                add(kind ?? entry.kind ?? (labelled === 'touched' ? 'touched' : labelled), entry);
            }
        }
    };
    const subs = childSections(doc, section);
    readLoose(section.index + 1, ownEnd(doc, section));
    for (const sub of subs) {
        const role = roleOf$1(sub.key);
        const start = sub.index + 1;
        const end = sub.end;
        switch (role) {
            case 'planned':
            case 'actual':
                for (const e of pathsIn(doc, sub)) {
                    if (role === 'actual')
                        add('touched', e);
                    else if (e.path !== null && !isPlaceholder(e.raw) && !plannedSeen.has(e.path)) {
                        plannedSeen.add(e.path);
                        planned.push(e.path);
                    }
                }
                break;
            case 'created':
            case 'modified':
            case 'deleted':
                for (const item of itemsIn(doc, start, end)) {
                    const e = readPathItem(item.text, item.line);
                    if (e)
                        add(role, withLinesChanged(e, item));
                }
                for (const fence of fencesIn(doc, start, end)) {
                    for (const e of readPathBlock(doc, fence))
                        add(role, e);
                }
                break;
            case 'totals':
                totals = readTotals(itemsIn(doc, start, end), lineNo(doc, sub.index)) ?? totals;
                break;
            case 'other':
                readLoose(start, end);
                break;
        }
    }
    const none = files.created.length + files.modified.length + files.deleted.length + files.touched.length === 0;
    if (none && planned.length === 0 && !saysNothingChanged(doc, section)) {
        diag.warning(lineNo(doc, section.index), `section "${section.text}" names no file path the parser can read (write paths in backticks, one per bullet); this task's files are unknown`);
    }
    return { files, touchesPlanned: planned, declaredTotals: totals, found: true };
}
/** A Files section that says no file changed (`None`, `[read-only analysis]`, `No files modified`). */
function saysNothingChanged(doc, section) {
    for (let i = section.index + 1; i < section.end; i++) {
        const t = inlineText(doc.lines[i] ?? '').replace(/^[-*+]\s+/, '');
        if (/read[\s_-]?only|\bno\s+(?:files?|changes?)\b|^none\b|^n\/a\b/i.test(t) || isNone$1(t))
            return true;
    }
    return false;
}
const VERB_RE = /^(?:\*\*)?(created|added|new|modified|updated|changed|edited|deleted|removed|renamed|moved)(?:\*\*)?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*/i;
const ARROW_RE = /[ \t]*(?:→|->|=>)[ \t]*/;
/**
 * A file-list item with its verb before the path (`Created \`a.py\``,
 * `Renamed \`a\` → \`b\``: the old path deleted, the new one created), or a
 * bare path item (its kind then comes from the note or the label above).
 */
function verbItem(text, line) {
    const m = VERB_RE.exec(text);
    const verb = m ? (m[1] ?? '').toLowerCase() : null;
    const rest = m ? text.slice(m[0].length) : text;
    if (verb === 'renamed' || verb === 'moved') {
        const arrow = ARROW_RE.exec(rest);
        if (arrow && arrow.index > 0) {
            const from = readPathItem(rest.slice(0, arrow.index), line);
            const to = readPathItem(rest.slice(arrow.index + arrow[0].length), line);
            const out = [];
            if (from)
                out.push({ kind: 'deleted', entry: from });
            if (to)
                out.push({ kind: 'created', entry: to });
            return out;
        }
    }
    // Without a verb only a code span marks a path: prose bullets are not file lists.
    if (!verb && !text.includes('`'))
        return [];
    const entry = readPathItem(rest, line);
    if (!entry)
        return [];
    const kind = verb === null
        ? null
        : /^(?:created|added|new)$/.test(verb)
            ? 'created'
            : /^(?:deleted|removed)$/.test(verb)
                ? 'deleted'
                : 'modified';
    return [{ kind, entry }];
}
/** Paths of a Touches Planned / Actual subsection: its fenced list, else its bullets. */
function pathsIn(doc, sub) {
    const fences = fencesIn(doc, sub.index + 1, sub.end);
    if (fences.length > 0)
        return fences.flatMap(f => readPathBlock(doc, f));
    const out = [];
    for (const item of itemsIn(doc, sub.index + 1, sub.end)) {
        const e = readPathItem(item.text, item.line);
        if (e)
            out.push(e);
    }
    return out;
}
const LINES_CHANGED_RE = /^(?:\*\*)?lines?\s+(?:changed|added)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*([\s\S]*)$/i;
/** Line counts from a `Lines changed:` sub-bullet, when the number is clear. */
function withLinesChanged(e, item) {
    if (e.linesAdded !== null || e.linesRemoved !== null)
        return e;
    for (const sub of item.sub) {
        const m = LINES_CHANGED_RE.exec(sub.text);
        if (!m)
            continue;
        const text = inlineText(m[1] ?? '');
        if (text.includes('['))
            return e;
        const plus = /\+\s*(\d[\d,]*)/.exec(text);
        const minus = /(?:^|[\s/(,])[-−]\s*(\d[\d,]*)/.exec(text);
        if (plus || minus) {
            return {
                ...e,
                linesAdded: plus ? toInt(plus[1]) : null,
                linesRemoved: minus ? toInt(minus[1]) : null
            };
        }
        if (/\d\s*[-–]\s*\d/.test(text))
            return e;
        const single = /^~?\s*(\d[\d,]*)\b/.exec(text);
        if (single)
            return { ...e, linesAdded: toInt(single[1]) };
        return e;
    }
    return e;
}
function toInt(text) {
    if (text === undefined)
        return null;
    const n = Number(text.replace(/,/g, ''));
    return Number.isSafeInteger(n) ? n : null;
}
const TOTAL_RES = [
    [/files?\s+(?:created|added|new)\s*:\s*~?(\d+)/i, 'created'],
    [/files?\s+(?:modified|changed|updated)\s*:\s*~?(\d+)/i, 'modified'],
    [/files?\s+(?:deleted|removed)\s*:\s*~?(\d+)/i, 'deleted'],
    [/(?<!\d)(\d+)\s+(?:new\s+files?|files?\s+(?:created|added|new))\b/i, 'created'],
    [/(?<!\d)(\d+)\s+files?\s+(?:modified|changed|updated)\b/i, 'modified'],
    [/(?<!\d)(\d+)\s+files?\s+(?:deleted|removed)\b/i, 'deleted']
];
function readTotals(items, line) {
    const totals = {
        created: null,
        modified: null,
        deleted: null,
        line
    };
    let any = false;
    for (const item of items) {
        const text = inlineText(item.text);
        for (const [re, key] of TOTAL_RES) {
            const m = re.exec(text);
            if (m && totals[key] === null) {
                totals[key] = Number(m[1]);
                any = true;
                break;
            }
        }
    }
    return any ? totals : null;
}

// A report's IOSM gate section in its three forms: scored (`### Gate-I
// (Improve) ✅`, checklist, `**Score:** 0.85 / 1.0`), partial (`### Gate-I
// (Improve) N/A`), and checkbox-only (`- [x] **Gate-I:** text`).
function isGateSectionKey(key) {
    return /^(?:iosm\s+)?quality\s+(?:gate|check)|^iosm\s+(?:gate|check)|^gates?(?:\s+results?)?$/.test(key);
}
/** Value of a checklist mark: `x` / ✅ = 1, ⚠️ = 0.5, blank / ❌ = 0; null for anything else. */
function markValue(mark) {
    const m = stripVariation(mark).trim();
    if (/^[xX✅✔✓]$/u.test(m))
        return 1;
    if (/^[⚠~½]$/u.test(m))
        return 0.5;
    if (m === '' || /^[❌✗✘]$/u.test(m))
        return 0;
    return null;
}
function stripVariation(text) {
    return text.replace(/\uFE0F/g, '');
}
function emojiValue(text) {
    const t = stripVariation(text);
    if (t.includes('❌'))
        return 0;
    if (t.includes('⚠'))
        return 0.5;
    if (t.includes('✅'))
        return 1;
    return null;
}
const NA_RE = /\bn\/a\b/i;
const EXPLICIT_GATE_RE = /^(?:\*\*)?\s*gate[\s_-]*([iosm])\b/i;
// After a gate's name: `(Improve)`, bold marks, a colon or a dash, then the value.
const GATE_TAIL_RE = /^[ \t]*(?:\([^()]{0,40}\))?[ \t*]*[:—–-]?[ \t*]*/;
/** What follows a gate's name in `Gate-I (Improve): 85%`, or '' when nothing does. */
function afterGateName(text, nameEnd) {
    const rest = text.slice(nameEnd);
    const m = GATE_TAIL_RE.exec(rest);
    return rest.slice(m ? m[0].length : 0).trim();
}
function startsWithNumber(text) {
    return /^(?:\d|[.,]\d)/.test(text);
}
function readGates(doc, diag) {
    const section = findSection(doc, isGateSectionKey);
    if (!section)
        return { gates: {}, found: false, section: null };
    const tallies = new Map();
    const tally = (gate) => {
        let t = tallies.get(gate);
        if (!t) {
            t = {
                items: [],
                itemLine: 0,
                score: null,
                scoreLine: 0,
                notApplicable: false,
                headingValue: null,
                headingLine: 0,
                headingScore: null,
                unreadable: false
            };
            tallies.set(gate, t);
        }
        return t;
    };
    const takeScore = (gate, value, line) => {
        const t = tally(gate);
        if (t.score !== null)
            return;
        if (NA_RE.test(value) || /^skip/i.test(value.trim())) {
            t.notApplicable = true;
            return;
        }
        const reading = readScore(value);
        if (reading.kind === 'value') {
            t.score = reading.value;
            t.scoreLine = line;
            return;
        }
        t.unreadable = true;
        const why = reading.kind === 'none' ? 'holds no number' : `cannot be read: ${reading.reason}`;
        diag.warning(line, `Gate-${gate} score "${inlineText(value)}" ${why}; Gate-${gate} counts as not evaluated in this report`);
    };
    const takeItem = (gate, value, line) => {
        const t = tally(gate);
        if (t.items.length === 0)
            t.itemLine = line;
        t.items.push(value);
    };
    let context = null;
    for (let i = section.index + 1; i < section.end; i++) {
        if (doc.opaque[i])
            continue;
        const line = doc.lines[i] ?? '';
        const n = lineNo(doc, i);
        const hi = doc.headingOn[i] ?? -1;
        if (hi !== -1) {
            const h = doc.headings[hi];
            context = h ? gateOf(h.text) : null;
            if (h && context) {
                const t = tally(context);
                t.headingLine = n;
                const plain = stripEmoji(inlineText(h.text)).trim();
                const named = /gate[\s_-]*[iosm]\b/i.exec(plain);
                const after = named ? afterGateName(plain, named.index + named[0].length) : '';
                if (NA_RE.test(h.text))
                    t.notApplicable = true;
                else if (startsWithNumber(after)) {
                    const reading = readScore(after);
                    if (reading.kind === 'value')
                        t.headingScore ??= reading.value;
                    else
                        takeScore(context, after, n);
                }
                else
                    t.headingValue ??= emojiValue(h.text);
            }
            continue;
        }
        const item = listItem$1(line);
        const text = item ? item.text : line.trim();
        const explicit = EXPLICIT_GATE_RE.exec(stripEmoji(text).trim());
        const gate = explicit ? (explicit[1] ?? 'I').toUpperCase() : context;
        if (!gate)
            continue;
        if (item && item.box !== null) {
            if (NA_RE.test(text))
                continue;
            const value = markValue(item.box);
            if (value !== null)
                takeItem(gate, value, n);
            continue;
        }
        const label = boldLabel(text);
        if (label && /^score$/i.test(label.label)) {
            takeScore(gate, label.value, n);
            continue;
        }
        if (label && explicit) {
            // `- **Gate-I:** 0.9`, `- **Gate-O:** N/A`, `- **Gate-M:** ✅ clean`.
            if (NA_RE.test(label.value))
                tally(gate).notApplicable = true;
            else if (/^\d|^\.\d/.test(label.value.trim()))
                takeScore(gate, label.value, n);
            else {
                const value = emojiValue(label.value);
                if (value !== null)
                    takeItem(gate, value, n);
            }
            continue;
        }
        if (explicit && item) {
            // `- Gate-I: 85%`, `- Gate-M (Modularize) — 0,90`: a score without bold.
            const plain = stripEmoji(inlineText(text)).trim();
            const named = /gate[\s_-]*[iosm]\b/i.exec(plain);
            const after = named ? afterGateName(plain, named.index + named[0].length) : '';
            if (NA_RE.test(after) || /^skip/i.test(after)) {
                tally(gate).notApplicable = true;
                continue;
            }
            if (startsWithNumber(after)) {
                takeScore(gate, after, n);
                continue;
            }
        }
        if (item && !NA_RE.test(text)) {
            const value = emojiValue(text.slice(0, 3));
            if (value !== null)
                takeItem(gate, value, n);
        }
    }
    readGateTables(doc, section, tally, takeScore, takeItem);
    const gates = {};
    for (const key of GATE_KEYS) {
        const t = tallies.get(key);
        if (!t)
            continue;
        if (t.unreadable && t.score === null) {
            continue;
        }
        else if (t.score !== null) {
            gates[key] = { score: round3(t.score), source: 'score', line: t.scoreLine };
        }
        else if (t.headingScore !== null) {
            gates[key] = { score: round3(t.headingScore), source: 'score', line: t.headingLine };
        }
        else if (t.notApplicable) {
            continue;
        }
        else if (t.items.length > 0) {
            const mean = t.items.reduce((a, b) => a + b, 0) / t.items.length;
            gates[key] = { score: round3(mean), source: 'checklist', line: t.itemLine };
        }
        else if (t.headingValue !== null) {
            gates[key] = { score: round3(t.headingValue), source: 'checklist', line: t.headingLine };
        }
    }
    return { gates, found: true, section };
}
/** `| Gate | Score |` tables (or Result / Value / Final): one row per gate. */
function readGateTables(doc, section, tally, takeScore, takeItem) {
    for (const table of findTables(doc, section.index + 1, section.end)) {
        const gateCol = column(table, h => /\bgate\b/.test(h));
        const scoreCol = column(table, h => /\b(?:score|result|value|final|status)\b/.test(h));
        if (gateCol === -1 || scoreCol === -1)
            continue;
        for (const row of table.rows) {
            const gate = gateOf(row.cells[gateCol] ?? '');
            if (!gate)
                continue;
            const cell = stripEmoji(inlineText(row.cells[scoreCol] ?? '')).trim();
            if (NA_RE.test(cell) || /^skip/i.test(cell))
                tally(gate).notApplicable = true;
            else if (startsWithNumber(cell))
                takeScore(gate, cell, row.line);
            else {
                const raw = row.cells[scoreCol] ?? '';
                const value = emojiValue(raw) ?? (/^pass/i.test(cell) ? 1 : /^fail/i.test(cell) ? 0 : null);
                if (value !== null)
                    takeItem(gate, value, row.line);
                else
                    takeScore(gate, cell, row.line);
            }
        }
    }
}
/** `**Overall IOSM Score for this task:** 0.96 / 1.0 (Excellent)` anywhere outside fences. */
function readOverallScore(doc, diag) {
    for (let i = 0; i < doc.lines.length; i++) {
        const line = doc.lines[i] ?? '';
        if (doc.opaque[i] || !line.includes('**'))
            continue;
        const item = listItem$1(line);
        const label = boldLabel(item ? item.text : line);
        if (!label || !/^overall\b.*\bscore\b/i.test(label.label))
            continue;
        if (NA_RE.test(label.value) || inlineText(label.value).startsWith('['))
            return null;
        const reading = readScore(label.value);
        if (reading.kind === 'value')
            return round3(reading.value);
        diag.warning(lineNo(doc, i), `overall score "${inlineText(label.value)}" ${reading.kind === 'none' ? 'holds no number' : `cannot be read: ${reading.reason}`}; it is left out`);
        return null;
    }
    return null;
}

// The SpawnCandidates table: columns found by header name (6, 7 or 8 of
// them), a row split by a `|` inside a code span or a bare dedup key
// repaired, and a dedup key made when the table has none.
const FIELD_TESTS = [
    ['id', /^(?:sc[\s-]?)?id$|^#$/],
    ['dedup', /dedup/],
    ['userInput', /user|input/],
    ['accept', /accept|criteria|done when/],
    ['touches', /touch|files?\b|paths?\b/],
    ['effort', /effort|size|estimate/],
    ['severity', /severity|priority/],
    ['subtask', /subtask|description|task|title|work|item/]
];
function mapColumns(table) {
    const map = {};
    table.header.forEach((h, index) => {
        for (const [field, re] of FIELD_TESTS) {
            if (map[field] === undefined && re.test(h)) {
                map[field] = index;
                return;
            }
        }
    });
    return map;
}
function readSpawnCandidates(doc, diag) {
    const section = findSection(doc, k => /^spawn\s*candidates\b/.test(k));
    if (!section)
        return { candidates: [], found: false };
    const table = findTables(doc, section.index + 1, section.end).find(t => {
        const map = mapColumns(t);
        return map.id !== undefined && (map.subtask !== undefined || map.touches !== undefined);
    });
    if (!table)
        return { candidates: [], found: true };
    const map = mapColumns(table);
    const width = table.header.length;
    const candidates = [];
    for (const row of table.rows) {
        const cells = repairSplitRow(row.cells, width, map.dedup);
        if (cells.length > width) {
            diag.warning(row.line, `spawn candidate row has ${row.cells.length} cells for ${width} columns; the extra cells are ignored`);
        }
        const cell = (field) => {
            const index = map[field];
            return index === undefined ? '' : (cells[index] ?? '').trim();
        };
        if (cells.every(c => c.trim() === ''))
            continue;
        const subtask = inlineText(cell('subtask'));
        if (isPlaceholder(subtask) || isPlaceholder(cell('touches')))
            continue;
        const touches = readTouchesCell(cell('touches'));
        const id = inlineText(cell('id')) || `SC-${String(candidates.length + 1).padStart(2, '0')}`;
        candidates.push({
            id,
            subtask,
            touches,
            effort: orNull(inlineText(cell('effort'))),
            userInput: readBool(cell('userInput')),
            severity: orNull(inlineText(cell('severity')).toLowerCase()),
            dedupKey: dedupKey(cell('dedup'), touches, subtask),
            accept: orNull(inlineText(cell('accept'))),
            line: row.line
        });
    }
    return { candidates, found: true };
}
const MAX_SURPLUS_CELLS = 8;
/**
 * GFM splits a row on every `|`, even inside a code span, so a row can come
 * out longer than the header. Rejoin the cells where a code span was cut
 * (a cell leaves a backtick open and a later one closes it); failing that, a
 * row one cell long is a bare `file|intent` dedup key, rejoined at that column.
 */
function repairSplitRow(cells, width, dedupColumn) {
    let out = [...cells];
    // A longer surplus is not a few stray pipes, and rejoining it would cost quadratic time.
    if (out.length - width > MAX_SURPLUS_CELLS)
        return out;
    let joinedSpan = false;
    let i = 0;
    while (i < out.length && out.length > width) {
        const open = danglingBacktick(out[i] ?? '');
        const last = Math.min(out.length - 1, i + out.length - width);
        let merged = false;
        for (let j = i + 1; open !== -1 && j <= last; j++) {
            const joined = out.slice(i, j + 1).join('|');
            if (danglingBacktick(joined) !== open) {
                out = [...out.slice(0, i), joined, ...out.slice(j + 1)];
                joinedSpan = merged = true;
                break;
            }
        }
        // A rejoined cell may leave another span open: look at it again.
        if (!merged)
            i++;
    }
    if (!joinedSpan && out.length === width + 1 && dedupColumn !== undefined) {
        const d = dedupColumn;
        out = [...out.slice(0, d), `${out[d] ?? ''}|${out[d + 1] ?? ''}`, ...out.slice(d + 2)];
    }
    return out;
}
function orNull(text) {
    return text === '' ? null : text;
}
function readTouchesCell(text) {
    const spans = codeSpans(text);
    const raw = spans.length > 0 ? spans : text.split(',');
    const out = [];
    for (const r of raw) {
        const p = normalisePath(r);
        if (p !== null && !out.includes(p))
            out.push(p);
    }
    return out;
}
function readBool(text) {
    const t = inlineText(text).toLowerCase();
    if (/^(?:true|yes|y|1)$/.test(t))
        return true;
    if (/^(?:false|no|n|0)$/.test(t))
        return false;
    return null;
}
/** The written key, normalised (`cache.py|type-annot`), else basename of the first touch | slug of the subtask. */
function dedupKey(written, touches, subtask) {
    const w = written.replace(/`/g, '').trim().toLowerCase();
    if (w !== '' && !isNone(w)) {
        const bar = w.indexOf('|');
        if (bar === -1)
            return basename(w);
        return `${basename(w.slice(0, bar).trim())}|${w.slice(bar + 1).trim()}`;
    }
    const first = touches[0];
    return `${first === undefined ? '' : basename(first)}|${slug(subtask)}`;
}
function isNone(text) {
    return /^(?:-|—|n\/a|none)$/.test(text);
}

// reports/T##.md: one Report per file, whichever variant of the report
// template it follows. Sections are located by normalised heading; only the
// Summary paragraph goes through the markdown parser.
function parseReport(file, taskId, partialFile, out) {
    const diag = new FileDiagnostics(file.path, out);
    const doc = scanText(file.text);
    reportScan(doc, diag);
    warnRepeatedSections(doc, diag);
    const coverage = readingCoverage(doc, diag);
    const openFenceLine = doc.unclosedFence ? lineNo(doc, doc.unclosedFence.open) : null;
    const title = readTitle(doc);
    const header = readHeader(doc);
    const status = readReportStatus(doc, header, title, taskId, partialFile, diag);
    // An unfilled template's lists and scores are the template's examples, not
    // claims: keep the status finding and nothing else.
    if (status.template) {
        return {
            ...emptyReport(file.path, taskId, partialFile),
            title: title.text,
            titleLine: title.line,
            statusText: status.text,
            statusLine: status.line,
            coverage,
            openFenceLine
        };
    }
    const summary = readSummary(doc);
    const files = readFilesTouched(doc, diag);
    const gates = readGates(doc, diag);
    const spawn = readSpawnCandidates(doc, diag);
    const blockers = readBlockers(doc);
    const handoff = readHandoff(doc);
    const role = headerValue(header, 'role', 'owner role', 'owner');
    if (!summary.found)
        diag.error(1, 'no Summary or Executive Summary section');
    const readOnly = /explor|analy|research|read-only|review/i.test(role ?? '') ||
        findSection(doc, k => k.startsWith('files analyzed') || k.startsWith('files analysed')) !== null;
    if (!files.found && !readOnly)
        diag.warning(1, 'no Files Touched section');
    if (!gates.found)
        diag.warning(1, 'no IOSM Quality Gate Results or IOSM Quality Checks section');
    if (!spawn.found)
        diag.warning(1, 'no SpawnCandidates section (write "None identified." when there are none)');
    const headerId = headerValue(header, 'task id', 'task');
    if (headerId && taskIds(headerId)[0] !== undefined && taskIds(headerId)[0] !== taskId) {
        diag.warning(header.get('task id')?.line ?? 1, `Task ID ${headerId} differs from the file name's ${taskId}`);
    }
    return {
        file: file.path,
        taskId,
        partialFile,
        title: title.text,
        titleLine: title.line,
        status: status.status,
        statusText: status.text,
        statusLine: status.line,
        role,
        effort: headerValue(header, 'effort', 'duration', 'actual effort', 'time spent'),
        summary: summary.text,
        decisions: readDecisions(doc),
        files: files.files,
        touchesPlanned: files.touchesPlanned,
        declaredTotals: files.declaredTotals,
        gates: gates.gates,
        overallScore: readOverallScore(doc, diag),
        verification: readVerification(doc),
        blockers: blockers.blockers,
        openQuestions: blockers.questions,
        deferred: blockers.deferred,
        errors: readErrors(doc),
        escalations: readEscalations(doc),
        dependsOn: handoff.dependsOn,
        blocks: handoff.blocks,
        mayConflictWith: handoff.mayConflictWith,
        integrationInstructions: handoff.instructions,
        spawnCandidates: spawn.candidates,
        followUps: readFollowUps(doc),
        lessons: readLessons(doc),
        coverage,
        openFenceLine
    };
}
// Sections of the report format, read or deliberately passed over (Implementation
// Details, Findings): anything else is a section the parser did not read.
const KNOWN_SECTION_RE = /^(?:summary|executive summary|what was done|decisions|files (?:touched|changed|analy[sz]ed)|changed files|implementation details|code summary|tests written|verification|shared context|errors|risks|rollback|blockers|open questions|handoff|hand-off|spawn ?candidates|escalation|follow[\s-]?ups?|recommendations|next steps|lessons|artifacts|findings|dependencies|notes)\b/;
function isKnownSection(key) {
    return KNOWN_SECTION_RE.test(key) || isGateSectionKey(key);
}
/**
 * The report's level-2 sections and the ones not recognised. A report read
 * in part gets a notice naming what was skipped, so a reviewer knows what the
 * verdict did not see.
 */
function readingCoverage(doc, diag) {
    const skipped = [];
    let sections = 0;
    for (const h of doc.headings) {
        if (h.level !== 2)
            continue;
        sections++;
        if (!isKnownSection(h.key))
            skipped.push({ heading: h.text, line: lineNo(doc, h.index) });
    }
    const first = skipped[0];
    if (first) {
        const shown = skipped.slice(0, 10).map(s => `"${s.heading}" (line ${s.line})`);
        if (skipped.length > 10)
            shown.push(`and ${skipped.length - 10} more`);
        const names = shown.join(', ');
        diag.notice(first.line, `read in part: ${skipped.length} of ${sections} sections not recognised and not read: ${names}`);
    }
    return { sections, recognised: sections - skipped.length, skipped };
}
/**
 * A level-2 section written twice: every reader takes the first one, so the
 * repeat is named where it is, not silently left out.
 */
function warnRepeatedSections(doc, diag) {
    const first = new Map();
    for (const h of doc.headings) {
        if (h.level !== 2 || h.key === '')
            continue;
        const line = first.get(h.key);
        if (line === undefined)
            first.set(h.key, lineNo(doc, h.index));
        else
            diag.warning(lineNo(doc, h.index), `section "${h.text}" appears a second time; only the first one (line ${line}) is read`);
    }
}
/** The Report of a file that could not be read at all. */
function emptyReport(file, taskId, partialFile) {
    return {
        file,
        taskId,
        partialFile,
        title: null,
        titleLine: 1,
        status: 'unknown',
        statusText: null,
        statusLine: 1,
        role: null,
        effort: null,
        summary: null,
        decisions: [],
        files: { created: [], modified: [], deleted: [], touched: [] },
        touchesPlanned: [],
        declaredTotals: null,
        gates: {},
        overallScore: null,
        verification: [],
        blockers: [],
        openQuestions: [],
        deferred: [],
        errors: [],
        escalations: [],
        dependsOn: [],
        blocks: [],
        mayConflictWith: [],
        integrationInstructions: [],
        spawnCandidates: [],
        followUps: [],
        lessons: { wentWell: [], couldImprove: [], surprises: [] },
        coverage: { sections: 0, recognised: 0, skipped: [] },
        openFenceLine: null
    };
}
// The prefix before the id may be in any language (`Rapport de sous-agent :`).
const TITLE_RE = new RegExp(String.raw `^(?:subagent\s+report\s*[:—–-]\s*|[^:]{1,60}:\s*)?(?:task\s+)?(?:${TASK_ID}|\[[^\]]*\])\s*(?:—|–|-|:)\s*([\s\S]+)$`, 'i');
function readTitle(doc) {
    const h1 = doc.headings.find(h => h.level === 1);
    if (!h1)
        return { text: null, line: 1, placeholder: false };
    const text = inlineText(h1.text);
    const m = TITLE_RE.exec(text);
    const title = (m ? (m[1] ?? '') : text).trim();
    const placeholder = isPlaceholder(title) || /\[(?:task[- ]id|T##)\]/i.test(text);
    return {
        text: title === '' || isPlaceholder(title) ? null : title,
        line: lineNo(doc, h1.index),
        placeholder
    };
}
const RULE_RE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
/** Bold-label lines before the first `---` rule or `##` heading. */
function readHeader(doc) {
    const header = new Map();
    const h1 = doc.headings.find(h => h.level === 1);
    for (let i = 0; i < doc.lines.length; i++) {
        const hi = doc.headingOn[i] ?? -1;
        if (hi !== -1 && doc.headings[hi] !== h1)
            break;
        if (doc.opaque[i])
            continue;
        const line = doc.lines[i] ?? '';
        if (RULE_RE.test(line) && header.size > 0)
            break;
        const l = lineLabel(line) ?? plainLabel(line);
        if (!l)
            continue;
        const key = englishName(l.label.toLowerCase());
        if (!header.has(key))
            header.set(key, { value: l.value, line: lineNo(doc, i) });
    }
    return header;
}
function headerValue(header, ...names) {
    for (const name of names) {
        const v = header.get(name);
        if (v && v.value !== '' && !isPlaceholder(v.value))
            return inlineText(v.value);
    }
    return null;
}
function readReportStatus(doc, header, title, taskId, partialFile, diag) {
    let found = header.get('status') ?? null;
    if (!found) {
        // Some reports put the status line after the header rule.
        for (let i = 0; i < doc.lines.length && !found; i++) {
            if (doc.opaque[i])
                continue;
            const line = doc.lines[i] ?? '';
            const bold = lineLabel(line);
            const l = bold ?? (/^[^\s*+-]/.test(line) ? plainLabel(line) : null);
            const label = l ? englishName(l.label.toLowerCase()) : '';
            const atStart = bold ? !bold.item && bold.indent === 0 : l !== null;
            if (l && atStart && /^(?:task\s+)?status$/.test(label)) {
                found = { value: l.value, line: lineNo(doc, i) };
            }
        }
    }
    if (!found) {
        diag.error(1, `no **Status:** line: ${taskId} counts as status unknown`);
        return { status: 'unknown', text: null, line: 1, template: false };
    }
    const text = inlineText(found.value);
    const reading = readStatus(found.value);
    const placeholders = [...header.values()].some(v => /\[(?:T##|YYYY-MM-DD|task[- ]id|track-id)/i.test(v.value));
    let status = 'unknown';
    let template = false;
    if (reading.kind === 'unfilled') {
        diag.error(found.line, `status "${text}" is the unfilled template: pick one status`);
        template = true;
    }
    else if (reading.kind === 'unrecognised') {
        diag.error(found.line, `status "${text}" is not a known status (Complete, Partial, Blocked)`);
    }
    else if (placeholders || title.placeholder) {
        diag.error(found.line, 'the report still holds template placeholders ([T##], [YYYY-MM-DD]): status unknown');
        template = true;
    }
    else {
        status = reading.status;
    }
    if (partialFile && status === 'complete')
        status = 'partial';
    return { status, text: text === '' ? null : text, line: found.line, template };
}
// ---------------------------------------------------------------------------
// Summary, decisions, verification
/**
 * How much of the Summary's first paragraph the markdown parser sees. The
 * report shows at most its first 1,000 characters, and GFM parsing slows down
 * more than linearly on long runs of emphasis or bracket characters.
 */
const SUMMARY_SOURCE_CHARS = 2 * 1024;
/** The leading lines that fit in `max` characters; a first line longer than that is cut. */
function clipLines(lines, max) {
    let total = 0;
    for (let k = 0; k < lines.length; k++) {
        total += (lines[k] ?? '').length + 1;
        if (total > max + 1)
            return k === 0 ? [(lines[0] ?? '').slice(0, max)] : lines.slice(0, k);
    }
    return lines;
}
function readSummary(doc) {
    const section = findSection(doc, k => k.startsWith('summary') || k.startsWith('executive summary'));
    if (!section)
        return { text: null, found: false };
    const para = firstParagraph(doc, section.index + 1, ownEnd(doc, section), isPlaceholder);
    if (!para)
        return { text: null, found: true };
    const lines = clipLines(para.lines, SUMMARY_SOURCE_CHARS);
    let text = plainParagraph(lines);
    if (text === null) {
        const root = parseSlice(lines, para.line);
        const first = root.children.find(n => n.type === 'paragraph') ?? root;
        text = plainText(first);
    }
    return { text: text === '' ? null : text, found: true };
}
/**
 * The text of a paragraph with no markup but code spans, without the markdown
 * parser: most summaries are plain prose that names a few files or functions,
 * and the parser's first call costs a CLI run about as much as the rest of the
 * parse. Any other character that could start an inline construct, any line
 * that could start a block, and a backtick run not closed on its own line
 * send the paragraph to the parser instead.
 */
function plainParagraph(lines) {
    const parts = [];
    for (const line of lines) {
        // Two trailing spaces make a hard line break; the parser turns NUL into U+FFFD.
        if (/ {2}$/.test(line) || line.includes('\u0000'))
            return null;
        if (/^ {0,3}(?:[-+=#:]|\d{1,9}[.)]|`{3}|\s*$)/.test(line) || /^(?: {4}| *\t)/.test(line))
            return null;
        const text = withCodeSpans(line);
        if (text === null)
            return null;
        parts.push(text);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
}
/**
 * One line of a paragraph as plain text, its code spans replaced by their
 * content as CommonMark reads them: a backtick run opens a span that the next
 * run of the same length closes, and content that both starts and ends with a
 * space, and is not all spaces, loses one at each end. Null when the text
 * outside the spans holds markup, when a run finds no partner on the line (it
 * may pair with one on a later line), and when a web address may run on into
 * a span (GFM's literal links end only at a space or `<`).
 */
function withCodeSpans(line) {
    if (!line.includes('`'))
        return MARKUP.test(line) ? null : line;
    if (/www\.|:\/\//i.test(line))
        return null;
    let out = '';
    let from = 0;
    for (let i = line.indexOf('`'); i !== -1; i = line.indexOf('`', from)) {
        const run = runEnd(line, i) - i;
        // Runs start at a backtick that follows none, so lengths compare whole runs.
        let close = line.indexOf('`', i + run);
        while (close !== -1 && runEnd(line, close) - close !== run)
            close = line.indexOf('`', runEnd(line, close));
        if (close === -1)
            return null;
        const before = line.slice(from, i);
        if (MARKUP.test(before))
            return null;
        let content = line.slice(i + run, close);
        if (content.length > 2 &&
            content.startsWith(' ') &&
            content.endsWith(' ') &&
            /[^ ]/.test(content))
            content = content.slice(1, -1);
        out += before + content;
        from = close + run;
    }
    const rest = line.slice(from);
    return MARKUP.test(rest) ? null : out + rest;
}
/** Characters that can start an inline construct other than a code span. */
const MARKUP = /[*_~[\]<>\\&|]/;
function runEnd(line, at) {
    let j = at;
    while (line.charCodeAt(j) === 96)
        j++;
    return j;
}
function readDecisions(doc) {
    const decisions = [];
    const section = findSection(doc, k => k.startsWith('decisions'), [2, 1]);
    if (section) {
        for (const sub of childSections(doc, section)) {
            const title = inlineText(sub.text).replace(/^decision\s*\d*\s*[:—–.-]\s*/i, '');
            if (title === '' || isPlaceholder(title))
                continue;
            const d = labelValue(doc, sub.index + 1, sub.end, l => l === 'decision');
            decisions.push({
                title,
                decision: d && d.value !== '' && !isPlaceholder(d.value) ? inlineText(d.value) : null,
                line: lineNo(doc, sub.index)
            });
        }
    }
    // Decisions written as bullets under a `**Design decisions:**` label.
    for (let i = 0; i < doc.lines.length; i++) {
        const line = doc.lines[i] ?? '';
        if (doc.opaque[i] || !line.includes('**'))
            continue;
        const l = lineLabel(line);
        if (!l || l.value !== '' || !/^(?:design|key|technical)\s+decisions$/i.test(l.label))
            continue;
        for (const item of itemsAfter(doc, i)) {
            const title = inlineText(item.text);
            if (title !== '' && !isPlaceholder(title))
                decisions.push({ title, decision: null, line: item.line });
        }
    }
    return decisions;
}
function verdictOf(text) {
    const t = text.replace(/\uFE0F/g, '');
    if (t.includes('❌'))
        return 'fail';
    if (t.includes('⚠'))
        return 'warn';
    if (t.includes('✅') || t.includes('✔'))
        return 'pass';
    return null;
}
function readVerification(doc) {
    const section = findSection(doc, k => k.startsWith('verification'));
    if (!section)
        return [];
    const steps = [];
    const subs = childSections(doc, section);
    const blocks = subs.map(s => ({
        name: stripEmoji(inlineText(s.text))
            .trim()
            .replace(/^verification\s+step\s*\d*\s*[:—–.-]?\s*/i, ''),
        heading: s.text,
        start: s.index + 1,
        end: s.end,
        line: lineNo(doc, s.index)
    }));
    if (blocks.length === 0) {
        blocks.push({
            name: 'Verification',
            heading: '',
            start: section.index + 1,
            end: section.end,
            line: lineNo(doc, section.index)
        });
    }
    for (const b of blocks) {
        const name = b.name === '' ? inlineText(b.heading) : b.name;
        if (isPlaceholder(name))
            continue;
        const result = labelValue(doc, b.start, b.end, l => l === 'result' || l === 'results');
        if (!result && blocks.length === 1 && subs.length === 0)
            continue;
        const resultText = result ? stripEmoji(inlineText(result.value)).trim() : null;
        steps.push({
            name,
            status: verdictOf(b.heading) ?? (result ? verdictOf(result.value) : null) ?? 'unknown',
            result: resultText === '' ? null : resultText,
            line: b.line
        });
    }
    return steps;
}
const LEAD_EMOJI_RE = /^(?:[❌❓🔜🔴🟠🟡⚠✅🚨⛔]\uFE0F?\s*)+/u;
function readBlockers(doc) {
    const lists = { blockers: [], questions: [], deferred: [] };
    const section = findSection(doc, k => k.startsWith('blockers') || k.startsWith('open questions'));
    const take = (item, kind) => {
        const struck = isStruck(item.text);
        const unstruck = item.text.replace(/~~/g, '').trim();
        const lead = unstruck.replace(/\uFE0F/g, '');
        const resolvedMark = lead.startsWith('✅');
        const k = kind ?? (lead.startsWith('❓') ? 'question' : lead.startsWith('🔜') ? 'deferred' : 'blocker');
        const plain = unstruck.replace(LEAD_EMOJI_RE, '').trim();
        const label = boldLabel(plain);
        const title = inlineText(label ? label.label : plain.replace(/^BLOCKER\s*:\s*/, ''));
        if (title === '' ||
            isPlaceholder(title) ||
            isNone$1(title) ||
            /^no\s+(?:blockers|open questions|deferred)/i.test(title)) {
            return;
        }
        if (k === 'question') {
            lists.questions.push({ title, line: item.line });
            return;
        }
        if (k === 'deferred') {
            lists.deferred.push({ title, line: item.line });
            return;
        }
        const description = label ? inlineText(label.value) : '';
        const said = [plain, ...item.sub.map(s => s.text)].join(' ').replace(/\bunresolved\b/gi, '');
        lists.blockers.push({
            title,
            description,
            line: item.line,
            resolved: k === 'resolved' || resolvedMark || struck || /\bresolved\b/i.test(said)
        });
    };
    let range = [0, 0];
    if (section) {
        range = [section.index, section.end];
        const own = itemsIn(doc, section.index + 1, ownEnd(doc, section));
        for (const item of own)
            take(item, null);
        if (own.length === 0 &&
            section.key.startsWith('blocker') &&
            childSections(doc, section).length === 0)
            proseBlocker(doc, section, lists);
        for (const sub of childSections(doc, section)) {
            const kind = sub.key.startsWith('blocker')
                ? 'blocker'
                : sub.key.includes('question')
                    ? 'question'
                    : sub.key.includes('deferred')
                        ? 'deferred'
                        : sub.key.includes('resolved')
                            ? 'resolved'
                            : null;
            if (kind)
                for (const item of itemsIn(doc, sub.index + 1, sub.end))
                    take(item, kind);
        }
    }
    // A plain `BLOCKER: …` line anywhere else counts too.
    for (let i = 0; i < doc.lines.length; i++) {
        if (doc.opaque[i] || (i >= range[0] && i < range[1]))
            continue;
        const line = doc.lines[i] ?? '';
        if (!line.includes('BLOCKER'))
            continue;
        const m = /^\s*(?:[-*+]\s+)?(?:\*\*)?BLOCKER(?:\*\*)?\s*:(?:\*\*)?\s*([\s\S]+)$/.exec(line);
        if (m)
            take({ text: m[1] ?? '', line: lineNo(doc, i), sub: [] }, 'blocker');
    }
    return lists;
}
/**
 * A Blockers section written as sentences: one blocker titled by the first
 * sentence, unless the text says there is none (`None.`, `Нет`, `No blockers`).
 */
function proseBlocker(doc, section, lists) {
    const para = firstParagraph(doc, section.index + 1, ownEnd(doc, section), isPlaceholder);
    if (!para)
        return;
    const text = inlineText(para.lines.join(' '));
    if (text === '' || isNone$1(text) || /^no\s+(?:blockers?|open questions)\b/i.test(text))
        return;
    const stop = /[.!?](?:\s|$)/.exec(text);
    const title = stop ? text.slice(0, stop.index + 1) : text;
    lists.blockers.push({
        title: stripEmoji(title).trim(),
        description: stop ? text.slice(stop.index + 1).trim() : '',
        line: para.line,
        resolved: /^\s*(?:✅|resolved\b)/i.test(text)
    });
}
// ---------------------------------------------------------------------------
// Errors and escalations (both number their blocks E-##: each is read only in its own section)
const E_ID_RE = /^(?:E|ESC)-?(\d+)\b\s*[:—–.-]?\s*([\s\S]*)$/i;
/** A line that is only `**Example:**` (emphasis and colon optional). */
function isExampleMarker(line) {
    return line.length < 40 && line.replace(/[\s*_:]/g, '').toLowerCase() === 'example';
}
/** E-## subsections of a section, those after an `**Example:**` line or holding placeholders left out. */
function eBlocks(doc, section) {
    const blocks = [];
    let example = -1;
    for (let i = section.index + 1; i < section.end; i++) {
        if (!doc.opaque[i] && isExampleMarker(doc.lines[i] ?? '')) {
            example = i;
            break;
        }
    }
    for (const sub of childSections(doc, section)) {
        if (example !== -1 && sub.index > example)
            continue;
        const m = E_ID_RE.exec(inlineText(sub.text));
        if (!m)
            continue;
        const title = (m[2] ?? '').trim();
        if (isPlaceholder(title) || hasPlaceholder(doc, sub))
            continue;
        blocks.push({ id: `E-${m[1] ?? ''}`, title, sub });
    }
    return blocks;
}
function hasPlaceholder(doc, sub) {
    for (let i = sub.index + 1; i < sub.end; i++) {
        const line = doc.lines[i] ?? '';
        if (/path\/to\/|\[Error Type\]|\[Paste exact/i.test(line))
            return true;
    }
    return false;
}
function readErrors(doc) {
    const section = findSection(doc, k => k.startsWith('errors encountered') || k === 'errors');
    if (!section)
        return [];
    return eBlocks(doc, section).map(({ id, title, sub }) => {
        const r = labelValue(doc, sub.index + 1, sub.end, l => l === 'resolution');
        const resolution = r && r.value !== '' ? inlineText(r.value) : null;
        return {
            id,
            type: title,
            resolution,
            resolved: resolution !== null && !/\bunresolved\b/i.test(resolution) && !isNone$1(resolution),
            line: lineNo(doc, sub.index)
        };
    });
}
function readEscalations(doc) {
    const section = findSection(doc, k => k.startsWith('escalation'));
    if (!section)
        return [];
    return eBlocks(doc, section).map(({ id, title, sub }) => ({
        id,
        title,
        line: lineNo(doc, sub.index)
    }));
}
// ---------------------------------------------------------------------------
// Handoff notes
const RELATION_RE = /^(depends\s+on|blocked\s+by|requires|blocks|unblocks|may\s+conflict\s+with|conflicts?\s+with|overlaps?\s+with)\b\s*(.*)$/i;
function readHandoff(doc) {
    const result = {
        dependsOn: [],
        blocks: [],
        mayConflictWith: [],
        instructions: []
    };
    // The ids each list holds: a report may name thousands.
    const named = new Map();
    const section = findSection(doc, k => k.startsWith('handoff') || k.startsWith('hand-off'));
    if (!section)
        return result;
    for (let i = section.index + 1; i < section.end; i++) {
        if (doc.opaque[i] || doc.headingOn[i] !== -1)
            continue;
        const l = lineLabel(doc.lines[i] ?? '');
        let relation;
        let rest;
        let note;
        // The note as written, markup kept: its code spans name paths.
        let raw = doc.lines[i] ?? '';
        if (l) {
            const m = RELATION_RE.exec(inlineText(l.label));
            if (!m)
                continue;
            relation = (m[1] ?? '').toLowerCase();
            rest = m[2] ?? '';
            note = inlineText(l.value);
            raw = l.value;
        }
        else {
            const text = inlineText((doc.lines[i] ?? '').replace(/^\s*[-*+]\s+/, ''));
            const m = /^(depends\s+on|blocked\s+by|blocks|may\s+conflict\s+with)\s+([^:\s][^:]*):\s*(.*)$/i.exec(text);
            if (!m)
                continue;
            relation = (m[1] ?? '').toLowerCase();
            rest = m[2] ?? '';
            note = m[3] ?? '';
        }
        let ids = taskIds(rest);
        if (ids.length === 0)
            ids = taskIds(note);
        const line = lineNo(doc, i);
        const list = /^(?:depends|blocked by|requires)/.test(relation)
            ? result.dependsOn
            : /^(?:blocks|unblocks)/.test(relation)
                ? result.blocks
                : result.mayConflictWith;
        const known = named.get(list) ?? new Set();
        named.set(list, known);
        const fresh = ids.filter(id => !known.has(id));
        if (fresh.length === 0)
            continue;
        const paths = list === result.mayConflictWith ? notePaths(raw) : [];
        for (const id of fresh) {
            known.add(id);
            list.push({ id, note, line, paths });
        }
    }
    const instructions = childSections(doc, section).find(s => s.key.startsWith('integration instructions'));
    if (instructions) {
        for (const item of itemsIn(doc, instructions.index + 1, instructions.end)) {
            const text = inlineText(item.text);
            if (text !== '' && !isPlaceholder(text))
                result.instructions.push(text);
        }
    }
    return result;
}
// ---------------------------------------------------------------------------
// Follow-ups and lessons
function priorityOf(key) {
    if (/high|critical|urgent|must/.test(key))
        return 'high';
    if (/medium|should|nice/.test(key))
        return 'medium';
    if (/low|future|could/.test(key))
        return 'low';
    return null;
}
function readFollowUps(doc) {
    const out = [];
    const sections = [
        findSection(doc, k => /^follow[\s-]?ups?\b/.test(k), [2, 1]),
        findSection(doc, k => k.startsWith('recommendations'), [2, 1])
    ];
    const take = (items, priority) => {
        for (const item of items) {
            const text = inlineText(item.text);
            if (text !== '' && !isPlaceholder(text) && !isNone$1(text))
                out.push({ priority, text, line: item.line });
        }
    };
    for (const section of sections) {
        if (!section)
            continue;
        take(itemsIn(doc, section.index + 1, ownEnd(doc, section)), 'medium');
        for (const sub of childSections(doc, section)) {
            const priority = priorityOf(sub.key);
            if (priority)
                take(itemsIn(doc, sub.index + 1, sub.end), priority);
        }
    }
    return out;
}
function readLessons(doc) {
    const lessons = { wentWell: [], couldImprove: [], surprises: [] };
    const section = findSection(doc, k => k.startsWith('lessons'), [2, 1]);
    if (!section)
        return lessons;
    for (const sub of childSections(doc, section)) {
        const list = sub.key.includes('went well')
            ? lessons.wentWell
            : sub.key.includes('improve')
                ? lessons.couldImprove
                : /surprise|unexpected|challenge/.test(sub.key)
                    ? lessons.surprises
                    : null;
        if (!list)
            continue;
        for (const item of itemsIn(doc, sub.index + 1, sub.end)) {
            const text = inlineText(item.text);
            if (text !== '' && !isPlaceholder(text))
                list.push(text);
        }
    }
    return lessons;
}

// The parser's entry point: a loaded track folder to the typed model. Each
// file is parsed on its own, so one file the parser cannot cope with never
// stops the others.
function parseTrack(files) {
    const diagnostics = [...files.diagnostics];
    let plan = null;
    if (files.plan) {
        const source = files.plan;
        plan = guarded(source, diagnostics, () => parsePlan(source, diagnostics), null);
    }
    else {
        // Annotations need a file that exists: the finding goes on the first report.
        const first = [...files.reports.map(r => r.path), ...files.unreadableReports.map(r => r.path)]
            .sort()
            .at(0);
        diagnostics.push({
            severity: 'warning',
            file: first ?? 'plan.md',
            line: 1,
            message: 'no plan.md: tasks come from the reports alone'
        });
    }
    const prd = files.prd;
    const prdTargets = prd
        ? guarded(prd, diagnostics, () => parsePrdTargets(prd, diagnostics), {})
        : {};
    const reports = [];
    for (const file of files.reports) {
        const name = reportName(file.path);
        if (!name) {
            diagnostics.push(badName(file.path));
            continue;
        }
        reports.push(guarded(file, diagnostics, () => parseReport(file, name.taskId, name.partial, diagnostics), emptyReport(file.path, name.taskId, name.partial)));
    }
    // A report that exists but could not be read still says the task was started:
    // its status is unknown rather than whatever the plan claims.
    for (const { path, reason } of files.unreadableReports) {
        const name = reportName(path);
        if (!name) {
            diagnostics.push(badName(path));
            continue;
        }
        diagnostics.push({
            severity: 'error',
            file: path,
            line: 1,
            message: `could not be read: ${reason}; ${name.taskId} counts as status unknown and the verdict cannot be trusted`
        });
        reports.push(emptyReport(path, name.taskId, name.partial));
    }
    if (files.unreadableReports.length > 0) {
        reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    }
    const iosmFile = files.iosmReport;
    const iosm = iosmFile
        ? guarded(iosmFile, diagnostics, () => parseIosmReport(iosmFile, diagnostics), null)
        : null;
    return { id: files.id, dir: files.dir, plan, prdTargets, reports, iosm, diagnostics };
}
function reportName(path) {
    return reportNameOfPath(path);
}
function badName(path) {
    return {
        severity: 'error',
        file: path,
        line: 1,
        message: 'report file name is not T##.md, T##-partial.md or T##-slug.md; the report is skipped'
    };
}
/** Run one file's parser; a failure becomes an error diagnostic on that file and a fallback value. */
function guarded(file, out, parse, fallback) {
    try {
        return parse();
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        out.push({
            severity: 'error',
            file: file.path,
            line: 1,
            message: `could not be parsed (${reason}); its content is left out and the verdict cannot be trusted`
        });
        return fallback;
    }
}

// Folder globs as the `tracks` input takes them: `*`, `?`, `[abc]` within one
// path segment, `**` for any number of segments. Pure.
/**
 * Splits the raw input lines into patterns. Blank lines and `#` comments are
 * skipped. Returns an error for a pattern that leaves the workspace.
 */
function parsePatterns(lines, workspace) {
    const out = [];
    for (const raw of lines.flatMap(l => l.split(/\r?\n/))) {
        let line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const negated = line.startsWith('!');
        if (negated)
            line = line.slice(1).trim();
        if (line === '')
            return { ok: false, error: `empty pattern after '!' in tracks: "${raw.trim()}"` };
        const rel = relativise(line.replace(/\\/g, '/'), workspace.replace(/\\/g, '/'));
        if (rel === null) {
            return {
                ok: false,
                error: `tracks pattern "${line}" points outside the workspace; use a path relative to the repository root`
            };
        }
        out.push({ source: line, negated, segments: rel.map(toSegment) });
    }
    return { ok: true, value: out };
}
/** Segments of a pattern relative to the workspace, or null when it escapes it. */
function relativise(pattern, workspace) {
    let p = pattern;
    if (p.startsWith('/') || /^[A-Za-z]:\//.test(p)) {
        const root = workspace.replace(/\/+$/, '');
        if (p !== root && !p.startsWith(root + '/'))
            return null;
        p = p.slice(root.length);
    }
    const parts = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.pop() === undefined)
                return null;
            continue;
        }
        parts.push(seg);
    }
    return parts;
}
function isGlob(seg) {
    return /[*?[]/.test(seg);
}
function toSegment(seg) {
    if (seg === '**')
        return { kind: 'globstar' };
    if (!isGlob(seg))
        return { kind: 'literal', name: seg };
    return { kind: 'pattern', re: segmentRegExp(seg), text: seg };
}
function segmentRegExp(seg) {
    let re = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i] ?? '';
        if (c === '*') {
            while (seg[i + 1] === '*')
                i++;
            re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = seg.indexOf(']', i + 2);
            if (close === -1) {
                re += '\\[';
                continue;
            }
            let body = seg.slice(i + 1, close);
            const neg = body.startsWith('!') || body.startsWith('^');
            if (neg)
                body = body.slice(1);
            re += `[${neg ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = close;
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/**
 * Whether one folder name matches a segment. Wildcards do not match names
 * starting with a dot unless the pattern itself starts with one.
 */
function segmentMatches(seg, name) {
    switch (seg.kind) {
        case 'literal':
            return seg.name === name;
        case 'globstar':
            return !name.startsWith('.');
        case 'pattern':
            if (name.startsWith('.') && !seg.text.startsWith('.'))
                return false;
            return seg.re.test(name);
    }
}
/** Whether a workspace-relative folder path (segments) matches the whole pattern. */
function pathMatches(segments, parts) {
    return matchFrom(segments, parts, 0, 0);
}
function matchFrom(segments, parts, i, j) {
    const seg = segments[i];
    if (seg === undefined)
        return j === parts.length;
    if (seg.kind === 'globstar') {
        for (let k = j; k <= parts.length; k++) {
            if (matchFrom(segments, parts, i + 1, k))
                return true;
            const part = parts[k];
            if (part === undefined || !segmentMatches(seg, part))
                return false;
        }
        return false;
    }
    const part = parts[j];
    return part !== undefined && segmentMatches(seg, part) && matchFrom(segments, parts, i + 1, j + 1);
}

// The names that make a folder a track and the role of each file in it. Shared
// by discovery and loading so that every folder discovery returns is one the
// loader accepts.
const REPORTS_DIR = 'reports';
const ROLE_NAMES = [
    ['plan', 'plan.md'],
    ['prd', 'PRD.md'],
    ['iosmReport', 'iosm_report.md']
];
/** The canonical spelling of each top-level file. */
const CANONICAL_NAME = {
    plan: 'plan.md',
    prd: 'PRD.md',
    iosmReport: 'iosm_report.md'
};
/** Top-level names are matched case-insensitively: `PLAN.md` and `prd.md` are common. */
function roleOf(name) {
    const lower = name.toLowerCase();
    for (const [role, canonical] of ROLE_NAMES) {
        if (lower === canonical.toLowerCase())
            return role;
    }
    return null;
}
/** `T01.md`, `T7.md`, `T06-partial.md`, `T-AUTO-01.md`, `T01-seo-audit.md`, `T-AUTO-01_cleanup.md`. */
function isReportFile(name) {
    return name.startsWith('T') && readReportName(name) !== null;
}
/**
 * A markdown file in `reports/` that is not read. README-like files are left
 * alone; anything else was probably meant as a report under a wrong name.
 */
function looksLikeStrayReport(name) {
    if (isReportFile(name) || !/\.md$/i.test(name))
        return false;
    return !/^(readme|index|changelog)\.md$/i.test(name);
}
/** True when a folder with these entries is a track (names only: nothing is opened). */
function isTrackListing(topNames, reportNames) {
    return topNames.some(n => roleOf(n) === 'plan') || reportNames.some(isReportFile);
}

// Where the workspace really is, and whether a path stays inside it once
// symlinks are resolved.
async function openWorkspace(workspace) {
    const root = path$2.resolve(workspace);
    try {
        const real = await realpath(root);
        if (!(await stat(real)).isDirectory()) {
            return { ok: false, error: `workspace is not a folder: ${workspace}` };
        }
        return { ok: true, value: { root, real } };
    }
    catch (e) {
        return { ok: false, error: `workspace not found: ${workspace} (${errorCode(e)})` };
    }
}
function isInside(root, candidate) {
    if (candidate === root)
        return true;
    const rel = path$2.relative(root, candidate);
    return rel !== '..' && !rel.startsWith('..' + path$2.sep) && !path$2.isAbsolute(rel);
}
/**
 * The real path of `abs` when it lies inside the workspace; `outside` when
 * symlinks lead it out; `missing` when it (or a link on the way) does not
 * exist.
 */
async function resolveInside(ws, abs) {
    try {
        const real = await realpath(abs);
        return isInside(ws.real, real) ? { kind: 'inside', real } : { kind: 'outside', real };
    }
    catch (e) {
        return { kind: 'missing', code: errorCode(e) };
    }
}
/** Workspace-relative path with forward slashes; `.` for the workspace itself. */
function toRepoRelative(ws, abs) {
    const rel = path$2.relative(ws.root, abs).split(path$2.sep).join('/');
    return rel === '' ? '.' : rel;
}
function errorCode(e) {
    if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string')
        return e.code;
    return e instanceof Error ? e.message : String(e);
}

// Finds the track folders that the `tracks` globs name.
/** Folders a wildcard never descends into. A literal pattern segment still may. */
const SKIPPED = new Set(['node_modules', '.git']);
/** Upper bound on folders listed for one call, so `**` on a huge checkout fails clearly. */
const MAX_FOLDERS_LISTED = 50_000;
/**
 * Repository-relative paths of the track folders the patterns match, sorted.
 * Patterns are folder globs relative to the workspace; a leading `!` excludes
 * what it matches and everything below it, whatever the order of the lines.
 */
async function discoverTracks(workspace, patterns) {
    const opened = await openWorkspace(workspace);
    if (!opened.ok)
        return opened;
    const ws = opened.value;
    const parsed = parsePatterns(patterns, ws.root);
    if (!parsed.ok)
        return parsed;
    const includes = parsed.value.filter(p => !p.negated);
    const excludes = parsed.value.filter(p => p.negated);
    const walker = new Walker(ws);
    const matched = new Set();
    for (const pattern of includes) {
        const found = await walker.expand(pattern);
        if (!found.ok)
            return found;
        for (const rel of found.value)
            matched.add(rel);
    }
    const tracks = [];
    for (const rel of [...matched].sort(byCodeUnit)) {
        if (isExcluded(rel, excludes))
            continue;
        if (await isTrackFolder(ws, rel))
            tracks.push(rel);
    }
    return { ok: true, value: tracks };
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isExcluded(rel, excludes) {
    const parts = rel === '.' ? [] : rel.split('/');
    return excludes.some(e => {
        for (let k = 0; k <= parts.length; k++) {
            if (pathMatches(e.segments, parts.slice(0, k)))
                return true;
        }
        return false;
    });
}
class Walker {
    ws;
    listed = 0;
    cache = new Map();
    constructor(ws) {
        this.ws = ws;
    }
    async expand(pattern) {
        const out = new Set();
        const seen = new Set();
        const root = { abs: this.ws.root, real: this.ws.real, parts: [] };
        const fine = await this.walk(root, pattern.segments, 0, out, seen);
        if (!fine) {
            return {
                ok: false,
                error: `tracks pattern "${pattern.source}" reaches more than ${MAX_FOLDERS_LISTED} folders; ` +
                    'narrow it (for example swarm/tracks/*)'
            };
        }
        return { ok: true, value: [...out] };
    }
    /** False when the listing budget ran out. */
    async walk(folder, segments, i, out, seen) {
        const seg = segments[i];
        if (seg === undefined) {
            out.add(folder.parts.length === 0 ? '.' : folder.parts.join('/'));
            return true;
        }
        if (seg.kind === 'literal') {
            const child = await this.enter(folder, seg.name);
            return child ? this.walk(child, segments, i + 1, out, seen) : true;
        }
        if (seg.kind === 'globstar') {
            // `**` may be reached through a symlink loop; each real folder is expanded once per segment.
            const key = `${i}\0${folder.real}`;
            if (seen.has(key))
                return true;
            seen.add(key);
            if (!(await this.walk(folder, segments, i + 1, out, seen)))
                return false;
        }
        const children = await this.subfolders(folder);
        if (children === null)
            return false;
        for (const child of children) {
            if (!segmentMatches(seg, child.name))
                continue;
            const next = {
                abs: path$2.join(folder.abs, child.name),
                real: child.real,
                parts: [...folder.parts, child.name]
            };
            const nextIndex = seg.kind === 'globstar' ? i : i + 1;
            if (!(await this.walk(next, segments, nextIndex, out, seen)))
                return false;
        }
        return true;
    }
    /** A named child folder, following a symlink only when it stays in the workspace. */
    async enter(folder, name) {
        const abs = path$2.join(folder.abs, name);
        const resolved = await resolveInside(this.ws, abs);
        if (resolved.kind !== 'inside')
            return null;
        try {
            if (!(await stat(resolved.real)).isDirectory())
                return null;
        }
        catch {
            return null;
        }
        return { abs, real: resolved.real, parts: [...folder.parts, name] };
    }
    /** Child folders a wildcard may enter; null when the listing budget is spent. */
    async subfolders(folder) {
        const cached = this.cache.get(folder.real);
        if (cached)
            return cached;
        if (++this.listed > MAX_FOLDERS_LISTED)
            return null;
        let entries;
        try {
            entries = await readdir(folder.real, { withFileTypes: true });
        }
        catch {
            entries = [];
        }
        const out = [];
        for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
            if (SKIPPED.has(entry.name))
                continue;
            if (entry.isDirectory()) {
                out.push({ name: entry.name, real: path$2.join(folder.real, entry.name) });
            }
            else if (entry.isSymbolicLink()) {
                const child = await this.enter(folder, entry.name);
                if (child)
                    out.push({ name: entry.name, real: child.real });
            }
        }
        this.cache.set(folder.real, out);
        return out;
    }
}
async function isTrackFolder(ws, rel) {
    const abs = rel === '.' ? ws.root : path$2.join(ws.root, ...rel.split('/'));
    const top = await listNames(abs);
    if (isTrackListing(top, []))
        return true;
    if (!top.includes(REPORTS_DIR))
        return false;
    const reports = path$2.join(abs, REPORTS_DIR);
    const resolved = await resolveInside(ws, reports);
    if (resolved.kind !== 'inside')
        return false;
    return isTrackListing([], await listNames(resolved.real));
}
async function listNames(abs) {
    try {
        return await readdir(abs);
    }
    catch {
        return [];
    }
}

// Windows single-byte code pages, upper half (bytes 0x80-0xFF), as the WHATWG
// Encoding Standard defines them (bytes the vendor table leaves undefined map
// to the C1 control of the same value). Used to undo text that was written as
// UTF-8, read back in one of these code pages, and saved again as UTF-8.
const CP1251_HIGH = [
    // 0x80
    0x0402,
    0x0403,
    0x201a,
    0x0453,
    0x201e,
    0x2026,
    0x2020,
    0x2021,
    0x20ac,
    0x2030,
    0x0409,
    0x2039,
    0x040a,
    0x040c,
    0x040b,
    0x040f,
    // 0x90
    0x0452,
    0x2018,
    0x2019,
    0x201c,
    0x201d,
    0x2022,
    0x2013,
    0x2014,
    0x0098,
    0x2122,
    0x0459,
    0x203a,
    0x045a,
    0x045c,
    0x045b,
    0x045f,
    // 0xA0
    0x00a0,
    0x040e,
    0x045e,
    0x0408,
    0x00a4,
    0x0490,
    0x00a6,
    0x00a7,
    0x0401,
    0x00a9,
    0x0404,
    0x00ab,
    0x00ac,
    0x00ad,
    0x00ae,
    0x0407,
    // 0xB0
    0x00b0,
    0x00b1,
    0x0406,
    0x0456,
    0x0491,
    0x00b5,
    0x00b6,
    0x00b7,
    0x0451,
    0x2116,
    0x0454,
    0x00bb,
    0x0458,
    0x0405,
    0x0455,
    0x0457,
    // 0xC0-0xFF: А..я in order
    ...Array.from({ length: 64 }, (_, i) => 0x0410 + i)
];
const CP1252_HIGH = [
    // 0x80
    0x20ac,
    0x0081,
    0x201a,
    0x0192,
    0x201e,
    0x2026,
    0x2020,
    0x2021,
    0x02c6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008d,
    0x017d,
    0x008f,
    // 0x90
    0x0090,
    0x2018,
    0x2019,
    0x201c,
    0x201d,
    0x2022,
    0x2013,
    0x2014,
    0x02dc,
    0x2122,
    0x0161,
    0x203a,
    0x0153,
    0x009d,
    0x017e,
    0x0178,
    // 0xA0-0xFF: identical to Latin-1
    ...Array.from({ length: 96 }, (_, i) => 0x00a0 + i)
];
const CP1251 = { name: 'Windows-1251', high: CP1251_HIGH };
const CP1252 = { name: 'Windows-1252', high: CP1252_HIGH };
/** Some decoders (Node's `latin1`, for one) give C1 controls where Windows-1252 has `€`, `—`. */
const LATIN1 = {
    name: 'ISO-8859-1',
    high: Array.from({ length: 128 }, (_, i) => 0x80 + i)
};
const reverseCache = new Map();
/** Code point -> byte for the upper half of a code page. */
function reverseTable(page) {
    let table = reverseCache.get(page);
    if (!table) {
        table = new Map(page.high.map((cp, i) => [cp, 0x80 + i]));
        reverseCache.set(page, table);
    }
    return table;
}
/** The byte a code point takes in the code page, or null when it has none. */
function byteOf(page, codePoint) {
    if (codePoint < 0x80)
        return codePoint;
    return reverseTable(page).get(codePoint) ?? null;
}

// Bytes of a track file -> text the parser can trust: UTF-8, no BOM, LF line
// ends. Pure: the loader hands in the bytes.
const fatalUtf8 = new TextDecoder$1('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder$1('utf-8', { fatal: false, ignoreBOM: true });
function decodeText(bytes, file) {
    const diagnostics = [];
    let text;
    try {
        text = fatalUtf8.decode(bytes);
    }
    catch {
        text = lossyUtf8.decode(bytes);
        const bad = firstInvalidUtf8(bytes);
        const line = bad === -1 ? 1 : lineAtByte(bytes, bad);
        const shown = bad === -1 ? '' : ` (byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase()})`;
        diagnostics.push({
            severity: 'warning',
            file,
            line,
            message: `not valid UTF-8: first bad byte at line ${line}${shown}; bad bytes were replaced ` +
                'with U+FFFD. The file may be in a legacy encoding such as Windows-1251: save it as UTF-8.'
        });
    }
    text = normaliseNewlines(stripBom(text));
    const mojibake = detectMojibake(text);
    if (mojibake) {
        const where = `'${visible(mojibake.sample)}' at line ${mojibake.line}`;
        const repaired = roundTrip(text, mojibake.page);
        if (repaired !== null) {
            text = normaliseNewlines(stripBom(repaired));
            diagnostics.push({
                severity: 'warning',
                file,
                line: mojibake.line,
                message: `text was double-encoded (UTF-8 read as ${mojibake.page.name}, e.g. ${where}); ` +
                    'repaired on reading. Save the repaired text as UTF-8 to silence this.'
            });
        }
        else {
            diagnostics.push({
                severity: 'warning',
                file,
                line: mojibake.line,
                message: `text looks double-encoded (UTF-8 read as ${mojibake.page.name}, e.g. ${where}) ` +
                    'but does not convert back cleanly, so it was left as is. Re-save the file as UTF-8.'
            });
        }
    }
    return { text, diagnostics };
}
/** Control characters in a sample would vanish in a rendered message. */
function visible(sample) {
    let out = '';
    for (const ch of sample) {
        const cp = ch.codePointAt(0) ?? 0;
        out += cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? `\\u${cp.toString(16).padStart(4, '0')}` : ch;
    }
    return out;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function normaliseNewlines(text) {
    return text.replace(/\r\n?/g, '\n');
}
/** Byte offset of the first byte that breaks UTF-8 well-formedness, or -1. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i] ?? 0;
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0;
            if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90;
            if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined)
                return i;
            const min = k === 1 ? lo : 0x80;
            const max = k === 1 ? hi : 0xbf;
            if (c < min || c > max)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** 1-based line of a byte offset, counting CRLF, LF and lone CR as one break each. */
function lineAtByte(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++) {
        const b = bytes[i];
        if (b === 0x0a)
            line++;
        else if (b === 0x0d && bytes[i + 1] !== 0x0a)
            line++;
    }
    return line;
}
const PAGES = [CP1251, CP1252, LATIN1];
/** Pages where text is mostly Latin: a lone 2-byte match there (`Ã©`) is already telling. */
const LONE_PAIRS_COUNT = new Set([CP1252, LATIN1]);
/**
 * Looks for runs of characters whose code-page bytes form a well-formed UTF-8
 * sequence (`вЂ”` is E2 80 94, an em dash). One 3-4 byte match is evidence
 * enough. 2-byte matches also occur in genuine text (`«ТАСС»` holds `С»`,
 * Ukrainian `Ві` is C2 B3), so they count only when they spell a Latin-1 or
 * modern Cyrillic letter, in Windows-1251 only when two follow each other as
 * in a double-encoded word, and it takes three of them.
 */
function detectMojibake(text) {
    let best = null;
    for (const page of PAGES) {
        const found = scan(text, page);
        if (!found || (found.long === 0 && found.short < 3))
            continue;
        if (!best || score(found) > score(best))
            best = found;
    }
    return best;
}
function score(f) {
    return f.long * 4 + f.short;
}
function scan(text, page) {
    // Every character of these code pages is a single UTF-16 unit, so indexes
    // into the string are indexes into the byte sequence.
    const lonePairsCount = LONE_PAIRS_COUNT.has(page);
    let line = 1;
    // Assigned inside `count`; the cast keeps the type from narrowing to null.
    let first = null;
    let long = 0;
    let short = 0;
    let prevEnd = -1;
    let prevPair = null;
    const count = (m) => {
        m.counted = true;
        first ??= m;
    };
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit === 0x0a) {
            line++;
            continue;
        }
        if (unit < 0xc0)
            continue;
        const lead = byteOf(page, unit);
        const need = lead === null ? 0 : continuationCount(lead);
        if (lead === null || need === 0)
            continue;
        const seq = [lead];
        for (let k = 1; k <= need && i + k < text.length; k++) {
            const b = byteOf(page, text.charCodeAt(i + k));
            if (b === null || b < 0x80 || b > 0xbf)
                break;
            seq.push(b);
        }
        if (seq.length !== need + 1 || firstInvalidUtf8(Uint8Array.from(seq)) !== -1)
            continue;
        const cp = decodeOne(seq);
        const match = { line, sample: text.slice(i, i + need + 1), counted: false };
        if (need === 1) {
            if (!plausiblePair(cp))
                continue;
            const follows = i === prevEnd && prevPair !== null;
            if (lonePairsCount || follows) {
                if (follows && prevPair && !prevPair.counted) {
                    short++;
                    count(prevPair);
                }
                short++;
                count(match);
            }
            prevPair = match;
        }
        else {
            if (!plausibleLong(seq, cp))
                continue;
            long++;
            count(match);
            prevPair = null;
        }
        prevEnd = i + need + 1;
        i += need;
    }
    if (!first)
        return null;
    return { page, line: first.line, sample: first.sample, long, short };
}
function decodeOne(seq) {
    const [b0 = 0, ...rest] = seq;
    let cp = b0 & (seq.length === 2 ? 0x1f : seq.length === 3 ? 0x0f : 0x07);
    for (const b of rest)
        cp = (cp << 6) | (b & 0x3f);
    return cp;
}
/**
 * Genuine typography puts a letter, a no-break space and a dash or quote side
 * by side (Russian `а —`, French `é »`), which reads as a 3-byte sequence with
 * A0 second; those decode to rare scripts, Braille or private use. What gets
 * double-encoded in practice is punctuation, symbols, emoji and CJK.
 */
function plausibleLong(seq, cp) {
    if (seq[1] === 0xa0)
        return false;
    return cp >= 0x2000 && !(cp >= 0xe000 && cp <= 0xf8ff);
}
function plausiblePair(cp) {
    return (cp >= 0xa0 && cp <= 0xff) || (cp >= 0x400 && cp <= 0x45f) || cp === 0x490 || cp === 0x491;
}
function continuationCount(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return 1;
    if (lead >= 0xe0 && lead <= 0xef)
        return 2;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 3;
    return 0;
}
/**
 * The text encoded back to code-page bytes and read as UTF-8, or null when
 * some character has no byte in the page or the bytes are not UTF-8: then the
 * text mixes double-encoded and genuine characters and cannot be repaired
 * without guessing.
 */
function roundTrip(text, page) {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
        const b = byteOf(page, text.charCodeAt(i));
        if (b === null)
            return null;
        bytes[i] = b;
    }
    try {
        return fatalUtf8.decode(bytes);
    }
    catch {
        return null;
    }
}

// Reads one track folder into TrackFiles, within limits: file size, report
// count, symlinks that stay inside the workspace. Bad input becomes a
// diagnostic; only a folder that cannot be a track is an error.
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_REPORTS = 2000;
/** Said of every input the loader had to leave out: lost input must not pass a check. */
const UNTRUSTED = 'the verdict cannot be trusted';
const READ_CONCURRENCY = 8;
/** Beyond this many stray files in reports/, one summary notice replaces the rest. */
const MAX_STRAY_NOTICES = 10;
async function loadTrack(workspace, dir) {
    const opened = await openWorkspace(workspace);
    if (!opened.ok)
        return opened;
    const ws = opened.value;
    const located = await locate(ws, dir);
    if (!located.ok)
        return located;
    const { abs, real, rel } = located.value;
    let entries;
    try {
        entries = await readdir(real, { withFileTypes: true });
    }
    catch (e) {
        return { ok: false, error: `cannot read track folder ${rel}: ${errorCode(e)}` };
    }
    const diagnostics = [];
    const chosen = chooseTopFiles(entries, diagnostics);
    let reportNames = [];
    let reportsReal = null;
    if (entries.some(e => e.name === REPORTS_DIR)) {
        const resolved = await resolveInside(ws, path$2.join(real, REPORTS_DIR));
        if (resolved.kind === 'outside') {
            diagnostics.push(error(REPORTS_DIR, `could not be read: ${REPORTS_DIR}/ is a symlink that leads outside the workspace; ${UNTRUSTED}`));
        }
        else if (resolved.kind === 'inside') {
            try {
                reportNames = await readdir(resolved.real);
                reportsReal = resolved.real;
            }
            catch (e) {
                if (errorCode(e) !== 'ENOTDIR') {
                    diagnostics.push(error(REPORTS_DIR, `could not be listed (${errorCode(e)}); ${UNTRUSTED}`));
                }
            }
        }
    }
    if (!isTrackListing(entries.map(e => e.name), reportNames)) {
        return { ok: false, error: `not a track folder: ${rel} (no plan.md and no reports/T##.md)` };
    }
    noteStrayReports(reportNames, diagnostics);
    let reports = reportNames.filter(isReportFile).sort(byReportId);
    if (reports.length > MAX_REPORTS) {
        diagnostics.push(error(REPORTS_DIR, `holds ${reports.length} report files; only the first ${MAX_REPORTS} by task id are read, so ${UNTRUSTED}`));
        reports = reports.slice(0, MAX_REPORTS);
    }
    const jobs = [];
    for (const role of ['plan', 'prd', 'iosmReport']) {
        const name = chosen[role];
        if (name !== undefined)
            jobs.push({ path: name, abs: path$2.join(real, name) });
    }
    if (reportsReal !== null) {
        const base = reportsReal;
        for (const name of reports)
            jobs.push({ path: `${REPORTS_DIR}/${name}`, abs: path$2.join(base, name) });
    }
    const read = await mapLimit(jobs, READ_CONCURRENCY, job => readSource(ws, job.path, job.abs));
    const byPath = new Map();
    const unreadableReports = [];
    read.forEach((r, i) => {
        diagnostics.push(...r.diagnostics);
        if (r.file)
            byPath.set(r.file.path, r.file);
        const job = jobs[i];
        // A report that exists but cannot be read still names a task the parser must account for.
        if (r.unreadable !== null && job && job.path.startsWith(`${REPORTS_DIR}/`)) {
            unreadableReports.push({ path: job.path, reason: r.unreadable });
        }
    });
    const pick = (role) => {
        const name = chosen[role];
        return name === undefined ? null : (byPath.get(name) ?? null);
    };
    return {
        ok: true,
        value: {
            id: path$2.basename(abs),
            dir: rel,
            plan: pick('plan'),
            prd: pick('prd'),
            iosmReport: pick('iosmReport'),
            reports: [...byPath.values()]
                .filter(f => f.path.startsWith(`${REPORTS_DIR}/`))
                .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
            unreadableReports: unreadableReports.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
            diagnostics
        }
    };
}
/** The folder as an absolute path, its real path, and its repository-relative form. */
async function locate(ws, dir) {
    const given = dir.trim().replace(/\\/g, '/');
    if (given === '')
        return { ok: false, error: 'no track folder given' };
    let abs = path$2.resolve(ws.root, given);
    if (!isInside(ws.root, abs)) {
        // An absolute path may name the workspace through its real path.
        const viaReal = path$2.isAbsolute(given) && isInside(ws.real, abs);
        if (!viaReal) {
            return {
                ok: false,
                error: `track folder is outside the workspace: ${dir} (workspace: ${ws.root})`
            };
        }
        abs = path$2.join(ws.root, path$2.relative(ws.real, abs));
    }
    const rel = toRepoRelative(ws, abs);
    const resolved = await resolveInside(ws, abs);
    if (resolved.kind === 'missing')
        return { ok: false, error: `track folder not found: ${rel}` };
    if (resolved.kind === 'outside') {
        return { ok: false, error: `track folder ${rel} is a symlink that leads outside the workspace` };
    }
    try {
        if (!(await stat(resolved.real)).isDirectory()) {
            return { ok: false, error: `not a folder: ${rel} (give the track folder, not a file in it)` };
        }
    }
    catch (e) {
        return { ok: false, error: `cannot read track folder ${rel}: ${errorCode(e)}` };
    }
    return { ok: true, value: { abs, real: resolved.real, rel } };
}
/**
 * One file per role. When several spellings exist (`plan.md` and `PLAN.md` on
 * a case-sensitive disk) the canonical spelling wins, else the first by name.
 */
function chooseTopFiles(entries, diagnostics) {
    const byRole = new Map();
    for (const entry of entries) {
        const role = roleOf(entry.name);
        if (role === null)
            continue;
        if (entry.isDirectory()) {
            // A folder where the plan or a report belongs hides that file: lost input.
            diagnostics.push(error(entry.name, `could not be read: a folder, not a file; ${UNTRUSTED}`));
            continue;
        }
        byRole.set(role, [...(byRole.get(role) ?? []), entry.name]);
    }
    const chosen = {};
    for (const [role, names] of byRole) {
        names.sort();
        const canonical = CANONICAL_NAME[role];
        const pick = names.includes(canonical) ? canonical : (names[0] ?? canonical);
        chosen[role] = pick;
        for (const other of names.filter(n => n !== pick)) {
            diagnostics.push(notice(other, `ignored: ${pick} is read instead (two spellings of one file)`));
        }
    }
    return chosen;
}
function noteStrayReports(names, diagnostics) {
    const stray = names.filter(looksLikeStrayReport).sort();
    for (const name of stray.slice(0, MAX_STRAY_NOTICES)) {
        diagnostics.push(notice(`${REPORTS_DIR}/${name}`, 'ignored: report files are named T##.md, T##-partial.md, T-AUTO-##.md or T##-slug.md'));
    }
    if (stray.length > MAX_STRAY_NOTICES) {
        diagnostics.push(notice(REPORTS_DIR, `${stray.length - MAX_STRAY_NOTICES} more markdown files ignored in ${REPORTS_DIR}/`));
    }
}
function byReportId(a, b) {
    const id = (n) => readReportName(n)?.taskId ?? n;
    return compareIds(id(a), id(b)) || (a < b ? -1 : a > b ? 1 : 0);
}
async function readSource(ws, file, abs) {
    // A report that cannot be read is reported by the parser, which also says
    // what it means for the task; every other file is reported here.
    const isReport = file.startsWith(`${REPORTS_DIR}/`);
    const skip = (reason) => ({
        file: null,
        diagnostics: isReport ? [] : [error(file, `could not be read: ${reason}; ${UNTRUSTED}`)],
        unreadable: reason
    });
    try {
        let target = abs;
        if ((await lstat(abs)).isSymbolicLink()) {
            const resolved = await resolveInside(ws, abs);
            if (resolved.kind === 'outside')
                return skip('a symlink that leads outside the workspace');
            if (resolved.kind === 'missing')
                return skip(`a broken symlink (${resolved.code})`);
            target = resolved.real;
        }
        const info = await stat(target);
        if (!info.isFile())
            return skip('not a regular file');
        if (info.size > MAX_FILE_BYTES)
            return skip(tooLarge(info.size));
        const bytes = await readFile(target);
        // The file may have grown since stat.
        if (bytes.length > MAX_FILE_BYTES)
            return skip(tooLarge(bytes.length));
        const decoded = decodeText(bytes, file);
        return {
            file: { path: file, text: decoded.text },
            diagnostics: decoded.diagnostics,
            unreadable: null
        };
    }
    catch (e) {
        return skip(`read error ${errorCode(e)}`);
    }
}
function tooLarge(size) {
    const mb = (size / (1024 * 1024)).toFixed(1);
    return `${mb} MB is over the ${MAX_FILE_BYTES / (1024 * 1024)} MB limit`;
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
function notice(file, message) {
    return { severity: 'notice', file, line: 1, message };
}
function error(file, message) {
    return { severity: 'error', file, line: 1, message };
}

// The one pipeline both shells (the action and the CLI) run: find tracks,
// load them, parse, analyse. Rendering and publishing stay with the caller.
async function runPipeline(input) {
    let dirs;
    if (input.dirs && input.dirs.length > 0) {
        dirs = input.dirs;
    }
    else {
        const found = await discoverTracks(input.workspace, input.patterns);
        if (!found.ok)
            return found;
        if (found.value.length === 0) {
            return {
                ok: false,
                error: `no swarm-iosm track found under ${input.patterns.join(', ')} (a track is a folder with plan.md or reports/T##.md)`
            };
        }
        dirs = found.value;
    }
    const parsed = [];
    for (const dir of dirs) {
        const files = await loadTrack(input.workspace, dir);
        if (!files.ok)
            return files;
        parsed.push(parseTrack(files.value));
    }
    return { ok: true, value: analyzeRun(parsed, input.options, input.changed) };
}

// The rendered document as a tree of markdown blocks. Leaves are atomic (a
// paragraph, a list item, a table row, a whole fenced block); groups join
// their children and may carry an opening and a closing part (a heading, a
// table header, `<details>` … `</details>`). Budget cuts happen between
// blocks, so a cut can never land inside a fence, a table row or an open
// `<details>`.
function leaf(text) {
    return { kind: 'leaf', text };
}
function group(children, options = {}) {
    return {
        kind: 'group',
        label: options.label ?? null,
        head: options.head ?? null,
        tail: options.tail ?? null,
        sep: options.sep ?? '\n\n',
        children,
        atomic: options.atomic ?? false,
        measured: undefined
    };
}
/** A heading followed by its content. */
function section(label, heading, children) {
    return group(children, { label, head: heading });
}
/**
 * A collapsed block. The blank line after `<summary>` lets GitHub parse the
 * content as markdown; the summary itself is raw HTML, so its text must be
 * HTML-escaped, not markdown-escaped.
 */
function details(summaryHtml, children, label = null) {
    return group(children, {
        label,
        head: `<details>\n<summary>${summaryHtml}</summary>`,
        tail: '</details>'
    });
}
/** A GFM table; rows are already-escaped cell strings. */
function table(header, rows, label = null) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return group(rows.map(cells => leaf(line(cells))), { label, head: `${line(header)}\n${line(header.map(() => '---'))}`, sep: '\n' });
}
/** A tight bullet list; each item may hold indented continuation lines. */
function bulletList(items, label = null) {
    return group(items.map(item => leaf(`- ${item}`)), { label, sep: '\n' });
}
/** A tight ordered list starting at `start`; continuation lines are indented to fit the marker. */
function orderedList(items, start) {
    return group(items.map((item, i) => {
        const marker = `${start + i}. `;
        const indent = ' '.repeat(marker.length);
        return leaf([`${marker}${item.line}`, ...item.more.map(more => `${indent}${more}`)].join('\n'));
    }), { sep: '\n' });
}
/** A fenced block of text we generated (never report text): kept whole. */
function fence(language, body) {
    const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map(run => run.length));
    const ticks = '`'.repeat(longest + 1);
    return leaf(`${ticks}${language}\n${body}\n${ticks}`);
}
/**
 * The block's markdown: a group's head and non-empty children joined by its
 * separator, then its tail after a blank line.
 */
function serialize(block) {
    if (block.kind === 'leaf')
        return block.text;
    const out = [];
    write(block, out);
    return out.join('');
}
/** The whole document: blocks separated by blank lines, ending with a newline. */
function serializeDocument(blocks) {
    // The pieces of the whole document are gathered and joined once.
    const out = [];
    for (const block of blocks) {
        if (isEmpty(block))
            continue;
        if (out.length > 0)
            out.push('\n\n');
        write(block, out);
    }
    if (out.length > 0)
        out.push('\n');
    return out.join('');
}
/** Appends the pieces of `serialize(block)` to `out`. */
function write(block, out) {
    if (block.kind === 'leaf') {
        out.push(block.text);
        return;
    }
    let parts = 0;
    let bodyEmpty = true;
    if (block.head !== null) {
        out.push(block.head);
        parts = 1;
        bodyEmpty = block.head === '';
    }
    for (const child of block.children) {
        if (isEmpty(child))
            continue;
        if (parts > 0)
            out.push(block.sep);
        write(child, out);
        parts++;
        bodyEmpty = false;
    }
    if (block.tail !== null) {
        if (!bodyEmpty)
            out.push('\n\n');
        out.push(block.tail);
    }
}
// Blocks are never changed once built, and the budget logic asks for the size
// of the same block several times (collapsing, choosing a detail level,
// cutting): each group is measured once, from its parts, without serialising
// it, and keeps its size (a field, not a WeakMap: cheaper for thousands of
// groups, to set and to collect).
function newlinesIn(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function measureText(text) {
    return { bytes: Buffer.byteLength(text, 'utf8'), newlines: newlinesIn(text) };
}
/** What `serialize(block)` would produce, measured without producing it. */
function measure(block) {
    // A leaf is measured directly: quicker than looking it up.
    if (block.kind === 'leaf')
        return measureText(block.text);
    if (block.measured !== undefined)
        return block.measured;
    const sep = block.sep === '\n' ? 1 : 2;
    let parts = 0;
    let bytes = 0;
    let newlines = 0;
    if (block.head !== null) {
        const head = measureText(block.head);
        parts = 1;
        bytes = head.bytes;
        newlines = head.newlines;
    }
    for (const child of block.children) {
        const m = measure(child);
        if (m.bytes === 0)
            continue;
        if (parts > 0) {
            bytes += sep;
            newlines += sep;
        }
        parts++;
        bytes += m.bytes;
        newlines += m.newlines;
    }
    if (block.tail !== null) {
        const tail = measureText(block.tail);
        if (bytes > 0) {
            bytes += 2;
            newlines += 2;
        }
        bytes += tail.bytes;
        newlines += tail.newlines;
    }
    const size = { bytes, newlines };
    block.measured = size;
    return size;
}
function isEmpty(block) {
    return block.kind === 'leaf' ? block.text === '' : measure(block).bytes === 0;
}
/** UTF-8 bytes of `serializeDocument(blocks)`. */
function documentBytes(blocks) {
    let bytes = 0;
    for (const block of blocks) {
        const size = measure(block).bytes;
        if (size === 0)
            continue;
        bytes += bytes === 0 ? size : size + 2;
    }
    return bytes === 0 ? 0 : bytes + 1;
}
/**
 * The content as is when short, else inside `<details>`: long sections stay
 * one click away instead of pushing the rest of the report down.
 */
function collapseIfLong(summaryHtml, children, limits, label = null) {
    // The children joined by blank lines, empty ones included.
    let bytes = 0;
    let newlines = 0;
    children.forEach((child, i) => {
        const m = measure(child);
        const joint = i > 0 ? 2 : 0;
        bytes += joint + m.bytes;
        newlines += joint + m.newlines;
    });
    if (bytes <= limits.bytes && newlines + 1 <= limits.rows)
        return children;
    return [details(summaryHtml, children, label)];
}

// How much of the report to write. The report is built at level 0 first;
// when it does not fit its budget it is rebuilt with less per-task detail
// (level 1), then with only the essentials of every section (level 2), and
// only then cut.
const DETAIL_LEVELS = {
    0: {
        level: 0,
        filesPerKind: 200,
        perTaskNotes: true,
        textChars: 1000,
        rows: 2000,
        stepItems: 50,
        extras: true
    },
    1: {
        level: 1,
        filesPerKind: 10,
        perTaskNotes: false,
        textChars: 300,
        rows: 300,
        stepItems: 10,
        extras: true
    },
    2: {
        level: 2,
        filesPerKind: 0,
        perTaskNotes: false,
        textChars: 160,
        rows: 40,
        stepItems: 3,
        extras: false
    }
};
/** Sections longer than this are collapsed into `<details>`. */
const COLLAPSE_BYTES = 2500;
const COLLAPSE_ROWS = 15;
/** Both limits, as collapseIfLong takes them. */
const COLLAPSE_LIMITS = { bytes: COLLAPSE_BYTES, rows: COLLAPSE_ROWS };

// Text from plans and reports is data, never markup. Each function here makes
// one kind of untrusted string safe for one place in the rendered markdown, so
// that it cannot open or close a block, inject HTML, forge the hidden marker,
// or notify people on GitHub.
const ZWJ = '\u200d';
/** Longest inline text kept from one field before escaping. */
const DEFAULT_MAX_CHARS = 500;
// Line and paragraph breaks of every flavour, including the ones JavaScript
// and some renderers treat as newlines but `\n` tests miss.
const LINE_BREAKS = /[ \t]*(?:\r\n|[\r\n\u0085\u2028\u2029\v\f])[ \t\r\n\u0085\u2028\u2029\v\f]*/g;
// C0/C1 controls and the bidirectional overrides that can make displayed text
// differ from what is stored ("trojan source").
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Cut to at most `max` code points (never splitting a surrogate pair), marking the cut with `…`. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    // A code point takes at most two UTF-16 units, so this slice holds more than
    // `max` code points unless it is the whole text.
    const points = Array.from(text.slice(0, (max + 1) * 2));
    if (points.length <= max)
        return text;
    return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}
// Text with none of the characters the two patterns above remove or replace,
// and no space at either end for trim() to take: oneLine leaves it as is.
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|^\s|\s$/;
/** One line of plain text: breaks collapsed to a space, controls removed, clipped. */
function oneLine(text, max = DEFAULT_MAX_CHARS) {
    // Most fields (paths, ids, titles) are short and plain: checked in one pass.
    if (text.length <= max && !NOT_ONE_LINE.test(text))
        return text;
    const clipped = clip(text, max + 64);
    return clip(clipped.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ').trim(), max);
}
/**
 * `@user`, `@org/team`, `#12` and `owner/repo#12` are turned into links (and
 * notifications or cross-references) by GitHub after rendering. A zero-width
 * joiner after the sigil keeps the text readable and breaks the match.
 */
function neutraliseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`);
}
function escapeHtmlChars(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
// Every character that can start or end an inline construct in GitHub
// flavoured markdown (emphasis, code, links, strikethrough, tables, math).
const MARKDOWN_SPECIALS = /[\\`*_[\]|~$#]/g;
// Text that none of the steps of escapeInline would change: no HTML or
// markdown special, no mention sigil, no block starter at the front.
const NEEDS_ESCAPE = /[&<>\\`*_[\]|~$#@]|^[-+=\d]/;
/**
 * Untrusted text for a paragraph, list item, heading or table cell. The result
 * is one line that renders as the literal text: HTML special characters become
 * entities, markdown punctuation is backslash-escaped, and nothing at its
 * start can begin a block (list, quote, heading, ordered list, indented code).
 */
function escapeInline(text, max = DEFAULT_MAX_CHARS) {
    let s = oneLine(text, max);
    if (!NEEDS_ESCAPE.test(s))
        return s;
    s = escapeHtmlChars(s);
    s = s.replace(MARKDOWN_SPECIALS, ch => `\\${ch}`);
    // Block starters that survive the escapes above: `-`, `+`, `=` (setext
    // underline) and `1.` / `1)` (ordered list).
    s = s.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
    return neutraliseMentions(s);
}
/** Untrusted text for a table cell: like inline text, never empty (an empty cell is fine, but a lone space reads better). */
function escapeCell(text, max = DEFAULT_MAX_CHARS) {
    const s = escapeInline(text, max);
    return s === '' ? ' ' : s;
}
/**
 * Untrusted text inside raw HTML that markdown does not process, such as
 * `<summary>`: entities only, since backslashes would show literally.
 */
function escapeHtmlText(text, max = DEFAULT_MAX_CHARS) {
    return neutraliseMentions(escapeHtmlChars(oneLine(text, max)));
}
// What oneLine would change, and the characters that need more than single backticks.
// eslint-disable-next-line no-control-regex
const PLAIN_CODE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069<>&`|]|^\s|\s$/;
/**
 * Untrusted text as code (paths, commands). Backslash escapes do not work
 * inside a backtick code span, so its delimiter is made longer than any
 * backtick run in the text. Text holding `<`, `>` or `&` is written as
 * `<code>` with entities instead, so that no raw HTML-looking text from the
 * input appears in the output at all; so is a `|` in a table, since GitHub
 * splits table cells before it parses code spans.
 */
function codeSpan(text, options = {}) {
    const max = options.max ?? DEFAULT_MAX_CHARS;
    // Most paths are one plain line with no backtick, pipe or HTML character.
    if (text !== '' && text.length <= max && !PLAIN_CODE.test(text))
        return `\`${text}\``;
    const s = oneLine(text, max);
    if (s === '')
        return '(empty)';
    // In a table, `\|` inside backticks would leave the backslash escaping
    // itself and the pipe splitting the row, so pipes go the same way.
    if (/[<>&]/.test(s) || (options.inTable && s.includes('|')))
        return `<code>${escapeInline(s, max)}</code>`;
    const longestRun = Math.max(0, ...(s.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}

// Byte budgets of the places GitHub shows the report, and the structural cut
// that makes a document fit one. Sizes are UTF-8 bytes, as GitHub counts them.
const BUDGETS$1 = {
    checkSummary: 65535,
    checkText: 65535,
    jobSummary: 1048576
};
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The longest prefix of `text` within `max` bytes, never splitting a character. */
function clipBytes(text, max) {
    if (max <= 0)
        return '';
    if (utf8Bytes(text) <= max)
        return text;
    let out = '';
    let used = 0;
    for (const ch of text) {
        const size = utf8Bytes(ch);
        if (used + size > max)
            break;
        out += ch;
        used += size;
    }
    return out;
}
/**
 * Keeps as many blocks as fit in `budget` bytes, in document order. A group
 * that does not fit whole is entered: its head is kept with as many children
 * as fit, and its tail (`</details>`) is always written, so nothing is left
 * open. Leaves and atomic groups are all or nothing.
 */
function cutBlocks(blocks, budget) {
    const sizeOf = (block) => measure(block).bytes;
    const omitted = [];
    // A labelled group stands for everything inside it.
    const omit = (block) => {
        if (block.kind === 'leaf' || sizeOf(block) === 0)
            return;
        if (block.label !== null)
            omitted.push(block.label);
        else
            block.children.forEach(omit);
    };
    const take = (block, avail) => {
        const size = sizeOf(block);
        if (size <= avail)
            return { text: serialize(block), bytes: size, complete: true, noted: false };
        if (block.kind === 'leaf' || block.atomic)
            return null;
        return takePart(block, avail);
    };
    const takePart = (block, avail) => {
        const tailCost = block.tail === null ? 0 : utf8Bytes(`\n\n${block.tail}`);
        const parts = block.head === null ? [] : [block.head];
        let used = block.head === null ? 0 : utf8Bytes(block.head);
        if (used + tailCost > avail)
            return null;
        const sepCost = utf8Bytes(block.sep);
        let kept = 0;
        let noted = false;
        let index = 0;
        for (; index < block.children.length; index++) {
            const child = block.children[index];
            if (child === undefined || sizeOf(child) === 0)
                continue;
            const joint = parts.length > 0 ? sepCost : 0;
            const got = take(child, avail - used - tailCost - joint);
            if (got === null)
                break;
            parts.push(got.text);
            used += joint + got.bytes;
            kept++;
            if (!got.complete) {
                noted = got.noted;
                index++;
                break;
            }
        }
        // A heading or table header with nothing under it says nothing.
        if (kept === 0)
            return null;
        if (!noted && block.label !== null) {
            omitted.push(`${block.label} (in part)`);
            noted = true;
        }
        block.children.slice(index).forEach(omit);
        const body = parts.join(block.sep);
        return block.tail === null
            ? { text: body, bytes: used, complete: false, noted }
            : { text: `${body}\n\n${block.tail}`, bytes: used + tailCost, complete: false, noted };
    };
    // The document ends with a newline (see serializeDocument).
    const got = take(group([...blocks]), budget - 1);
    if (got === null) {
        blocks.forEach(omit);
        return { text: '', omitted: dedupe(omitted) };
    }
    return { text: got.text === '' ? '' : `${got.text}\n`, omitted: dedupe(omitted) };
}
function dedupe(labels) {
    return [...new Set(labels)];
}
/** Bytes kept free for the closing notice when the document has to be cut. */
const NOTICE_RESERVE = 2048;
/**
 * The document at the most detail that fits `budget` bytes: full detail,
 * then less per-task detail, then the essentials, then the essentials cut at
 * a block boundary with a closing notice of what was left out. Each shortened
 * form says so at the top, and names where the full report is.
 */
function fitToBudget(build, budget, fullReportHint) {
    // Each form is measured from its blocks; only the one kept is serialised.
    // The essentials are built whole, since they may be cut and shown.
    let essentials = null;
    for (const detail of [DETAIL_LEVELS[0], DETAIL_LEVELS[1], DETAIL_LEVELS[2]]) {
        const note = detail.level === 0 ? null : shortenedNote(detail.level, fullReportHint, false);
        const blocks = build(detail, note, detail.level === 2 ? Infinity : budget);
        if (documentBytes(blocks) <= budget)
            return serializeDocument(blocks);
        if (detail.level === 2 && note !== null)
            essentials = { blocks, note };
    }
    const cutNote = shortenedNote(2, fullReportHint, true);
    // The essentials again, with the note that says they are cut: the blocks
    // just built are reused when the note stands once among them at the top level.
    const at = essentials === null ? -1 : essentials.blocks.indexOf(essentials.note);
    const once = essentials !== null && at >= 0 && essentials.blocks.lastIndexOf(essentials.note) === at;
    const blocks = essentials !== null && once
        ? essentials.blocks.map((block, i) => (i === at ? cutNote : block))
        : build(DETAIL_LEVELS[2], cutNote, Infinity);
    const reserve = Math.min(NOTICE_RESERVE, Math.floor(budget / 2));
    const cut = cutBlocks(blocks, budget - reserve);
    const notice = cutNotice(cut.omitted, fullReportHint, reserve - 2);
    const text = cut.text === '' ? `${notice}\n` : `${cut.text}\n${notice}\n`;
    return utf8Bytes(text) <= budget ? text : clipBytes(text, budget);
}
function hintText(fullReportHint) {
    return fullReportHint === null
        ? ''
        : ` The full report is in ${escapeInline(fullReportHint, 200)}.`;
}
function shortenedNote(level, fullReportHint, cut) {
    const what = level === 1
        ? 'per-task detail (decisions, verification, long file lists) is left out'
        : 'only the essentials of each section are kept';
    const end = cut ? ' It is also cut short: see the note at the end.' : '';
    return leaf(`> [!NOTE]\n> This report was shortened to fit GitHub's size limit: ${what}.${end}${hintText(fullReportHint)}`);
}
/** The closing notice, within `max` bytes: the list of omitted parts is shortened first. */
function cutNotice(omitted, fullReportHint, max) {
    const head = '> [!WARNING]\n> **The report stops here: it is longer than GitHub allows.**';
    const tail = hintText(fullReportHint);
    for (let n = omitted.length; n >= 0; n--) {
        const shown = omitted.slice(0, n).map(label => escapeInline(label, 120));
        const rest = omitted.length - n;
        const list = omitted.length === 0
            ? ''
            : ` Left out: ${shown.join(', ')}${rest > 0 ? `${n > 0 ? ' and ' : ''}${rest} more part${rest === 1 ? '' : 's'}` : ''}.`;
        const text = `${head}${list}${tail}`;
        if (utf8Bytes(text) <= max)
            return text;
    }
    return clipBytes(head, max);
}

// What every section builder is handed: the track, how much detail to write,
// the heading level of its sections, a prefix for its labels, and the facts
// derived from the track once per render.
/** A fresh cache of derived facts for one track, for one render. */
function deriver(track) {
    const cache = new Map();
    return (compute) => {
        if (cache.has(compute))
            return cache.get(compute);
        const value = compute(track);
        cache.set(compute, value);
        return value;
    };
}

// Numbers in words, for the sentences the analysis and the report write.
function count(n, singular, pluralForm = `${singular}s`) {
    return `${thousands(n)} ${n === 1 ? singular : pluralForm}`;
}
/**
 * `12,345`. Written by hand: the first toLocaleString call loads ICU locale
 * data, about 20 ms of the CLI's cold start.
 */
function thousands(n) {
    if (!Number.isInteger(n) || (n < 1000 && n > -1e3))
        return String(n);
    const digits = String(Math.abs(n));
    let out = '';
    for (let i = digits.length; i > 0; i -= 3)
        out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
    return n < 0 ? `-${out}` : out;
}

// Small formatting rules shared by the report sections: status words and
// emoji, numbers, plurals, and the escaped forms of ids and paths.
const TASK_STATUS = {
    complete: { emoji: '✅', word: 'complete' },
    partial: { emoji: '⚠️', word: 'partial' },
    blocked: { emoji: '❌', word: 'blocked' },
    'in-progress': { emoji: '🔄', word: 'in progress' },
    todo: { emoji: '⏳', word: 'to do' },
    unknown: { emoji: '❓', word: 'unknown' }
};
const TRACK_STATUS = {
    complete: '✅ Complete',
    'in-progress': '🔄 In progress',
    blocked: '❌ Blocked'
};
const GATE_STATUS = {
    pass: '✅ pass',
    fail: '❌ fail',
    skip: '⚪ skipped',
    'not-evaluated': '➖ not evaluated'
};
/** How the diff changed a file. A source that does not say (`--numstat`, a plain list) still shows a change. */
const CHANGE_WORD = {
    added: 'added',
    modified: 'modified',
    removed: 'removed',
    renamed: 'renamed',
    copied: 'copied',
    changed: 'changed',
    unchanged: 'unchanged',
    unknown: 'changed'
};
function changeWord(status) {
    return CHANGE_WORD[status] ?? escapeCell(status, 20);
}
function taskStatus(status) {
    return TASK_STATUS[status] ?? TASK_STATUS.unknown;
}
/** A score as shown to readers: 2 decimals, `n/a` when absent. */
function score2(value) {
    return value === null || !Number.isFinite(value) ? 'n/a' : value.toFixed(2);
}
/** A score as used in arithmetic shown to readers: 3 decimals. */
function score3(value) {
    return Number.isFinite(value) ? value.toFixed(3) : 'n/a';
}
/** A task id from the input: ids are short, but still text from a file. */
function idText(id) {
    return escapeInline(id, 40);
}
function idList(ids, joiner = ', ') {
    return ids.map(idText).join(joiner);
}
function path(text, inTable = false) {
    return codeSpan(text, { inTable, max: 200 });
}
function heading(level, text) {
    return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}
/** `+12 −3`, or an empty string when the diff gave no counts (binary files). */
function lineDelta(additions, deletions) {
    if (additions === null && deletions === null)
        return '';
    return `+${thousands(additions ?? 0)} −${thousands(deletions ?? 0)}`;
}
/** The feature names the work best; plan titles are often generic ("Implementation Plan"). */
function trackName(track) {
    return track.track.feature ?? track.track.title ?? track.track.id;
}

// The closing sections of a track's report: report claims checked against the
// pull request's diff, follow-up tasks and spawn candidates, lessons learned,
// and the diagnostics found while reading the input.
/** Rows beyond the detail level's cap become one "and N more" line. */
/** A table of the first `max` items, then how many more there are: only the rows shown are written. */
function cappedTable(header, items, max, noun, row) {
    const shown = items.slice(0, max).map(row);
    const out = [table(header, shown)];
    if (items.length > shown.length)
        out.push(leaf(`_and ${count(items.length - shown.length, `more ${noun}`)}_`));
    return out;
}
function claimsVsDiff(ctx) {
    const { track, detail } = ctx;
    const diff = track.diffCheck;
    if (diff === null)
        return null;
    const label = `${ctx.labelPrefix}Claims vs diff`;
    const children = [];
    if (diff.truncated) {
        children.push(leaf(`⚠️ **The diff was truncated** (GitHub lists at most ${thousands(GITHUB_FILES_CAP)} files of a pull request): files beyond it could not be checked, so findings below may be incomplete.`));
    }
    const clean = diff.unreported.length === 0 && diff.phantom.length === 0 && diff.mismatch.length === 0;
    if (clean) {
        children.push(leaf(`✅ All ${count(diff.files.length, 'changed file')} are claimed by a report, and every claimed file is in the diff.`));
        return section(label, heading(ctx.level, 'Claims vs diff'), children);
    }
    children.push(leaf(`Changed but claimed by no report: ${thousands(diff.unreported.length)} · claimed but not in the diff: ${thousands(diff.phantom.length)} · claimed as the wrong kind of change: ${thousands(diff.mismatch.length)}.`));
    const byPath = new Map(diff.files.map(f => [f.path, f]));
    if (diff.unreported.length > 0) {
        const blocks = cappedTable(['Path', 'Change', 'Lines'], diff.unreported, detail.rows, 'file', p => {
            const f = byPath.get(p);
            return [
                path(p, true),
                f === undefined ? '' : changeWord(f.status),
                f === undefined ? '' : lineDelta(f.additions, f.deletions)
            ];
        });
        children.push(group(collapseIfLong(escapeHtmlText(`${diff.unreported.length} unreported files`), blocks, COLLAPSE_LIMITS), {
            head: heading(ctx.level + 1, 'Changed but not reported')
        }));
    }
    if (diff.phantom.length > 0) {
        const blocks = cappedTable(['Task', 'Path'], diff.phantom, detail.rows, 'claim', p => [
            idText(p.task),
            path(p.path, true)
        ]);
        children.push(group(collapseIfLong(escapeHtmlText(`${diff.phantom.length} claims`), blocks, COLLAPSE_LIMITS), {
            head: heading(ctx.level + 1, 'Claimed but not in the diff')
        }));
    }
    if (diff.mismatch.length > 0) {
        const blocks = cappedTable(['Task', 'Path', 'Report says', 'Diff says'], diff.mismatch, detail.rows, 'claim', m => [idText(m.task), path(m.path, true), m.claimed, changeWord(m.actual)]);
        children.push(group(collapseIfLong(escapeHtmlText(`${diff.mismatch.length} claims`), blocks, COLLAPSE_LIMITS), {
            head: heading(ctx.level + 1, 'Wrong kind of change')
        }));
    }
    return section(label, heading(ctx.level, 'Claims vs diff'), children);
}
const PRIORITY = [
    ['high', 'High priority'],
    ['medium', 'Medium priority'],
    ['low', 'Low priority']
];
function followUps(ctx) {
    const { track, detail } = ctx;
    const label = `${ctx.labelPrefix}Follow-up tasks`;
    const children = [];
    for (const [priority, name] of PRIORITY) {
        const list = track.followUps.filter(f => f.priority === priority);
        if (list.length === 0)
            continue;
        const items = list
            .slice(0, detail.rows)
            .map(f => `${escapeInline(f.text, detail.textChars)} (${idText(f.task)})`);
        if (list.length > items.length)
            items.push(`_and ${thousands(list.length - items.length)} more_`);
        children.push(group([bulletList(items)], { head: heading(ctx.level + 1, `${name} (${list.length})`) }));
    }
    if (track.spawnCandidates.length > 0) {
        const row = (sc) => {
            const cells = [
                idText(sc.task),
                escapeCell(sc.id, 20),
                `${escapeCell(sc.subtask, detail.textChars)}${sc.duplicate ? ' _(duplicate)_' : ''}`,
                escapeCell(sc.severity ?? '—', 20)
            ];
            if (detail.extras) {
                cells.push(sc.touches.length === 0
                    ? '—'
                    : sc.touches
                        .slice(0, 5)
                        .map(t => path(t, true))
                        .join(', '), escapeCell(sc.effort ?? '—', 40), sc.userInput === null ? '—' : sc.userInput ? 'yes' : 'no', escapeCell(sc.dedupKey, 80));
            }
            return cells;
        };
        const header = detail.extras
            ? ['Task', 'ID', 'Subtask', 'Severity', 'Touches', 'Effort', 'User input', 'Dedup key']
            : ['Task', 'ID', 'Subtask', 'Severity'];
        const blocks = cappedTable(header, track.spawnCandidates, detail.rows, 'candidate', row);
        children.push(group(collapseIfLong(escapeHtmlText(`${track.spawnCandidates.length} spawn candidates`), blocks, COLLAPSE_LIMITS), {
            head: heading(ctx.level + 1, `Spawn candidates (${track.spawnCandidates.length})`)
        }));
    }
    if (children.length === 0)
        children.push(leaf('None reported.'));
    return section(label, heading(ctx.level, 'Follow-up tasks'), children);
}
function lessonsLearned(ctx) {
    const { track, detail } = ctx;
    if (!detail.extras)
        return null;
    const kinds = [
        ['wentWell', 'What went well'],
        ['couldImprove', 'What could be improved'],
        ['surprises', 'Surprises']
    ];
    const body = [];
    for (const [key, name] of kinds) {
        const items = track.lessons.flatMap(l => l[key].map(text => ({ text, task: l.task })));
        if (items.length === 0)
            continue;
        const shown = items
            .slice(0, detail.rows)
            .map(l => `${escapeInline(l.text, detail.textChars)} (${idText(l.task)})`);
        if (items.length > shown.length)
            shown.push(`_and ${thousands(items.length - shown.length)} more_`);
        body.push(leaf(`**${name}**`), bulletList(shown));
    }
    const label = `${ctx.labelPrefix}Lessons learned`;
    const title = heading(ctx.level, 'Lessons learned');
    if (body.length === 0)
        return section(label, title, [leaf('None reported.')]);
    return section(label, title, collapseIfLong('Lessons from the task reports', body, COLLAPSE_LIMITS));
}
const SEVERITY = {
    error: { rank: 0, text: '❌ error' },
    warning: { rank: 1, text: '⚠️ warning' },
    notice: { rank: 2, text: 'ℹ️ notice' }
};
function diagnosticsSection(ctx) {
    const { track, detail } = ctx;
    const label = `${ctx.labelPrefix}Diagnostics`;
    const title = heading(ctx.level, 'Diagnostics');
    if (track.diagnostics.length === 0)
        return section(label, title, [leaf('✅ The track files were read without findings.')]);
    const sorted = [...track.diagnostics].sort((a, b) => (SEVERITY[a.severity]?.rank ?? 3) - (SEVERITY[b.severity]?.rank ?? 3));
    const counts = ['error', 'warning', 'notice']
        .map(sev => [sev, track.diagnostics.filter(d => d.severity === sev).length])
        .filter(([, n]) => n > 0)
        .map(([sev, n]) => count(n, sev))
        .join(', ');
    const blocks = cappedTable(['Severity', 'Where', 'Message'], sorted, detail.rows, 'finding', d => [
        SEVERITY[d.severity]?.text ?? escapeCell(d.severity, 20),
        path(`${d.file}:${d.line}`, true),
        escapeCell(d.message, detail.textChars)
    ]);
    return section(label, title, [
        leaf(`${counts}. Paths are relative to ${path(track.track.dir)}.`),
        ...collapseIfLong(escapeHtmlText(`All ${count(sorted.length, 'finding')}`), blocks, {
            bytes: COLLAPSE_BYTES,
            rows: 10
        })
    ]);
}
/** Unresolved blockers and dependency cycles: what stands between the track and a merge. */
function openIssues(track) {
    return track.blockers.filter(b => !b.resolved).length + track.cycles.length;
}

// The "Since the last report" block that opens the sticky comment and the
// check-run summary: what moved between the previous report and this one.
// Each kind is one bullet; a kind names at most MAX_PER_KIND items, then
// counts the rest, so the block stays short however much changed.
const MAX_PER_KIND = 10;
const TITLE_CHARS = 120;
/** The block, or nothing when there was no previous report or nothing changed. */
function sinceBlocks(since, level, multi) {
    if (since === undefined || since.tracks.length === 0)
        return [];
    const head = heading(level, 'Since the last report');
    if (!multi) {
        const only = since.tracks[0];
        return only === undefined
            ? []
            : [
                group([bulletList(trackLines(only))], {
                    head,
                    label: 'Since the last report',
                    atomic: true
                })
            ];
    }
    const parts = since.tracks.map(t => group([leaf(`**${escapeInline(t.track.id, 120)}**`), bulletList(trackLines(t))]));
    return [group(parts, { head, label: 'Since the last report', atomic: true })];
}
function trackLines(c) {
    const lines = [];
    const ids = (emoji, what, list) => {
        if (list.length === 0)
            return;
        lines.push(`${emoji} **${what}:** ${capped(list.map(idText)).join(', ')}`);
    };
    const items = (emoji, what, list) => {
        if (list.length === 0)
            return;
        lines.push([`${emoji} **${what}:**`, ...capped(list).map(x => `  - ${x}`)].join('\n'));
    };
    ids('✅', 'Became complete', c.becameComplete);
    ids('⚠️', 'Became partial', c.becamePartial);
    ids('🚫', 'Became blocked', c.becameBlocked);
    const blocker = (b) => `${idText(b.task)}: ${escapeInline(b.title, TITLE_CHARS)}`;
    items('🆕', 'Blockers that appeared', c.blockersAppeared.map(blocker));
    items('✔️', 'Blockers resolved', c.blockersResolved.map(blocker));
    if (c.gates.length > 0) {
        lines.push(`📊 **Gates:** ${c.gates.map(g => `${GATE_NAMES$1[g.gate]} (${g.gate}) ${move(g)}`).join(' · ')}`);
    }
    if (c.iosmIndex !== null)
        lines.push(`📊 **IOSM-Index:** ${move(c.iosmIndex)}`);
    items('⚠️', 'New conflicts', c.conflictsNew.map(conflict));
    items('✔️', 'Conflicts cleared', c.conflictsCleared.map(conflict));
    items('🔮', 'New forecast conflicts', c.forecastNew.map(conflict));
    items('✔️', 'Forecast conflicts cleared', c.forecastCleared.map(conflict));
    items('🔍', 'New diff-check findings', c.findingsNew.map(finding));
    items('✔️', 'Diff-check findings cleared', c.findingsCleared.map(finding));
    ids('➕', 'Added to the plan', c.tasksAdded);
    ids('➖', 'Removed from the plan', c.tasksRemoved);
    return lines;
}
/** The first MAX_PER_KIND items, then `and N more`. */
function capped(list) {
    if (list.length <= MAX_PER_KIND)
        return [...list];
    return [...list.slice(0, MAX_PER_KIND), `and ${list.length - MAX_PER_KIND} more`];
}
/**
 * `0.85 → 0.96`; with 3 decimals when 2 would show no move, so an arrow
 * never points from a number to itself.
 */
function move(m) {
    const two = (x) => (x === null ? 'n/a' : x.toFixed(2));
    const three = (x) => (x === null ? 'n/a' : x.toFixed(3));
    const fine = two(m.from) === two(m.to);
    const show = fine ? three : two;
    return `${show(m.from)} → ${show(m.to)}`;
}
function conflict(c) {
    return `${path(c.path)} (${idList(c.tasks)}, ${escapeInline(c.kind, 20)})`;
}
const FINDING_WORD = {
    unreported: 'changed, claimed by no report',
    phantom: 'claimed, not in the diff',
    mismatch: 'claimed as another kind of change'
};
function finding(f) {
    return `${path(f.path)}${f.task === null ? '' : ` (${idText(f.task)})`}: ${FINDING_WORD[f.kind]}`;
}

// Judgements the report states that the analysis does not: integration
// complexity, readiness for deployment and its caveats, and why each held
// task is held. Each is derived from the analysed model alone, by rules the
// report can spell out.
/**
 * Very High: a dependency cycle, 3+ parallel conflicts, or more than 20 tasks.
 * High: a parallel conflict, 5+ merge waves, more than 10 tasks or 3+ held tasks.
 * Medium: a sequential overlap, 3+ waves, more than 4 tasks or an unplanned touch.
 * Low: none of these.
 */
function integrationComplexity(track) {
    const tasks = track.tasks.length;
    const waves = track.mergeOrder.waves.length;
    const held = track.mergeOrder.held.length;
    const parallel = track.conflicts.filter(c => c.kind === 'parallel').length;
    const sequential = track.conflicts.length - parallel;
    const cycles = track.cycles.length;
    const unplanned = track.unplannedTouches.length;
    const rules = [
        {
            level: 'Very High',
            tests: [
                [cycles > 0, count(cycles, 'dependency cycle')],
                [parallel >= 3, count(parallel, 'parallel conflict')],
                [tasks > 20, count(tasks, 'task')]
            ]
        },
        {
            level: 'High',
            tests: [
                [parallel >= 1, count(parallel, 'parallel conflict')],
                [waves >= 5, count(waves, 'merge wave')],
                [tasks > 10, count(tasks, 'task')],
                [held >= 3, count(held, 'held task')]
            ]
        },
        {
            level: 'Medium',
            tests: [
                [sequential >= 1, count(sequential, 'sequential overlap')],
                [waves >= 3, count(waves, 'merge wave')],
                [tasks > 4, count(tasks, 'task')],
                [unplanned >= 1, count(unplanned, 'unplanned touch', 'unplanned touches')]
            ]
        }
    ];
    const facts = [
        `${count(tasks, 'task')} in ${count(waves, 'wave')}`,
        held > 0 ? `${held} held` : '',
        parallel + sequential > 0
            ? `${parallel} parallel and ${sequential} sequential file overlaps`
            : 'no file overlaps',
        cycles > 0 ? count(cycles, 'cycle') : ''
    ]
        .filter(part => part !== '')
        .join(', ');
    for (const rule of rules) {
        const because = rule.tests.filter(([hit]) => hit).map(([, why]) => why);
        if (because.length > 0)
            return { level: rule.level, because, facts };
    }
    return { level: 'Low', because: [], facts };
}
/** No when the verdict fails; otherwise yes, or with caveats when anything below is true. */
function readiness(track) {
    const caveats = [];
    const open = track.blockers.filter(b => !b.resolved);
    if (open.length > 0)
        caveats.push(`${count(open.length, 'unresolved issue')} (see Blockers and issues)`);
    const held = track.mergeOrder.held.length;
    if (held > 0)
        caveats.push(`${count(held, 'task is', 'tasks are')} held back from the merge order`);
    const notEvaluated = Object.keys(track.gates).filter(gate => track.gates[gate].status === 'not-evaluated');
    if (track.iosmIndex === null)
        caveats.push('no IOSM-Index could be computed');
    else if (notEvaluated.length > 0)
        caveats.push(`gates not evaluated: ${notEvaluated.map(g => `Gate-${g}`).join(', ')}`);
    const parallel = track.conflicts.filter(c => c.kind === 'parallel').length;
    if (parallel > 0)
        caveats.push(`${count(parallel, 'parallel file conflict')} to resolve by hand`);
    if (track.unplannedTouches.length > 0) {
        caveats.push(`${count(track.unplannedTouches.length, 'file')} touched outside the plan`);
    }
    const diff = track.diffCheck;
    if (diff !== null) {
        if (diff.unreported.length > 0)
            caveats.push(`${count(diff.unreported.length, 'changed file')} no report mentions`);
        if (diff.phantom.length > 0)
            caveats.push(`${count(diff.phantom.length, 'claimed file')} not in the diff`);
        if (diff.mismatch.length > 0)
            caveats.push(`${count(diff.mismatch.length, 'claim')} with the wrong kind of change`);
        if (diff.truncated)
            caveats.push('the diff was truncated, so the claims were checked only in part');
    }
    if (statedIndexDiffers(track))
        caveats.push('the stated IOSM-Index differs from the recomputed one');
    const errors = track.diagnostics.filter(d => d.severity === 'error').length;
    if (errors > 0)
        caveats.push(`${count(errors, 'input error')} (see Diagnostics)`);
    if (track.verdict.conclusion === 'failure')
        return { level: 'no', caveats };
    return { level: caveats.length > 0 ? 'caveats' : 'yes', caveats };
}
function statedIndexDiffers(track) {
    return (track.statedIndex !== null &&
        track.iosmIndex !== null &&
        Math.abs(track.statedIndex - track.iosmIndex) > 0.01);
}
/** `heldReason` for many tasks of one track, with the track indexed once. */
function heldReasons(track) {
    // The first cycle whose group holds an id, and the first task naming an id,
    // as a search in order finds them.
    const cycleOf = new Map();
    track.cycles.forEach((cycle, i) => {
        const group = track.cycleGroups[i] ?? cycle;
        for (const id of cycle)
            if (!cycleOf.has(id))
                cycleOf.set(id, { cycle, group, onCycle: true });
        for (const id of group)
            if (!cycleOf.has(id))
                cycleOf.set(id, { cycle, group, onCycle: false });
    });
    const taskOf = new Map();
    for (const task of track.tasks)
        if (!taskOf.has(task.id))
            taskOf.set(task.id, task);
    const held = new Set(track.mergeOrder.held);
    return (taskId) => {
        const found = cycleOf.get(taskId);
        if (found !== undefined)
            return { kind: 'cycle', ...found };
        const task = taskOf.get(taskId);
        if (task !== undefined && task.status !== 'complete')
            return { kind: 'status', status: task.status };
        const on = (task?.dependsOn ?? []).filter(dep => held.has(dep));
        if (on.length > 0)
            return { kind: 'waits', on };
        return { kind: 'unscheduled' };
    };
}
/**
 * How far each task's change reaches, from its files alone.
 * High: it shares a file with another task, or touches more than 10 files.
 * Medium: more than 3 files, or it modifies or deletes a file that existed.
 * Low: otherwise (a few new files, or none).
 */
/** Tasks an impact lists as sharing files; beyond it the list says "or more". */
const SHARES_LISTED = 20;
function taskImpacts(track) {
    // Capped per task: a path thousands of tasks share would otherwise give
    // each of them a set of all the others.
    const sharing = new Map();
    const capped = new Set();
    for (const c of track.conflicts) {
        if (c.reason !== 'overlap')
            continue;
        for (const id of c.tasks) {
            const others = sharing.get(id) ?? new Set();
            for (const other of c.tasks) {
                if (other === id)
                    continue;
                if (others.size >= SHARES_LISTED) {
                    if (!others.has(other))
                        capped.add(id);
                    if (capped.has(id))
                        break;
                    continue;
                }
                others.add(other);
            }
            sharing.set(id, others);
        }
    }
    const sorted = new Map([...sharing].map(([id, others]) => [id, sortIds(others)]));
    return task => {
        const f = task.files;
        const files = f.created.length + f.modified.length + f.deleted.length + task.touched.length;
        const sharesWith = sorted.get(task.id) ?? [];
        const existing = f.modified.length + f.deleted.length;
        const level = sharesWith.length > 0 || files > 10 ? 'High' : files > 3 || existing > 0 ? 'Medium' : 'Low';
        return { level, sharesWith, sharesWithCapped: capped.has(task.id), files, existing };
    };
}

// The task graph as a Mermaid flowchart: one subgraph per merge wave plus one
// for held tasks, nodes coloured by status, critical-path edges thick, cycle
// edges dashed. Node ids are ours (n0, n1, …); report text only ever appears
// inside quoted labels, encoded so it cannot end the label or the fence.
/** Above these sizes the graph is unreadable and Mermaid may refuse it. */
const MAX_GRAPH_NODES = 100;
const MAX_GRAPH_EDGES = 400;
const MAX_LABEL_CHARS = 48;
const STATUS_CLASS = {
    complete: 'complete',
    partial: 'partial',
    blocked: 'blocked',
    'in-progress': 'inprogress',
    todo: 'todo',
    unknown: 'unknown'
};
const CLASS_DEFS = [
    'classDef complete fill:#dcfce7,stroke:#16a34a,color:#14532d',
    'classDef partial fill:#fef3c7,stroke:#d97706,color:#78350f',
    'classDef blocked fill:#fee2e2,stroke:#dc2626,color:#7f1d1d',
    'classDef inprogress fill:#dbeafe,stroke:#2563eb,color:#1e3a8a',
    'classDef todo fill:#f3f4f6,stroke:#9ca3af,color:#374151',
    'classDef unknown fill:#f3f4f6,stroke:#6b7280,color:#374151,stroke-dasharray:4 3'
];
const CRITICAL_STYLE = 'stroke:#7c3aed,stroke-width:3px';
const WAVE_STYLE = 'fill:#f8fafc,stroke:#94a3b8,color:#334155';
const HELD_STYLE = 'fill:#fff7ed,stroke:#fb923c,color:#7c2d12,stroke-dasharray:4 3';
const CYCLE_STYLE = 'stroke:#dc2626,stroke-width:2px,stroke-dasharray:5 4';
/**
 * Text for a quoted Mermaid label. `#` goes first so the entity codes added
 * after it are not encoded twice; `"` would end the label; a backtick would
 * turn it into a markdown string; `<`, `>`, `&` would be read as HTML; `%`
 * could start a `%%{…}%%` directive, which Mermaid finds anywhere in the text.
 */
function mermaidLabel(text, max = MAX_LABEL_CHARS) {
    const s = oneLine(text, max)
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/`/g, '#96;')
        .replace(/&/g, '#amp;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/%/g, '#37;');
    // An empty quoted label is a parse error.
    return s === '' ? '#160;' : s;
}
/** The flowchart text (without the surrounding fence), or why there is none. */
function renderMermaid(track) {
    const tasks = uniqueTasks(track.tasks);
    if (tasks.length === 0)
        return { ok: false, reason: 'the track has no tasks' };
    if (tasks.length > MAX_GRAPH_NODES) {
        return {
            ok: false,
            reason: `${tasks.length} tasks are more than a readable graph holds (${MAX_GRAPH_NODES})`
        };
    }
    const nodeId = new Map();
    tasks.forEach((task, i) => nodeId.set(task.id, `n${i}`));
    const edges = collectEdges(track, tasks, nodeId);
    if (edges.length > MAX_GRAPH_EDGES) {
        return {
            ok: false,
            reason: `${edges.length} dependencies are more than a readable graph holds (${MAX_GRAPH_EDGES})`
        };
    }
    const lines = ['graph TD'];
    const placed = new Set();
    const declare = (task, indent) => {
        const id = nodeId.get(task.id);
        if (id === undefined || placed.has(task.id))
            return;
        placed.add(task.id);
        lines.push(`${indent}${id}["${mermaidLabel(`${task.id}: ${task.title}`)}"]`);
    };
    const byId = new Map(tasks.map(task => [task.id, task]));
    const groups = [];
    const group = (groupId, title, ids) => {
        const members = ids
            .map(id => byId.get(id))
            .filter((t) => t !== undefined && !placed.has(t.id));
        if (members.length === 0)
            return;
        groups.push(groupId);
        lines.push(`  subgraph ${groupId}["${mermaidLabel(title)}"]`);
        for (const task of members)
            declare(task, '    ');
        lines.push('  end');
    };
    track.mergeOrder.waves.forEach((wave, i) => group(`w${i + 1}`, `Wave ${i + 1}`, wave));
    group('held', 'Held', track.mergeOrder.held);
    for (const task of tasks)
        declare(task, '  ');
    edges.forEach(edge => lines.push(`  ${edge.from} ${edge.critical ? '==>' : '-->'} ${edge.to}`));
    // Invisible links between consecutive groups keep the waves in merge order
    // from top to bottom; they come after the real edges so the link indexes
    // used by linkStyle stay those of the real edges.
    for (let i = 1; i < groups.length; i++)
        lines.push(`  ${groups[i - 1]} ~~~ ${groups[i]}`);
    edges.forEach((edge, i) => {
        if (edge.cycle)
            lines.push(`  linkStyle ${i} ${CYCLE_STYLE}`);
        else if (edge.critical)
            lines.push(`  linkStyle ${i} ${CRITICAL_STYLE}`);
    });
    for (const id of groups)
        lines.push(`  style ${id} ${id === 'held' ? HELD_STYLE : WAVE_STYLE}`);
    lines.push(...CLASS_DEFS.map(def => `  ${def}`));
    const byClass = new Map();
    for (const task of tasks) {
        const cls = STATUS_CLASS[task.status] ?? 'unknown';
        const id = nodeId.get(task.id);
        if (id !== undefined)
            byClass.set(cls, [...(byClass.get(cls) ?? []), id]);
    }
    for (const [cls, ids] of byClass)
        lines.push(`  class ${ids.join(',')} ${cls}`);
    return { ok: true, text: lines.join('\n') };
}
function uniqueTasks(tasks) {
    const seen = new Set();
    return tasks.filter(task => {
        if (seen.has(task.id))
            return false;
        seen.add(task.id);
        return true;
    });
}
/** Dependency edges, prerequisite first, in task order then dependency order. */
function collectEdges(track, tasks, nodeId) {
    const critical = new Set();
    for (let i = 1; i < track.criticalPath.length; i++) {
        const before = track.criticalPath[i - 1];
        const after = track.criticalPath[i];
        if (before !== undefined && after !== undefined)
            critical.add(`${before}\u0000${after}`);
    }
    // A cycle lists ids each depending on the next, the last on the first.
    const onCycle = new Set();
    for (const cycle of track.cycles) {
        cycle.forEach((id, i) => {
            const next = cycle[(i + 1) % cycle.length];
            if (next !== undefined)
                onCycle.add(`${next}\u0000${id}`);
        });
    }
    const edges = [];
    const seen = new Set();
    for (const task of tasks) {
        const to = nodeId.get(task.id);
        if (to === undefined)
            continue;
        for (const dep of task.dependsOn) {
            const from = nodeId.get(dep);
            const key = `${dep}\u0000${task.id}`;
            if (from === undefined || seen.has(key))
                continue;
            seen.add(key);
            edges.push({ from, to, critical: critical.has(key), cycle: onCycle.has(key) });
        }
    }
    return edges;
}

// The top of a track's report: title and status, the executive summary, the
// task graph, and the IOSM gates with the index worked out.
const READY_TEXT = {
    yes: '✅ Yes',
    caveats: '⚠️ With caveats',
    no: '❌ No'
};
function headerBlocks(ctx) {
    const { track } = ctx;
    const info = track.track;
    // One track is the whole report; several sit under the run's own title.
    const prefix = ctx.level <= 2 ? 'Integration report: ' : '';
    const title = heading(ctx.level - 1, `${prefix}${escapeInline(trackName(track), 200)}`);
    const facts = [
        `**Status:** ${TRACK_STATUS[track.status] ?? track.status}`,
        `**Track:** ${path(info.id)}`,
        `**Folder:** ${path(info.dir)}`
    ];
    const lines = [facts.join(' · ')];
    if (info.title !== null && info.title !== trackName(track)) {
        lines.push(`**Plan:** ${escapeInline(info.title, 200)}`);
    }
    // Two spaces before the newline: a line break inside one paragraph.
    return [leaf(title), leaf(lines.join('  \n'))];
}
function executiveSummary(ctx) {
    const { track, detail } = ctx;
    const done = track.tasks.filter(t => t.status === 'complete').length;
    const byStatus = new Map();
    for (const task of track.tasks) {
        const word = taskStatus(task.status).word;
        byStatus.set(word, (byStatus.get(word) ?? 0) + 1);
    }
    const breakdown = [...byStatus].map(([word, n]) => `${n} ${word}`).join(', ');
    const complexity = integrationComplexity(track);
    const ready = readiness(track);
    const counted = GATE_KEYS.filter(g => track.gates[g].status === 'pass' || track.gates[g].status === 'fail');
    const threshold = track.indexThreshold === null ? 'no threshold' : `threshold ${track.indexThreshold.toFixed(2)}`;
    const indexText = track.iosmIndex === null
        ? `n/a (${counted.length === 0 ? 'no gate evaluated' : 'not computed'}; ${threshold})`
        : `${score2(track.iosmIndex)} / 1.0 (${counted.length} of 4 gates; ${threshold})`;
    const items = [
        `**Goal:** ${track.track.goal === null ? '_not stated in the plan_' : escapeInline(track.track.goal, detail.textChars)}`,
        `**Tasks complete:** ${done}/${track.tasks.length}${breakdown === '' ? '' : ` (${breakdown})`}`,
        `**Integration complexity:** ${complexity.level}${complexity.because.length > 0 ? ` — ${complexity.because.join(', ')}` : ''} (${complexity.facts})`,
        `**Overall quality:** ${track.rating ?? 'n/a (no IOSM-Index)'}`,
        `**IOSM-Index:** ${indexText}`,
        `**Ready for deployment:** ${READY_TEXT[ready.level]}`
    ];
    const verdict = track.verdict.conclusion === 'success' ? '✅ success' : '❌ failure';
    const children = [bulletList(items, null)];
    if (track.verdict.reasons.length > 0) {
        children.push(leaf(`**Verdict: ${verdict}** because:`));
        children.push(bulletList(track.verdict.reasons.map(r => escapeInline(r, detail.textChars))));
    }
    else {
        children.push(leaf(`**Verdict: ${verdict}.**`));
    }
    if (ready.caveats.length > 0 && ready.level !== 'no') {
        children.push(leaf('**Caveats:**'));
        children.push(bulletList(ready.caveats.map(c => escapeInline(c))));
    }
    return section(`${ctx.labelPrefix}Executive summary`, heading(ctx.level, 'Executive summary'), children);
}
function taskGraph(ctx) {
    const { track } = ctx;
    const graph = renderMermaid(track);
    const title = heading(ctx.level, 'Task graph');
    const label = `${ctx.labelPrefix}Task graph`;
    if (!graph.ok)
        return section(label, title, [leaf(`_No graph: ${escapeInline(graph.reason)}._`)]);
    const notes = ['One box per merge wave, top to bottom, then the held tasks.'];
    if (track.criticalPath.length > 1) {
        notes.push(`Thick purple edges: the critical path (${idList(track.criticalPath, ' → ')}).`);
    }
    if (track.cycles.length > 0)
        notes.push('Dashed red edges: a dependency cycle.');
    const legend = ['complete', 'partial', 'blocked', 'in-progress', 'todo', 'unknown']
        .filter(status => track.tasks.some(t => t.status === status))
        .map(status => {
        const s = taskStatus(status);
        return `${s.emoji} ${s.word}: ${STATUS_COLOUR[status]}`;
    })
        .join(' · ');
    const body = [leaf(`${notes.join(' ')}  \n${legend}`), fence('mermaid', graph.text)];
    const collapsed = collapseIfLong(`Task graph (${count(track.tasks.length, 'task')})`, body, {
        bytes: COLLAPSE_BYTES * 4,
        rows: 80
    });
    return section(label, title, collapsed);
}
const STATUS_COLOUR = {
    complete: 'green',
    partial: 'amber',
    blocked: 'red',
    'in-progress': 'blue',
    todo: 'grey',
    unknown: 'grey, dashed'
};
const TARGET_SOURCE = {
    plan: 'plan',
    prd: 'PRD',
    default: 'default floor'
};
const SCORE_SOURCE = {
    'iosm-report': 'iosm\\_report.md',
    tasks: 'task reports',
    none: '—'
};
function gatesSection(ctx) {
    const { track } = ctx;
    const rows = GATE_KEYS.map(g => {
        const gate = track.gates[g];
        return [
            `Gate-${g} (${GATE_NAMES$1[g]})`,
            score2(gate.score),
            `${escapeCell(gate.target, 40)} (${TARGET_SOURCE[gate.targetSource] ?? gate.targetSource})`,
            GATE_STATUS[gate.status] ?? escapeCell(gate.status),
            SCORE_SOURCE[gate.source] ?? escapeCell(gate.source)
        ];
    });
    const children = [table(['Gate', 'Score', 'Target', 'Status', 'Score from'], rows, null)];
    children.push(...indexBlocks(track));
    return section(`${ctx.labelPrefix}IOSM gates`, heading(ctx.level, 'IOSM gates'), children);
}
function gateList(gates) {
    return gates.map(g => `Gate-${g}`).join(', ');
}
// The index is rounded to 3 decimals; the arithmetic here is not.
const TOLERANCE = 0.0006;
/** The analysis's index arithmetic for `track`, written out line by line. */
function workedIndex(track) {
    const calc = indexCalculation(track.gates, track.naPolicy);
    const { policy, counted, left } = calc;
    const index = track.iosmIndex;
    if (calc.value === null || index === null)
        return { policy, counted, left, lines: [], disagrees: false };
    const terms = GATE_KEYS.filter(g => calc.zeros || counted.includes(g))
        .map(g => (counted.includes(g) ? score3(track.gates[g].score ?? 0) : '0'))
        .join(' + ');
    const what = calc.zeros
        ? 'sum over all 4 gates, those without a score as 0, divided by 4'
        : `mean of ${count(counted.length, 'evaluated gate')}`;
    return {
        policy,
        counted,
        left,
        lines: [
            `IOSM-Index = ${what}`,
            `           = (${terms}) / ${calc.divisor}`,
            `           = ${score3(calc.sum)} / ${calc.divisor}`,
            `           = ${score3(calc.value)}`
        ],
        disagrees: Math.abs(index - calc.value) >= TOLERANCE
    };
}
function indexBlocks(track) {
    const calc = workedIndex(track);
    const out = [];
    const leftOut = calc.left.map(g => `Gate-${g} (${track.gates[g].status === 'skip' ? 'skipped' : 'not evaluated'})`);
    if (calc.counted.length === 0) {
        out.push(leaf('**IOSM-Index:** n/a: no gate was evaluated, so there is nothing to average.'));
    }
    else if (track.iosmIndex === null) {
        out.push(leaf(calc.policy === 'strict' && calc.left.length > 0
            ? `**IOSM-Index:** n/a: ${leftOut.join(', ')} ${calc.left.length === 1 ? 'has' : 'have'} no score and the na-policy \`strict\` leaves the index undefined.`
            : `**IOSM-Index:** n/a: the analysis gave no index (na-policy ${path(calc.policy)}).`));
    }
    else {
        out.push(fence('text', calc.lines.join('\n')));
        const countedText = `Counted: ${gateList(calc.counted)}.`;
        const skipped = calc.left.some(g => track.gates[g].status === 'skip');
        const leftText = calc.left.length === 0
            ? ''
            : calc.policy === 'zero'
                ? ` Counted as 0: ${leftOut.join(', ')} (na-policy \`zero\`).`
                : ` Left out: ${leftOut.join(', ')}.${skipped ? ' Skipped gates do not count under the na-policy `exclude`.' : ''}`;
        out.push(leaf(`${countedText}${leftText}`));
        if (calc.disagrees) {
            out.push(leaf(`⚠️ The analysis reports an IOSM-Index of ${track.iosmIndex.toFixed(3)}, which is not the value worked out above.`));
        }
    }
    const result = [];
    if (track.iosmIndex !== null) {
        const threshold = track.indexThreshold === null
            ? 'no threshold applies'
            : track.iosmIndex >= track.indexThreshold
                ? `✅ meets the threshold ${track.indexThreshold.toFixed(2)}`
                : `❌ below the threshold ${track.indexThreshold.toFixed(2)}`;
        result.push(`**Result:** ${track.iosmIndex.toFixed(3)} (${track.rating ?? 'unrated'}), ${threshold}.`);
    }
    if (track.statedIndex !== null) {
        result.push(statedIndexDiffers(track)
            ? `⚠️ iosm\\_report.md states ${track.statedIndex.toFixed(3)}; recomputed from the gate scores: ${track.iosmIndex === null ? 'n/a' : track.iosmIndex.toFixed(3)}. The recomputed value is used.`
            : `iosm\\_report.md states ${track.statedIndex.toFixed(3)}, which agrees.`);
    }
    if (result.length > 0)
        out.push(leaf(result.join('  \n')));
    return out;
}
/** A one-line verdict used in summaries: `❌ failure (2 reasons)`. */
function verdictWord(track) {
    return track.verdict.conclusion === 'success' ? '✅ success' : '❌ failure';
}

// Conflicts still to come, as the report shows them: a table under the real
// conflicts, and for each held task the tasks it will collide with when it
// lands. They inform whoever schedules the remaining work; the verdict never
// counts them.
/** Partners named per held task; the rest are counted. */
const MAX_PARTNERS = 3;
/** The forecast part of the Conflicts section; nothing when there is none. */
function forecastBlocks(ctx) {
    const list = ctx.track.forecastConflicts;
    if (list.length === 0)
        return [];
    const ordered = ctx.derive(orderedForecast);
    const parallel = list.filter(c => c.schedule === 'parallel').length;
    const rows = ordered
        .slice(0, ctx.detail.rows)
        .map(c => [
        path(c.path, true),
        idList(c.tasks),
        c.schedule === 'parallel' ? '⚠️ parallel: will need resolution' : 'ℹ️ sequential',
        forecastWhy(c)
    ]);
    const blocks = [table(['Path', 'Tasks', 'Kind', 'Why'], rows)];
    if (ordered.length > rows.length)
        blocks.push(leaf(`_and ${count(ordered.length - rows.length, 'more forecast conflict')}_`));
    return [
        leaf(`**Still to come:** ${count(list.length, 'forecast conflict')} from the plan's Touches of tasks not yet complete${parallel > 0 ? ` (${parallel} parallel: no dependency orders the tasks)` : ''}. For scheduling the remaining work; they do not fail the verdict.`),
        ...collapseIfLong(escapeHtmlText(`Forecast conflicts (${list.length})`), blocks, COLLAPSE_LIMITS)
    ];
}
/**
 * For a held task, `will collide with T05 (api/), T11 (docs/x.md) when it
 * lands`, or null when no forecast names it.
 */
function heldCollision(lookup, id, complete) {
    const partners = lookup.get(id);
    if (partners === undefined || partners.length === 0)
        return null;
    const shown = partners.slice(0, MAX_PARTNERS).map(p => `${idText(p.id)} (${path(p.path)})`);
    const more = partners.length > shown.length ? ` and ${partners.length - shown.length} more` : '';
    // A complete task's files are known: the collision comes when the others land.
    return complete
        ? `the planned work of ${shown.join(', ')}${more} will collide with it`
        : `will collide with ${shown.join(', ')}${more} when it lands`;
}
/** Each task's forecast partners, one entry per partner (its first path), in task order. */
const collisionsByTask = (track) => {
    const position = new Map(track.tasks.map((t, i) => [t.id, i]));
    const out = new Map();
    const seen = new Set();
    const add = (id, other, p) => {
        const key = `${id}\u0000${other}`;
        if (seen.has(key))
            return;
        seen.add(key);
        const list = out.get(id);
        if (list)
            list.push({ id: other, path: p });
        else
            out.set(id, [{ id: other, path: p }]);
    };
    for (const c of track.forecastConflicts) {
        const [a, b] = c.tasks;
        if (a === undefined || b === undefined)
            continue;
        add(a, b, c.path);
        add(b, a, c.path);
    }
    const at = (id) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
    for (const list of out.values())
        list.sort((x, y) => at(x.id) - at(y.id));
    return out;
};
/** Parallel forecasts first, then sequential ones, each in the analysis's order. */
const orderedForecast = (track) => [
    ...track.forecastConflicts.filter(c => c.schedule === 'parallel'),
    ...track.forecastConflicts.filter(c => c.schedule !== 'parallel')
];
function forecastWhy(c) {
    const done = c.complete;
    if (done.length === 0)
        return 'both plan to change it';
    const waiting = c.tasks.filter(id => !done.includes(id));
    return `${idList(waiting)} plans to change what ${idList(done)} changed`;
}

// Line counts shown beside a file: the diff's real ones when the pull request's
// diff gives them, and the report's own claim beside them where the two
// differ, so a reader sees at once which reports over- or under-state work.
/** `+180 −2 claimed`, `+15 claimed`, `−40 claimed`; '' for no claim. */
function claimText(claim) {
    if (claim === undefined)
        return '';
    const { added, removed } = claim;
    if (added === null)
        return removed === null ? '' : `−${thousands(removed)} claimed`;
    return removed === null
        ? `+${thousands(added)} claimed`
        : `+${thousands(added)} −${thousands(removed)} claimed`;
}
/**
 * The diff's `+a −d` with the claim beside it: `, as claimed` when every count
 * the report gives matches, `· ⚠️ +180 claimed` when one does not. When the
 * diff's counts hold other tasks' work too (`comparable` false), the two stand
 * side by side unjudged. Without the diff's counts (no diff, a file outside
 * it, a binary file), the claim alone. '' when there is neither.
 */
function linesText(claim, diff, comparable = true) {
    const real = diff === undefined ? '' : lineDelta(diff.additions, diff.deletions);
    const claimed = claimText(claim);
    if (claimed === '' || claim === undefined)
        return real;
    if (real === '' || diff === undefined)
        return claimed;
    if (!comparable)
        return `${real} · ${claimed}`;
    const agrees = (claim.added === null || claim.added === (diff.additions ?? 0)) &&
        (claim.removed === null || claim.removed === (diff.deletions ?? 0));
    return agrees ? `${real}, as claimed` : `${real} · ⚠️ ${claimed}`;
}
/** The diff credits no task but these with the file, so their claims can account for all of it. */
function onlyBy(tasks, claimedBy) {
    return claimedBy.every(id => tasks.includes(id));
}
/** Several tasks' claims on one file, added up; undefined when none gives a count. */
function sumClaims(claims) {
    let added = null;
    let removed = null;
    let path = null;
    for (const claim of claims) {
        if (claim === undefined)
            continue;
        path ??= claim.path;
        if (claim.added !== null)
            added = (added ?? 0) + claim.added;
        if (claim.removed !== null)
            removed = (removed ?? 0) + claim.removed;
    }
    return path === null || (added === null && removed === null)
        ? undefined
        : { path, added, removed };
}
/**
 * A task's claim on a path, the first claim on it winning (the analysis lists
 * it first). Derived once per render (see SectionContext.derive). A task
 * claims a few dozen paths at most, as a rule: those are scanned, which costs
 * less than building an index per task; longer lists are indexed when first
 * asked about.
 */
const claimLookup = (_track) => {
    const byTask = new Map();
    return (task, path) => {
        const list = task.claimedLines;
        if (list.length <= SCAN_LIMIT) {
            for (let i = 0; i < list.length; i++)
                if (list[i].path === path)
                    return list[i];
            return undefined;
        }
        let claims = byTask.get(task);
        if (claims === undefined) {
            claims = new Map();
            for (const claim of list)
                if (!claims.has(claim.path))
                    claims.set(claim.path, claim);
            byTask.set(task, claims);
        }
        return claims.get(path);
    };
};
const SCAN_LIMIT = 32;

// The body of a track's report about the work itself: what changed by phase
// and task, the summary of changed files, conflicts, blockers and issues, and
// the integration plan (merge order step by step, then held tasks).
const VERIFY_EMOJI = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    unknown: '❔'
};
function diffIndex(track) {
    return new Map((track.diffCheck?.files ?? []).map(file => [file.path, file]));
}
function taskTitleLine(task) {
    const s = taskStatus(task.status);
    const role = task.role === null ? '' : ` (${escapeInline(task.role, 80)})`;
    return `${s.emoji} ${idText(task.id)}: ${escapeInline(task.title, 200)}${role}`;
}
// Facts derived once per render (see SectionContext.derive).
/** A file as listed under a task: its path, then the diff's line counts and the task's claim. */
const fileEntries = (track) => {
    const diff = diffIndex(track);
    const claimOf = claimLookup();
    return (task, file) => {
        const d = diff.get(file);
        // A file other tasks changed too: the diff's counts hold their work as well.
        const lines = linesText(claimOf(task, file), d, d === undefined || onlyBy([task.id], d.claimedBy));
        return lines === '' ? path(file) : `${path(file)} (${lines})`;
    };
};
const phasesOf = (track) => {
    const phases = [];
    const byName = new Map();
    for (const task of track.tasks) {
        const known = byName.get(task.phase);
        if (known === undefined) {
            const phase = { name: task.phase, tasks: [task] };
            byName.set(task.phase, phase);
            phases.push(phase);
        }
        else
            known.tasks.push(task);
    }
    return phases;
};
// --------------------------------------------------------------------------
// What changed
function whatChanged(ctx) {
    const { track } = ctx;
    const phases = ctx.derive(phasesOf);
    const body = [];
    // Past the room the document is only measured: the tasks after it are left out.
    let bytes = 0;
    for (const phase of phases) {
        if (bytes > ctx.room)
            break;
        const entries = [];
        for (const task of phase.tasks) {
            if (bytes > ctx.room)
                break;
            const entry = taskEntry(ctx, task);
            entries.push(entry);
            bytes += measure(entry).bytes;
        }
        const name = phase.name === null ? 'Tasks outside any phase' : escapeInline(phase.name, 200);
        body.push(group(entries, { head: heading(ctx.level + 1, name) }));
    }
    const label = `${ctx.labelPrefix}What changed`;
    const title = heading(ctx.level, 'What changed');
    if (body.length === 0)
        return section(label, title, [leaf('_The track has no tasks._')]);
    const summary = `What changed: ${count(track.tasks.length, 'task')} in ${count(phases.length, 'phase')}`;
    return section(label, title, collapseIfLong(escapeHtmlText(summary), body, COLLAPSE_LIMITS));
}
/**
 * File lists written whole, by list, and the task each was written for (two
 * tasks may share one list, but not their line counts). A list shown whole
 * reads the same at every detail level that shows it whole: a shorter form
 * of the report reuses it.
 */
const wholeLists = (_track) => new Map();
function fileList(files, max, entry) {
    const shown = files.slice(0, max).map(entry);
    const more = files.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${thousands(more)} more` : shown.join(', ');
}
function taskEntry(ctx, task) {
    const { detail } = ctx;
    const items = [];
    if (task.status !== 'complete')
        items.push(`**Status:** ${taskStatus(task.status).word}`);
    if (detail.perTaskNotes && task.summary !== null)
        items.push(`**Summary:** ${escapeInline(task.summary, detail.textChars)}`);
    const kinds = [
        ['Created', task.files.created],
        ['Modified', task.files.modified],
        ['Deleted', task.files.deleted],
        ['Also touched', task.touched]
    ];
    const withFiles = kinds.filter(([, files]) => files.length > 0);
    if (withFiles.length === 0)
        items.push('**Files:** none reported');
    else if (detail.filesPerKind > 0) {
        const lists = ctx.derive(wholeLists);
        const entries = ctx.derive(fileEntries);
        const entry = (file) => entries(task, file);
        for (const [word, files] of withFiles) {
            const whole = files.length <= detail.filesPerKind;
            const known = whole ? lists.get(files) : undefined;
            let text = known?.task === task ? known.text : undefined;
            if (text === undefined) {
                text = fileList(files, detail.filesPerKind, entry);
                if (whole)
                    lists.set(files, { task, text });
            }
            items.push(`**${word} (${files.length}):** ${text}`);
        }
    }
    else {
        items.push(`**Files:** ${withFiles.map(([word, files]) => `${files.length} ${word.toLowerCase()}`).join(', ')}`);
    }
    // With no files there is nothing to weigh: the files line already says so.
    if (withFiles.length > 0)
        items.push(impactLine(ctx.derive(taskImpacts)(task)));
    if (detail.perTaskNotes && task.decisions.length > 0) {
        const lines = task.decisions.slice(0, detail.stepItems).map(d => {
            const what = escapeInline(d.title, detail.textChars);
            return d.decision === null
                ? `  - ${what}`
                : `  - **${what}**: ${escapeInline(d.decision, detail.textChars)}`;
        });
        items.push(['**Key decisions:**', ...lines].join('\n'));
    }
    if (detail.perTaskNotes && task.verification.length > 0) {
        items.push([
            '**Verification:**',
            ...verificationLines(task.verification, detail.stepItems, detail.textChars).map(l => `  - ${l}`)
        ].join('\n'));
    }
    if (task.blockers.length > 0) {
        const lines = task.blockers
            .slice(0, detail.stepItems)
            .map(b => `  - ❌ ${escapeInline(b, detail.textChars)}`);
        const more = task.blockers.length - lines.length;
        if (more > 0)
            lines.push(`  - and ${thousands(more)} more`);
        items.push(['**Blockers:**', ...lines].join('\n'));
    }
    items.push(`**Report:** ${task.report === null ? '_none_' : path(task.report)}`);
    return group([bulletList(items)], {
        head: heading(ctx.level + 2, taskTitleLine(task))
    });
}
/** `**Impact:** High — shares files with T04`: the level and the fact that set it. */
function impactLine(impact) {
    const shown = impact.sharesWith.slice(0, 3);
    const more = impact.sharesWith.length - shown.length;
    const why = shown.length > 0
        ? `shares files with ${idList(shown)}${more > 0 ? ` and ${thousands(more)}${impact.sharesWithCapped ? ' or' : ''} more` : ''}`
        : impact.level === 'Medium' && impact.files <= 3
            ? `changes ${impact.existing === 1 ? 'an existing file' : `${impact.existing} existing files`}`
            : count(impact.files, 'file');
    return `**Impact:** ${impact.level} — ${why}`;
}
function verificationLines(steps, max, chars) {
    const lines = steps.slice(0, max).map(step => {
        const name = escapeInline(step.name, chars);
        const result = step.result === null ? '' : `: ${escapeInline(step.result, chars)}`;
        return `${VERIFY_EMOJI[step.status] ?? '❔'} ${name}${result}`;
    });
    if (steps.length > lines.length)
        lines.push(`and ${thousands(steps.length - lines.length)} more`);
    return lines;
}
// --------------------------------------------------------------------------
// Summary of changes
const KIND_ORDER = ['created', 'modified', 'deleted', 'touched'];
/**
 * Every file the reports claim, once per kind of change. A table shows only
 * the first rows, so a kind is sorted only when its rows are reached.
 */
const changedFiles = (track) => {
    // Path -> the ids of the tasks claiming it: most files have one, kept as a
    // plain string, so that no row is built for a file the table never shows.
    const byKind = {
        created: new Map(),
        modified: new Map(),
        deleted: new Map(),
        touched: new Map()
    };
    const claim = (kind, files, id) => {
        const claims = byKind[kind];
        for (const file of files) {
            const known = claims.get(file);
            if (known === undefined)
                claims.set(file, id);
            else if (typeof known === 'string') {
                if (known !== id)
                    claims.set(file, [known, id]);
            }
            else if (!known.includes(id))
                known.push(id);
        }
    };
    for (const task of track.tasks) {
        claim('created', task.files.created, task.id);
        claim('modified', task.files.modified, task.id);
        claim('deleted', task.files.deleted, task.id);
        claim('touched', task.touched, task.id);
    }
    const counts = {
        created: byKind.created.size,
        modified: byKind.modified.size,
        deleted: byKind.deleted.size,
        touched: byKind.touched.size
    };
    const sortedKinds = new Map();
    const sorted = (kind) => {
        let paths = sortedKinds.get(kind);
        if (paths === undefined) {
            // The default sort orders strings by UTF-16 code units, as `<` does.
            paths = [...byKind[kind].keys()].sort();
            sortedKinds.set(kind, paths);
        }
        return paths;
    };
    const first = (n) => {
        const out = [];
        for (const kind of KIND_ORDER) {
            if (out.length >= n)
                break;
            if (counts[kind] === 0)
                continue;
            for (const file of sorted(kind).slice(0, n - out.length)) {
                const ids = byKind[kind].get(file) ?? [];
                out.push({ path: file, kind, tasks: typeof ids === 'string' ? [ids] : ids });
            }
        }
        return out;
    };
    return { counts, total: KIND_ORDER.reduce((sum, kind) => sum + counts[kind], 0), first };
};
function changedFileCells(track, byId, claimOf, withClaims) {
    const diff = track.diffCheck;
    const index = diffIndex(track);
    return (row) => {
        const cells = [path(row.path, true), row.kind, idList(row.tasks)];
        const claims = withClaims
            ? row.tasks.map(id => {
                const task = byId.get(id);
                return task === undefined ? undefined : claimOf(task, row.path);
            })
            : [];
        const claim = sumClaims(claims);
        if (diff !== null) {
            const d = index.get(row.path);
            if (d === undefined) {
                const where = row.path.endsWith('/') ? 'folder' : '❔ not in diff';
                const text = claimText(claim);
                cells.push(text === '' ? where : `${where} · ${text}`);
            }
            else {
                // The sum is judged only when it covers every task the diff credits with the file.
                const comparable = !claims.includes(undefined) && onlyBy(row.tasks, d.claimedBy);
                cells.push(`${changeWord(d.status)} ${linesText(claim, d, comparable)}`.trim());
            }
        }
        else if (withClaims)
            cells.push(claimText(claim) || '—');
        return cells;
    };
}
const claimsLines = (track) => track.tasks.some(task => task.claimedLines.length > 0);
function summaryOfChanges(ctx) {
    const { track, detail } = ctx;
    const files = ctx.derive(changedFiles);
    const label = `${ctx.labelPrefix}Summary of changes`;
    const title = heading(ctx.level, 'Summary of changes');
    const lines = [
        `**Files claimed by the reports:** ${KIND_ORDER.filter(kind => kind !== 'touched' || files.counts[kind] > 0)
            .map(kind => `${thousands(files.counts[kind])} ${kind}`)
            .join(' · ')}`
    ];
    const diff = track.diffCheck;
    if (diff !== null) {
        const add = diff.files.reduce((sum, f) => sum + (f.additions ?? 0), 0);
        const del = diff.files.reduce((sum, f) => sum + (f.deletions ?? 0), 0);
        lines.push(`**Pull request diff:** ${count(diff.files.length, 'file')} changed, +${thousands(add)} −${thousands(del)} lines${diff.truncated ? ' (truncated)' : ''}`);
    }
    const children = [leaf(lines.join('  \n'))];
    if (files.total === 0)
        return section(label, title, children);
    const withClaims = ctx.derive(claimsLines);
    const header = ['File', 'Change', 'Tasks'];
    if (diff !== null)
        header.push('In the PR diff');
    else if (withClaims)
        header.push('Lines');
    const cells = changedFileCells(track, ctx.derive(tasksById), ctx.derive(claimLookup), withClaims);
    const shown = files.first(detail.rows).map(row => cells(row));
    const rowsBlock = [table(header, shown)];
    if (files.total > shown.length)
        rowsBlock.push(leaf(`_and ${count(files.total - shown.length, 'more file')}_`));
    children.push(...collapseIfLong(escapeHtmlText(`All ${count(files.total, 'file')}`), rowsBlock, COLLAPSE_LIMITS));
    return section(label, title, children);
}
// --------------------------------------------------------------------------
// Conflicts
function conflictsSection(ctx) {
    const { track, detail } = ctx;
    const label = `${ctx.labelPrefix}Conflicts`;
    const title = heading(ctx.level, 'Conflicts');
    const children = [];
    if (track.conflicts.length === 0) {
        children.push(leaf('No two tasks touch the same file.'));
    }
    else {
        const { ordered, parallel } = ctx.derive(orderedConflicts);
        children.push(leaf(`${count(parallel, 'parallel conflict')} (no dependency orders the tasks: resolve by hand) · ${count(ordered.length - parallel, 'sequential overlap')} (merged in dependency order: for information).`));
        const writeShared = ctx.derive(writeSharedTasks);
        const rows = ordered.slice(0, detail.rows).map(c => [
            // A hand-off note, or a write-shared task with no files, names no file: `*`.
            c.path === '*' && c.reason !== 'overlap' ? '—' : path(c.path, true),
            conflictTasks(c),
            c.kind === 'parallel' ? '⚠️ parallel: needs resolution' : 'ℹ️ sequential: informational',
            conflictWhy(c, detail.textChars, writeShared)
        ]);
        const blocks = [table(['Path', 'Tasks', 'Kind', 'Why'], rows)];
        if (ordered.length > rows.length)
            blocks.push(leaf(`_and ${count(ordered.length - rows.length, 'more conflict')}_`));
        children.push(...collapseIfLong(escapeHtmlText(`All ${count(ordered.length, 'conflict')}`), blocks, COLLAPSE_LIMITS));
    }
    children.push(...forecastBlocks(ctx));
    if (track.unplannedTouches.length > 0) {
        const touches = track.unplannedTouches;
        const rows = touches.slice(0, detail.rows).map(t => [idText(t.task), path(t.path, true)]);
        const blocks = [table(['Task', 'Path'], rows)];
        if (touches.length > rows.length)
            blocks.push(leaf(`_and ${count(touches.length - rows.length, 'more')}_`));
        children.push(leaf(`**Touched outside the plan:** ${count(touches.length, 'file')} that the plan's Touches did not list.`));
        children.push(...collapseIfLong(escapeHtmlText(`Unplanned touches (${touches.length})`), blocks, COLLAPSE_LIMITS));
    }
    return section(label, title, children);
}
// --------------------------------------------------------------------------
// Blockers and issues
/** Parallel conflicts first, then sequential overlaps, each in the analysis's order. */
const orderedConflicts = (track) => {
    const parallel = track.conflicts.filter(c => c.kind === 'parallel');
    const ordered = [...parallel, ...track.conflicts.filter(c => c.kind !== 'parallel')];
    return { ordered, parallel: parallel.length };
};
const writeSharedTasks = (track) => new Set(track.tasks.filter(t => t.concurrency === 'write-shared').map(t => t.id));
/** Tasks shown in a conflict row; an entry of many tasks names a few and counts the rest. */
const ROW_TASKS = 6;
function conflictTasks(c) {
    const total = c.tasks.length + (c.moreTasks ?? 0);
    if (total <= ROW_TASKS)
        return idList(c.tasks);
    return `${idList(c.tasks.slice(0, ROW_TASKS - 1))} and ${thousands(total - ROW_TASKS + 1)} more`;
}
function conflictWhy(c, textChars, writeShared) {
    if (c.pairs) {
        const { parallel, sequential } = c.pairs;
        const what = c.reason === 'overlap' ? 'all change it' : 'a write-shared task must merge alone';
        return `${what}: ${thousands(parallel)} parallel and ${thousands(sequential)} sequential pairs`;
    }
    if (c.reason === 'note')
        return `📝 noted in a report${c.note === undefined ? '' : `: ${escapeCell(c.note, textChars)}`}`;
    if (c.reason === 'overlap')
        return 'both change it';
    // The path is a file of the write-shared task, which the other task need not touch.
    const shared = c.tasks.filter(id => writeShared.has(id));
    if (shared.length === 0)
        return 'a write-shared task must merge alone';
    return shared.length === 1
        ? `a write-shared task (${idList(shared)}) must merge alone`
        : `write-shared tasks (${idList(shared)}) must merge alone`;
}
const BLOCKER_KIND = {
    blocker: 'reported blocker',
    status: 'task status',
    error: 'error',
    'spawn-candidate': 'critical spawn candidate',
    question: 'open question'
};
function blockersSection(ctx) {
    const { track, detail } = ctx;
    const label = `${ctx.labelPrefix}Blockers and issues`;
    const title = heading(ctx.level, 'Blockers and issues');
    if (track.blockers.length === 0)
        return section(label, title, [leaf('✅ No blockers or issues reported.')]);
    const item = (b) => {
        const where = b.file === null ? '' : ` · ${path(b.line === null ? b.file : `${b.file}:${b.line}`)}`;
        const kind = b.kind === 'error' && !b.resolved ? 'unresolved error' : BLOCKER_KIND[b.kind];
        return `**${idText(b.task)}** · ${kind ?? 'issue'}: ${escapeInline(b.title, detail.textChars)}${where}`;
    };
    const groups = [
        [
            '🔴 Critical: must be fixed before merge',
            track.blockers.filter(b => !b.resolved && b.severity === 'critical')
        ],
        ['⚠️ Non-critical', track.blockers.filter(b => !b.resolved && b.severity !== 'critical')],
        ['✅ Resolved', track.blockers.filter(b => b.resolved)]
    ];
    const children = [];
    for (const [name, list] of groups) {
        if (list.length === 0)
            continue;
        const shown = list.slice(0, detail.rows).map(item);
        if (list.length > shown.length)
            shown.push(`_and ${thousands(list.length - shown.length)} more_`);
        children.push(group([bulletList(shown)], { head: heading(ctx.level + 1, `${name} (${list.length})`) }));
    }
    return section(label, title, children);
}
// --------------------------------------------------------------------------
// Integration plan
function integrationPlan(ctx) {
    const { track, detail } = ctx;
    const label = `${ctx.labelPrefix}Integration plan`;
    const title = heading(ctx.level, 'Integration plan');
    const byId = ctx.derive(tasksById);
    const children = [];
    const waves = track.mergeOrder.waves;
    if (waves.length === 0) {
        children.push(leaf('Nothing is ready to merge yet.'));
    }
    else {
        children.push(leaf(`Merge in this order: ${count(waves.length, 'wave')}, ${count(waves.reduce((n, w) => n + w.length, 0), 'step')}. Tasks in one wave neither depend on each other nor touch the same files; after each step, run its checks.`));
    }
    let step = 1;
    waves.forEach((wave, i) => {
        const items = wave.map(id => {
            const task = byId.get(id);
            const more = [];
            if (task !== undefined) {
                more.push(...verificationLines(task.verification, detail.stepItems, detail.textChars).map(l => `- ${l}`));
                const instructions = task.integrationInstructions.slice(0, detail.stepItems);
                more.push(...instructions.map(text => `- ➡️ ${escapeInline(text, detail.textChars)}`));
                if (task.integrationInstructions.length > instructions.length) {
                    more.push(`- and ${thousands(task.integrationInstructions.length - instructions.length)} more instructions`);
                }
                if (more.length === 0)
                    more.push('- _no verification reported_');
            }
            const line = task === undefined
                ? `**${idText(id)}** (not among the tasks)`
                : `**${idText(id)}**: ${escapeInline(task.title, 200)}${task.report === null ? '' : ` · ${path(task.report)}`}`;
            return { line, more };
        });
        children.push(group([orderedList(items, step)], { head: heading(ctx.level + 1, `Wave ${i + 1}`) }));
        step += wave.length;
    });
    const held = track.mergeOrder.held;
    if (held.length > 0) {
        const item = heldItem(byId, ctx.derive(heldReasons), ctx.derive(collisionsByTask));
        const items = held.slice(0, detail.rows).map(id => item(id));
        if (held.length > items.length)
            items.push(`_and ${thousands(held.length - items.length)} more_`);
        children.push(group([bulletList(items)], { head: heading(ctx.level + 1, `Held (${held.length})`) }));
    }
    return section(label, title, children);
}
const tasksById = (track) => new Map(track.tasks.map(t => [t.id, t]));
/** One held task as listed: status, id, title and why it is held. */
function heldItem(byId, reasonOf, collisions) {
    return (id) => {
        const task = byId.get(id);
        const name = task === undefined ? '' : `: ${escapeInline(task.title, 200)}`;
        const collide = heldCollision(collisions, id, task?.status === 'complete');
        return `${task === undefined ? '❓' : taskStatus(task.status).emoji} **${idText(id)}**${name} — ${heldText(reasonOf(id))}${collide === null ? '' : `; ${collide}`}`;
    };
}
function heldText(reason) {
    switch (reason.kind) {
        case 'cycle': {
            const first = reason.cycle[0];
            const loop = idList([...reason.cycle, ...(first === undefined ? [] : [first])], ' → ');
            if (reason.onCycle)
                return `on the dependency cycle ${loop}`;
            // Off the one cycle listed, but it still reaches itself through the group.
            return `depends on itself: ${idList(reason.group)} depend on each other (one cycle: ${loop})`;
        }
        case 'status':
            return `not complete (${taskStatus(reason.status).word})`;
        case 'waits':
            return `waits for held ${idList(reason.on)}`;
        case 'unscheduled':
            return 'not scheduled by the analysis';
    }
}

// The integration report as GitHub-flavoured markdown: for one track, the
// seed report's sections filled from the analysed model; for several, a
// summary table first and then one section per track. The result always fits
// the byte budget it is given.
const BUDGETS = BUDGETS$1;
const FOOTER = '<sub>Produced by swarm-integration-report from the track files (plan, task reports, iosm\\_report.md). Text quoted from them is shown as plain text.</sub>';
function renderMarkdown(run, options) {
    const markerPart = '' ;
    const budget = Math.max(0, options.budgetBytes - utf8Bytes(markerPart));
    const derives = run.tracks.map(deriver);
    return (markerPart +
        fitToBudget((detail, note, room) => reportBlocks(run, derives, detail, note, room), budget, options.fullReportHint));
}
const TRACK_SECTIONS = [
    executiveSummary,
    taskGraph,
    whatChanged,
    summaryOfChanges,
    conflictsSection,
    blockersSection,
    integrationPlan,
    gatesSection,
    claimsVsDiff,
    followUps,
    lessonsLearned,
    diagnosticsSection
];
/** Every section of one track, in the report's order. */
function trackSections(ctx) {
    return buildSections(ctx, TRACK_SECTIONS);
}
/** The sections in order, stopping once they alone are longer than `ctx.room`. */
function buildSections(ctx, builders) {
    const out = [];
    let bytes = 0;
    for (const build of builders) {
        if (bytes > ctx.room)
            break;
        const block = build(ctx);
        if (block === null)
            continue;
        out.push(block);
        bytes += measure(block).bytes;
    }
    return out;
}
function reportBlocks(run, derives, detail, note, room) {
    const notes = note === null ? [] : [note];
    if (run.tracks.length === 0) {
        return [
            leaf('# Integration report'),
            ...notes,
            leaf('No swarm-iosm track was found, so there is nothing to report.'),
            leaf(FOOTER)
        ];
    }
    const only = run.tracks.length === 1 ? run.tracks[0] : undefined;
    if (only !== undefined) {
        const derive = derives[0] ?? deriver(only);
        const ctx = { track: only, detail, level: 2, labelPrefix: '', derive, room };
        return [
            ...headerBlocks(ctx),
            ...sinceBlocks(run.since, 2, false),
            ...notes,
            ...trackSections(ctx),
            leaf(FOOTER)
        ];
    }
    const blocks = [
        leaf(`# Integration report: ${count(run.tracks.length, 'track')}`),
        ...sinceBlocks(run.since, 2, true),
        ...notes,
        leaf(`**Overall verdict:** ${run.conclusion === 'success' ? '✅ success' : '❌ failure'}`),
        runSummaryTable(run.tracks)
    ];
    run.tracks.forEach((track, i) => {
        const name = oneLabel(trackName(track));
        const ctx = {
            track,
            detail,
            level: 3,
            labelPrefix: `${name} › `,
            derive: derives[i] ?? deriver(track),
            room
        };
        blocks.push(group([...headerBlocks(ctx), ...trackSections(ctx)], { label: `Track ${name}` }));
    });
    blocks.push(leaf(FOOTER));
    return blocks;
}
function oneLabel(text) {
    return text.replace(/\s+/g, ' ').trim().slice(0, 80);
}
function runSummaryTable(tracks) {
    const name = trackCell(tracks);
    const rows = tracks.map(track => {
        const done = track.tasks.filter(t => t.status === 'complete').length;
        return [
            name(track),
            TRACK_STATUS[track.status] ?? escapeCell(track.status),
            `${done}/${track.tasks.length}`,
            score2(track.iosmIndex),
            track.rating ?? 'n/a',
            String(openIssues(track)),
            verdictWord(track)
        ];
    });
    return table(['Track', 'Status', 'Tasks', 'IOSM-Index', 'Rating', 'Open issues', 'Verdict'], rows, 'Summary of tracks');
}
/**
 * A track as named in the summary table: its feature and its id, since two
 * tracks may work on one feature. Tracks of one id in different folders are
 * told apart by the folder.
 */
function trackCell(tracks) {
    const ids = new Map();
    for (const t of tracks)
        ids.set(t.track.id, (ids.get(t.track.id) ?? 0) + 1);
    return track => {
        const where = (ids.get(track.track.id) ?? 0) > 1 ? track.track.dir : track.track.id;
        const name = trackName(track);
        const code = path(where, true);
        return name === where ? code : `${escapeCell(name, 120)} · ${code}`;
    };
}

// The check run's output: a title readable in the checks list, a summary
// (executive summary and gate table of each track), the detailed report as
// text, and annotations on the track files for diagnostics and blockers.
/** GitHub takes 50 annotations per request; the publisher batches, but a run needs no more than this. */
const MAX_ANNOTATIONS = 500;
const MAX_TITLE_CHARS = 255;
const MAX_MESSAGE_CHARS = 4000;
const LEVEL = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice'
};
const LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
function renderCheck(run, options) {
    const all = run.tracks.flatMap(trackAnnotations);
    const annotations = [...all]
        .map((a, i) => ({ a, i }))
        .sort((x, y) => LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level] || x.i - y.i)
        .slice(0, MAX_ANNOTATIONS)
        .map(({ a }) => a);
    const capNote = all.length > annotations.length
        ? leaf(`_${count(all.length, 'finding')} would be annotated; the ${MAX_ANNOTATIONS} most severe are. The rest are listed under Diagnostics and Blockers._`)
        : null;
    const derives = run.tracks.map(deriver);
    return {
        title: checkTitle(run),
        summary: fitToBudget((detail, note, room) => summaryBlocks(run, derives, detail, note, room, capNote), BUDGETS$1.checkSummary, options.fullReportHint),
        text: fitToBudget((detail, note, room) => textBlocks(run, derives, detail, note, room), BUDGETS$1.checkText, options.fullReportHint),
        annotations
    };
}
/**
 * `IOSM 0.96 Excellent · 3/6 tasks · 1 blocker`: open critical blockers, then
 * dependency cycles and blocked tasks no open critical blocker names, so that
 * a track the status calls blocked never reads `0 blockers`; open
 * non-critical issues follow when there are any. For several tracks, the
 * range of indexes and the totals.
 */
function checkTitle(run) {
    const tracks = run.tracks;
    if (tracks.length === 0)
        return 'No swarm-iosm tracks found';
    const done = tracks.reduce((n, t) => n + t.tasks.filter(task => task.status === 'complete').length, 0);
    const total = tracks.reduce((n, t) => n + t.tasks.length, 0);
    const open = tracks.flatMap(t => t.blockers.filter(b => !b.resolved));
    const blockers = open.filter(b => b.severity === 'critical').length;
    const issues = open.length - blockers;
    const cycles = tracks.reduce((n, t) => n + t.cycles.length, 0);
    const blockedTasks = tracks.reduce((n, t) => n + unexplainedBlocked(t), 0);
    const stops = [
        blockers > 0 ? count(blockers, 'blocker') : '',
        cycles > 0 ? count(cycles, 'cycle') : '',
        blockedTasks > 0 ? count(blockedTasks, 'blocked task') : ''
    ].filter(part => part !== '');
    const tail = `${done}/${total} tasks · ${stops.length > 0 ? stops.join(' · ') : count(0, 'blocker')}${issues > 0 ? ` · ${count(issues, 'issue')}` : ''}`;
    const only = tracks.length === 1 ? tracks[0] : undefined;
    if (only !== undefined) {
        const index = only.iosmIndex === null
            ? 'IOSM n/a'
            : `IOSM ${score2(only.iosmIndex)}${only.rating === null ? '' : ` ${only.rating}`}`;
        return clip(`${index} · ${tail}`, MAX_TITLE_CHARS);
    }
    const values = tracks.map(t => t.iosmIndex).filter((v) => v !== null);
    const missing = values.length < tracks.length;
    let index;
    if (values.length === 0)
        index = 'IOSM n/a';
    else {
        // Reduced, not spread: a spread of thousands of tracks can overflow the stack.
        const low = score2(values.reduce((a, b) => Math.min(a, b)));
        const high = score2(values.reduce((a, b) => Math.max(a, b)));
        index = `IOSM ${low === high ? low : `${low}–${high}`}${missing ? ' (some n/a)' : ''}`;
    }
    return clip(`${tracks.length} tracks · ${index} · ${tail}`, MAX_TITLE_CHARS);
}
/** Blocked tasks of a track that no open critical blocker names. */
function unexplainedBlocked(track) {
    const named = new Set(track.blockers.filter(b => !b.resolved && b.severity === 'critical').map(b => b.task));
    return track.tasks.filter(t => t.status === 'blocked' && !named.has(t.id)).length;
}
function contexts(run, derives, detail, room) {
    const several = run.tracks.length > 1;
    return run.tracks.map((track, i) => ({
        track,
        detail,
        level: several ? 3 : 2,
        labelPrefix: several ? `${oneLine(trackName(track), 80)} › ` : '',
        derive: derives[i] ?? deriver(track),
        room
    }));
}
function trackHeading(ctx) {
    return leaf(heading(ctx.level - 1, `${escapeInline(trackName(ctx.track), 200)} · ${TRACK_STATUS[ctx.track.status] ?? ''}`));
}
function summaryBlocks(run, derives, detail, note, room, capNote) {
    const several = run.tracks.length > 1;
    const blocks = [...sinceBlocks(run.since, 2, several), ...(note === null ? [] : [note])];
    if (run.tracks.length === 0)
        return [...blocks, leaf('No swarm-iosm track was found, so there is nothing to report.')];
    if (several)
        blocks.push(runSummaryTable(run.tracks));
    for (const ctx of contexts(run, derives, detail, room)) {
        const parts = [executiveSummary(ctx), gatesSection(ctx)];
        if (several)
            blocks.push(group([trackHeading(ctx), ...parts], {
                label: `Track ${ctx.labelPrefix.replace(/ › $/, '')}`
            }));
        else
            blocks.push(leaf(`**Track:** ${path(ctx.track.track.id)} · **Status:** ${TRACK_STATUS[ctx.track.status] ?? ''}`), ...parts);
    }
    if (capNote !== null)
        blocks.push(capNote);
    return blocks;
}
const TEXT_SECTIONS = [
    taskGraph,
    whatChanged,
    summaryOfChanges,
    conflictsSection,
    blockersSection,
    integrationPlan,
    claimsVsDiff,
    followUps,
    lessonsLearned,
    diagnosticsSection
];
function textBlocks(run, derives, detail, note, room) {
    const blocks = note === null ? [] : [note];
    if (run.tracks.length === 0)
        return [...blocks, leaf(FOOTER)];
    const several = run.tracks.length > 1;
    for (const ctx of contexts(run, derives, detail, room)) {
        const parts = buildSections(ctx, TEXT_SECTIONS);
        if (several)
            blocks.push(group([trackHeading(ctx), ...parts], {
                label: `Track ${ctx.labelPrefix.replace(/ › $/, '')}`
            }));
        else
            blocks.push(...parts);
    }
    blocks.push(leaf(FOOTER));
    return blocks;
}
/** Repository-relative path of a file named relative to its track folder. */
function repoPath(track, file) {
    const dir = track.track.dir.replace(/\/+$/, '');
    const rel = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
    if (rel === '')
        return dir;
    return dir === '' ? rel : `${dir}/${rel}`;
}
function trackAnnotations(track) {
    const line = (n) => (n !== null && Number.isInteger(n) && n >= 1 ? n : 1);
    const out = track.diagnostics.map(d => ({
        path: repoPath(track, d.file),
        startLine: line(d.line),
        endLine: line(d.line),
        level: LEVEL[d.severity] ?? 'notice',
        title: clip(`Track input ${d.severity}`, MAX_TITLE_CHARS),
        message: clip(d.message, MAX_MESSAGE_CHARS)
    }));
    for (const b of track.blockers) {
        if (b.resolved || b.file === null)
            continue;
        out.push({
            path: repoPath(track, b.file),
            startLine: line(b.line),
            endLine: line(b.line),
            level: b.severity === 'critical' ? 'failure' : 'warning',
            title: clip(`${b.severity === 'critical' ? 'Critical blocker' : 'Issue'} in ${oneLine(b.task, 40)}`, MAX_TITLE_CHARS),
            message: clip(b.title, MAX_MESSAGE_CHARS)
        });
    }
    return out;
}

// The files a branch changed since it left `baseRef`, asked of the local git.
const MAX_OUTPUT = 64 * 1024 * 1024;
const TIMEOUT_MS = 120_000;
async function gitChangedFiles(workspace, baseRef) {
    const base = baseRef.trim();
    // A ref starting with `-` would be read as an option.
    if (base === '' || base.startsWith('-') || /[\s\0]|\.\./.test(base)) {
        return {
            ok: false,
            error: `not a usable base ref: "${baseRef}" (give a branch, tag or commit)`
        };
    }
    const probe = await git(workspace, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
    if (probe.spawnError !== null)
        return { ok: false, error: probe.spawnError };
    if (!probe.ok) {
        if (/not a git repository/i.test(probe.stderr)) {
            return { ok: false, error: `not a git repository: ${workspace}` };
        }
        return {
            ok: false,
            error: `unknown git ref "${base}" in ${workspace}: check the name, or fetch it first ` +
                '(in a workflow: actions/checkout with fetch-depth: 0)'
        };
    }
    const range = `${base}...HEAD`;
    const common = [
        '-c',
        'core.quotePath=true',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-relative',
        '-M'
    ];
    const [nameStatus, numstat] = await Promise.all([
        git(workspace, [...common, '--name-status', range, '--']),
        git(workspace, [...common, '--numstat', range, '--'])
    ]);
    for (const run of [nameStatus, numstat]) {
        if (run.spawnError !== null)
            return { ok: false, error: run.spawnError };
        if (!run.ok)
            return { ok: false, error: diffFailure(range, run.stderr) };
    }
    const ns = parseChangedFiles(nameStatus.stdout, `git diff --name-status ${range}`);
    if (!ns.ok)
        return ns;
    const num = parseChangedFiles(numstat.stdout, `git diff --numstat ${range}`);
    if (!num.ok)
        return num;
    return {
        ok: true,
        value: { ...mergeChangedFiles(ns.value, num.value), source: `git diff ${range}` }
    };
}
function diffFailure(range, stderr) {
    const first = stderr
        .split('\n')
        .find(l => l.trim() !== '')
        ?.trim() ?? 'no message';
    const hint = /no merge base/i.test(stderr)
        ? ' (the history is too shallow: fetch more of it, e.g. actions/checkout with fetch-depth: 0)'
        : '';
    return `git diff ${range} failed: ${first}${hint}`;
}
function git(cwd, args) {
    return new Promise(resolve => {
        execFile('git', args, {
            cwd,
            maxBuffer: MAX_OUTPUT,
            timeout: TIMEOUT_MS,
            encoding: 'utf8',
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' }
        }, (err, stdout, stderr) => {
            if (err && 'code' in err && err.code === 'ENOENT' && stdout === '' && stderr === '') {
                resolve({ ok: false, stdout, stderr, spawnError: spawnMessage(cwd) });
                return;
            }
            if (err && 'code' in err && err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                resolve({
                    ok: false,
                    stdout: '',
                    stderr: 'the diff listing is over 64 MB',
                    spawnError: null
                });
                return;
            }
            resolve({ ok: err === null, stdout, stderr, spawnError: null });
        });
    });
}
function spawnMessage(cwd) {
    return `cannot run git in ${cwd}: git is not installed or the folder does not exist`;
}

// The top folder of the git checkout holding a folder: diff paths are
// relative to it, so track folders must be too.
function gitTopLevel(dir) {
    return new Promise(resolve => {
        execFile('git', ['rev-parse', '--show-toplevel'], { cwd: dir, timeout: 10000 }, (err, stdout) => {
            const top = stdout.trim();
            resolve(err || top === '' ? null : top);
        });
    });
}

// `swarm-report`: the action's pipeline on a local checkout, printing the
// report instead of publishing it. Exit 0 on success, 1 on a failure verdict,
// 2 when the input cannot be used, 3 on an internal error.
async function readChanged(args, workspace) {
    if (args.base !== undefined)
        return gitChangedFiles(workspace, args.base);
    if (args.changedFiles === undefined)
        return { ok: true, value: null };
    let text;
    try {
        text =
            args.changedFiles === '-'
                ? await readStdin()
                : await readFile(resolve(process.cwd(), args.changedFiles), 'utf8');
    }
    catch (err) {
        const code = err.code;
        return {
            ok: false,
            error: `--changed-files: cannot read ${args.changedFiles} (${code ?? String(err)})`
        };
    }
    return parseChangedFiles(text, args.changedFiles);
}
async function readPrevious(file) {
    if (file === undefined)
        return { ok: true, value: null };
    let text;
    try {
        text = await readFile(resolve(process.cwd(), file), 'utf8');
    }
    catch (err) {
        const code = err.code;
        return { ok: false, error: `--previous: cannot read ${file} (${code ?? String(err)})` };
    }
    return readPreviousResult(text, file);
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
function format(run, fmt) {
    switch (fmt) {
        case 'json':
            return JSON.stringify(run, null, 2);
        case 'check':
            return JSON.stringify(renderCheck(run, { fullReportHint: null }), null, 2);
        case 'markdown':
            return renderMarkdown(run, {
                budgetBytes: BUDGETS.jobSummary,
                fullReportHint: null
            });
    }
}
/** Runs the CLI; returns the exit status. */
async function main(argv, cwd) {
    const parsed = parseCliArgs(argv);
    if (!parsed.ok)
        return usageError(parsed.error);
    if (parsed.value.kind === 'help') {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    if (parsed.value.kind === 'version') {
        process.stdout.write(`swarm-report ${VERSION}\n`);
        return 0;
    }
    const args = parsed.value.args;
    const options = parseAnalyzeOptions({
        failOn: args.failOn,
        profile: args.profile,
        indexThreshold: args.indexThreshold,
        naPolicy: args.naPolicy
    });
    if (!options.ok)
        return usageError(options.error);
    // Diff paths are relative to the checkout's top folder: report track
    // folders relative to it too, wherever the CLI runs from.
    const diffGiven = args.base !== undefined || args.changedFiles !== undefined;
    const root = diffGiven ? await gitTopLevel(cwd) : null;
    const workspace = chooseWorkspace(root ?? cwd, args.dirs.map(d => resolve(cwd, d)));
    const prefix = relative(workspace, cwd).split(sep).join('/');
    const changed = await readChanged(args, workspace);
    if (!changed.ok)
        return usageError(changed.error);
    const previous = await readPrevious(args.previous);
    if (!previous.ok)
        return usageError(previous.error);
    if (changed.value === null && options.value.failOn.includes('unreported')) {
        process.stderr.write('swarm-report: warning: fail-on unreported has no diff to check; give --changed-files or --base\n');
    }
    const run = await runPipeline({
        workspace,
        // Globs are written relative to where the CLI runs.
        patterns: (args.tracks.length > 0 ? args.tracks : ['swarm/tracks/*']).map(p => prefix === '' ? p : `${prefix}/${p}`),
        dirs: args.dirs.map(d => relative(workspace, resolve(cwd, d)).split(sep).join('/') || '.'),
        options: options.value,
        changed: changed.value
    });
    if (!run.ok)
        return usageError(run.error);
    if (previous.value !== null) {
        const since = compareStates(previous.value, summarizeRun(run.value));
        if (since !== null)
            run.value.since = since;
    }
    process.stdout.write(`${format(run.value, args.format)}\n`);
    return run.value.conclusion === 'success' ? 0 : 1;
}
function usageError(message) {
    process.stderr.write(`swarm-report: ${message}\n`);
    return 2;
}
const argv = process.argv.slice(2);
process.exitCode = await guardCrash(
// process.cwd() inside the guard: it throws when the current folder is gone.
() => main(argv, process.cwd()), argv.includes('--debug'), text => process.stderr.write(text));
//# sourceMappingURL=cli-bundle.js.map
