'use strict';

var node_fs = require('node:fs');
var path$1 = require('node:path');
var node_module = require('node:module');
var node_util = require('node:util');

var _documentCurrentScript = typeof document !== 'undefined' ? document.currentScript : null;
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
/**
 * The IOSM-Index's rating bands, highest first: the first band whose floor
 * the index (rounded to 3 decimals) reaches names it, and an index below
 * every floor is `Poor`.
 */
const RATING_FLOORS = [
    ['Excellent', 0.9],
    ['Good', 0.8],
    ['Acceptable', 0.7],
    ['Needs Work', 0.6]
];
const LOWEST_RATING = 'Poor';

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

// Node built-ins that only some runs use, loaded on first use. Each costs a few
// milliseconds of start-up on Node 24 (zlib \u2248 3 ms with the stream modules it
// brings, child_process \u2248 2 ms, as much as the rest of a small CLI run's
// set-up), and a plain CLI run needs none: zlib packs the state kept in a
// comment, child_process runs git for --changed-files, tty tells whether JSON
// is printed for a person. Node caches a loaded module, so later calls cost a
// lookup.
const load = node_module.createRequire((typeof document === 'undefined' ? require('u' + 'rl').pathToFileURL(__filename).href : (_documentCurrentScript && _documentCurrentScript.tagName.toUpperCase() === 'SCRIPT' && _documentCurrentScript.src || new URL('cli-bundle.cjs', document.baseURI).href)));
const childProcess = () => load('node:child_process');
const tty = () => load('node:tty');

// A compact, versioned summary of one result, kept in the hidden part of the
// sticky comment so that the next run can say what changed since: task ids and
// statuses, gate scores and the index, and the keys of blockers, conflicts and
// diff-check findings. Kilobytes, not the whole result: deflated, in base64,
// under a hard cap. Anything that does not decode cleanly is no state at all.
const STATE_VERSION = 1;
/** Text kept per blocker title: enough to name it, not to carry it. */
const TITLE_CHARS = 120;
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
                    .map(b => ({ task: b.task, title: b.title.slice(0, TITLE_CHARS) })),
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

// What a caught value says, for a message a person reads: anything may be
// thrown, and only an Error carries a message.
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}

// `--previous old.json`: a result saved with `--format json`, read back as the
// state to compare with. The file is checked field by field; anything that is
// not such a result is a usage error naming the first field that is wrong.
// It is not `parseRunResult` (the publish-result input): that one requires
// every field the renderers read, which would refuse results saved by older
// versions, while this one needs only the compared fields, checked deeper
// (statuses, score ranges, blocker fields).
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
        const why = errorText(err).replace(/\s+/g, ' ').trim();
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
        conflicts: arr(t.conflicts, `${at}.conflicts`).map((x, i) => pair(x, `${at}.conflicts[${i}]`, 'kind')),
        // Results saved before forecasts existed have none.
        forecastConflicts: t.forecastConflicts === undefined
            ? []
            : arr(t.forecastConflicts, `${at}.forecastConflicts`).map((x, i) => {
                const c = pair(x, `${at}.forecastConflicts[${i}]`, 'schedule');
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
function pair(v, at, kindField) {
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

var pkg = {"version":"0.1.0"};

// Command-line arguments of `swarm-report`: parsing and validation only.
/** `production (0.80, default), experimental (0.70), \u2026`: the profiles and their thresholds. */
function profiles() {
    return Object.entries(PROFILE_THRESHOLDS)
        .map(([name, threshold]) => {
        const notes = [
            ...(threshold === null ? [] : [threshold.toFixed(2)]),
            ...(name === DEFAULT_OPTIONS.profile ? ['default'] : [])
        ];
        return notes.length === 0 ? name : `${name} (${notes.join(', ')})`;
    })
        .join(', ');
}
const USAGE = `usage: swarm-report [track-dir ...] [options]

Renders the integration report of swarm-iosm tracks (default: swarm/tracks/* under
the current folder).

options:
  --format F            markdown (default), json, or check (the check-run output as JSON)
  --pretty              indent JSON output (the default on a terminal; piped, it is compact)
  --fail-on LIST        conditions that fail the verdict (default
                        blockers,gates,cycles,incomplete,errors; also conflicts, unreported)
  --profile NAME        ${profiles()}
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
/** package.json's version: the bundle carries it alone (rollup.config.js), tests read the file. */
const VERSION = pkg.version;
function parseCliArgs(argv) {
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = parseOptions(argv));
    }
    catch (err) {
        return { ok: false, error: errorText(err) };
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
                pretty: values.pretty ?? false,
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
    return node_util.parseArgs({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string' },
            pretty: { type: 'boolean' },
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
    const abs = dirs.map(d => path$1.resolve(cwd, d));
    const inside = (p) => {
        const rel = path$1.relative(cwd, p);
        return rel === '' || (!rel.startsWith('..') && !path$1.isAbsolute(rel));
    };
    if (abs.every(inside))
        return cwd;
    let common = path$1.dirname(abs[0] ?? cwd);
    for (const p of abs) {
        while (!(p + path$1.sep).startsWith(common.endsWith(path$1.sep) ? common : common + path$1.sep)) {
            const up = path$1.dirname(common);
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
        return reportCrash(err, debug, writeErr);
    }
}
/** Writes the crash line (and the stack with `debug`); returns the exit status of an internal error. */
function reportCrash(err, debug, writeErr) {
    writeErr(`${crashLine(err, debug)}\n`);
    if (debug && err instanceof Error && err.stack)
        writeErr(`${err.stack}\n`);
    return EXIT_INTERNAL;
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
const utf8 = new node_util.TextDecoder('utf-8');
const utf8Encoder = new node_util.TextEncoder();
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

// The two orders the report keeps its lists in: task ids in id order (T2 before
// T10, T-AUTO ids after plain ones), and file paths in code-unit order (as
// Array#sort orders strings). Functions named `sorted\u2026` return a new list and
// never change the one given.
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
    // Most ids are plain: without a dash the T-AUTO pattern is not compiled (docs/performance.md).
    const auto = id.includes('-') ? /^T-AUTO-(\d+)$/i.exec(id) : null;
    if (auto)
        return [1, Number(auto[1])];
    const plain = /^T(\d+)$/i.exec(id);
    if (plain)
        return [0, Number(plain[1])];
    return [2, 0];
}
/** compareIds alone, with no ranks: for callers that analyse a handful of tasks. */
const PLAIN_ID_ORDER = { compare: compareIds, ranks: new Map() };
/** Id order with the ranks of `ids` computed once. */
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
/** A copy of `items` in the id order of their `id`; items with the same id keep their order. */
function sortedById(items, order) {
    const keys = ranksOf(items, item => item.id, order);
    if (!keys)
        return [...items].sort((a, b) => order.compare(a.id, b.id));
    if (ascending(keys, false))
        return items.slice();
    const index = Array.from(keys, (_, i) => i);
    index.sort((a, b) => keys[a] - keys[b] || a - b);
    return index.map(i => items[i]);
}
/** The distinct ids of `ids` in id order, as a new list. */
function sortedDistinctIds(ids, order = PLAIN_ID_ORDER) {
    const list = [...ids];
    const keys = list.length > 1 ? ranksOf(list, id => id, order) : null;
    if (list.length <= 1 || (keys && ascending(keys, true)))
        return list;
    list.sort(order.compare);
    return dropRepeats(list);
}
/** The ranks of the items' keys, in their order, or null when one has no rank. */
function ranksOf(items, key, order) {
    const out = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
        const r = order.ranks.get(key(items[i]));
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
// Path lists are kept sorted in code-unit order and without repeats, so that
// the union of file lists is a linear merge: a track may claim tens of
// thousands of paths, and building sets and re-sorting per task would dominate
// the analysis.
/** The distinct strings of `list` in code-unit order, as a new list. */
function sortedDistinctStrings(list) {
    // The usual claim list is ascending without repeats: one comparison per
    // pair says so, where finding the runs and then the repeats took two.
    let k = 1;
    while (k < list.length && list[k - 1] < list[k])
        k++;
    if (k >= list.length)
        return list.slice();
    // Claim lists are mostly one or two ascending runs (file1 \u2026 file9, then
    // file10 \u2026): two runs are merged, which compares fewer paths than sorting,
    // and comparing two report paths is the costly part.
    const second = descentAfter(list, 0);
    if (second === -1)
        return dropRepeats(list.slice());
    if (descentAfter(list, second) !== -1)
        return dropRepeats(list.slice().sort());
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
/** Drops adjacent repeats from `list`, in place; returns it. */
function dropRepeats(list) {
    let kept = 0;
    for (const x of list)
        if (kept === 0 || x !== list[kept - 1])
            list[kept++] = x;
    if (kept < list.length)
        list.length = kept;
    return list;
}
/**
 * The union of two lists sorted in code-unit order without repeats, in that
 * order: one of them when the other is empty, else a new list.
 */
function unionOfSortedStrings(a, b) {
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
        // Order first: the lists mostly differ, and telling two strings apart
        // costs about as much as ordering them.
        if (x < y) {
            out.push(x);
            i++;
        }
        else if (x === y) {
            out.push(x);
            i++;
            j++;
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
/** The report's lists that hold blockers, in the order they are read, each with its weight. */
const REPORT_ENTRIES = [
    {
        kind: 'blocker',
        entries: r => r.blockers.map(b => ({
            title: b.title || b.description,
            severity: 'critical',
            resolved: b.resolved,
            line: b.line
        }))
    },
    {
        kind: 'error',
        entries: r => r.errors.map(e => ({
            title: e.type ? `${e.id}: ${e.type}` : e.id,
            severity: e.resolved ? 'non-critical' : 'critical',
            resolved: e.resolved,
            line: e.line
        }))
    },
    {
        kind: 'question',
        entries: r => r.openQuestions.map(q => ({
            title: q.title,
            severity: 'non-critical',
            resolved: false,
            line: q.line
        }))
    },
    {
        kind: 'question',
        entries: r => r.escalations.map(e => ({
            title: e.title ? `${e.id}: ${e.title}` : e.id,
            severity: 'non-critical',
            resolved: false,
            line: e.line
        }))
    }
];
function collectBlockers(tasks, spawnCandidates, planFile, order = PLAIN_ID_ORDER) {
    const out = tasks.flatMap(t => [
        ...statusBlocker(t, planFile),
        ...reportBlockers(t)
    ]);
    out.push(...spawnBlockers(tasks, spawnCandidates));
    return out.sort((a, b) => order.compare(a.task, b.task) ||
        KIND_ORDER$1[a.kind] - KIND_ORDER$1[b.kind] ||
        (a.line ?? 0) - (b.line ?? 0));
}
/** A blocked or partial task's own entry, unless its blocker bullets already explain it. */
function statusBlocker(t, planFile) {
    if (t.status !== 'blocked' && t.status !== 'partial')
        return [];
    const r = t.report;
    const blocked = t.status === 'blocked';
    if (blocked && (r?.blockers ?? []).some(b => !b.resolved))
        return [];
    const statusText = r ? r.statusText : (t.plan?.statusText ?? null);
    const where = r
        ? { file: r.file, line: Math.max(1, r.statusLine) }
        : { file: planFile, line: t.plan?.fields['status']?.line ?? t.plan?.line ?? 1 };
    return [
        {
            task: t.id,
            title: statusReason(statusText) ??
                (blocked ? 'No reason given' : 'Task is only partially complete'),
            severity: blocked ? 'critical' : 'non-critical',
            resolved: false,
            ...where,
            kind: 'status'
        }
    ];
}
function reportBlockers(t) {
    const r = t.report;
    if (!r)
        return [];
    return REPORT_ENTRIES.flatMap(({ kind, entries }) => entries(r).map(e => ({
        task: t.id,
        title: e.title,
        severity: e.severity,
        resolved: e.resolved,
        file: r.file,
        line: e.line,
        kind
    })));
}
/** Critical spawn candidates not already proposed by another task. */
function spawnBlockers(tasks, spawnCandidates) {
    const files = new Map(tasks.map(t => [t.id, t.report?.file ?? null]));
    return spawnCandidates
        .filter(sc => !sc.duplicate && (sc.severity ?? '').trim().toLowerCase() === 'critical')
        .map(sc => ({
        task: sc.task,
        title: `${sc.id}: ${sc.subtask.replace(/^\s*critical:\s*/i, '')}`,
        severity: 'critical',
        resolved: false,
        file: files.get(sc.task) ?? null,
        line: sc.line,
        kind: 'spawn-candidate'
    }));
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
/** True when `dir` is the parent folder of `path` (the text up to its last `/`). */
function inFolder(path, dir) {
    // `indexOf(dir) === 0` is `startsWith(dir)`: optimised code compared a
    // matching prefix a character at a time, several times the cost of the
    // search (this runs once per claimed path: 16 MB, 3,625 -> 3,603 M instructions).
    return path.indexOf(dir) === 0 && path.indexOf('/', dir.length) === -1;
}
/**
 * Folder prefixes as numbers (`a/b/c.ts` has `a/` and `a/b/`), found segment
 * by segment: a path's prefixes cost its length, where a string of each
 * prefix would cost its length times its depth, to build and again to hash.
 * Two paths share a prefix exactly when they share its number. Numbers are
 * per instance.
 */
class FolderIds {
    // Each folder's sub-folders by name, and their numbers; the root is 0. Most
    // folders of a deep path have one sub-folder, kept inline: a map each would
    // cost far more than the path.
    /** The number of a folder's first sub-folder, 0 for none, and its name. */
    first = [0];
    firstName = [undefined];
    /** A folder's other sub-folders. */
    more = new Map();
    /** Numbers of `path`'s folder prefixes, shortest first; new ones are numbered. */
    add(path) {
        return this.walk(path, true, false);
    }
    /**
     * Numbers of `path`'s folder prefixes already numbered, shortest first. A
     * prefix never numbered ends the list: no longer prefix can have been.
     */
    known(path) {
        return this.walk(path, false, false);
    }
    /** The number of a folder (`a/b/`, numbered when `add`), or undefined. */
    folder(path, add) {
        if (!isFolder(path))
            return undefined;
        const ids = this.walk(path, add, true);
        // Every `/` of the folder is one prefix, itself the last.
        return ids.length === countSlashes(path) ? ids.at(-1) : undefined;
    }
    walk(path, add, self) {
        const out = [];
        const end = self ? path.length : path.length - 1;
        let node = 0;
        let start = 0;
        let i = path.indexOf('/');
        while (i !== -1 && i < end) {
            const name = path.slice(start, i);
            let id = this.child(node, name);
            if (id === undefined) {
                if (!add)
                    break;
                id = this.numberChild(node, name);
            }
            out.push(id);
            node = id;
            start = i + 1;
            i = path.indexOf('/', start);
        }
        return out;
    }
    child(node, name) {
        const first = this.first[node];
        if (first !== 0 && this.firstName[node] === name)
            return first;
        return this.more.get(node)?.get(name);
    }
    numberChild(node, name) {
        const id = this.first.length;
        this.first.push(0);
        this.firstName.push(undefined);
        if (this.first[node] === 0) {
            this.first[node] = id;
            this.firstName[node] = name;
        }
        else {
            const more = this.more.get(node) ?? new Map();
            more.set(name, id);
            this.more.set(node, more);
        }
        return id;
    }
}
function countSlashes(path) {
    let n = 0;
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
        n++;
    return n;
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
 * word by word instead of pair by pair. Any graph will do: conflicts asks
 * the reversed one too.
 */
function reachability(g, queried) {
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
/** Whether `from` depends on `to`, directly or through other tasks; both must have been queried. */
function reaches(r, from, to) {
    const bits = r.reachOf(from);
    const s = r.slotOf(to);
    if (bits === undefined || s === undefined)
        return false;
    return ((bits[s >>> 5] >>> (s & 31)) & 1) === 1;
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
// Long: the exact paths, the folders and the write-shared tasks add their
// pairs into one pending list with one set of pairs seen, so that no pair is
// counted twice across the three.
function findConflicts(index) {
    const { tasks, graph: g } = index;
    const diagnostics = [];
    // Pairs are keyed and compared by rank (the index's id order): a path shared
    // by many tasks yields many thousands of pairs.
    const rank = g.index;
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
                inner: new Set(),
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
        const ids = new FolderIds();
        const byId = new Map();
        for (const [f, owners] of folders)
            byId.set(ids.folder(f, true), owners);
        // A folder many tasks claim is one entry already: what lies inside it joins that entry.
        const group = new Map();
        for (const m of many) {
            const f = isFolder(m.path) ? ids.folder(m.path, false) : undefined;
            if (f !== undefined)
                group.set(f, { m, own: new Set(m.ids) });
        }
        for (const t of writers) {
            for (const p of t.files) {
                for (const f of ids.known(p)) {
                    const folder = group.get(f);
                    if (folder) {
                        if (!folder.own.has(t.id))
                            folder.m.inner.add(t.id);
                        continue;
                    }
                    for (const other of byId.get(f) ?? []) {
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
    const beside = sharers.length === 0
        ? null
        : besideSharers(sharers, writers, rank, overlapping, many, (x, y) => {
            add(x, y[0], y[1], 'write-shared');
        });
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
        for (const id of [...m.ids, ...m.inner])
            involved.add(id);
    const wide = beside?.wide ?? [];
    if (pending.length === 0 && many.length === 0 && wide.length === 0)
        return { conflicts: [], diagnostics };
    if (wide.length > 0) {
        // A write-shared task's entry counts its pairs with every writer; a writer
        // with no dependency either way is linked to none, so it needs no bit.
        for (const t of writers) {
            const i = g.index.get(t.id);
            if (i !== undefined && ((g.deps[i]?.length ?? 0) > 0 || (g.dependents[i]?.length ?? 0) > 0))
                involved.add(t.id);
        }
    }
    const reach = reachability(g, involved);
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
        const pairs = groupPairs(m.ids, reach);
        if (m.inner.size > 0) {
            const cross = crossPairs(m.ids, [...m.inner], reach);
            pairs.parallel += cross.parallel;
            pairs.sequential += cross.sequential;
        }
        const out = {
            path: m.path,
            tasks: m.inner.size > 0 ? [...m.ids, ...m.inner].sort(byRank) : m.ids,
            kind: pairs.parallel > 0 ? 'parallel' : 'sequential',
            reason: 'overlap',
            pairs
        };
        rows.push({ sort: m, out });
    }
    if (beside && wide.length > 0) {
        const back = reachability(reversed(g), involved);
        widePairs(beside, reach, back).forEach((pairs, i) => {
            const m = beside.wide[i];
            const out = {
                path: m.path,
                tasks: m.ids,
                kind: pairs.parallel > 0 ? 'parallel' : 'sequential',
                reason: 'write-shared',
                pairs
            };
            if (m.ids.length - 1 < m.total)
                out.moreTasks = m.total - (m.ids.length - 1);
            rows.push({ sort: m, out });
        });
    }
    const conflicts = rows.sort((x, y) => comparePending(x.sort, y.sort)).map(r => r.out);
    return { conflicts, diagnostics };
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
/** Pairs of one task of `outer` and one of `inner`, the two lists apart. */
function crossPairs(outer, inner, r) {
    let linked = 0;
    for (const [from, to] of [
        [outer, inner],
        [inner, outer]
    ]) {
        const mask = maskOf(to, r);
        for (const id of from) {
            const bits = r.reachOf(id);
            if (!bits)
                continue;
            for (let w = 0; w < r.words; w++)
                linked += popcount(bits[w] & mask[w]);
        }
    }
    const all = outer.length * inner.length;
    // A pair on one cycle reaches both ways: counted twice, hence the cap.
    const sequential = Math.min(all, linked);
    return { parallel: all - sequential, sequential };
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
                push(folders, p, t.id);
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
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/**
 * Every write-shared task conflicts with every other writer that no other
 * conflict already pairs it with; a pair of write-shared tasks counts once,
 * at the lower task. Few of them give a row per pair (`pairRow`); more give
 * one entry that lists the first and counts them all. Each task's list is
 * read from the writers in rank order, skipping the ones it is apart from,
 * so the work is the entries listed plus the conflicts already found, never
 * write-shared tasks times writers.
 */
function besideSharers(sharers, writers, rank, overlapping, groups, pairRow) {
    const n = rank.size;
    const rankOf = (id) => rank.get(id) ?? 0;
    const idOfRank = new Array(n);
    for (const [id, r] of rank)
        idOfRank[r] = id;
    const isSharer = new Uint8Array(n);
    for (const w of sharers)
        isSharer[rankOf(w.id)] = 1;
    const writerRanks = writers.map(t => rankOf(t.id)).sort((a, b) => a - b);
    const plainRanks = writerRanks.filter(r => isSharer[r] === 0);
    const sharerRanks = writerRanks.filter(r => isSharer[r] === 1);
    // Overlap partners and shared-path groups, for the write-shared tasks only.
    const partners = new Map();
    for (const key of overlapping) {
        const x = Math.floor(key / n);
        const y = key - x * n;
        if (isSharer[x] === 1)
            push(partners, x, y);
        if (isSharer[y] === 1)
            push(partners, y, x);
    }
    // A task of a group conflicts with the group's tasks and those inside it;
    // a task inside, with the group's tasks only.
    const groupsOf = new Map();
    for (const m of groups) {
        const all = m.inner.size > 0 ? [...m.ids, ...m.inner] : m.ids;
        for (const id of m.ids)
            if (isSharer[rankOf(id)] === 1)
                push(groupsOf, rankOf(id), all);
        for (const id of m.inner)
            if (isSharer[rankOf(id)] === 1)
                push(groupsOf, rankOf(id), m.ids);
    }
    const wide = [];
    const stamp = new Int32Array(n).fill(-1);
    let above = 0;
    sharers.forEach((w, k) => {
        const own = rankOf(w.id);
        while (above < sharerRanks.length && sharerRanks[above] <= own)
            above++;
        // Candidates: writers not write-shared, and write-shared writers ranked above.
        const apart = [];
        const mark = (r) => {
            if (stamp[r] === k)
                return;
            stamp[r] = k;
            if (r !== own && (isSharer[r] === 0 || r > own))
                apart.push(r);
        };
        mark(own);
        for (const r of partners.get(own) ?? [])
            mark(r);
        for (const ids of groupsOf.get(own) ?? [])
            for (const id of ids)
                mark(rankOf(id));
        const total = plainRanks.length + (sharerRanks.length - above) - apart.length;
        if (total <= 0)
            return;
        const want = total < GROUP_MIN ? total : Math.min(total, WRITE_SHARED_LISTED);
        const listed = [];
        let i = 0;
        let j = above;
        while (listed.length < want && (i < plainRanks.length || j < sharerRanks.length)) {
            const p = plainRanks[i] ?? Infinity;
            const s = sharerRanks[j] ?? Infinity;
            const r = p < s ? plainRanks[i++] : sharerRanks[j++];
            if (stamp[r] !== k)
                listed.push(idOfRank[r]);
        }
        const path = w.files.reduce((min, p) => (min === null || p < min ? p : min), null) ?? '*';
        if (total < GROUP_MIN) {
            for (const id of listed)
                pairRow(path, [w.id, id]);
            return;
        }
        const rb = rankOf(listed[0]);
        wide.push({ path, ids: [w.id, ...listed], total, ra: own, rb, apart });
    });
    return { wide, writerRanks, sharerRanks, idOfRank };
}
/**
 * Parallel and sequential pairs of each wide entry, word by word: the writers
 * its task depends on or that depend on it, masked by its candidates, less
 * those it is apart from. `back` is reachability over the reversed graph.
 */
function widePairs(b, reach, back) {
    const mask = new Uint32Array(reach.words);
    const set = (r, on) => {
        const s = reach.slotOf(b.idOfRank[r]);
        if (s === undefined)
            return;
        const bit = 1 << (s & 31);
        mask[s >>> 5] = on ? mask[s >>> 5] | bit : mask[s >>> 5] & ~bit;
    };
    for (const r of b.writerRanks)
        set(r, true);
    let below = 0;
    return b.wide.map(m => {
        // Write-shared tasks ranked at or below this one are not its candidates.
        while (below < b.sharerRanks.length && b.sharerRanks[below] <= m.ra)
            set(b.sharerRanks[below++], false);
        const id = b.idOfRank[m.ra];
        const up = reach.reachOf(id);
        const down = back.reachOf(id);
        let sequential = 0;
        if (up && down)
            for (let w = 0; w < reach.words; w++)
                sequential += popcount((up[w] | down[w]) & mask[w]);
        for (const r of m.apart) {
            const other = b.idOfRank[r];
            if (reaches(reach, id, other) || reaches(reach, other, id))
                sequential--;
        }
        return { parallel: m.total - sequential, sequential };
    });
}
/** The same graph with every edge turned round: who depends on a task, transitively. */
function reversed(g) {
    return { ids: g.ids, index: g.index, deps: g.dependents, dependents: g.deps };
}

// The longest chain of dependent work, by estimated minutes. Tasks on a cycle
// have no meaningful chain and are left out, with their edges.
/** The chain in dependency order, first task first. Ties go to the lower id. */
function criticalPath(index, cyclic) {
    const g = cyclic.size === 0 ? index.graph : without(index.graph, cyclic);
    const n = g.ids.length;
    const effort = new Map(index.tasks.map(t => [t.id, Math.max(0, t.effortMinutes)]));
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
/** The graph without the tasks `left` names and their edges, in the same id order. */
function without(g, left) {
    const ids = [];
    const index = new Map();
    // renumber[i]: the new index of task i, or -1 when it is left out.
    const renumber = g.ids.map(id => {
        if (left.has(id))
            return -1;
        index.set(id, ids.length);
        ids.push(id);
        return ids.length - 1;
    });
    // Renumbering keeps the order, so each kept list stays ascending.
    const keep = (list) => {
        const out = [];
        for (const j of list)
            if (renumber[j] !== -1)
                out.push(renumber[j]);
        return out;
    };
    const deps = [];
    const dependents = [];
    g.ids.forEach((_, i) => {
        if (renumber[i] === -1)
            return;
        deps.push(keep(g.deps[i] ?? []));
        dependents.push(keep(g.dependents[i] ?? []));
    });
    return { ids, index, deps, dependents };
}

// Tasks as an integer graph. Index order is id order (compareIds), so any walk
// that visits indices in ascending order is deterministic whatever order the
// tasks arrived in. The rules that walk the graph take it with the tasks it
// was built from, as one TaskIndex, so that the graph they walk is always the
// one of the tasks they read.
function indexTasks(tasks, order = PLAIN_ID_ORDER) {
    return sealed(tasks, order, indexGraph(tasks, order));
}
/**
 * The same tasks, in the same order, seen through other fields: each task is
 * what `view` makes of it, with the task's own id, so the ids and the graph
 * are the index's by construction and are not built again.
 */
function withTasks(index, view) {
    const tasks = index.tasks.map(t => {
        // The id first, then the view's fields: objects spread and then given a
        // field more were several times slower to read in the rules' hot loops.
        // It is set again in case the view had an id of its own.
        const task = { id: t.id, ...view(t) };
        task.id = t.id;
        return task;
    });
    return sealed(tasks, index.order, index.graph);
}
/** The one place an index is made: the brand is asserted here and nowhere else. */
function sealed(tasks, order, graph) {
    return { tasks, order, graph };
}
function indexGraph(tasks, order) {
    const ids = sortedDistinctIds(tasks.map(t => t.id), order);
    const index = new Map();
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

// Conflicts still to come. A task that is not complete has only its plan's
// `Touches` to go by; where those meet another incomplete task's Touches, or
// the files a complete task changed, the two will collide when the work lands.
// The overlap rules are the real conflicts' own (exact paths, and a folder
// holding the other side's path), so the two lists read alike.
/**
 * `real` are the track's conflicts: a pair already in conflict on a path is
 * not forecast again there.
 */
function forecastConflicts(index, real) {
    const complete = new Set();
    let anyPlanned = false;
    for (const t of index.tasks) {
        if (t.complete)
            complete.add(t.id);
        else if (t.planned !== null && t.planned.length > 0)
            anyPlanned = true;
    }
    if (!anyPlanned || plansApart(index.tasks))
        return [];
    // Each task as it stands or will stand, over the same ids and dependencies.
    const sides = withTasks(index, (t) => ({
        // write-shared orders the merge of finished work; a plan overlaps only on paths.
        concurrency: t.concurrency === 'read-only' ? 'read-only' : 'write-local',
        files: t.complete ? t.files : sortedDistinctStrings(t.planned ?? []),
        notes: [],
        reportFile: null
    }));
    const known = new Set(real.map(c => realKey(c.path, c.tasks)));
    const out = [];
    for (const c of findConflicts(sides).conflicts) {
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
/**
 * True when no path an incomplete task plans can meet another task's path:
 * no writer names a folder, and no other writer has a path in a parent
 * folder an incomplete task plans in. Pairs of complete tasks are not
 * forecast, so there is then nothing to forecast, and the conflict search
 * over every task's paths (a second one, after the real conflicts) is not
 * run. Tasks that plan in folders of their own are the usual case.
 */
function plansApart(tasks) {
    // Parent folder of a planned path -> the incomplete task planning there.
    const planner = new Map();
    for (const t of tasks) {
        if (t.complete || t.concurrency === 'read-only' || t.planned === null)
            continue;
        for (const p of t.planned) {
            if (isFolder(p))
                return false;
            const dir = p.slice(0, p.lastIndexOf('/') + 1);
            const other = planner.get(dir);
            if (other === undefined)
                planner.set(dir, t.id);
            else if (other !== t.id)
                return false;
        }
    }
    if (planner.size === 0)
        return true;
    for (const t of tasks) {
        if (!t.complete || t.concurrency === 'read-only')
            continue;
        // Files are sorted, so the paths of one folder mostly come together: its name is cut once.
        let dir = null;
        for (const p of t.files) {
            if (isFolder(p))
                return false;
            if (dir !== null && inFolder(p, dir))
                continue;
            dir = p.slice(0, p.lastIndexOf('/') + 1);
            if (planner.has(dir))
                return false;
        }
    }
    return true;
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
    const index = indexChanges(changes);
    const ordered = sortedById(tasks, order);
    const files = claimedFiles(changes, ordered, index.ids, order);
    const unreported = files
        .filter(f => f.claimedBy.length === 0 && !f.path.startsWith(own))
        .map(f => f.path);
    const { phantom, mismatch, diagnostics } = checkClaims(ordered, changed.truncated, index);
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
function indexChanges(changes) {
    const byPath = new Map();
    const byOldPath = new Map();
    const ids = new FolderIds();
    const changedFolders = new Set();
    for (const f of changes) {
        byPath.set(f.path, f);
        for (const p of ids.add(f.path))
            changedFolders.add(p);
        if (f.status === 'renamed' && f.previousPath) {
            byOldPath.set(f.previousPath, f);
            for (const p of ids.add(f.previousPath))
                changedFolders.add(p);
        }
    }
    return { ids, byPath, byOldPath, changedFolders };
}
/** Each changed file with the tasks that claim it, by its path or a folder holding it; by path. */
function claimedFiles(changes, ordered, ids, order) {
    const exact = new Map();
    const folders = new Map();
    for (const t of ordered) {
        for (const { claim } of claimsOf$1(t.report)) {
            const folder = ids.folder(claim.path, true);
            const set = (folder === undefined ? exact.get(claim.path) : folders.get(folder)) ?? new Set();
            set.add(t.id);
            if (folder === undefined)
                exact.set(claim.path, set);
            else
                folders.set(folder, set);
        }
    }
    return changes
        .map(f => {
        const owners = new Set();
        const sides = f.status === 'renamed' && f.previousPath ? [f.path, f.previousPath] : [f.path];
        for (const side of sides) {
            for (const id of exact.get(side) ?? [])
                owners.add(id);
            for (const prefix of ids.known(side))
                for (const id of folders.get(prefix) ?? [])
                    owners.add(id);
        }
        return {
            path: f.path,
            status: f.status,
            previousPath: f.previousPath,
            additions: f.additions,
            deletions: f.deletions,
            ...listedClaimers([...owners].sort(order.compare))
        };
    })
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * Claims the diff does not bear out: paths it does not change (phantom) and
 * changes of another kind than claimed (mismatch), each with its warning.
 */
function checkClaims(ordered, truncated, index) {
    const { ids, byPath, byOldPath, changedFolders } = index;
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
                const folder = ids.folder(p, false);
                if (truncated || byPath.has(p))
                    continue;
                if (folder !== undefined && changedFolders.has(folder))
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
                if (truncated)
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
    return { phantom, mismatch, diagnostics };
}
/** Claimers a changed file lists: a folder many tasks claim would list them all on every file in it. */
const CLAIMED_BY_LISTED = 50;
function listedClaimers(ids) {
    if (ids.length <= CLAIMED_BY_LISTED)
        return { claimedBy: ids };
    return {
        claimedBy: ids.slice(0, CLAIMED_BY_LISTED),
        moreClaimedBy: ids.length - CLAIMED_BY_LISTED
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

function claimsOf(track, ids) {
    const paths = new Set();
    const folders = new Set();
    for (const r of track.reports) {
        const f = r.files;
        for (const list of [f.created, f.modified, f.deleted, f.touched]) {
            for (const c of list) {
                paths.add(c.path);
                const folder = ids.folder(c.path, true);
                if (folder !== undefined)
                    folders.add(folder);
            }
        }
    }
    return { folder: `${track.dir.replace(/\/+$/, '')}/`, paths, folders };
}
function holds(c, ids, file) {
    const sides = file.previousPath ? [file.path, file.previousPath] : [file.path];
    return sides.some(p => p.startsWith(c.folder) || c.paths.has(p) || ids.known(p).some(f => c.folders.has(f)));
}
/** The changed files each track's diff check should see, in track order. */
function splitChangesByTrack(tracks, changed) {
    if (tracks.length < 2)
        return tracks.map(() => changed);
    const ids = new FolderIds();
    const claims = tracks.map(t => claimsOf(t, ids));
    return claims.map((own, i) => ({
        ...changed,
        files: changed.files.filter(f => holds(own, ids, f) || !claims.some((other, j) => j !== i && holds(other, ids, f)))
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
const RANGE = new RegExp(`${NUM}\\s*(?:-|\u2013|\u2014|to)\\s*${NUM}\\s*${UNIT}(?![a-z])`, 'i');
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
    // `1h 30m` needs an `h` before an `m`: most estimates name one unit, and the pattern is then
    // not compiled (docs/performance.md, "Regular expressions compiled at start").
    const lower = text.toLowerCase();
    const h = lower.indexOf('h');
    const hm = h !== -1 && lower.includes('m', h) ? HOURS_AND_MINUTES.exec(text) : null;
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
    const first = unit?.charAt(0);
    return first === 'h' || first === 'H' ? 60 : 1;
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

// Gate scores and the IOSM-Index are shown and compared at 3 decimals.
/** Round to 3 decimals, halves away from zero. */
function round3(x) {
    // toPrecision first absorbs binary noise such as 0.9625 * 1000 = 962.4999\u2026
    const scaled = Number((Math.abs(x) * 1000).toPrecision(12));
    return (Math.sign(x) * Math.round(scaled)) / 1000 || 0;
}
/** `x` held to [0, 1], where a stated score past its maximum (`120%`) is read as full marks. */
function clampToUnit(x) {
    return Math.min(1, Math.max(0, x));
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
    const index = value === null || (policy === 'strict' && left.length > 0) ? null : round3(value);
    return { policy, counted, left, zeros, sum, divisor, value, index };
}

// IOSM gates: each gate's score and target for the track, the IOSM-Index and
// its rating. Scores stated by iosm_report.md win over the task reports'.
/** The "Acceptable" floors used when neither the plan nor the PRD sets a target. */
const DEFAULT_FLOORS = { I: 0.7, O: 0.6, S: 0.65, M: 0.65 };
function ratingFor(index) {
    if (index === null)
        return null;
    const v = round3(index);
    for (const [rating, floor] of RATING_FLOORS)
        if (v >= floor)
            return rating;
    return LOWEST_RATING;
}
function formatScore(x) {
    const two = x.toFixed(2);
    return Number(two) === x ? two : String(round3(x));
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
    const ordered = sortedById(input.tasks, order);
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
            score = round3(clamp(stated.score));
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
            score = round3(sum / count);
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
    return { score, target: `\u2265${formatScore(threshold)}`, status, source, targetSource };
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
    return Number.isFinite(x) ? clampToUnit(x) : 0;
}

// The dependency graph: which task waits for which, and where it loops. Edges
// come from the plan (`Depends on`, `All Phase a-b tasks`) and from the
// reports' hand-off notes (`Depends on Tx`, `Blocks Tx`).
// Long: the edges of the plan, of phase ranges and of hand-off notes are
// gathered into one map with one rejection rule (\`rejectEdge\`), then sorted and
// searched for cycles once.
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
        // A task depending on itself loses nothing when that edge is dropped; an
        // edge to a task that is not there may hide an order the plan meant.
        diagnostics.push({ severity: from === to ? 'warning' : 'error', ...where, message });
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
                line: p.dependsOnLine ?? p.line
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
        dependsOn.set(id, sortedDistinctIds(list, order));
    const index = indexTasks(tasks.map(t => ({ id: t.id, dependsOn: dependsOn.get(t.id) ?? [], task: t })), order);
    const { cycles, cyclic, groups } = findCycles(index);
    const byId = cycles.length > 0 ? new Map(tasks.map(t => [t.id, t])) : null;
    cycles.forEach((cycle, i) => {
        const first = cycle[0];
        const t = byId?.get(first);
        const where = t?.plan
            ? { file: planFile, line: t.plan.line }
            : { file: t?.report?.file ?? planFile, line: 1 };
        const group = groups[i] ?? cycle;
        const loop = [...cycle, first].join(' \u2192 ');
        const extra = group.length > cycle.length
            ? ` ${group.join(', ')} all depend on each other; all of them are held.`
            : ' These tasks are held.';
        // A warning: a cycle is its own fail-on condition (`cycles`), so that
        // dropping it from fail-on is not undone by `errors`.
        diagnostics.push({
            severity: 'warning',
            ...where,
            message: `Dependency cycle: ${loop}.${extra}`
        });
    });
    return { dependsOn, cycles, groups, cyclic, index, diagnostics };
}
/**
 * One elementary cycle per strongly connected group: the shortest loop through
 * the group's smallest id, found breadth-first in id order.
 */
function findCycles(index) {
    const { graph: g, order } = index;
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
        groups: found.map(f => f.group)
    };
}
/** Dependencies a task's result lists; the rest are counted. */
const DEPENDS_ON_LISTED = 50;
/**
 * A task's dependencies as its result lists them: all of them, or, where
 * `All Phase N tasks` would make the result grow with the square of the
 * tasks, DEPENDS_ON_LISTED of them (held ones first, so that a held task
 * shows what it waits for), a count of the rest and the phase references.
 * `all` is in id order, and so is the list.
 */
function listedDependsOn(all, held, phases) {
    if (all.length <= DEPENDS_ON_LISTED)
        return { dependsOn: [...all] };
    const chosen = new Uint8Array(all.length);
    let room = DEPENDS_ON_LISTED;
    for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i < all.length && room > 0; i++) {
            if (chosen[i] === 1 || (pass === 0 && !held.has(all[i])))
                continue;
            chosen[i] = 1;
            room--;
        }
    }
    const out = {
        dependsOn: all.filter((_, i) => chosen[i] === 1),
        moreDependsOn: all.length - DEPENDS_ON_LISTED
    };
    const seen = new Set();
    const refs = [];
    for (const r of phases) {
        const from = Math.min(r.from, r.to);
        const to = Math.max(r.from, r.to);
        if (seen.has(`${from}-${to}`))
            continue;
        seen.add(`${from}-${to}`);
        refs.push({ from, to });
    }
    if (refs.length > 0)
        out.dependsOnPhases = refs;
    return out;
}

// The order in which finished work can be merged: Kahn layering over the
// complete tasks, with file overlaps pushed to later waves so no two branches
// of one wave touch the same path.
function mergeOrder(index, cyclic) {
    const g = index.graph;
    const n = g.ids.length;
    const info = new Map(index.tasks.map(t => [t.id, t]));
    // By graph index: a wave reads every deferred task again, so a lookup by id
    // there would cost once per task and wave.
    const taskAt = g.ids.map(id => info.get(id));
    const eligible = findEligible(g.ids, g.deps, g.dependents, id => {
        const t = info.get(id);
        return t !== undefined && t.complete && !cyclic.has(id);
    });
    const waiting = new Int32Array(n);
    const shared = (i) => taskAt[i]?.concurrency === 'write-shared';
    // Ready tasks, lowest index first. A write-shared task merges alone, so it
    // can only open a wave: it waits in a queue of its own, and a wave it opens
    // costs nothing for the other tasks waiting.
    const folderIds = new FolderIds();
    // Other ready tasks: each wave they open reads them all, in index order.
    let plain = [];
    let plainMin = Infinity;
    const alone = new MinHeap();
    const ready = (i) => {
        if (shared(i))
            return alone.push(i);
        plain.push(i);
        plainMin = Math.min(plainMin, i);
    };
    for (let i = 0; i < n; i++) {
        if (!eligible[i])
            continue;
        waiting[i] = (g.deps[i] ?? []).length;
        if (waiting[i] === 0)
            ready(i);
    }
    const waves = [];
    const placed = new Set();
    while (plain.length > 0 || alone.size > 0) {
        const members = [];
        if (alone.size > 0 && alone.peek() < plainMin) {
            members.push(alone.pop());
        }
        else {
            const wave = new WaveFiles(folderIds);
            // Deferred tasks stay sorted: the next wave's sort costs the new ones.
            const candidates = plain.sort((a, b) => a - b);
            plain = [];
            plainMin = Infinity;
            for (const i of candidates) {
                const t = taskAt[i];
                if (wave.overlaps(t.files)) {
                    ready(i);
                    continue;
                }
                members.push(i);
                wave.add(t.files);
            }
        }
        for (const i of members) {
            placed.add(g.ids[i]);
            for (const d of g.dependents[i] ?? []) {
                if (!eligible[d])
                    continue;
                waiting[d] = waiting[d] - 1;
                if (waiting[d] === 0)
                    ready(d);
            }
        }
        waves.push(members.map(i => g.ids[i]));
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
 * length, not the number of paths in the wave nor its length times its depth.
 */
class WaveFiles {
    ids;
    exact = new Set();
    /** Folders in the wave, and every folder prefix of a path in the wave, by number. */
    folders = new Set();
    prefixes = new Set();
    constructor(ids) {
        this.ids = ids;
    }
    overlaps(files) {
        // The same path first, for every path: it is the usual overlap, and the
        // cheapest check, while a deferred task is checked again in every wave.
        for (const p of files)
            if (this.exact.has(p))
                return true;
        for (const p of files) {
            if (isFolder(p)) {
                const self = this.ids.folder(p, false);
                if (self !== undefined && this.prefixes.has(self))
                    return true;
            }
            for (const f of this.ids.known(p))
                if (this.folders.has(f))
                    return true;
        }
        return false;
    }
    add(files) {
        for (const p of files) {
            this.exact.add(p);
            if (isFolder(p))
                this.folders.add(this.ids.folder(p, true));
            for (const f of this.ids.add(p))
                this.prefixes.add(f);
        }
    }
}
/** A binary min-heap of task indices. */
class MinHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    peek() {
        return this.items[0];
    }
    push(x) {
        const a = this.items;
        let i = a.length;
        a.push(x);
        while (i > 0) {
            const up = (i - 1) >> 1;
            if (a[up] <= x)
                break;
            a[i] = a[up];
            i = up;
        }
        a[i] = x;
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length === 0)
            return top;
        let i = 0;
        for (;;) {
            let c = 2 * i + 1;
            if (c >= a.length)
                break;
            if (c + 1 < a.length && a[c + 1] < a[c])
                c++;
            if (a[c] >= last)
                break;
            a[i] = a[c];
            i = c;
        }
        a[i] = last;
        return top;
    }
}

// Spawn candidates of every report, with repeats marked: the first task (by
// id) to propose a piece of work owns it.
function collectSpawnCandidates(tasks, order = PLAIN_ID_ORDER) {
    const seen = new Set();
    const out = [];
    const ordered = sortedById(tasks, order);
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

// Task ids: how plans and reports write them (their order is order.ts's).
/**
 * A task id, `T01`, `T7` or `T-AUTO-01`, as the source of a regular
 * expression: an alternation without anchors, captures or flags, for the
 * patterns that find ids in text to embed (in a group, since it is an
 * alternation). Ids are matched without regard to case where text is read.
 */
const TASK_ID = String.raw `T-AUTO-\d+|T\d+`;
const NUMBERED_RE = /^(T-AUTO-|T)0*(\d+)$/i;
/** An id by its kind and number (`T1`, `T01` and `t001` alike), or the id itself. */
function idNumberKey(id) {
    const m = NUMBERED_RE.exec(id);
    return m ? `${(m[1] ?? '').toUpperCase()}${m[2] ?? ''}` : id.toUpperCase();
}
/** Whether two ids name the same task: `T1` and `T01` do. */
function sameTaskId(a, b) {
    return a === b || idNumberKey(a) === idNumberKey(b);
}
/**
 * The plan's spelling of an id written with another number of zeros (`T1` for
 * the plan's `T01`); the id as written when the plan has it, has no id of that
 * number, or has two (`T1` and `T01` both).
 */
function planSpelling(planIds) {
    const exact = new Set(planIds);
    // Built at the first id the plan does not spell so: most tracks have none.
    let byKey = null;
    const keyed = () => {
        if (byKey)
            return byKey;
        byKey = new Map();
        for (const id of planIds) {
            const key = idNumberKey(id);
            byKey.set(key, byKey.has(key) ? null : id);
        }
        return byKey;
    };
    return id => (exact.has(id) ? id : (keyed().get(idNumberKey(id)) ?? id));
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
/** The task of a report at `reports/\u2026` (any path; its last segment is read). */
function reportNameOfPath(path) {
    return readReportName(path.slice(path.lastIndexOf('/') + 1));
}
/**
 * Whether the report at `path` is named with a slug after its id
 * (`T01-seo-audit.md`): reportNameOfPath's suffix is not null. A slug follows
 * a `-` or `_`, so a name with neither (`T04.md`, the usual one) is answered
 * without reading it.
 */
function hasSlug(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (!base.includes('-') && !base.includes('_'))
        return false;
    return (readReportName(base)?.suffix ?? null) !== null;
}

// Letter, digit and punctuation tests that look at ASCII text without Unicode
// property classes. V8 compiles a pattern holding `\p{L}` or `\p{P}` in 0.3 to
// 1.1 ms (Node 24, measured), against 15 to 60 \u00b5s for a plain one: as much as
// parsing a small report, paid by every run that meets the pattern once. Most
// text is ASCII; only the rest is handed to the Unicode pattern, which is made
// on first use: even making one (V8 parses it then) costs 0.15 to 0.3 ms.
/**
 * A pattern made on first use. A pattern literal at the top of a module is
 * parsed when the bundle loads, whether or not the run ever uses it.
 */
function lazyPattern(make) {
    let made;
    return () => (made ??= make());
}
const letterOrDigit = lazyPattern(() => /[\p{L}\p{N}]/u);
const spaceOrPunctuationRun = lazyPattern(() => /[\s\p{P}]+/gu);
/** `\s` and `\p{P}` restricted to ASCII (`$+<=>^`|~` are symbols, not punctuation). */
const ASCII_SPACE_OR_PUNCTUATION_RUN_RE = /[\s!"#%&'()*,\-./:;?@[\\\]_{}]+/g;
/** Whether any character of `text` is one of `chars`: a loop where a class would be one more pattern. */
function includesAny(text, chars) {
    for (let i = 0; i < text.length; i++)
        if (chars.includes(text.charAt(i)))
            return true;
    return false;
}
/** Every code unit of text[0, end) is ASCII. */
function isAscii(text, end = text.length) {
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) > 127)
            return false;
    return true;
}
/** The code unit is an ASCII letter or digit. */
function isAsciiAlphanumeric(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** `text` holds a letter or a digit of any script (`\p{L}` or `\p{N}`). */
function hasLetterOrDigit(text) {
    let wide = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (isAsciiAlphanumeric(c))
            return true;
        if (c > 127)
            wide = true;
    }
    return wide && letterOrDigit().test(text);
}
/** Each run of white space and punctuation (`\s`, `\p{P}`) as one space. */
function spacePunctuation(text) {
    return text.replace(isAscii(text) ? ASCII_SPACE_OR_PUNCTUATION_RUN_RE : spaceOrPunctuationRun(), ' ');
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
    if (!hasSlug(report.file))
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
    // Each name is read once, not twice per comparison.
    const suffixed = new Set();
    for (let i = 0; i < reports.length; i++) {
        const r = reports[i];
        if (hasSlug(r.file))
            suffixed.add(r);
    }
    const ordered = [...reports].sort((a, b) => Number(a.partialFile) - Number(b.partialFile) ||
        Number(suffixed.has(a)) - Number(suffixed.has(b)) ||
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
    const classified = unionOfSortedStrings(unionOfSortedStrings(created, modified), deleted);
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
        fileSet: unionOfSortedStrings(classified, touched),
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
    return sortedDistinctStrings(out);
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
    const norm = (s) => spacePunctuation(s.toLowerCase()).trim();
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
    const ordered = sortedById(tasks, order);
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
        const cycles = input.cycles.map(c => `Dependency cycle: ${[...c, c[0]].join(' \u2192 ')}.`);
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
        reasons.push(`${files.length} ${noun} not claimed by any report: ${list(files)}.`);
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
    const sorted = sortedById(open, order);
    const statuses = new Set(sorted.map(t => t.status));
    const head = sorted.length === 1 ? '1 task is not complete' : `${sorted.length} tasks are not complete`;
    if (statuses.size === 1)
        return `${head}: ${list(sorted.map(t => t.id))} (${sorted[0]?.status}).`;
    return `${head}: ${list(sorted.map(t => `${t.id} (${t.status})`))}.`;
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
            out.push(`${a} and ${b} both change ${list(paths, 5)} with no dependency between them.`);
        }
    }
    return out;
}
/**
 * One sentence per file with an error diagnostic: the file's first error, and
 * how many more it has. A file the tool could not read names itself
 * (`plan.md could not be read: \u2026`); other errors follow the place.
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
function list(items, limit = LIST_LIMIT) {
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
    while (end > 0) {
        const c = trimmed.charAt(end - 1);
        // A full stop, or white space (`\s`, which is what `trim` removes).
        if (c !== '.' && c.trim() !== '')
            break;
        end--;
    }
    const t = trimmed.slice(0, end);
    return t.endsWith('!') || t.endsWith('?') ? t : `${t}.`;
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
    return trackResult(parsed, options, computeTrack(parsed, options, changed));
}
function computeTrack(parsed, options, changed) {
    const planFile = parsed.plan?.file ?? 'plan.md';
    const assembled = assembleTasks(parsed);
    const tasks = assembled.tasks;
    const ordering = idOrder(tasks.map(t => t.id));
    const graph = buildGraph(tasks, planFile, ordering);
    const effort = estimateEfforts(tasks, planFile);
    // One row per task over the graph's index, so that every rule sees the same
    // dependencies and file sets.
    const rows = withTasks(graph.index, ({ task }) => ruleTask(task, effort.minutes));
    const waves = mergeOrder(rows, graph.cyclic);
    const path = criticalPath(rows, graph.cyclic);
    const conflicts = findConflicts(rows);
    const forecast = forecastConflicts(rows, conflicts.conflicts);
    const unplanned = unplannedInSorted(rows.tasks, parsed.dir, ordering);
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
    return {
        tasks,
        order: ordering,
        graph,
        effortMinutes: effort.minutes,
        mergeOrder: waves,
        criticalPath: path,
        conflicts: conflicts.conflicts,
        forecastConflicts: forecast,
        unplannedTouches: unplanned,
        spawnCandidates,
        blockers,
        gates,
        diffCheck: diff?.diffCheck ?? null,
        indexThreshold,
        diagnostics,
        verdict
    };
}
function ruleTask(t, effortMinutes) {
    return {
        complete: t.status === 'complete',
        concurrency: t.concurrency,
        files: t.fileSet,
        planned: t.plan?.touches ?? null,
        effortMinutes: effortMinutes.get(t.id) ?? DEFAULT_MINUTES,
        notes: t.report?.mayConflictWith ?? [],
        reportFile: t.report?.file ?? null
    };
}
/** The public result of one track: the analysis in the JSON contract's shape and order. */
function trackResult(parsed, options, a) {
    const deps = (id) => a.graph.dependsOn.get(id) ?? [];
    const byId = sortedById(a.tasks, a.order);
    const held = new Set(a.mergeOrder.held);
    return {
        track: {
            id: parsed.id,
            dir: parsed.dir,
            feature: parsed.plan?.feature ?? null,
            title: parsed.plan?.title ?? null,
            goal: parsed.plan?.goal ?? null
        },
        status: trackStatus(a.tasks, a.graph.cycles.length > 0),
        tasks: a.tasks.map(t => taskResult(t, listedDependsOn(deps(t.id), held, t.plan?.dependsOnPhases ?? []), a.effortMinutes.get(t.id) ?? DEFAULT_MINUTES)),
        mergeOrder: a.mergeOrder,
        criticalPath: a.criticalPath,
        cycles: a.graph.cycles,
        cycleGroups: a.graph.groups,
        conflicts: a.conflicts,
        forecastConflicts: a.forecastConflicts,
        unplannedTouches: a.unplannedTouches,
        blockers: a.blockers,
        gates: a.gates.gates,
        iosmIndex: a.gates.iosmIndex,
        statedIndex: parsed.iosm?.statedIndex?.value ?? null,
        rating: a.gates.rating,
        indexThreshold: a.indexThreshold,
        naPolicy: options.naPolicy,
        diffCheck: a.diffCheck,
        spawnCandidates: a.spawnCandidates,
        followUps: byId.flatMap(t => (t.report?.followUps ?? []).map(f => ({ ...f, task: t.id }))),
        lessons: byId.flatMap(t => {
            const l = t.report?.lessons;
            if (!l || l.wentWell.length + l.couldImprove.length + l.surprises.length === 0)
                return [];
            return [{ ...l, task: t.id }];
        }),
        verdict: a.verdict,
        diagnostics: a.diagnostics
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
    // One literal, one shape for every task: a literal with spreads inside built
    // each result a property at a time after the copy (3,000 tasks: about 50
    // million instructions). Keys a task lacks hold undefined, which the JSON
    // leaves out, so its keys and their order are those of the contract.
    return {
        id: t.id,
        title: t.title,
        phase: t.phase,
        role: t.role,
        status: t.status,
        dependsOn: dependsOn.dependsOn,
        moreDependsOn: dependsOn.moreDependsOn,
        dependsOnPhases: dependsOn.dependsOnPhases,
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
        coverage: r?.coverage,
        claimedLines: t.claimedLines
    };
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

// Loads the markdown parser on first need. Most summaries are plain prose,
// read without it, so a run that never needs it never compiles it.
let loaded = null;
async function loadMarkdownParser() {
    loaded ??= (await Promise.resolve().then(function () { return require('./cli-bundle-markdown-parser.cjs'); })).paragraphText;
    return loaded;
}
/** The parser when it has been loaded, else null: the caller defers the paragraph. */
function markdownParser() {
    return loaded;
}

// The format's section names, field labels and status words in the languages
// reports are written in besides English. One table per language: adding a
// language is adding a table. Names are written as `headingKey` leaves them
// (lower case, no emoji, no parenthetical, no trailing colon) and map to the
// English name the parser looks for.
const FR = {
    names: {
        statut: 'status',
        \u00e9tat: 'status',
        r\u00f4le: 'role',
        r\u00e9sum\u00e9: 'summary',
        'r\u00e9sum\u00e9 ex\u00e9cutif': 'executive summary',
        synth\u00e8se: 'summary',
        'fichiers touch\u00e9s': 'files touched',
        'fichiers modifi\u00e9s': 'files changed',
        cr\u00e9\u00e9s: 'created',
        'fichiers cr\u00e9\u00e9s': 'created',
        modifi\u00e9s: 'modified',
        supprim\u00e9s: 'deleted',
        'fichiers supprim\u00e9s': 'deleted',
        bloqueurs: 'blockers',
        'blocages et questions ouvertes': 'blockers & open questions',
        blocages: 'blockers',
        'r\u00e9sultats des portes iosm': 'iosm quality gate results',
        'portes de qualit\u00e9': 'quality gates',
        'contr\u00f4les qualit\u00e9 iosm': 'iosm quality checks',
        'd\u00e9pend de': 'depends on',
        d\u00e9pendances: 'depends on',
        touche: 'touches',
        objectif: 'goal',
        't\u00e2ches de suivi': 'follow-up tasks',
        suivi: 'follow-up tasks',
        'le\u00e7ons apprises': 'lessons learned',
        'candidats de spawn': 'spawncandidates',
        porte: 'gate',
        r\u00e9sultat: 'result'
    },
    statuses: {
        termin\u00e9: 'complete',
        termin\u00e9e: 'complete',
        fait: 'complete',
        achev\u00e9: 'complete',
        partiel: 'partial',
        partielle: 'partial',
        bloqu\u00e9: 'blocked',
        bloqu\u00e9e: 'blocked',
        \u00e9chou\u00e9: 'blocked',
        'en cours': 'in-progress',
        '\u00e0 faire': 'todo'
    },
    none: ['aucun', 'aucune', 'n\u00e9ant', 'rien']
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
        'lecciones aprendidas': 'lessons learned',
        puerta: 'gate',
        puntuaci\u00f3n: 'score',
        resultado: 'result'
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
        'ber\u00fchrte dateien': 'files touched',
        'ge\u00e4nderte dateien': 'files changed',
        erstellt: 'created',
        ge\u00e4ndert: 'modified',
        gel\u00f6scht: 'deleted',
        blocker: 'blockers',
        'iosm-gate-ergebnisse': 'iosm quality gate results',
        'iosm gate-ergebnisse': 'iosm quality gate results',
        qualit\u00e4tsgates: 'quality gates',
        'h\u00e4ngt ab von': 'depends on',
        abh\u00e4ngigkeiten: 'depends on',
        ber\u00fchrt: 'touches',
        ziel: 'goal',
        folgeaufgaben: 'follow-up tasks',
        'gelernte lektionen': 'lessons learned',
        erkenntnisse: 'lessons learned',
        bewertung: 'score',
        punktzahl: 'score',
        ergebnis: 'result'
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
        situa\u00e7\u00e3o: 'status',
        papel: 'role',
        fun\u00e7\u00e3o: 'role',
        resumo: 'summary',
        'arquivos tocados': 'files touched',
        'arquivos modificados': 'files changed',
        'ficheiros modificados': 'files changed',
        criados: 'created',
        modificados: 'modified',
        exclu\u00eddos: 'deleted',
        removidos: 'deleted',
        bloqueios: 'blockers',
        bloqueadores: 'blockers',
        'resultados dos port\u00f5es iosm': 'iosm quality gate results',
        'port\u00f5es de qualidade': 'quality gates',
        'depende de': 'depends on',
        toca: 'touches',
        objetivo: 'goal',
        'tarefas de acompanhamento': 'follow-up tasks',
        'li\u00e7\u00f5es aprendidas': 'lessons learned',
        port\u00e3o: 'gate',
        pontua\u00e7\u00e3o: 'score',
        resultado: 'result'
    },
    statuses: {
        conclu\u00eddo: 'complete',
        conclu\u00edda: 'complete',
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
        \u0441\u0442\u0430\u0442\u0443\u0441: 'status',
        \u0441\u043e\u0441\u0442\u043e\u044f\u043d\u0438\u0435: 'status',
        \u0440\u043e\u043b\u044c: 'role',
        \u0440\u0435\u0437\u044e\u043c\u0435: 'summary',
        '\u043a\u0440\u0430\u0442\u043a\u043e\u0435 \u043e\u043f\u0438\u0441\u0430\u043d\u0438\u0435': 'summary',
        \u0438\u0442\u043e\u0433\u0438: 'summary',
        '\u0437\u0430\u0442\u0440\u043e\u043d\u0443\u0442\u044b\u0435 \u0444\u0430\u0439\u043b\u044b': 'files touched',
        '\u0438\u0437\u043c\u0435\u043d\u0451\u043d\u043d\u044b\u0435 \u0444\u0430\u0439\u043b\u044b': 'files changed',
        '\u0438\u0437\u043c\u0435\u043d\u0435\u043d\u043d\u044b\u0435 \u0444\u0430\u0439\u043b\u044b': 'files changed',
        \u0441\u043e\u0437\u0434\u0430\u043d\u044b: 'created',
        \u0441\u043e\u0437\u0434\u0430\u043d\u043d\u044b\u0435: 'created',
        \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u044b: 'modified',
        \u0438\u0437\u043c\u0435\u043d\u0451\u043d\u043d\u044b\u0435: 'modified',
        \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u043d\u044b\u0435: 'modified',
        \u0443\u0434\u0430\u043b\u0435\u043d\u044b: 'deleted',
        \u0443\u0434\u0430\u043b\u0451\u043d\u043d\u044b\u0435: 'deleted',
        \u0431\u043b\u043e\u043a\u0435\u0440\u044b: 'blockers',
        \u0431\u043b\u043e\u043a\u0438\u0440\u0443\u044e\u0449\u0438\u0435: 'blockers',
        '\u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u044b iosm-\u0433\u0435\u0439\u0442\u043e\u0432': 'iosm quality gate results',
        '\u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u044b \u0433\u0435\u0439\u0442\u043e\u0432 iosm': 'iosm quality gate results',
        '\u0433\u0435\u0439\u0442\u044b \u043a\u0430\u0447\u0435\u0441\u0442\u0432\u0430': 'quality gates',
        '\u0437\u0430\u0432\u0438\u0441\u0438\u0442 \u043e\u0442': 'depends on',
        \u0437\u0430\u0432\u0438\u0441\u0438\u043c\u043e\u0441\u0442\u0438: 'depends on',
        \u0437\u0430\u0442\u0440\u0430\u0433\u0438\u0432\u0430\u0435\u0442: 'touches',
        \u0446\u0435\u043b\u044c: 'goal',
        '\u043f\u043e\u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0435 \u0437\u0430\u0434\u0430\u0447\u0438': 'follow-up tasks',
        '\u0438\u0437\u0432\u043b\u0435\u0447\u0451\u043d\u043d\u044b\u0435 \u0443\u0440\u043e\u043a\u0438': 'lessons learned',
        \u0443\u0440\u043e\u043a\u0438: 'lessons learned',
        \u0433\u0435\u0439\u0442: 'gate',
        \u043e\u0446\u0435\u043d\u043a\u0430: 'score',
        \u0431\u0430\u043b\u043b: 'score',
        \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442: 'result'
    },
    statuses: {
        \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u043e: 'complete',
        \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0430: 'complete',
        \u0433\u043e\u0442\u043e\u0432\u043e: 'complete',
        \u0437\u0430\u0432\u0435\u0440\u0448\u0435\u043d\u043e: 'complete',
        \u0447\u0430\u0441\u0442\u0438\u0447\u043d\u043e: 'partial',
        \u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d\u043e: 'blocked',
        \u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d\u0430: 'blocked',
        \u043f\u0440\u043e\u0432\u0430\u043b\u0435\u043d\u043e: 'blocked',
        '\u0432 \u0440\u0430\u0431\u043e\u0442\u0435': 'in-progress',
        '\u043a \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044e': 'todo'
    },
    none: ['\u043d\u0435\u0442', '\u043e\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u044e\u0442', '\u043d\u0438\u0447\u0435\u0433\u043e']
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
/** The status a value in another language starts with (`Termin\u00e9`, `\u0412\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u043e \u2705`), or null. */
function localStatus(text) {
    const t = text.trim().toLowerCase();
    const words = t.split(/[\s.,;:!()]+/).filter(w => w !== '');
    const one = words[0];
    if (one === undefined)
        return null;
    const two = words.length > 1 ? `${one} ${words[1]}` : null;
    return (two !== null ? STATUSES.get(two) : undefined) ?? STATUSES.get(one) ?? null;
}
/** Lower-case first letters of the words isLocalNone takes. */
function localNoneInitials() {
    noneInitials ??= new Set([...NONE].map(w => w.charAt(0)));
    return noneInitials;
}
let noneInitials = null;
/** A value that says "nothing" in another language (`\u041d\u0435\u0442`, `Aucun.`). */
function isLocalNone(text) {
    return NONE.has(trimEnd(text.trim().toLowerCase()));
}
function trimEnd(text) {
    let end = text.length;
    while (end > 0 && '.!'.includes(text.charAt(end - 1)))
        end--;
    return text.slice(0, end);
}

// Line-level helpers for the inline markup of single lines: bold labels, list
// items, code spans, emoji. Exact enough for labels and values, and cheap, so
// the block parser is only needed for prose paragraphs.
const emoji = lazyPattern(() => /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{FE0E}|\u{200D}|\u{20E3}/gu);
/** Any character at or above U+00A9 (\u00a9), the first that `emoji` can match. */
const MAYBE_EMOJI_RE = /[\u00a9-\uffff]/;
function stripEmoji(text) {
    // Most text is ASCII: the Unicode-property pattern is then neither compiled nor run.
    return MAYBE_EMOJI_RE.test(text) ? text.replace(emoji(), '') : text;
}
/** The index of the first character after the line's leading spaces and tabs. */
function afterBlanks(line) {
    let i = 0;
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)
        i++;
    return i;
}
/** Whitespace width of a line's indentation, a tab counting as four columns. */
function indentOf(line) {
    let width = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 32)
            width += 1;
        else if (c === 9)
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
function listItem(line) {
    if (!mayStartItem(line))
        return null;
    const m = ITEM_RE.exec(line);
    if (!m)
        return null;
    const marker = m[2] ?? '-';
    let text = m[3] ?? '';
    // `**bold**` at the start of a line is not a list item.
    if (marker === '*' && text === '' && line.trim() !== '*')
        return null;
    let box = null;
    // `[text](url)` is a link, not a box: BOX_RE wants a blank or the end after `]`.
    const b = BOX_RE.exec(text);
    if (b) {
        box = b[1] ?? '';
        text = b[2] ?? '';
    }
    return {
        indent: indentOf(m[1] ?? ''),
        marker,
        ordered: !'-*+'.includes(marker),
        box,
        text: text.trim()
    };
}
/**
 * Whether a marker may follow the line's indentation: a look at one
 * character rules out most lines before the pattern runs. Whitespace other
 * than spaces and tabs (which `\s` also takes) is left to the pattern.
 */
function mayStartItem(line) {
    const c = line.charCodeAt(afterBlanks(line));
    return (c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) || (c >= 10 && c <= 13) || c >= 0xa0);
}
// `**Label:** value`, `**Label**: value`, `__Label:__ value`; the colon is required.
// The label is greedy: it can only end at the last character before the
// closing `**` that is neither white space nor a colon, so greedy and lazy
// find the same one; greedy gets there by stepping back over the few
// characters after it, where lazy tried the rest of the pattern at each of
// the label's characters (the 16 MB track's plan: 1,288 -> 1,277 M
// instructions, for LABEL_ITEM_RE alone).
const STAR_LABEL_RE = /^\*\*([^*]*[^*\s:])\s*(?:(:)\s*)?\*\*[ \t]*(:?)[ \t]*([\s\S]*)$/;
const UNDERSCORE_LABEL_RE = /^__([^_]*[^_\s:])\s*(?:(:)\s*)?__[ \t]*(:?)[ \t]*([\s\S]*)$/;
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
/**
 * STAR_LABEL_RE after a list marker, with nothing but spaces and tabs before it:
 * built from it, so that the two read a label alike.
 */
const LABEL_ITEM_RE = new RegExp(`^[ \\t]*[-*+][ \\t]+${STAR_LABEL_RE.source.slice(1)}`);
/**
 * A bulleted bold label (`  - **Owner role:** Explorer`), read by one pattern
 * as listItem and then boldLabel would read it: plans write every task field
 * this way, and the two readings took two patterns, two objects and the
 * trimming in between. Null for any other line, which those two then read.
 */
function labelItem(line) {
    const m = LABEL_ITEM_RE.exec(line);
    if (!m || (m[2] !== ':' && m[3] !== ':'))
        return null;
    return { label: (m[1] ?? '').trim(), value: (m[4] ?? '').trim() };
}
/** A bold label on a whole line, with or without a list marker. */
function lineLabel(line) {
    // A label opens with `**` or `__`: a line holding neither is none.
    if (!line.includes('**') && !line.includes('__'))
        return null;
    const item = listItem(line);
    const text = item ? item.text : line;
    const label = boldLabel(text);
    if (!label)
        return null;
    return { ...label, indent: item ? item.indent : indentOf(line), item: item !== null };
}
/**
 * Code spans of a line: a run of backticks up to the next run of the same
 * length. Runs are paired in one pass (a regex over nested backtick runs
 * takes quadratic time); they are kept as two lists of numbers, not an
 * object each, since paths and values are read through here by the thousand.
 */
function findCodeSpans(text) {
    let i = text.indexOf('`');
    if (i === -1)
        return [];
    const pos = [];
    const len = [];
    while (i !== -1) {
        let j = i + 1;
        while (text.charCodeAt(j) === 96)
            j++;
        pos.push(i);
        len.push(j - i);
        i = text.indexOf('`', j);
    }
    return pairRuns(text, pos, len, pos.length <= 16 ? null : closersByLength(len));
}
/** For a few runs: the index of the next run as long as run k, found by looking ahead; -1 if none. */
function nextOfLength(len, k) {
    const l = len[k];
    for (let m = k + 1; m < len.length; m++)
        if (len[m] === l)
            return m;
    return -1;
}
/**
 * For many runs: the index of the next run as long as each, for all of them in
 * one pass from the end, so that pairing stays linear; -1 where none follows.
 */
function closersByLength(len) {
    const closers = new Int32Array(len.length);
    const nextOf = new Map();
    for (let k = len.length - 1; k >= 0; k--) {
        const l = len[k] ?? 0;
        closers[k] = nextOf.get(l) ?? -1;
        nextOf.set(l, k);
    }
    return closers;
}
/** Each run closed by the next run of its length, scanning on after the span it ends. */
function pairRuns(text, pos, len, closers) {
    const spans = [];
    for (let k = 0; k < pos.length;) {
        const m = closers ? (closers[k] ?? -1) : nextOfLength(len, k);
        if (m === -1) {
            k++;
            continue;
        }
        const open = pos[k] ?? 0;
        const run = len[k] ?? 0;
        const close = pos[m] ?? 0;
        spans.push({
            start: open,
            end: close + run,
            run,
            content: text.slice(open + run, close).trim()
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
        return collapseSpaces(text).trim();
    const parts = [];
    let last = 0;
    for (const span of findCodeSpans(text)) {
        parts.push(stripMarks(text.slice(last, span.start)));
        parts.push(span.content);
        last = span.end;
    }
    parts.push(stripMarks(text.slice(last)));
    return collapseSpaces(parts.join('')).trim();
}
/** White space other than a space, or two white-space characters in a row. */
const SPACE_TO_COLLAPSE_RE = /[^\S ]|\s\s/;
/**
 * Each run of white space as one space. Most text has single spaces only, and
 * then the replace would build the same string again: a test is cheaper.
 */
function collapseSpaces(text) {
    return SPACE_TO_COLLAPSE_RE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
const LINK_RE = /!?\[([^\][]*)\]\([^()]*\)/g;
const TAG_RE = /<\/?[a-z][^<>]*>/gi;
const PAIR_MARK_RE = /\*\*|__|~~/g;
const STAR_EMPHASIS_RE = /(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g;
const ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!|~<>])/g;
/** Each pattern runs only when a character it needs is there: most text holds one kind of mark at most. */
function stripMarks(text) {
    let t = text;
    if (t.includes(']('))
        t = t.replace(LINK_RE, '$1');
    if (t.includes('<'))
        t = t.replace(TAG_RE, '');
    if (t.includes('**') || t.includes('__') || t.includes('~~'))
        t = t.replace(PAIR_MARK_RE, '');
    if (t.includes('*'))
        t = t.replace(STAR_EMPHASIS_RE, '$1$2');
    if (t.includes('\\'))
        t = t.replace(ESCAPE_RE, '$1');
    return t;
}
/** The line without its `-`, `*` or `+` bullet and the white space around it, if it has one. */
function withoutBullet(line) {
    const t = line.trimStart();
    const bullet = t.length > 1 && '-*+'.includes(t.charAt(0)) && t.charAt(1).trim() === '';
    return bullet ? t.slice(1).trimStart() : line;
}
/** Text struck through as a whole (`~~\u2026~~`). */
function isStruck(text) {
    if (!text.includes('~~'))
        return false;
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
    // The patterns run only for text holding what they need (a `[`, `path/to/`): most
    // values, paths among them, hold neither, and the patterns are then not compiled.
    if (!t.includes('[') && !namesPathTo(t))
        return false;
    if (t.startsWith('[') && /^\[[^\]]*\](?!\()$/.test(t) && !/^\[(?:[ xX\u2705\u274c\u26a0]|\uFE0F)*\]$/u.test(t))
        return true;
    return /\[(?:T##|Task[- ]ID|YYYY-MM-DD|track-id|N)\b|path\/to\//i.test(t);
}
/** `path/to/` in any case, its cheap part (`/t`) tested before the text is lower-cased. */
function namesPathTo(t) {
    return (t.includes('/t') || t.includes('/T')) && t.toLowerCase().includes('path/to/');
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
    const lower = text.toLowerCase();
    // ASCII text needs no Unicode classes, whose pattern costs a millisecond to compile.
    const other = isAscii(lower, lower.length) ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu;
    // Each run of other characters, dashes included, becomes one dash: none is doubled.
    return trimChars(lower.replace(other, '-'), '-');
}
function basename(path) {
    const trimmed = trimSets(path, '', '/');
    const i = trimmed.lastIndexOf('/');
    return i === -1 ? trimmed : trimmed.slice(i + 1);
}
/** Values that mean "nothing": `None`, `N/A`, `-`, and the same in other languages (`\u041d\u0435\u0442`, `Aucun`). */
function isNone$1(text) {
    // Most values are paths or prose: their first letter rules them out.
    const lead = leadChar(text);
    if (lead !== '' && !mayStartNone(lead))
        return false;
    const t = inlineText(text).trim();
    return (/^(?:none(?: identified)?|n\/?a|-+|\u2014|\u2013|nothing|\(none[^)]*\))\.?$/i.test(t) || isLocalNone(t));
}
/** Whether a text whose plain text starts with `ch` may be one isNone takes: most first letters rule that out. */
function mayStartNone(ch) {
    const c = ch.toLowerCase();
    return c === 'n' || c === '-' || c === '\u2014' || c === '\u2013' || c === '(' || localNoneInitials().has(c);
}
/**
 * The first character of `inlineText(text)` when it shows without computing
 * that: an ASCII letter or digit after spaces (no markup removes one), or the
 * first character of a leading code span's content. Else ''.
 */
function leadChar(text) {
    const i = afterBlanks(text);
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))
        return text.charAt(i);
    if (c !== 96)
        return '';
    const first = findCodeSpans(text)[0];
    // A leading run that no later run closes stays as text.
    return first?.start === i ? first.content.charAt(0) : '`';
}
// `Label: value` without bold: a short label of letters and spaces, then a colon and a value.
const plainLabelRe = lazyPattern(() => /^([\p{L}][\p{L} _-]{0,38}?)[ \t]*:[ \t]+(\S[\s\S]*)$/u);
/**
 * plainLabelRe for text whose part before the first colon is ASCII: the
 * label lies in that part, and there the letters are a-z and A-Z. The Unicode
 * pattern costs a millisecond to compile, and most labels are English.
 */
const ASCII_LABEL_RE = /^([A-Za-z][A-Za-z _-]{0,38}?)[ \t]*:[ \t]+(\S[\s\S]*)$/;
/** A label written without bold (`Status: DONE`, `- Depends on: T01`), list marker allowed. */
function plainLabel(line) {
    if (!line.includes(':'))
        return null;
    const item = listItem(line);
    if (item && item.box !== null)
        return null;
    const text = (item ? item.text : line).trim();
    if (text.includes('**') || text.startsWith('__'))
        return null;
    const colon = text.indexOf(':');
    if (colon === -1)
        return null;
    // A label starts with a letter: text starting with any other ASCII character holds none.
    const c = text.charCodeAt(0);
    if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
        return null;
    const m = (isAscii(text, colon) ? ASCII_LABEL_RE : plainLabelRe()).exec(text);
    if (!m)
        return null;
    return { label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim() };
}

// The results of a pure function of a string, kept by argument: field labels
// and headings repeat across the files of a track, and working each one out
// again costs more than a look-up. Emptied when full, so that a track of
// distinct names keeps no more than `limit` of them.
// `undefined` is left out of T: it marks a text not worked out yet.
function memoByText(compute, limit) {
    const kept = new Map();
    return text => {
        let value = kept.get(text);
        if (value === undefined) {
            value = compute(text);
            if (kept.size >= limit)
                kept.clear();
            kept.set(text, value);
        }
        return value;
    };
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
    // Loaded files have LF line ends already: a plain split is enough for them.
    return t.includes('\r') ? t.split(/\r\n|\r|\n/) : t.split('\n');
}
function scanText(text) {
    const doc = scanLines(splitLines(text), 0);
    doc.text = text;
    return doc;
}
/**
 * Whether any line of the document may hold `marker`: false when its text does
 * not, so a reader looking for a rare marker skips the walk over every line.
 */
function mayHold(doc, marker) {
    return doc.text === null || doc.text.includes(marker);
}
/** mayHold for words in any case: `pattern` (neither global nor sticky) tested on the whole text. */
function mayMatch(doc, pattern) {
    return doc.text === null || pattern.test(doc.text);
}
// `[\s\S]`, not `.`: a line may hold U+2028, where `.*$` fails after quadratic backtracking.
const FENCE_RE = /^[ \t]*(`{3,}|~{3,})([\s\S]*)$/;
const HEADING_RE = /^ {0,3}(#{1,6})(?:[ \t]+([\s\S]*))?$/;
const LEVEL_2_RE = /^ {0,3}##[ \t]/;
function scanLines(lines, offset) {
    const n = lines.length;
    // Arrays, not typed arrays: a typed array's bytes live outside V8's heap, and
    // making two per file (thousands in a large track) cost more than filling them.
    const opaque = new Array(n).fill(0);
    const headingOn = new Array(n).fill(-1);
    const fences = [];
    const headings = [];
    let unclosedFence = null;
    const longLine = cutLongLines(lines);
    // Open sections, innermost last: closed by the next heading of the same or a higher level.
    const open = [];
    // Per fence character, the shortest fence found never to close.
    const unclosable = new Map();
    for (let i = 0; i < n; i++) {
        const line = lines[i] ?? '';
        const first = firstChar(line);
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
    return {
        text: null,
        lines,
        offset,
        opaque,
        fences,
        headings,
        headingOn,
        unclosedFence,
        longLine,
        labels: null
    };
}
/**
 * Cuts lines longer than MAX_LINE; returns the index of the first one cut, or
 * -1. A function of its own: V8 optimises a long loop while it runs (on a
 * plan's thousands of lines), and inside scanLines that optimised the code
 * after the loop before it had ever run; that code then fell back to the
 * interpreter on one report in twelve, for the rest of the file.
 */
function cutLongLines(lines) {
    let first = -1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line.length > MAX_LINE) {
            lines[i] = line.slice(0, MAX_LINE);
            if (first === -1)
                first = i;
        }
    }
    return first;
}
/** The line's first character after leading whitespace, as `trimStart` finds it. */
function firstChar(line) {
    const i = afterBlanks(line);
    const c = line.charCodeAt(i);
    // Other whitespace (line breaks, no-break and wide spaces) is left to trimStart.
    return (c >= 10 && c <= 13) || c >= 0xa0 ? line.trimStart().charAt(0) : line.charAt(i);
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
 * lower-cased, parentheticals (`(v1.1)`, `(What Was Done)`) and a ` \u2014 ` tail
 * dropped, whitespace collapsed, trailing colon removed; a name in another
 * language becomes its English name (`r\u00e9sum\u00e9` \u2192 `summary`).
 */
const headingKey = memoByText(keyOf, 4096);
/** Kept by heading text (above): reports repeat their template's headings (2,044 texts among the 21,601 headings of 2,000 reports). */
function keyOf(text) {
    let t = stripEmoji(inlineText(text)).toLowerCase();
    for (let k = 0; k < 3 && t.includes('('); k++)
        t = t.replace(/\([^()]*\)/g, ' ');
    const dash = t.search(/\s[\u2014\u2013]\s/);
    if (dash !== -1)
        t = t.slice(0, dash);
    return englishName(trimChars(collapseSpaces(t), ' :.'));
}
/**
 * The bold label of line `i` (lineLabel), read once per document: the header,
 * the decisions, the overall score, the file lists and the hand-off all look
 * for labels, most of them on every line that holds `**`.
 */
function labelAt(doc, i) {
    doc.labels ??= new Array(doc.lines.length);
    let label = doc.labels[i];
    if (label === undefined) {
        label = lineLabel(doc.lines[i] ?? '');
        doc.labels[i] = label;
    }
    return label;
}
/** File line number (1-based) of a line index. */
function lineNo(doc, index) {
    return doc.offset + index + 1;
}
const SECTION_LEVELS = [2, 1, 3];
/**
 * The first section whose key passes the test, trying the levels in order
 * (reports use `##` for their sections; some shift every heading by one).
 */
function findSection(doc, test, levels = SECTION_LEVELS) {
    // Plain indexed loops: every reader asks for its section in every report; a
    // closure per level made garbage by the megabyte on a large track, and an
    // array iterator costs a call per step in code not yet optimised.
    const headings = doc.headings;
    for (let l = 0; l < levels.length; l++) {
        const level = levels[l];
        for (let i = 0; i < headings.length; i++) {
            const h = headings[i];
            if (h.level === level && test(h.key))
                return h;
        }
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
        const item = listItem(line);
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
        if (listItem(line))
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
        const l = labelAt(doc, i);
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
const BLOCK_START_RE$1 = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|>|\||#{1,6}(?:\s|$)|(?:[-*_]\s*){3,}$)/;
/**
 * Whether a line starts a block other than a paragraph. Its first visible
 * character rules out most prose lines before the pattern runs, and so before
 * it is compiled (docs/performance.md, "Regular expressions compiled at start").
 */
function startsBlock(line) {
    return '-*+>|#_0123456789'.includes(line.trimStart().charAt(0)) && BLOCK_START_RE$1.test(line);
}
/**
 * The first prose paragraph in [start, end): lines up to a blank line or the
 * start of another block. Paragraphs that are only a label (`**Key findings:**`)
 * or pass `skip` are passed over.
 */
function firstParagraph(doc, start, end, skip) {
    const stop = Math.min(end, doc.lines.length);
    for (let i = start; i < stop; i++) {
        const line = doc.lines[i] ?? '';
        if (doc.opaque[i] || isBlank(line) || startsBlock(line))
            continue;
        const lines = [];
        let j = i;
        for (; j < stop; j++) {
            const l = doc.lines[j] ?? '';
            if (doc.opaque[j] || isBlank(l) || (j > i && startsBlock(l)))
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

// Scores and thresholds as people write them: `0.85`, `0,85` (decimal comma),
// `85%`, `85 %`, `78/100`, `4/5`, `1.5/5`, `0.9 / 1.0`, `3 out of 4`. A value
// whose scale cannot be known (`150`, `1.5` alone) or that is negative is
// unreadable, never guessed: the caller warns and leaves the value out. A score
// past its stated maximum (`1.4 / 1.0`, `120%`) is kept and clamped later.
// No nested quantifiers: each alternative is linear from its start.
const NUMBER_RE = /\d+(?:[.,]\d+)?|[.,]\d+/;
const DENOMINATOR_RE = /^[ \t]*(?:\/|out[ \t]+of\b|of\b)[ \t]*(\d+(?:[.,]\d+)?|[.,]\d+)/i;
/** A number token, `,` read as the decimal separator when digits follow it. */
function numberValue(token) {
    return Number(token.replace(',', '.'));
}
/** The first number of `text` read as a fraction in [0, 1]. */
/** A count written with thousands commas (`1,204`); null when it is not a safe integer. */
function toInt(text) {
    if (text === undefined)
        return null;
    const n = Number(text.replaceAll(',', ''));
    return Number.isSafeInteger(n) ? n : null;
}
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
    if ((before === '-' || before === '\u2212') && (m.index < 2 || /[\s(:=]/.test(beforeSign))) {
        return { kind: 'unreadable', reason: `${before}${token} is negative` };
    }
    // The rest of the value is short: a bounded slice keeps the tail checks cheap.
    const tail = text.slice(m.index + token.length, m.index + token.length + 64);
    if (tail.charAt(afterBlanks(tail)) === '%') {
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
    // Without an escaped pipe every `|` ends a cell: a native split, not a string
    // grown a character at a time.
    if (!t.includes('\\|'))
        return t.split('|').map(cell => cell.trim());
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
/**
 * The column whose header holds the earliest of `words` as a whole word, other
 * than column `skip`; -1 when no header holds one. Where a table has a Score
 * and a Status column, the caller's order says which one is the value. A
 * header in a language the parser knows is read by its English name
 * (`\u041e\u0446\u0435\u043d\u043a\u0430` as score), so every table reader takes the same headers.
 */
function rankedColumn(headers, words, skip = -1) {
    const names = headers.map(englishName);
    for (const word of words) {
        const c = names.findIndex((h, i) => i !== skip && holdsWord(h, word));
        if (c !== -1)
            return c;
    }
    return -1;
}
function holdsWord(text, word) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + word.length))) {
            return true;
        }
    }
    return false;
}
/** `\w` of a pattern: a letter, digit or underscore of ASCII; NaN (outside the text) is not. */
function isWordChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

// Patterns that read a label and keep the rest of the line stop where the rest
// begins, and the rest is sliced off here. A case-blind pattern that captures
// the rest itself, `([\s\S]*)`, costs V8 far more to compile than the label
// part: it closes the whole code-point range over case (docs/performance.md,
// "What a small run loads, parses and waits for").
/** The text after a match: what a trailing `([\s\S]*)` in the pattern would have captured. */
function restAfter(text, m) {
    return text.slice(m.index + m[0].length);
}

// Gate targets: the plan's Gate Targets table and PRD \u00a710 share the reading
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
/**
 * Read a target cell: `\u22650.75`, `>= 0.75`, `0.8`, `pass`, `tests pass`, `N/A`.
 * A skipped target starts with `n`, `s` or a dash, and a skipped status holds
 * `skip`: tested first, so that the patterns are not compiled for other cells
 * (docs/performance.md, "Regular expressions compiled at start").
 */
function readTarget(raw, status = '') {
    const t = stripEmoji(inlineText(raw)).trim();
    if (('nNsS-\u2014\u2013'.includes(t.charAt(0)) &&
        /^(?:(?:n\/?a|skip(?:ped)?|none)\b|[-\u2014\u2013]+(?:\s|$))/i.test(t)) ||
        t === '' ||
        (status.toLowerCase().includes('skip') && /\bskip/i.test(status))) {
        return { kind: 'skip', threshold: null, known: true };
    }
    const numeric = /^(?:\u2265|>=|=>|>|\u2a7e|at\s+least|min(?:imum)?\.?:?)?\s*(?=\d|[.,]\d)/i.exec(t);
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
const GATE_BULLET_RE = /^gate[\s_-]*([iosm])\b[ \t]*(?:\([^()]{0,40}\))?[ \t]*[:\u2014\u2013-]?[ \t]*/i;
/**
 * Targets written as bullets, one per gate: `- Gate-I (Improve): \u2265 0.80`,
 * `- **Gate-M:** pass`. Bullets that name no gate first are not targets.
 */
function gateBullets(doc, start, end, source, diag) {
    const out = {};
    const stop = Math.min(end, doc.lines.length);
    for (let i = start; i < stop; i++) {
        if (doc.opaque[i] || doc.headingOn[i] !== -1)
            continue;
        const line = doc.lines[i] ?? '';
        const item = listItem(line);
        if (!item || item.indent > 1)
            continue;
        const label = lineLabel(line);
        const text = label ? `${label.label}: ${label.value}` : inlineText(item.text);
        const bullet = stripEmoji(inlineText(text)).trim();
        const m = GATE_BULLET_RE.exec(bullet);
        if (!m)
            continue;
        const gate = (m[1] ?? 'I').toUpperCase();
        const value = restAfter(bullet, m).trim();
        if (out[gate] || value === '')
            continue;
        const target = makeTarget(gate, value, '', source, diag, lineNo(doc, i));
        if (target)
            out[gate] = target;
    }
    return out;
}

// A report's IOSM gate section in its three forms: scored (`### Gate-I
// (Improve) \u2705`, checklist, `**Score:** 0.85 / 1.0`), partial (`### Gate-I
// (Improve) N/A`), and checkbox-only (`- [x] **Gate-I:** text`); and the
// shapes agents drift into: a line per gate (`Gate-O: 0,7`, `- Gate-S: FAIL \u2014
// 40%`), a bold gate label over its checklist, a table per gate.
function isGateSectionKey(key) {
    return /^(?:iosm\s+)?quality\s+(?:gate|check)|^iosm\s+(?:gate|check)|^gates?(?:\s+results?)?$/.test(key);
}
/** Value of a checklist mark: `x` / \u2705 = 1, \u26a0\ufe0f = 0.5, blank / \u274c = 0; null for anything else. */
function markValue(mark) {
    const m = stripVariation(mark).trim();
    if (m === '')
        return 0;
    if (m.length !== 1)
        return null;
    if ('xX\u2705\u2714\u2713'.includes(m))
        return 1;
    if ('\u26a0~\u00bd'.includes(m))
        return 0.5;
    if ('\u274c\u2717\u2718'.includes(m))
        return 0;
    return null;
}
function stripVariation(text) {
    return text.replaceAll('\uFE0F', '');
}
function emojiValue(text) {
    const t = stripVariation(text);
    if (t.includes('\u274c'))
        return 0;
    if (t.includes('\u26a0'))
        return 0.5;
    if (t.includes('\u2705'))
        return 1;
    return null;
}
const NA_RE$1 = /\bn\/a\b/i;
const EXPLICIT_GATE_RE = /^(?:\*\*)?\s*gate[\s_-]*([iosm])\b/i;
const GATE_NAME_RE = /gate[\s_-]*[iosm]\b/i;
// After a gate's name: `(Improve)`, bold marks, a colon or a dash (group 1), then the value.
const GATE_TAIL_RE = /^[ \t]*(?:\([^()]{0,40}\))?[ \t*]*([:\u2014\u2013-]?)[ \t*]*/;
function afterGateName(text) {
    const named = GATE_NAME_RE.exec(text);
    if (!named)
        return { value: '', separated: false };
    const rest = text.slice(named.index + named[0].length);
    const m = GATE_TAIL_RE.exec(rest);
    return { value: rest.slice(m ? m[0].length : 0).trim(), separated: (m?.[1] ?? '') !== '' };
}
// `PASS`, `Passed`, `passing`, `OK`, `FAIL`, `failed`, then what separates a number from them.
const VERDICT_WORD_RE = /^(?:(pass(?:e[ds]|ing)?|ok)|fail(?:s|ed|ing)?)\b[\s:\u2014\u2013()-]*/i;
/**
 * Read a gate's value. A number is a score; a pass or fail word is a mark, or
 * the score written after it (`PASS \u2014 92%`, `FAIL (0.40)`) when that reads as
 * one: a count after the word (`FAIL \u2014 2 tests failing`) leaves the word.
 * Emoji mark the value anywhere in it (`\u2705 clean`).
 */
function readStatement(raw) {
    const plain = stripEmoji(inlineText(raw)).trim();
    if (NA_RE$1.test(plain) || startsWithSkip(plain))
        return { kind: 'not-applicable' };
    if (startsWithNumber(plain))
        return { kind: 'score', text: plain };
    const word = VERDICT_WORD_RE.exec(plain);
    if (word) {
        const rest = plain.slice(word[0].length);
        if (startsWithNumber(rest) && readScore(rest).kind === 'value')
            return { kind: 'score', text: rest };
        return { kind: 'mark', value: word[1] !== undefined ? 1 : 0 };
    }
    const emoji = emojiValue(raw);
    return emoji === null ? { kind: 'none' } : { kind: 'mark', value: emoji };
}
/** A digit first, or after a leading `.` or `,`. */
function startsWithNumber(text) {
    const c = text.charCodeAt(text.startsWith('.') || text.startsWith(',') ? 1 : 0);
    return c >= 48 && c <= 57;
}
/**
 * `text` starts with `skip`, in any case. The string test spares most runs compiling the
 * pattern (docs/performance.md, "Regular expressions compiled at start").
 */
function startsWithSkip(text) {
    return text.slice(0, 4).toLowerCase() === 'skip' && /^skip/i.test(text);
}
function gateTallies(diag) {
    const byGate = new Map();
    const tally = (gate) => {
        let t = byGate.get(gate);
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
            byGate.set(gate, t);
        }
        return t;
    };
    const takeScore = (gate, value, line) => {
        const t = tally(gate);
        if (t.score !== null)
            return;
        if (NA_RE$1.test(value) || startsWithSkip(value.trim())) {
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
    const takeStatement = (gate, raw, line) => {
        const said = readStatement(raw);
        if (said.kind === 'none')
            return false;
        if (said.kind === 'not-applicable')
            tally(gate).notApplicable = true;
        else if (said.kind === 'score')
            takeScore(gate, said.text, line);
        else
            takeItem(gate, said.value, line);
        return true;
    };
    const unread = (gate, raw, line) => {
        diag.warning(line, `Gate-${gate} "${inlineText(raw)}" is neither a score, a pass or fail, nor N/A; it is not read, and Gate-${gate} counts as not evaluated unless the report scores it elsewhere`);
    };
    return { byGate, tally, takeScore, takeItem, takeStatement, unread };
}
function readGates(doc, diag) {
    const section = findSection(doc, isGateSectionKey);
    if (!section)
        return { gates: {}, found: false, section: null };
    const tallies = gateTallies(diag);
    let context = null;
    for (let i = section.index + 1; i < section.end; i++) {
        if (doc.opaque[i])
            continue;
        const n = lineNo(doc, i);
        const hi = doc.headingOn[i] ?? -1;
        if (hi !== -1) {
            const h = doc.headings[hi];
            context = h ? gateOf(h.text) : null;
            if (h && context)
                readGateHeading(h.text, context, n, tallies);
            continue;
        }
        context = readGateLine(doc.lines[i] ?? '', context, n, tallies);
    }
    for (const table of readGateTables(doc, section, tallies)) {
        if (table.gates.every(g => tallies.byGate.has(g)))
            continue;
        diag.warning(table.line, `this table names gates but has no Score, Final, Actual, Value, Result or Status column (columns: ${table.header.join(', ')}); its rows are not read`);
    }
    const gates = {};
    for (const key of GATE_KEYS) {
        const t = tallies.byGate.get(key);
        const value = t ? gateValue(t) : null;
        if (value)
            gates[key] = value;
    }
    return { gates, found: true, section };
}
/** A gate's heading: `### Gate-I (Improve) \u2705`, `### Gate-O N/A`, `### Gate-S \u2014 85 %`. */
function readGateHeading(text, gate, n, tallies) {
    const t = tallies.tally(gate);
    t.headingLine = n;
    const after = afterGateName(stripEmoji(inlineText(text)).trim()).value;
    if (NA_RE$1.test(text))
        t.notApplicable = true;
    else if (startsWithNumber(after)) {
        const reading = readScore(after);
        if (reading.kind === 'value')
            t.headingScore ??= reading.value;
        else
            tallies.takeScore(gate, after, n);
    }
    else
        t.headingValue ??= emojiValue(text);
}
/**
 * A line of the section that is not a heading, under the gate `context`, if
 * any. Returns the gate the next lines are under: a line that is a gate's name
 * and nothing else (`**Gate-I (Improve):**`) heads the checklist below it as a
 * heading would.
 */
function readGateLine(line, context, n, tallies) {
    const item = listItem(line);
    const text = item ? item.text : line.trim();
    const explicit = EXPLICIT_GATE_RE.exec(stripEmoji(text).trim());
    const gate = explicit ? (explicit[1] ?? 'I').toUpperCase() : context;
    if (!gate)
        return context;
    if (item && item.box !== null) {
        if (NA_RE$1.test(text))
            return context;
        const value = markValue(item.box);
        if (value !== null)
            tallies.takeItem(gate, value, n);
        return context;
    }
    const label = boldLabel(text);
    if (label && /^score$/i.test(label.label)) {
        tallies.takeScore(gate, label.value, n);
        return context;
    }
    if (explicit) {
        // `- **Gate-I:** 0.9`, `- Gate-M (Modularize) \u2014 0,90`, `Gate-O: PASS`, `- \u2705 Gate-S`.
        // A line that is not an item is read only when a colon or a dash follows the
        // name, so that prose which starts with one (`Gate-I was the hard part`) is not.
        const after = label
            ? { value: label.value.trim(), separated: true }
            : afterGateName(inlineText(text));
        if (after.value === '')
            return item ? context : gate;
        if (item || after.separated) {
            if (!tallies.takeStatement(gate, after.value, n)) {
                const lead = item ? emojiValue(text.slice(0, 3)) : null;
                if (lead !== null)
                    tallies.takeItem(gate, lead, n);
                else
                    tallies.unread(gate, after.value, n);
            }
            return context;
        }
    }
    if (item && !NA_RE$1.test(text)) {
        const value = emojiValue(text.slice(0, 3));
        if (value !== null)
            tallies.takeItem(gate, value, n);
    }
    return context;
}
/**
 * What a report says of one gate: a stated score (on a line, else on the
 * heading) beats the checklist's mean, which beats the heading's mark; an
 * unreadable score or N/A leaves the gate out.
 */
function gateValue(t) {
    if (t.unreadable && t.score === null)
        return null;
    if (t.score !== null)
        return { score: round3(clampToUnit(t.score)), source: 'score', line: t.scoreLine };
    if (t.headingScore !== null)
        return { score: round3(clampToUnit(t.headingScore)), source: 'score', line: t.headingLine };
    if (t.notApplicable)
        return null;
    if (t.items.length > 0) {
        const mean = t.items.reduce((a, b) => a + b, 0) / t.items.length;
        return { score: round3(clampToUnit(mean)), source: 'checklist', line: t.itemLine };
    }
    if (t.headingValue !== null)
        return { score: round3(clampToUnit(t.headingValue)), source: 'checklist', line: t.headingLine };
    return null;
}
/**
 * Header words of a table's value column, most telling first: where a table has
 * both, a Score column beats a Status column of \u2705 and \u26a0\ufe0f.
 */
const VALUE_HEADERS = ['score', 'final', 'actual', 'current', 'value', 'result', 'status'];
/**
 * `| Gate | Score |` tables, their headers in any language the parser knows
 * (`| Gate | \u0421\u0442\u0430\u0442\u0443\u0441 | \u041e\u0446\u0435\u043d\u043a\u0430 |`): one row per gate. A table whose rows name
 * gates but that has no value column is not guessed at; it is returned, for a
 * warning when the section says nothing else of a gate it names.
 */
function readGateTables(doc, section, tallies) {
    const unread = [];
    for (const table of findTables(doc, section.index + 1, section.end)) {
        const gateCol = gateColumn(table.header, table.rows);
        if (gateCol === -1)
            continue;
        const valueCol = rankedColumn(table.header, VALUE_HEADERS, gateCol);
        if (valueCol === -1) {
            const gates = table.rows.map(row => gateOf(row.cells[gateCol] ?? ''));
            unread.push({
                line: table.line,
                header: table.header,
                gates: gates.filter((g) => g !== null)
            });
            continue;
        }
        for (const row of table.rows) {
            const gate = gateOf(row.cells[gateCol] ?? '');
            if (!gate)
                continue;
            const raw = row.cells[valueCol] ?? '';
            // Anything else is a score that cannot be read, and says why.
            if (!tallies.takeStatement(gate, raw, row.line)) {
                tallies.takeScore(gate, stripEmoji(inlineText(raw)).trim(), row.line);
            }
        }
    }
    return unread;
}
/** The column headed Gate, else the first whose cells name gates (`Gate-I`) under a header in a language the parser does not know. */
function gateColumn(headers, rows) {
    const headed = rankedColumn(headers, ['gate']);
    if (headed !== -1)
        return headed;
    const named = (cell) => EXPLICIT_GATE_RE.test(stripEmoji(inlineText(cell)).trim());
    for (let c = 0; c < headers.length; c++) {
        if (rows.some(row => named(row.cells[c] ?? '')))
            return c;
    }
    return -1;
}
/** `**Overall IOSM Score for this task:** 0.96 / 1.0 (Excellent)` anywhere outside fences. */
function readOverallScore(doc, diag) {
    // Only a report whose text says "overall" can hold the label.
    const lines = mayMatch(doc, /overall/i) ? doc.lines.length : 0;
    for (let i = 0; i < lines; i++) {
        const line = doc.lines[i] ?? '';
        if (doc.opaque[i] || !line.includes('**'))
            continue;
        const label = labelAt(doc, i);
        if (!label || !/^overall\b.*\bscore\b/i.test(label.label))
            continue;
        if (NA_RE$1.test(label.value) || inlineText(label.value).startsWith('['))
            return null;
        const reading = readScore(label.value);
        if (reading.kind === 'value')
            return round3(clampToUnit(reading.value));
        diag.warning(lineNo(doc, i), `overall score "${inlineText(label.value)}" ${reading.kind === 'none' ? 'holds no number' : `cannot be read: ${reading.reason}`}; it is left out`);
        return null;
    }
    return null;
}

// iosm_report.md: per-gate `## Gate-I: Improve` sections with `**Score:**`,
// the summary table `Gate | Target | Baseline | Final | Status | \u0394`, and the
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
const NA_RE = /\bn\/?a\b|\bskip/i;
/** N/A or SKIP in `text` (NA_RE, behind a string test: see readValue). */
function notApplicable(text) {
    const t = text.toLowerCase();
    return (t.includes('na') || t.includes('n/a') || t.includes('skip')) && NA_RE.test(text);
}
/**
 * A gate value; null when it is neither a score nor pass/fail, `unreadable`
 * (warned here) when it is a number that cannot be read: the gate then has no
 * stated score, and the task reports' scores count instead. A pattern that
 * rarely matches runs only after a string test says it can: each one a run
 * meets is compiled (docs/performance.md, "Regular expressions compiled at start").
 */
function readValue(raw, line, gate, diag) {
    const text = stripEmoji(inlineText(raw)).trim();
    if (text === '')
        return null;
    if ('-\u2014nNsS'.includes(text.charAt(0)) && /^(?:n\/?a|-|\u2014|skip)/i.test(text)) {
        return { score: null, skipped: true, raw: text, line };
    }
    if (startsWithNumber(text)) {
        const reading = readScore(text);
        if (reading.kind === 'value') {
            return { score: round3(clampToUnit(reading.value)), skipped: false, raw: text, line };
        }
        if (reading.kind === 'unreadable') {
            diag.warning(line, `Gate-${gate} score "${text}" cannot be read (${reading.reason}); the task reports' scores are used instead`);
            return 'unreadable';
        }
    }
    // `\u2705 PASS (0.55)`: the score after the word, as a report's gate line reads it; a
    // PASS over a score below the target must not read as 1.0.
    const said = readStatement(raw);
    if (said.kind === 'score') {
        const reading = readScore(said.text);
        if (reading.kind === 'value') {
            return { score: round3(clampToUnit(reading.value)), skipped: false, raw: text, line };
        }
    }
    if (text.toLowerCase().includes('fail') && /\bfail/i.test(text)) {
        return { score: 0, skipped: false, raw: text, line };
    }
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
/**
 * Header words of the summary table's value column, most telling first: a Final
 * column beats a Score column, and either beats a Result of \u2705 PASS.
 */
const FINAL_HEADERS = ['final', 'score', 'actual', 'result'];
/**
 * The summary table's Final column (binary words read as 1.0 or 0, N/A or status SKIP as
 * skipped), its headers in any language the parser knows.
 */
function tableScores(doc, diag) {
    const out = {};
    for (const table of findTables(doc, 0, doc.lines.length)) {
        const gateCol = rankedColumn(table.header, ['gate']);
        const finalCol = rankedColumn(table.header, FINAL_HEADERS, gateCol);
        if (gateCol === -1 || finalCol === -1)
            continue;
        const statusCol = rankedColumn(table.header, ['status']);
        for (const row of table.rows) {
            const gate = gateOf(row.cells[gateCol] ?? '');
            if (!gate || out[gate])
                continue;
            const cell = row.cells[finalCol] ?? '';
            const status = statusCol === -1 ? '' : stripEmoji(inlineText(row.cells[statusCol] ?? ''));
            const head = stripEmoji(inlineText(cell)).trim().slice(0, 4);
            if (startsWithSkip(status.trimStart()) || notApplicable(head)) {
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
/** `**IOSM-Index:** (\u2026) / 3 = **0.85**`, `**Final Index:** 0.85`: the value after `=` when there is a formula. */
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
            best = { value: round3(clampToUnit(value)), line: lineNo(doc, i), final };
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
        return plainCopy(raw);
    let p = raw.trim();
    // Backticks and quotes around the whole token.
    p = trimChars(p, '`\'"').trim();
    if (p === '' || p.startsWith('['))
        return null;
    // Each pattern below runs only when the text holds a character it needs.
    if (p.includes('://') && /^[a-z][a-z0-9+.-]*:\/\//i.test(p))
        return null;
    p = p.replaceAll('\\', '/');
    // A trailing glob stands for its folder: `core/*.py`, `api/**`.
    const glob = includesAny(p, '*?[') ? p.search(/[*?[]/) : -1;
    if (glob !== -1) {
        const slash = p.lastIndexOf('/', glob);
        if (slash === -1)
            return null;
        p = p.slice(0, slash + 1);
    }
    while (p.startsWith('./'))
        p = p.slice(2);
    p = trimSets(p, '/', '');
    if (p.includes('//'))
        p = p.replace(/\/{2,}/g, '/');
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
/**
 * A word that is a path whatever surrounds it: plain (PLAIN_PATH), and with a
 * folder (`bench/run.py`, `docs/`) or an extension that holds a letter
 * (`README.md`). Versions (`v1.2`) and abbreviations (`e.g.`) are not.
 */
function isPathWord(word) {
    if (!PLAIN_PATH.test(word))
        return false;
    if (word.includes('/'))
        return true;
    const dot = word.lastIndexOf('.');
    return dot > 0 && /^[A-Za-z][A-Za-z0-9]{0,9}$/.test(word.slice(dot + 1));
}
/**
 * A plain path (PLAIN_PATH) as a one-byte string (see compactPath). encodeURI
 * leaves every character such a path may hold as it is, and always builds a
 * one-byte string: one native copy, cheaper than compactPath's by hand and its
 * cache, and never a slice that keeps a report's text alive.
 */
function plainCopy(path) {
    return encodeURI(path);
}
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
    if (path.length > 1024)
        return path;
    // Only one-byte copies are kept: a path with a wider character finds none.
    const known = compactCopies.get(path);
    if (known !== undefined)
        return known;
    // Built from char codes below 256, V8 makes a one-byte string.
    const codes = new Array(path.length);
    for (let i = 0; i < path.length; i++) {
        const c = path.charCodeAt(i);
        // A wider character (surrogate halves of emoji are above 255).
        if (c > 0xff)
            return path;
        codes[i] = c;
    }
    const copy = String.fromCharCode(...codes);
    if (compactCopies.size >= COMPACT_CACHE_LIMIT)
        compactCopies.clear();
    compactCopies.set(copy, copy);
    return copy;
}

// Readers for the values of plan task fields (`Depends on`, `Touches`, \u2026).
const PHASE_RANGE_RE = /\bphases?\s+(\d+)(?:\s*(?:-|\u2013|\u2014|\.\.|to|through|and|&)\s*(?:phase\s+)?(\d+))?/gi;
const ALL_BEFORE_RE = /\ball\s+(?:of\s+)?(?:the\s+)?$/i;
const TASKS_AFTER_RE = /^\s*tasks?\b/i;
/** `T01`, `T01, T2`: ids and commas alone, the way plans write most dependencies. */
const ID_LIST_RE = /^T\d+(?:[ \t]*,[ \t]*T\d+)*$/;
function readDependsOn(value, taskId, diag, line) {
    // Such a value has no markup, says no "none", names no phase and leaves nothing
    // over: the reading below would give its ids and no warning.
    if (ID_LIST_RE.test(value)) {
        return { ids: [...new Set(value.split(',').map(id => id.trim()))], phases: [] };
    }
    const written = inlineText(value);
    if (written === '' || isNone$1(written))
        return { ids: [], phases: [] };
    const text = withTaskNumbers(written);
    const ids = taskIds(text);
    const phases = [];
    const phaseRefs = [];
    // Most values name no phase: the pattern is then not compiled (docs/performance.md,
    // "Regular expressions compiled at start").
    const phaseMatches = text.toLowerCase().includes('phase') ? text.matchAll(PHASE_RANGE_RE) : [];
    for (const m of phaseMatches) {
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
        diag.warning(line, `${taskId}: Depends on "${written}" names no task id; no dependency is taken from it`);
    }
    else {
        const rest = leftoverText(text, phaseRefs);
        if (rest !== '') {
            diag.warning(line, `${taskId}: Depends on "${written}": "${rest}" is not a task id; no dependency is taken from that part`);
        }
    }
    return { ids, phases };
}
const ID_WORD_RE = new RegExp(String.raw `\b(?:${TASK_ID})\b`, 'gi');
/** `Task 3` as the plan's headings read it (`### Task 3: Title` is T03), for plans that number tasks so. */
function withTaskNumbers(text) {
    if (!text.toLowerCase().includes('task'))
        return text;
    return text.replace(/\btask\s+(\d{1,4})\b/gi, (_all, n) => `T${n.padStart(2, '0')}`);
}
/**
 * What a dependency value says besides its references: ids, phase references,
 * separators, `and`, and notes in parentheses or brackets (`T00 (if
 * brownfield)`) removed. Empty unless a word or number remains. Patterns that
 * cannot match are skipped by string tests: a run compiles each pattern it meets.
 */
function leftoverText(text, phaseRefs) {
    let t = text;
    for (const ref of [...phaseRefs].reverse())
        t = `${t.slice(0, ref.start)} ${t.slice(ref.end)}`;
    for (let k = 0; k < 3 && (t.includes('(') || t.includes('[')); k++) {
        t = t.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
    }
    t = t.replace(ID_WORD_RE, ' ');
    const lower = t.toLowerCase();
    if (lower.includes('and') || lower.includes('task'))
        t = t.replace(/\b(?:and|tasks?)\b/gi, ' ');
    t = t.replace(/[\s,;:.&+/|\u2013\u2014-]+/g, ' ').trim();
    return hasLetterOrDigit(t) ? t : '';
}
/** Split on commas and line ends that sit outside code spans, brackets and parentheses. */
function splitItems(text) {
    const items = [];
    let depth = 0;
    let inCode = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 96)
            inCode = !inCode;
        else if (!inCode && (c === 91 || c === 40))
            depth++;
        else if (!inCode && (c === 93 || c === 41))
            depth = Math.max(0, depth - 1);
        // `,`, `;` and line ends split; each item is a slice, not a string grown by characters.
        if (!inCode && depth === 0 && (c === 44 || c === 59 || c === 10)) {
            items.push(text.slice(start, i));
            start = i + 1;
        }
    }
    items.push(text.slice(start));
    return items.map(s => withoutBullet(s.trim())).filter(s => s !== '');
}
const READ_ONLY_RE = /\bread[\s_-]?only\b/i;
/** `` `a.ts`, `b/c.ts` ``: code spans of one backtick each, with commas between. */
const SPAN_LIST_RE = /^`[^`]+`(?:[ \t]*,[ \t]*`[^`]+`)*$/;
/**
 * The trimmed contents of a value that is nothing but a comma list of code
 * spans (SPAN_LIST_RE) with text in each, else null. The general reading
 * splits such a value into the same spans and finds each one's content again
 * (splitItems, then codeSpans per item); plans write most Touches this way, and
 * one look at each backtick is enough for them.
 */
function spanListContents(value) {
    if (!SPAN_LIST_RE.test(value))
        return null;
    const contents = [];
    for (let open = 0; open !== -1;) {
        const close = value.indexOf('`', open + 1);
        const content = value.slice(open + 1, close).trim();
        // An empty span is no path: the general reading reports its item.
        if (content === '')
            return null;
        contents.push(content);
        open = value.indexOf('`', close + 1);
    }
    return contents;
}
function readTouches(value, taskId, diag, line) {
    const paths = [];
    let readOnlyNote = false;
    const listed = spanListContents(value);
    // isNone reads such a value by its first span's first letter; one that may say
    // "none" takes the general reading.
    if (listed !== null && !mayStartNone(listed[0]?.charAt(0) ?? '')) {
        for (const content of listed)
            addPath(content);
        return { paths, readOnlyNote };
    }
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
/** `Gate-I, Gate-M`: gate names and commas alone, the template's way. */
const GATE_LIST_RE = /^Gate-[IOSM](?:[ \t]*,[ \t]*Gate-[IOSM])*$/;
/** Gates named in `IOSM checks`: `Gate-I, Gate-M (contracts)`, `All gates`, `N/A (research only)`. */
function readChecks(value) {
    // Such a value names its gates by their letters, and nothing else: no pattern needed.
    if (GATE_LIST_RE.test(value))
        return GATE_KEYS.filter(key => value.includes(`Gate-${key}`));
    const t = inlineText(value);
    if (/^n\/?a\b/i.test(t) || isNone$1(t))
        return [];
    if (t.toLowerCase().includes('gates') && /\ball\s+(?:iosm\s+)?gates\b/i.test(t)) {
        return [...GATE_KEYS];
    }
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
    ['\u2705', 'complete'],
    ['\u2714', 'complete'],
    ['\u26a0', 'partial'],
    ['\u274c', 'blocked'],
    ['\u26d4', 'blocked'],
    ['\ud83d\udeab', 'blocked'],
    ['\ud83d\udd04', 'in-progress'],
    ['\u23f3', 'in-progress']
];
/**
 * Read a status value (`DONE \u2705`, `\u26a0\ufe0f Partial`, `BLOCKED(reason: \u2026)`). Kept by
 * value: a track's plan and reports say the same few statuses thousands of
 * times. The readings are shared, so no caller may change one.
 */
const readStatus = memoByText(readOnce, 1024);
/**
 * Patterns that rarely match run only after a string test: each one a run
 * meets is compiled (docs/performance.md, "Regular expressions compiled at start").
 */
function readOnce(raw) {
    const text = inlineText(raw);
    const t = text.trim();
    if (t.startsWith('[') && /^\[[^\]]*\]$/.test(t))
        return { kind: 'unfilled' };
    if (text.includes('|') || text.includes('/')) {
        const choices = text.split(/[|/]/).filter(part => part.trim() !== '');
        if (choices.length > 1) {
            const statuses = new Set(choices.map(c => wordStatus(c)).filter(s => s !== null));
            if (statuses.size > 1)
                return { kind: 'unfilled' };
        }
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
    const t = withoutLeadingMarks(stripEmoji(text)).toLowerCase();
    for (const [re, status] of WORDS)
        if (re.test(t))
            return status;
    return localStatus(t);
}
/** `text` without its leading run of white space and `*_:-` marks. */
function withoutLeadingMarks(text) {
    let i = 0;
    while (i < text.length && (text.charAt(i).trim() === '' || '*_:-'.includes(text.charAt(i))))
        i++;
    return text.slice(i);
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
/**
 * A Tasks section that yields no task is said, never silent: the verdict would
 * miss every task. An error when the section holds text, which may be tasks in
 * a shape this tool does not read (the check must not pass without them); a
 * warning when it is empty.
 */
function warnEmptyTaskSection(doc, diag) {
    const section = doc.headings.find(h => h.level >= 2 && TASK_SECTION_RE.test(h.key));
    if (!section)
        return;
    let holdsText = false;
    for (let i = section.index + 1; i < section.end && !holdsText; i++) {
        holdsText = doc.headingOn[i] !== -1 || !isBlank(doc.lines[i] ?? '');
    }
    const message = `the section '${inlineText(section.text).slice(0, 80)}' holds no task this tool can read ` +
        '(a task is a `- [ ] **T01**: Title` line, a `### T01: Title` heading or a row of a task table); ' +
        'no task is taken from the plan';
    if (holdsText)
        diag.error(lineNo(doc, section.index), message);
    else
        diag.warning(lineNo(doc, section.index), message);
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
// The patterns end where the title begins, and the title is the rest of the line
// (rest.ts). No `(.*)$` after them: a run of spaces before a U+2028 in the line
// made the optional separators backtrack in cubic time.
// Dashes are written `\u2014` (em) and `\u2013` (en) in String.raw patterns: the
// bundles are ASCII (rollup.config.js), and a tagged template's text is not escaped.
const TASK_RE = new RegExp(String.raw `^\*\*[ \t]*(${TASK_ID})[ \t]*(?::[ \t]*)?\*\*[ \t]*[:\u2014\u2013-]?[ \t]*`, 'i');
const PLAIN_TASK_RE = new RegExp(String.raw `^(${TASK_ID})[ \t]*[:\u2014\u2013-][ \t]*`, 'i');
const LEGACY_RE = new RegExp(String.raw `^task\s+(${TASK_ID})\b[ \t]*[:\u2014\u2013-]?[ \t]*`, 'i');
/** `### Task 3: Title`: a task heading numbered without the `T`, read as T03. */
const NUMBERED_HEADING_RE = /^task\s+(\d{1,4})[ \t]*[:\u2014\u2013-][ \t]*/i;
/**
 * Format characters (zero-width space and joiners, word joiner, soft hyphen,
 * byte-order mark) are invisible where a person reads the plan, so `**T0<U+200B>1**`
 * must read as T01, not as a line without a task.
 */
const INVISIBLE_RE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** A checkbox line that names a task id in bold, read or not: `- [ ] **T01**`, `- [ ] **Task 3**`. */
const TASKLIKE_RE = /^\*\*[^*]{0,40}\bT(?:ASK)?[\s-]?\d/i;
const PHASE_RE = /^(?:phase|stage)\s+(\d+|[a-z])\b/i;
// `### T02: Title`, `#### T02 \u2014 Title`: a task written as a heading.
const HEADING_TASK_RE = new RegExp(String.raw `^(${TASK_ID})\b\s*[:\u2014\u2013-]\s*`, 'i');
/** A cell that is a task id and nothing else. */
const WHOLE_TASK_ID_RE = new RegExp(`^(?:${TASK_ID})$`, 'i');
/** NUMBERED_HEADING_RE's match with the id in the plan's usual spelling (`Task 3` \u2192 T03). */
function numberedHeading(text) {
    const m = NUMBERED_HEADING_RE.exec(text);
    if (m)
        m[1] = `T${(m[1] ?? '').padStart(2, '0')}`;
    return m;
}
/** `Phase 2` \u2192 2, `Stage B` \u2192 2: the token is digits or one letter (PHASE_RE). */
function phaseNumber(token) {
    const c = token.charCodeAt(0);
    return c >= 48 && c <= 57 ? Number(token) : token.toUpperCase().charCodeAt(0) - 64;
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
// Long: one pass over the plan's lines, in which the phase and stream headings
// seen so far decide what each task line belongs to; `start` and `finish`
// share that state with the loop.
function readStructure(doc, skipped, diag) {
    const phases = [];
    const tasks = [];
    const seen = new Set();
    let phase = null;
    let stream = null;
    let task = null;
    const named = [];
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
            // A task heading starts with `T` (`Task T01`, `T01:`); other headings leave both patterns
            // uncompiled (docs/performance.md, "Regular expressions compiled at start").
            const legacy = text.startsWith('T') || text.startsWith('t')
                ? (LEGACY_RE.exec(text) ??
                    (s.level >= 2 ? (HEADING_TASK_RE.exec(text) ?? numberedHeading(text)) : null))
                : null;
            const phaseMatch = PHASE_RE.exec(text);
            if (legacy) {
                start(legacy[1] ?? '', restAfter(text, legacy), i, -1, false);
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
        const item = listItem(line);
        if (!item)
            continue;
        if (item.box === null) {
            // `1. **T01** \u2014 Schema` with its fields below is a task without a checkbox;
            // without fields it may be a mention, kept to be checked once all is read.
            // Both patterns start with `**` or `T` (or a format character INVISIBLE_RE
            // drops): other items, most of a plan's, leave them unrun.
            const c = item.text.charCodeAt(0);
            if (c !== 42 && c !== 84 && c !== 116 && c < 0xad)
                continue;
            const text = item.text.replace(INVISIBLE_RE, '');
            const m = TASK_RE.exec(text) ?? PLAIN_TASK_RE.exec(text);
            if (!m)
                continue;
            if (opensFields(doc, i, item.indent))
                start(m[1] ?? '', restAfter(text, m), i, item.indent, false);
            else
                named.push({ id: (m[1] ?? '').toUpperCase(), line: lineNo(doc, i) });
            continue;
        }
        const text = item.text.replace(INVISIBLE_RE, '');
        const m = TASK_RE.exec(text) ?? PLAIN_TASK_RE.exec(text);
        if (m) {
            start(m[1] ?? '', restAfter(text, m), i, item.indent, ['x', 'X'].includes(item.box.trim()));
        }
        else if ((phase && /^\*\*[^*]+(?::\*\*|\*\*\s*:)/.test(text)) || TASKLIKE_RE.test(text)) {
            // A task the plan meant but the parser cannot read would vanish from
            // the verdict: an error, so that `fail-on: errors` holds the check.
            diag.error(lineNo(doc, i), `task line could not be read (no task id such as T01 or T-AUTO-01): ${inlineText(item.text.slice(0, 120))}`);
        }
    }
    finish();
    tableTasks(doc, skipped, phases, seen, tasks, diag);
    warnUnreadTasks(named, tasks, diag);
    return { phases, tasks };
}
/**
 * Whether the line after item `i` (blanks skipped) is a field of it: a deeper
 * item or line whose label is a task field (`- Touches:`, `- **Depends on:**`).
 */
function opensFields(doc, i, indent) {
    for (let j = i + 1; j < doc.lines.length; j++) {
        const line = doc.lines[j] ?? '';
        if (isBlank(line))
            continue;
        if (doc.opaque[j] || doc.headingOn[j] !== -1 || indentOf(line) <= indent)
            return false;
        const item = listItem(line);
        const label = boldLabel(item ? item.text : line.trim()) ?? plainLabel(line);
        return label !== null && isFieldName(label.label);
    }
    return false;
}
/**
 * Ids that list items name the way tasks are written (`- **T02** \u2014 Loader`)
 * but that no task was read for: the plan meant tasks the verdict would miss.
 * An error when the plan gave no task at all, else a warning (a mention of a
 * task the plan does not define).
 */
function warnUnreadTasks(named, tasks, diag) {
    const read = new Set(tasks.map(t => t.id));
    const reported = new Set();
    for (const { id, line } of named) {
        if (read.has(id) || reported.has(id))
            continue;
        reported.add(id);
        const message = `${id} is written like a task here, but no task ${id} could be read (a task is a \`- [ ] **${id}**: Title\` line or an item with its fields below it, a \`### ${id}: Title\` heading or a row of a task table)`;
        if (tasks.length === 0)
            diag.error(line, message);
        else
            diag.warning(line, message);
    }
}
const ID_HEADER_RE = /^(?:task\s*)?(?:id|#)$|^task$/;
const TITLE_HEADER_RE = /^(?:task|title|name|description|summary)$/;
/** `ID`, `Task ID`, `#`, `Task`: its end is tested first, so most headers skip the pattern. */
const isIdHeader = (h) => (h.endsWith('id') || h.endsWith('#') || h === 'task') && ID_HEADER_RE.test(h);
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
        const idCol = table.header.findIndex(isIdHeader);
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
    // Most field lines are bulleted bold labels: one pattern reads them (labelItem).
    const field = labelItem(line);
    if (field && startsField(task, field, indent, lineNumber))
        return true;
    const item = listItem(line);
    const bold = item ? (item.box === null ? boldLabel(item.text) : null) : boldLabel(line);
    // Fields without bold (`- Depends on: T01`) count only under known field names.
    const plain = bold ? null : plainLabel(line);
    const label = bold ?? (plain && isFieldName(plain.label) ? plain : null);
    const at = item ? item.indent : indent;
    if (label && startsField(task, label, at, lineNumber))
        return true;
    if (task.current && (task.fieldIndent === null || at > task.fieldIndent)) {
        const text = item ? item.text : line.trim();
        if (text !== '')
            task.current.more.push(text);
        return true;
    }
    task.current = null;
    return true;
}
/** A label at `at` starts the task's next field unless it is deeper than the fields are. */
function startsField(task, label, at, line) {
    if (task.fieldIndent !== null && at > task.fieldIndent)
        return false;
    task.fieldIndent ??= at;
    task.current = { label: label.label, first: label.value, more: [], line };
    task.fields.push(task.current);
    return true;
}
/** Labels of the field that orders tasks: the template's first, then the ones plans drift to. */
const DEPENDENCY_FIELDS = [
    'depends on',
    'dependencies',
    'depends',
    'deps',
    'dependency',
    'depends upon',
    'blocked by',
    'prerequisites'
];
const FIELD_NAMES = new Set([
    'owner role',
    'role',
    'owner',
    ...DEPENDENCY_FIELDS,
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
    return FIELD_NAMES.has(fieldKey(label));
}
/**
 * A field label's English name, lower-cased, its white space collapsed; kept
 * by label as written, since a plan repeats a few labels on every task.
 */
const fieldKey = memoByText(label => englishName(collapseSpaces(label.toLowerCase())), 1024);
// Effort is left to the analysis, which reports a missing one together with
// the duration it assumes instead.
const REQUIRED = [
    ['Owner role', ['owner role', 'role', 'owner']],
    ['Touches', ['touches']],
    ['Acceptance', ['acceptance', 'acceptance criteria']],
    ['Status', ['status']]
];
/** The task's fields by English name; the first of a repeated field wins. */
function taskFields(b) {
    const fields = {};
    for (const f of b.fields) {
        const key = fieldKey(f.label);
        if (fields[key])
            continue;
        let first = f.first;
        if (key === 'model')
            first = stripComment(first);
        // Most fields are one line: the value is then that line, with nothing to join.
        const value = f.more.length === 0 ? first : [first, ...f.more].filter(v => v !== '').join('\n');
        fields[key] = { label: f.label, value, line: f.line };
    }
    return fields;
}
/** A value that is task ids and nothing else: `T1, T-AUTO-01`, `[T01 and T02]`. */
const IDS_ONLY_RE = new RegExp(String.raw `^[\s\[\](),;&]*(?:(?:${TASK_ID})(?:[\s\[\](),;&]+|\s+and\s+|$))+$`, 'i');
/**
 * A field the plan does not read that names tasks and nothing else (`**Blocks:** T05`,
 * `**Runs after:** T02`) is most likely an order between tasks: say that it is not one.
 */
function warnUnreadTaskFields(id, fields, diag) {
    // `for \u2026 in`: Object.entries built an array per task, thousands in a large plan.
    for (const key in fields) {
        const f = fields[key];
        if (f === undefined || FIELD_NAMES.has(key) || !IDS_ONLY_RE.test(inlineText(f.value)))
            continue;
        diag.warning(f.line, `${id}: field "${inlineText(f.label)}" names ${inlineText(f.value)} but is not read; only Depends on orders tasks (also written Dependencies, Deps, Blocked by or Prerequisites)`);
    }
}
/** The stated concurrency class, else read-only for a task that touches nothing and says so. */
function taskConcurrency(id, field, touches, diag) {
    const stated = field ? readConcurrency(field.value) : null;
    if (field && stated === null) {
        diag.warning(field.line, `${id}: concurrency class "${inlineText(field.value)}" is not read-only, write-local or write-shared; write-local assumed`);
    }
    return (stated ?? (touches.paths.length === 0 && touches.readOnlyNote ? 'read-only' : 'write-local'));
}
function taskStatus$1(id, field, diag) {
    if (!field)
        return null;
    const reading = readStatus(field.value);
    if (reading.kind === 'ok')
        return reading.status;
    diag.warning(field.line, `${id}: status "${inlineText(field.value)}" is not a known status`);
    return null;
}
function buildTask(b, diag) {
    const fields = taskFields(b);
    const get = (...names) => {
        for (const name of names) {
            const f = fields[name];
            if (f)
                return f;
        }
        return null;
    };
    const deps = get(...DEPENDENCY_FIELDS);
    warnUnreadTaskFields(b.id, fields, diag);
    const dependencies = deps
        ? readDependsOn(deps.value, b.id, diag, deps.line)
        : { ids: [], phases: [] };
    const touchesField = get('touches');
    const touches = touchesField
        ? readTouches(touchesField.value, b.id, diag, touchesField.line)
        : { paths: [], readOnlyNote: false };
    const concurrency = taskConcurrency(b.id, get('concurrency class', 'concurrency'), touches, diag);
    const statusField = get('status');
    const status = taskStatus$1(b.id, statusField, diag);
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
        dependsOnLine: deps ? deps.line : null,
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
        diag.warning(lineNo(doc, first.index), `section "${first.text}" holds no gate target the parser can read (a Gate / Target table or "- Gate-I: \u2265 0.80" bullets); the PRD's targets or the default floors apply`);
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

// PRD.md \u00a710 (IOSM Targets): the fallback gate targets. Either a table
// `Gate | Baseline | Target | Expected \u0394`, or one subsection per gate whose
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
/** A bullet written without bold: `- Target: \u22650.80`. */
function plainTarget(doc, sub) {
    for (let i = sub.index + 1; i < sub.end; i++) {
        if (doc.opaque[i])
            continue;
        const line = doc.lines[i] ?? '';
        if (lineLabel(line))
            continue;
        const item = listItem(line);
        const m = /^([^:]{1,40}):\s*([\s\S]+)$/.exec(item ? item.text : line.trim());
        if (m && TARGET_LABEL_RE.test((m[1] ?? '').trim()))
            return { value: m[2] ?? '', line: doc.offset + i + 1 };
    }
    return null;
}

// Whether a heading key starts with one of a list of names, as whole words:
// what `^(?:name|name|\u2026)\b` tests, looked up by the key's first word instead.
// A pattern of thirty names costs more to compile than every lookup a run
// makes (docs/performance.md, "What a small run loads, parses and waits for").
/** `\w` in a pattern without the `u` flag: ASCII letters, digits, `_`. */
function isWordCode(c) {
    return isAsciiAlphanumeric(c) || c === 95;
}
function firstWordEnd(text) {
    let i = 0;
    while (i < text.length && isWordCode(text.charCodeAt(i)))
        i++;
    return i;
}
/** A test for keys that start with one of `names` followed by a word boundary. */
function leadingNames(names) {
    const byFirstWord = new Map();
    for (const name of names) {
        const word = name.slice(0, firstWordEnd(name));
        const list = byFirstWord.get(word);
        if (list)
            list.push(name);
        else
            byFirstWord.set(word, [name]);
    }
    return key => {
        const list = byFirstWord.get(key.slice(0, firstWordEnd(key)));
        // Past the end, charCodeAt gives NaN: the end of the key is a boundary.
        return (list !== undefined &&
            list.some(n => key.startsWith(n) && !isWordCode(key.charCodeAt(n.length))));
    };
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
        if (p !== null && (p.includes('/') || (p.includes('.') && SPAN_FILE.test(p))))
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

// A Summary paragraph read without the markdown parser when its markup is of
// the few kinds whose reading is certain: code spans, `**strong**` and
// `*emphasis*` around a plain phrase, and inline links `[text](url)`. The
// parser's first call costs a CLI run about as much as the rest of the parse,
// and on a large track each call costs more than the report it comes from.
/**
 * The paragraph's plain text, exactly as the markdown parser would give it, or
 * null when the paragraph needs the parser: any other markup, any line that
 * could start a block, a backtick run not closed on its own line, a delimiter
 * the rules could pair otherwise.
 */
function plainParagraph(lines) {
    const parts = [];
    for (const line of lines) {
        // Two trailing spaces make a hard line break; the parser turns NUL into U+FFFD.
        if (line.endsWith('  ') || line.includes('\u0000'))
            return null;
        if (mayStartBlock(line) && (BLOCK_START_RE.test(line) || INDENTED_CODE_RE.test(line)))
            return null;
        const text = withCodeSpans(line);
        if (text === null)
            return null;
        parts.push(text);
    }
    return collapseSpaces(parts.join(' ')).trim();
}
const BLOCK_START_RE = /^ {0,3}(?:[-+=#:]|\d{1,9}[.)]|`{3}|\s*$)/;
const INDENTED_CODE_RE = /^(?: {4}| *\t)/;
/**
 * Whether either pattern above may match: a look at the line's start rules out
 * most prose before they run, and so before they are compiled (see
 * docs/performance.md, "Regular expressions compiled at start"). A line of
 * white space only has no first visible character: `''`, which `includes` finds.
 */
function mayStartBlock(line) {
    const c = line.charAt(0);
    return c === ' ' || c === '\t' || '-+=#:`0123456789'.includes(line.trimStart().charAt(0));
}
/**
 * One line of a paragraph as plain text, its code spans replaced by their
 * content as CommonMark reads them: a backtick run opens a span that the next
 * run of the same length closes, and content that both starts and ends with a
 * space, and is not all spaces, loses one at each end. Null when the text
 * outside the spans holds markup `simpleMarkup` does not take, when a run
 * finds no partner on the line (it may pair with one on a later line), and
 * when a web address may run on into a span (GFM's literal links end only at
 * a space or `<`).
 */
function withCodeSpans(line) {
    if (!line.includes('`'))
        return simpleMarkup(line);
    if (line.includes('://'))
        return null;
    if (line.toLowerCase().includes('www.') && /www\./i.test(line))
        return null;
    let out = '';
    let from = 0;
    for (const span of findCodeSpans(line)) {
        const before = plainBetween(line.slice(from, span.start));
        if (before === null)
            return null;
        let content = line.slice(span.start + span.run, span.end - span.run);
        if (content.length > 2 &&
            content.startsWith(' ') &&
            content.endsWith(' ') &&
            /[^ ]/.test(content))
            content = content.slice(1, -1);
        out += before + content;
        from = span.end;
    }
    const rest = plainBetween(line.slice(from));
    return rest === null ? null : out + rest;
}
/**
 * Text outside the code spans: a backtick there is a run that no later run on
 * the line closes, and may pair with one on a later line.
 */
function plainBetween(text) {
    return text.includes('`') ? null : simpleMarkup(text);
}
/** Characters that can start an inline construct other than a code span. */
const MARKUP = '*_~[]<>\\&|';
/**
 * What `**` or `*` may enclose: a phrase that starts and ends with a letter or
 * digit and holds no markup. Such a run both opens (followed by a letter) and
 * closes (preceded by one) whatever stands around it, and runs of one length
 * paired in turn can never meet the rule of three.
 */
const emphasisTextRe = lazyPattern(() => /^[\p{L}\p{N}](?:[^*_~[\]<>\\&|`]*[\p{L}\p{N}])?$/u);
/** emphasisTextRe for ASCII text, where letters and digits are these (see ../text-classes.ts). */
const ASCII_EMPHASIS_TEXT_RE = /^[A-Za-z0-9](?:[^*_~[\]<>\\&|`]*[A-Za-z0-9])?$/;
/**
 * `[text](destination)`: text without brackets or markup (and no `^`, which
 * could make a footnote call), a destination without spaces, parentheses or
 * markup, so no title and nothing to balance (controls are tested apart).
 */
const INLINE_LINK_RE = /\[([^\s[\]*_~<>\\&|`^][^[\]*_~<>\\&|`]*)\]\(([^\s()<>\\`*_~[\]&|]+)\)/y;
/** Text a GFM literal link may start from; next to markup, it is left to the parser. */
const LITERAL_LINK_RE = /www\.|:\/\/|@/i;
/**
 * Text between code spans with its simple markup reduced to the text the
 * parser keeps (strong and emphasis to their phrase, a link to its text);
 * null for any other markup.
 */
function simpleMarkup(text) {
    if (!includesAny(text, MARKUP))
        return text;
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 42) {
            // `*`: a run of one or two, closed by the next run of the same length.
            const run = text.charCodeAt(i + 1) === 42 ? 2 : 1;
            if (text.charCodeAt(i + run) === 42)
                return null;
            const close = text.indexOf(run === 2 ? '**' : '*', i + run);
            if (close === -1 || text.charCodeAt(close + run) === 42)
                return null;
            const phrase = text.slice(i + run, close);
            if (!(isAscii(phrase) ? ASCII_EMPHASIS_TEXT_RE : emphasisTextRe()).test(phrase))
                return null;
            out += text.slice(from, i) + phrase;
            from = close + run;
            i = from - 1;
        }
        else if (ch === 91) {
            // `[`: an inline link, never an image.
            if (text.charCodeAt(i - 1) === 33)
                return null;
            INLINE_LINK_RE.lastIndex = i;
            const m = INLINE_LINK_RE.exec(text);
            if (!m || hasControl(m[2] ?? ''))
                return null;
            out += text.slice(from, i) + (m[1] ?? '');
            from = i + m[0].length;
            i = from - 1;
        }
        else if (MARKUP.includes(text.charAt(i))) {
            return null;
        }
    }
    out += text.slice(from);
    return LITERAL_LINK_RE.test(out) ? null : out;
}
/** An ASCII control character, which no link destination may hold. */
function hasControl(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20 || c === 0x7f)
            return true;
    }
    return false;
}

// Blockers written as a table (`| Blocker | Severity | Status |`), one row
// each, turned into the list items the blocker reader takes: a table the
// reader skipped was a blocker lost, and a lost blocker can pass a check.
/** Header words of the column that names each blocker, most telling first. */
const TITLE_HEADERS = [
    'blocker',
    'blockers',
    'issue',
    'issues',
    'problem',
    'question',
    'questions',
    'title',
    'item',
    'description'
];
const STATUS_HEADERS = ['status', 'state', 'resolution', 'resolved'];
const DETAIL_HEADERS = ['description', 'details', 'impact', 'notes', 'note'];
/**
 * The rows of the tables in [start, end) as blocker items. A table without a
 * column that names the blocker is not guessed at: a warning says its rows
 * were not read.
 */
function tableBlockers(doc, start, end, diag) {
    const out = [];
    for (const table of findTables(doc, start, end)) {
        if (table.rows.length === 0)
            continue;
        const titleCol = rankedColumn(table.header, TITLE_HEADERS);
        if (titleCol === -1) {
            diag.warning(table.line, `this table has no Blocker, Issue, Problem or Description column (columns: ${table.header.join(', ')}); its ${table.rows.length === 1 ? 'row is' : `${table.rows.length} rows are`} not read as blockers`);
            continue;
        }
        const statusCol = rankedColumn(table.header, STATUS_HEADERS, titleCol);
        const detailCol = rankedColumn(table.header, DETAIL_HEADERS, titleCol);
        const question = rankedColumn([table.header[titleCol] ?? ''], ['question', 'questions']) === 0;
        for (const row of table.rows) {
            out.push({
                item: {
                    text: row.cells[titleCol] ?? '',
                    box: null,
                    ordered: false,
                    line: row.line,
                    sub: []
                },
                description: detailCol === -1 ? '' : inlineText(row.cells[detailCol] ?? ''),
                resolved: statusCol !== -1 && isOver(row.cells[statusCol] ?? ''),
                question
            });
        }
    }
    return out;
}
function isOver(status) {
    return status.includes('\u2705') || /\b(?:resolved|closed|fixed|done)\b/i.test(status);
}

// File listings as reports write them: fenced path lists, fenced trees drawn
// with `\u251c\u2500\u2500` / `\u2514\u2500\u2500` / `\u2502` and dotted leaders (`cache.py ..... NEW (180 lines)`),
// and bullets such as `` - `path` - note ``. Tree paths are rebuilt from the
// column where each name starts, so any indent width works.
/** A change word: group 1 is a created one, group 2 a modified one, else deleted. */
const KIND_WORD_RE = /^(?:(new|created|added|create|add)|(modified|updated|changed|edited|modify|update|refactored)|deleted|removed|delete|remove)\b/i;
/**
 * Read the text after a path: change word, line counts, note. Kept by text: the
 * entries of a tree or list repeat theirs (`NEW`, `MODIFIED (+8 lines)`), so
 * the readings are shared and no caller may change one.
 */
const readAnnotation = memoByText(annotationOf, 1024);
/**
 * String tests stand in for patterns where they can, and one pattern reads the
 * three kinds of change word: each pattern a run meets is compiled at start
 * (docs/performance.md, "Regular expressions compiled at start").
 */
function annotationOf(text) {
    let t = text.trim();
    // Most paths come with nothing after them.
    if (t === '')
        return { kind: null, linesAdded: null, linesRemoved: null, note: null };
    t = withoutSeparators(t);
    let kind = null;
    const unwrapped = t.startsWith('(') ? t.slice(1).trimStart() : t;
    const word = KIND_WORD_RE.exec(unwrapped);
    if (word) {
        kind = word[1] !== undefined ? 'created' : word[2] !== undefined ? 'modified' : 'deleted';
        t = unwrapped.slice(word[0].length);
        if (t.trimEnd().endsWith(')') && !t.includes('('))
            t = t.trimEnd().slice(0, -1);
    }
    let added = null;
    let removed = null;
    const pair = t.includes('+') ? /\+\s*(\d[\d,]*)\s*\/\s*[-\u2212]\s*(\d[\d,]*)/.exec(t) : null;
    if (pair) {
        added = toInt(pair[1]);
        removed = toInt(pair[2]);
        t = t.replace(pair[0], '');
    }
    t = t.replace(/(?:([+\-\u2212])\s*)?~?(?<![\d,])(\d[\d,]*)\s+lines?\b/gi, (_all, sign, n) => {
        const value = toInt(n);
        if (sign === '-' || sign === '\u2212' || (sign === undefined && kind === 'deleted')) {
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
const SEPARATORS = ' \t,;:\u2014\u2013-';
/** The character at `i` is white space: `\s`, the set that `trim` removes. */
function isSpaceAt(text, i) {
    return i >= 0 && i < text.length && text.charAt(i).trim() === '';
}
/** Without the dashes, colons, `#`, commas and white space that lead a note. */
function withoutSeparators(text) {
    let i = 0;
    while (i < text.length && ('-\u2014\u2013:#,'.includes(text.charAt(i)) || isSpaceAt(text, i)))
        i++;
    return text.slice(i);
}
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
// Tree drawing at the start of a line: box-drawing characters, ASCII `|`, `+--`, `` `-- ``, `\--`,
// and list markers.
const PREFIX_RE = /^(?:[\s\u2502\u251c\u2514\u2523\u2517\u2503\u2500\u2501\u252c\u253c\u2570\u256d|+\\>]|`--|-+(?=[\s>-]))*/;
/** Paths listed in a fence, as a plain list or a tree. */
function readPathBlock(doc, fence) {
    const entries = [];
    const stack = [];
    const last = Math.min(fence.close, doc.lines.length);
    for (let i = fence.open + 1; i < last; i++) {
        const line = doc.lines[i] ?? '';
        const raw = line.includes('\t') ? line.replace(/\t/g, '    ') : line;
        const prefix = PREFIX_RE.exec(raw)?.[0] ?? '';
        const rest = raw.slice(prefix.length).trim();
        if (rest === '' || rest.startsWith('[') || rest.startsWith('#') || isNone$1(rest))
            continue;
        if (rest.endsWith(':') && !rest.includes('/') && !rest.includes('`')) {
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
        const own = name.startsWith('/') || name.startsWith('./') ? name.replace(/^\.?\/+/, '') : name;
        const full = (parent ? parent.raw : '') + own;
        const a = readAnnotation(annotation);
        // Fields named one by one, not spread: see readPathItem.
        const entry = {
            raw: full,
            path: normalisePath(full),
            kind: a.kind,
            linesAdded: a.linesAdded,
            linesRemoved: a.linesRemoved,
            note: a.note,
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
/** A dotted leader: two or more dots after a space, four or more anywhere, or `\u2026`. */
function findLeader(text) {
    if (!text.includes('..') && !text.includes('\u2026'))
        return null;
    for (const m of text.matchAll(/\.{2,}|\u2026+/g)) {
        const at = m.index;
        const run = m[0];
        const spaced = at > 0 && /\s/.test(text.charAt(at - 1));
        if (!(run.startsWith('\u2026') || run.length >= 4 || spaced) || at === 0)
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
/** `cache.py ....... NEW (180 lines)`: a plain name, spaces, four or more dots, spaces, text. */
const DOTTED_ENTRY_RE = /^([\w@+-]+(?:\.[\w@+-]+)*\/?) +\.{4,} +(?=\S)/;
/**
 * A tree line in the template's dotted form, split as splitName's general
 * reading would split it (the leader found, the name cleaned), else null. The
 * name holds no two dots in a row and nothing cleanName trims, so the dots
 * after it are the leader, and the name is the text before them.
 */
function dottedEntry(rest) {
    const m = DOTTED_ENTRY_RE.exec(rest);
    return m ? { name: m[1] ?? '', annotation: rest.slice(m[0].length) } : null;
}
function splitName(rest) {
    const dotted = dottedEntry(rest);
    if (dotted)
        return dotted;
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
/** The path of an item, its first code span or else its first word, and the text after it. */
function nameAndNote(t) {
    const first = codeSpans(t)[0];
    if (first === undefined)
        return splitName(t.replaceAll('**', ''));
    const at = t.indexOf(first);
    const close = t.indexOf('`', at + first.length);
    return { name: first, annotation: close === -1 ? '' : trimSets(t.slice(close + 1), '`', '') };
}
/**
 * An item that opens with the only code span on its line, one backtick each side
 * and text between (`` `a.py` - note ``, the common shape): its content and what
 * follows it, as codeSpans and the general reading below would find them, else
 * null. With one run of one backtick on each side, the span is the pair of them.
 */
function loneLeadingSpan(t) {
    if (t.charCodeAt(0) !== 96)
        return null;
    const close = t.indexOf('`', 1);
    if (close <= 1 || t.indexOf('`', close + 1) !== -1)
        return null;
    const name = t.slice(1, close).trim();
    return name === '' ? null : { name, annotation: t.slice(close + 1) };
}
/**
 * A bullet without a code span or a change word that names a path all the same:
 * its first word is one (isPathWord), and nothing or a note follows it
 * (`bench/run.py`, `README.md \u2014 the intro`, `docs/a.md (new)`, `api/ : handlers`).
 * 'prose' when a path opens a sentence (`api.ts was split in two`), which is not
 * read as a claim; null when the first word is no path.
 */
function barePath(text) {
    const t = text.trim().replaceAll('**', '');
    const space = t.search(/\s/);
    const first = space === -1 ? t : t.slice(0, space);
    if (!isPathWord(cleanName(first)))
        return null;
    const rest = space === -1 ? '' : t.slice(space).trimStart();
    return rest === '' || first.endsWith(':') || /^(?:[\u2014\u2013:-]\s|\()/.test(rest) ? 'path' : 'prose';
}
/**
 * A bullet that names a path: the first code span, else the first word, then
 * the note after it (`` `docs/a.md` - what it holds ``).
 */
function readPathItem(text, line) {
    const trimmed = text.trim();
    const t = trimmed.includes('~~') ? trimmed.replace(/^~~|~~$/g, '') : trimmed;
    if (t === '' || t.startsWith('['))
        return null;
    const lone = loneLeadingSpan(t);
    // isNone reads such an item by its span's first letter: most rule it out at once.
    if (lone !== null ? mayStartNone(lone.name.charAt(0)) && isNone$1(t) : isNone$1(t))
        return null;
    const { name, annotation } = lone ?? nameAndNote(t);
    if (name === '')
        return null;
    const a = readAnnotation(annotation);
    // Fields named one by one: spreading the annotation into the literal took a
    // slow path of V8's for every path in a track.
    return {
        raw: name,
        path: normalisePath(name),
        kind: a.kind,
        linesAdded: a.linesAdded,
        linesRemoved: a.linesRemoved,
        note: a.note,
        line
    };
}

// Files Touched written as a table (`| File | Change | Lines |`): a claim per
// row, its kind and line counts from the columns that say them.
/** Header words of each column, most telling first. */
const PATH_HEADERS = ['file', 'files', 'path', 'paths', 'filename'];
const CHANGE_HEADERS = ['change', 'changes', 'action', 'operation', 'kind', 'type', 'status'];
const LINES_HEADERS = ['lines', 'loc', 'diff', 'delta'];
const NOTE_HEADERS = ['description', 'notes', 'note', 'purpose', 'reason', 'summary', 'why'];
/** A count alone in a Lines cell (`120`, `~40`): lines added, as `Lines changed: 120` reads. */
const BARE_COUNT_RE = /^~?\d[\d,]*$/;
/**
 * The file claims of the tables in [start, end). A table without a File or
 * Path column whose cells hold paths is not guessed at: a warning says so.
 */
function tableFiles(doc, start, end, diag) {
    const out = [];
    for (const table of findTables(doc, start, end)) {
        const pathCol = rankedColumn(table.header, PATH_HEADERS);
        if (pathCol === -1) {
            if (holdsPaths(table)) {
                diag.warning(table.line, `this table holds paths but has no File or Path column (columns: ${table.header.join(', ')}); its rows are not read as file claims`);
            }
            continue;
        }
        const others = (words) => rankedColumn(table.header, words, pathCol);
        const changeCol = others(CHANGE_HEADERS);
        const linesCol = others(LINES_HEADERS);
        const noteCol = others(NOTE_HEADERS);
        for (const row of table.rows) {
            const e = readPathItem(row.cells[pathCol] ?? '', row.line);
            if (!e)
                continue;
            const cell = (c) => (c === -1 ? '' : inlineText(row.cells[c] ?? ''));
            const kind = readAnnotation(cell(changeCol)).kind;
            const count = cell(linesCol);
            const lines = readAnnotation(BARE_COUNT_RE.test(count) ? `${count} lines` : count);
            out.push({
                raw: e.raw,
                path: e.path,
                kind: kind ?? e.kind,
                linesAdded: lines.linesAdded ?? e.linesAdded,
                linesRemoved: lines.linesRemoved ?? e.linesRemoved,
                note: cell(noteCol) || e.note,
                line: row.line
            });
        }
    }
    return out;
}
/** Some cell is a path, or holds one in a code span. */
function holdsPaths(table) {
    return table.rows.some(row => row.cells.some(c => {
        const spans = codeSpans(c);
        return spans.length > 0 ? spans.some(isPathWord) : isPathWord(inlineText(c));
    }));
}

// The Files Touched section of a report, in both styles: Touches Planned /
// Actual fenced lists with Created / Modified / Deleted bullets and Total
// impact, or one fenced tree with NEW / MODIFIED / DELETED markers and a
// `**Total changes:**` list. `Files Analyzed` is reading, never read here.
/** `Created`, `Files modified`, `Deleted`: group 1 is a created list, group 2 a modified one. */
const CHANGE_LIST_RE = /^(?:files\s+)?(?:(created|new(?:\s+files?)?|added)|(modified|changed|updated|edited)|deleted|removed)\b/;
function roleOf$1(key) {
    if (key.startsWith('touches planned') || key === 'planned touches')
        return 'planned';
    if (key.startsWith('touches actual') || key === 'actual touches')
        return 'actual';
    const change = CHANGE_LIST_RE.exec(key);
    if (change)
        return change[1] ? 'created' : change[2] ? 'modified' : 'deleted';
    if (key.startsWith('total') || key.startsWith('summary'))
        return 'totals';
    if (key.startsWith('unplanned'))
        return 'skip';
    return 'other';
}
// Long: `add` and `readLoose` share the claimed lists, their seen-sets and the
// declared totals with the loop over sub-sections that feeds them; as closures
// they keep that state in one place.
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
        for (const e of tableFiles(doc, start, end, diag))
            add(e.kind ?? 'touched', e);
        // Bold labels used as sub-headings (`**New:**`, `**Edited:**`) set the kind of the items below.
        let labelled = 'touched';
        for (let i = start; i < end; i++) {
            if (doc.opaque[i])
                continue;
            const line = doc.lines[i] ?? '';
            const l = labelAt(doc, i);
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
            const item = listItem(line);
            if (!item || item.box !== null || item.indent > 1)
                continue;
            const found = verbItem(item.text, lineNo(doc, i));
            for (const { kind, entry } of found) {
                add(kind ?? entry.kind ?? (labelled === 'touched' ? 'touched' : labelled), entry);
            }
            if (found.length === 0 && barePath(item.text) === 'prose') {
                diag.warning(lineNo(doc, i), `"${inlineText(item.text)}" begins with a path but is not read as a claim, as it reads as a sentence; write the path in backticks to claim it`);
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
                for (const e of tableFiles(doc, start, end, diag))
                    add(role, e);
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
const ARROW_RE = /[ \t]*(?:\u2192|->|=>)[ \t]*/;
/**
 * A file-list item with its verb before the path (`Created \`a.py\``,
 * `Renamed \`a\` \u2192 \`b\``: the old path deleted, the new one created), or a
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
    // Without a verb a code span marks a path, or a path alone on its bullet
    // (barePath): prose bullets are not file lists.
    if (!verb && !text.includes('`') && barePath(text) !== 'path')
        return [];
    const entry = readPathItem(rest, line);
    if (!entry)
        return [];
    const kind = verb === null
        ? null
        : verb === 'created' || verb === 'added' || verb === 'new'
            ? 'created'
            : verb === 'deleted' || verb === 'removed'
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
const LINES_CHANGED_RE = /^(?:\*\*)?lines?\s+(?:changed|added)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*/i;
/** Line counts from a `Lines changed:` sub-bullet, when the number is clear. */
function withLinesChanged(e, item) {
    if (e.linesAdded !== null || e.linesRemoved !== null)
        return e;
    for (const sub of item.sub) {
        const m = LINES_CHANGED_RE.exec(sub.text);
        if (!m)
            continue;
        const text = inlineText(restAfter(sub.text, m));
        if (text.includes('['))
            return e;
        const plus = /\+\s*(\d[\d,]*)/.exec(text);
        const minus = /(?:^|[\s/(,])[-\u2212]\s*(\d[\d,]*)/.exec(text);
        if (plus || minus) {
            return {
                ...e,
                linesAdded: plus ? toInt(plus[1]) : null,
                linesRemoved: minus ? toInt(minus[1]) : null
            };
        }
        if (/\d\s*[-\u2013]\s*\d/.test(text))
            return e;
        const single = /^~?\s*(\d[\d,]*)\b/.exec(text);
        if (single)
            return { ...e, linesAdded: toInt(single[1]) };
        return e;
    }
    return e;
}
const TOTAL_RES = [
    [/files?\s+(?:created|added|new)\s*:\s*~?(\d+)/i, 'created'],
    [/files?\s+(?:modified|changed|updated)\s*:\s*~?(\d+)/i, 'modified'],
    [/files?\s+(?:deleted|removed)\s*:\s*~?(\d+)/i, 'deleted'],
    [/(?<!\d)(\d+)\s+(?:new\s+files?|files?\s+(?:created|added|new))\b/i, 'created'],
    [/(?<!\d)(\d+)\s+files?\s+(?:modified|changed|updated)\b/i, 'modified'],
    [/(?<!\d)(\d+)\s+files?\s+(?:deleted|removed)\b/i, 'deleted']
];
// Each pattern needs the word `file`: items without it (`Lines changed: 120`) are skipped
// before any is compiled (docs/performance.md, "Regular expressions compiled at start").
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
        if (!text.toLowerCase().includes('file'))
            continue;
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

// The SpawnCandidates table: columns found by header name (6, 7 or 8 of
// them), a row split by a `|` inside a code span or a bare dedup key
// repaired, and a dedup key made when the table has none.
/** A header that holds one of the words. */
const anyOf = (...words) => (header) => words.some(w => header.includes(w));
// Words, not patterns, where words will do: each pattern a run meets is
// compiled (docs/performance.md, "Regular expressions compiled at start").
const FIELD_TESTS = [
    ['id', h => /^(?:sc[\s-]?)?id$|^#$/.test(h)],
    ['dedup', anyOf('dedup')],
    ['userInput', anyOf('user', 'input')],
    ['accept', anyOf('accept', 'criteria', 'done when')],
    [
        'touches',
        h => h.includes('touch') ||
            ((h.includes('file') || h.includes('path')) && /files?\b|paths?\b/.test(h))
    ],
    ['effort', anyOf('effort', 'size', 'estimate')],
    ['severity', anyOf('severity', 'priority')],
    ['subtask', anyOf('subtask', 'description', 'task', 'title', 'work', 'item')]
];
/**
 * The fields a header cell may name, in FIELD_TESTS order; kept by header, since
 * the reports of a track repeat their template's table.
 */
const fieldsOf = memoByText((header) => FIELD_TESTS.filter(([, test]) => test(header)).map(([field]) => field), 256);
/** Each field's column: the first header cell that may name it and names no earlier field. */
function mapColumns(table) {
    const map = {};
    table.header.forEach((h, index) => {
        const field = fieldsOf(h).find(f => map[f] === undefined);
        if (field !== undefined)
            map[field] = index;
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
    if (['true', 'yes', 'y', '1'].includes(t))
        return true;
    if (['false', 'no', 'n', '0'].includes(t))
        return false;
    return null;
}
/** The written key, normalised (`cache.py|type-annot`), else basename of the first touch | slug of the subtask. */
function dedupKey(written, touches, subtask) {
    const w = written.replaceAll('`', '').trim().toLowerCase();
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
    return ['-', '\u2014', 'n/a', 'none'].includes(text);
}

// reports/T##.md: one Report per file, whichever variant of the report
// template it follows. Sections are located by normalised heading; only the
// Summary paragraph goes through the markdown parser. A pattern that rarely
// matches runs behind a string test: each one a run executes is compiled
// (docs/performance.md, "Regular expressions compiled at start").
/**
 * A Summary paragraph with markup is read by the markdown parser; when it has
 * not been loaded yet, the paragraph goes to `pending` and the report's
 * summary is settled from there (without `pending`, the parser must be loaded).
 *
 * Long: after the section readers, most of it is the Report literal, a line
 * per field.
 */
function parseReport(file, taskId, partialFile, out, pending) {
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
    const blockers = readBlockers(doc, diag);
    const handoff = readHandoff(doc);
    const role = headerValue(header, 'role', 'owner role', 'owner');
    // Nothing the verdict reads is lost without a Summary: a warning, not an error.
    if (!summary.found)
        diag.warning(1, 'no Summary or Executive Summary section');
    const readOnly = /explor|analy|research|read-only|review/i.test(role ?? '') ||
        findSection(doc, k => k.startsWith('files analyzed') || k.startsWith('files analysed')) !== null;
    if (!files.found && !readOnly)
        diag.warning(1, 'no Files Touched section');
    if (!gates.found)
        diag.warning(1, 'no IOSM Quality Gate Results or IOSM Quality Checks section');
    if (!spawn.found)
        diag.warning(1, 'no SpawnCandidates section (write "None identified." when there are none)');
    const headerId = headerValue(header, 'task id', 'task');
    const statedId = headerId ? taskIds(headerId)[0] : undefined;
    if (headerId && statedId !== undefined && !sameTaskId(statedId, taskId)) {
        diag.warning(header.get('task id')?.line ?? 1, `Task ID ${headerId} differs from the file name's ${taskId}`);
    }
    const report = {
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
    if (summary.pendingLines !== null) {
        const lines = summary.pendingLines;
        if (!pending)
            throw new Error('the markdown parser is not loaded (loadMarkdownParser)');
        pending.push({ settle: parse => (report.summary = summaryText(parse(lines))) });
    }
    return report;
}
// Sections of the report format, read or deliberately passed over (Implementation
// Details, Findings): anything else is a section the parser did not read. Keys
// hold single spaces (headingKey), so `follow up` covers any white space.
const startsWithKnownName = leadingNames([
    ...['summary', 'executive summary', 'what was done', 'decisions'],
    ...['files touched', 'files changed', 'files analyzed', 'files analysed', 'changed files'],
    ...['implementation details', 'code summary', 'tests written', 'verification'],
    ...['shared context', 'errors', 'risks', 'rollback', 'blockers', 'open questions'],
    ...['handoff', 'hand-off', 'spawn candidates', 'spawncandidates', 'escalation'],
    ...['follow up', 'follow ups', 'follow-up', 'follow-ups', 'followup', 'followups'],
    ...['recommendations', 'next steps', 'lessons', 'artifacts', 'findings', 'dependencies'],
    'notes'
]);
/** Kept by key: a track's reports repeat their template's headings, and so their keys. */
const isKnownSection = memoByText(key => startsWithKnownName(key) || isGateSectionKey(key), 4096);
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
// `\u2014` and `\u2013` are the em and en dash (see TASK_RE in plan.ts).
const TITLE_RE = new RegExp(String.raw `^(?:subagent\s+report\s*[:\u2014\u2013-]\s*|[^:]{1,60}:\s*)?(?:task\s+)?(?:${TASK_ID}|\[[^\]]*\])\s*(?:\u2014|\u2013|-|:)\s*(?!$)`, 'i');
function readTitle(doc) {
    const h1 = doc.headings.find(h => h.level === 1);
    if (!h1)
        return { text: null, line: 1, placeholder: false };
    const text = inlineText(h1.text);
    const m = TITLE_RE.exec(text);
    const title = (m ? restAfter(text, m) : text).trim();
    const placeholder = isPlaceholder(title) || (text.includes('[') && /\[(?:task[- ]id|T##)\]/i.test(text));
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
        const l = labelAt(doc, i) ?? plainLabel(line) ?? fieldRow(line);
        if (!l)
            continue;
        const key = englishName(l.label.toLowerCase());
        if (!header.has(key))
            header.set(key, { value: l.value, line: lineNo(doc, i) });
    }
    return header;
}
/**
 * A row of a field table (`| **Status** | \u2705 Complete |`) as a label and its
 * value: header fields written as a table rather than as bold lines.
 */
function fieldRow(line) {
    if (!line.trimStart().startsWith('|'))
        return null;
    // The header and delimiter rows give keys no reader asks for (`field`, `---`).
    const [name = '', value = ''] = splitRow(line);
    const label = inlineText(name);
    if (label === '')
        return null;
    return { label, value };
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
    // `**State:**` is a status line too, read where no Status line is.
    let found = header.get('status') ?? header.get('state') ?? null;
    if (!found) {
        // Some reports put the status line after the header rule.
        for (let i = 0; i < doc.lines.length && !found; i++) {
            if (doc.opaque[i])
                continue;
            const line = doc.lines[i] ?? '';
            const bold = labelAt(doc, i);
            const l = bold ?? (/^[^\s*+-]/.test(line) ? plainLabel(line) : null);
            const label = l ? englishName(l.label.toLowerCase()) : '';
            const atStart = bold ? !bold.item && bold.indent === 0 : l !== null;
            if (l && atStart && /^(?:task\s+)?(?:status|state)$/.test(label)) {
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
    const placeholders = [...header.values()].some(v => v.value.includes('[') && /\[(?:T##|YYYY-MM-DD|task[- ]id|track-id)/i.test(v.value));
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
        return { text: null, found: false, pendingLines: null };
    const para = firstParagraph(doc, section.index + 1, ownEnd(doc, section), isPlaceholder);
    if (!para)
        return { text: null, found: true, pendingLines: null };
    const lines = clipLines(para.lines, SUMMARY_SOURCE_CHARS);
    let text = plainParagraph(lines);
    if (text === null) {
        const parse = markdownParser();
        if (parse === null)
            return { text: null, found: true, pendingLines: lines };
        text = parse(lines);
    }
    return { text: summaryText(text), found: true, pendingLines: null };
}
function summaryText(text) {
    return text === '' ? null : text;
}
/**
 * The words of a decisions label (`**Key decisions:**`), wherever they stand.
 * Written as a look-behind so that the search runs on the word `decisions`,
 * which V8 skips through a text by its letters, and not on three alternatives
 * tried at every position (over the 16 MB track's texts, a third of the time).
 */
const DECISIONS_LABEL_WORDS_RE = /(?<=(?:design|key|technical)\s+)decisions/i;
function readDecisions(doc) {
    const decisions = [];
    const section = findSection(doc, k => k.startsWith('decisions'), [2, 1]);
    if (section) {
        for (const sub of childSections(doc, section)) {
            const title = inlineText(sub.text).replace(/^decision\s*\d*\s*[:\u2014\u2013.-]\s*/i, '');
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
    // Decisions written as bullets under a `**Design decisions:**` label, in the few
    // reports whose text names one.
    const lines = mayMatch(doc, DECISIONS_LABEL_WORDS_RE) ? doc.lines.length : 0;
    for (let i = 0; i < lines; i++) {
        const line = doc.lines[i] ?? '';
        if (doc.opaque[i] || !line.includes('**'))
            continue;
        const l = labelAt(doc, i);
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
    const t = text.replaceAll('\uFE0F', '');
    if (t.includes('\u274c'))
        return 'fail';
    if (t.includes('\u26a0'))
        return 'warn';
    if (t.includes('\u2705') || t.includes('\u2714'))
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
            .replace(/^verification\s+step\s*\d*\s*[:\u2014\u2013.-]?\s*/i, ''),
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
const LEAD_EMOJI_RE = /^(?:[\u274c\u2753\ud83d\udd1c\ud83d\udd34\ud83d\udfe0\ud83d\udfe1\u26a0\u2705\ud83d\udea8\u26d4]\uFE0F?\s*)+/u;
/**
 * One item of a blocker list into `lists`, as a blocker, question or deferred
 * item by its section (`kind`) or its lead emoji. `row`: what a table row says
 * besides its title (tableBlockers).
 */
function takeBlocker(lists, item, kind, row) {
    const struck = isStruck(item.text);
    const unstruck = item.text.replaceAll('~~', '').trim();
    const lead = unstruck.replaceAll('\uFE0F', '');
    const resolvedMark = lead.startsWith('\u2705');
    const k = kind ?? (lead.startsWith('\u2753') ? 'question' : lead.startsWith('\ud83d\udd1c') ? 'deferred' : 'blocker');
    const plain = unstruck.replace(LEAD_EMOJI_RE, '').trim();
    const label = boldLabel(plain);
    const title = inlineText(label ? label.label : plain.replace(/^BLOCKER\s*:\s*/, ''));
    if (title === '' ||
        isPlaceholder(title) ||
        isNone$1(title) ||
        (title.slice(0, 2).toLowerCase() === 'no' &&
            /^no\s+(?:blockers|open questions|deferred)/i.test(title))) {
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
    const description = label ? inlineText(label.value) : (row?.description ?? '');
    // `resolved` as a word: `unresolved` is another word.
    const said = [plain, ...item.sub.map(s => s.text)].join(' ');
    const saysResolved = said.toLowerCase().includes('resolved') && /\bresolved\b/i.test(said);
    lists.blockers.push({
        title,
        description,
        line: item.line,
        resolved: k === 'resolved' || resolvedMark || struck || saysResolved || row?.resolved === true
    });
}
function readBlockers(doc, diag) {
    const lists = { blockers: [], questions: [], deferred: [] };
    const section = findSection(doc, k => k.startsWith('blockers') || k.startsWith('open questions'));
    const take = (item, kind, row) => takeBlocker(lists, item, kind, row);
    let range = [0, 0];
    if (section) {
        range = [section.index, section.end];
        const own = itemsIn(doc, section.index + 1, ownEnd(doc, section));
        for (const item of own)
            take(item, null);
        const rows = tableBlockers(doc, section.index + 1, ownEnd(doc, section), diag);
        for (const row of rows)
            take(row.item, row.question ? 'question' : null, row);
        if (own.length === 0 &&
            rows.length === 0 &&
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
            if (!kind)
                continue;
            for (const item of itemsIn(doc, sub.index + 1, sub.end))
                take(item, kind);
            for (const row of tableBlockers(doc, sub.index + 1, sub.end, diag))
                take(row.item, kind, row);
        }
    }
    // A plain `BLOCKER: \u2026` line anywhere else counts too. Most reports hold none.
    const lines = mayHold(doc, 'BLOCKER') ? doc.lines.length : 0;
    for (let i = 0; i < lines; i++) {
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
 * sentence, unless the text says there is none (`None.`, `\u041d\u0435\u0442`, `No blockers`).
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
        resolved: /^\s*(?:\u2705|resolved\b)/i.test(text)
    });
}
// ---------------------------------------------------------------------------
// Errors and escalations (both number their blocks E-##: each is read only in its own section)
const E_ID_RE = /^(?:E|ESC)-?(\d+)\b\s*[:\u2014\u2013.-]?\s*/i;
/** A line that is only `**Example:**` (emphasis and colon optional). */
function isExampleMarker(line) {
    if (line.length >= 40)
        return false;
    const kept = [...line].filter(c => c.trim() !== '' && !'*_:'.includes(c));
    return kept.join('').toLowerCase() === 'example';
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
        const heading = inlineText(sub.text);
        const m = E_ID_RE.exec(heading);
        if (!m)
            continue;
        const title = restAfter(heading, m).trim();
        if (isPlaceholder(title) || hasPlaceholder(doc, sub))
            continue;
        blocks.push({ id: `E-${m[1] ?? ''}`, title, sub });
    }
    return blocks;
}
function hasPlaceholder(doc, sub) {
    for (let i = sub.index + 1; i < sub.end; i++) {
        const line = doc.lines[i] ?? '';
        const may = line.includes('[') || line.includes('/');
        if (may && /path\/to\/|\[Error Type\]|\[Paste exact/i.test(line))
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
/** A relation in a plain line: `- Depends on T01: \u2026`. */
const PLAIN_RELATION_RE = /^(depends\s+on|blocked\s+by|blocks|may\s+conflict\s+with)\s+([^:\s][^:]*):\s*(.*)$/i;
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
        const l = labelAt(doc, i);
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
            const text = inlineText(withoutBullet(raw));
            // Only a line with a colon that starts with d, b or m can be one.
            const maybe = text.includes(':') && 'dDbBmM'.includes(text.charAt(0));
            const m = maybe ? PLAIN_RELATION_RE.exec(text) : null;
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
        const list = ['depends', 'blocked by', 'requires'].some(w => relation.startsWith(w))
            ? result.dependsOn
            : relation.startsWith('blocks') || relation.startsWith('unblocks')
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
const PRIORITY_WORDS = [
    ['high', ['high', 'critical', 'urgent', 'must']],
    ['medium', ['medium', 'should', 'nice']],
    ['low', ['low', 'future', 'could']]
];
function priorityOf(key) {
    for (const [priority, words] of PRIORITY_WORDS) {
        if (words.some(w => key.includes(w)))
            return priority;
    }
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
                : ['surprise', 'unexpected', 'challenge'].some(w => sub.key.includes(w))
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
/**
 * Summaries that need the markdown parser before it is loaded go to
 * `pending` (see parseReport); without it, the parser must be loaded.
 */
function parseTrack(files, pending) {
    const diagnostics = [...files.diagnostics];
    let plan = null;
    if (files.plan) {
        const source = files.plan;
        plan = guarded(source, diagnostics, () => parsePlan(source, diagnostics), nothing);
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
        ? guarded(prd, diagnostics, () => parsePrdTargets(prd, diagnostics), () => ({}))
        : {};
    const spell = planSpelling(plan?.tasks.map(t => t.id) ?? []);
    if (plan) {
        const file = plan.file;
        const tasks = plan.tasks.map(t => withPlanSpelling(t, spell, file, diagnostics));
        if (tasks.some((t, i) => t !== plan?.tasks[i]))
            plan = { ...plan, tasks };
    }
    const reports = [];
    for (const file of files.reports) {
        const name = reportName(file.path, spell, diagnostics);
        if (!name) {
            diagnostics.push(badName(file.path));
            continue;
        }
        reports.push(guarded(file, diagnostics, () => respelled(parseReport(file, name.taskId, name.partial, diagnostics, pending), spell), () => emptyReport(file.path, name.taskId, name.partial)));
    }
    // A report that exists but could not be read still says the task was started:
    // its status is unknown rather than whatever the plan claims.
    for (const { path, reason } of files.unreadableReports) {
        const name = reportName(path, spell, diagnostics);
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
        ? guarded(iosmFile, diagnostics, () => parseIosmReport(iosmFile, diagnostics), nothing)
        : null;
    return { id: files.id, dir: files.dir, plan, prdTargets, reports, iosm, diagnostics };
}
/** The fallback of a parser whose result may be absent. */
const nothing = () => null;
/**
 * The task a report file is for, in the plan's spelling: `reports/T1.md` is the
 * plan's T01 (a notice says so), as a person reading the track would take it.
 */
function reportName(path, spell, out) {
    const name = reportNameOfPath(path);
    if (!name)
        return null;
    const taskId = spell(name.taskId);
    if (taskId === name.taskId)
        return name;
    out.push({
        severity: 'notice',
        file: path,
        line: 1,
        message: `${name.taskId} is read as the plan's ${taskId}: the same number, written with other zeros`
    });
    return { ...name, taskId };
}
/** A plan task whose dependencies name plan tasks with other zeros (`T1` for T01), respelled. */
function withPlanSpelling(task, spell, file, out) {
    const dependsOn = task.dependsOn.map(spell);
    if (dependsOn.every((id, i) => id === task.dependsOn[i]))
        return task;
    out.push({
        severity: 'notice',
        file,
        line: task.dependsOnLine ?? task.line,
        message: `${task.id} depends on ${task.dependsOn.filter((id, i) => id !== dependsOn[i]).join(', ')}: read as the plan's ${dependsOn.filter((id, i) => id !== task.dependsOn[i]).join(', ')}, the same numbers written with other zeros`
    });
    return { ...task, dependsOn: [...new Set(dependsOn)] };
}
/** A report's hand-off notes, their task ids in the plan's spelling. */
function respelled(report, spell) {
    const differs = (refs) => refs.some(r => spell(r.id) !== r.id);
    if (!differs(report.dependsOn) && !differs(report.blocks) && !differs(report.mayConflictWith)) {
        return report;
    }
    const fix = (refs) => refs.map(r => ({ ...r, id: spell(r.id) }));
    return {
        ...report,
        dependsOn: fix(report.dependsOn),
        blocks: fix(report.blocks),
        mayConflictWith: fix(report.mayConflictWith)
    };
}
function badName(path) {
    return {
        severity: 'error',
        file: path,
        line: 1,
        message: 'report file name is not T##.md, T##-partial.md or T##-slug.md; the report is skipped'
    };
}
/**
 * Run one file's parser; a failure becomes an error diagnostic on that file and
 * a fallback value, made only then (an empty report is some twenty objects).
 */
function guarded(file, out, parse, fallback) {
    try {
        return parse();
    }
    catch (e) {
        const reason = errorText(e);
        out.push({
            severity: 'error',
            file: file.path,
            line: 1,
            message: `could not be parsed (${reason}); its content is left out and the verdict cannot be trusted`
        });
        return fallback();
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
function openWorkspace(workspace) {
    const root = path$1.resolve(workspace);
    try {
        const real = node_fs.realpathSync.native(root);
        if (!node_fs.statSync(real).isDirectory()) {
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
    const rel = path$1.relative(root, candidate);
    return rel !== '..' && !rel.startsWith('..' + path$1.sep) && !path$1.isAbsolute(rel);
}
/**
 * The real path of `abs` when it lies inside the workspace; `outside` when
 * symlinks lead it out; `missing` when it (or a link on the way) does not
 * exist.
 */
function resolveInside(ws, abs) {
    try {
        const real = node_fs.realpathSync.native(abs);
        return isInside(ws.real, real) ? { kind: 'inside', real } : { kind: 'outside', real };
    }
    catch (e) {
        return { kind: 'missing', code: errorCode(e) };
    }
}
/** Workspace-relative path with forward slashes; `.` for the workspace itself. */
function toRepoRelative(ws, abs) {
    const rel = path$1.relative(ws.root, abs).split(path$1.sep).join('/');
    return rel === '' ? '.' : rel;
}
function errorCode(e) {
    if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string')
        return e.code;
    return errorText(e);
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
function discoverTracks(workspace, patterns) {
    const opened = openWorkspace(workspace);
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
        const found = walker.expand(pattern);
        if (!found.ok)
            return found;
        for (const rel of found.value)
            matched.add(rel);
    }
    const tracks = [];
    for (const rel of [...matched].sort(byCodeUnit)) {
        if (isExcluded(rel, excludes))
            continue;
        if (isTrackFolder(ws, rel))
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
    expand(pattern) {
        const out = new Set();
        const seen = new Set();
        const root = { abs: this.ws.root, real: this.ws.real, parts: [] };
        const fine = this.walk(root, pattern.segments, 0, out, seen);
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
    walk(folder, segments, i, out, seen) {
        const seg = segments[i];
        if (seg === undefined) {
            out.add(folder.parts.length === 0 ? '.' : folder.parts.join('/'));
            return true;
        }
        if (seg.kind === 'literal') {
            const child = this.enter(folder, seg.name);
            return child ? this.walk(child, segments, i + 1, out, seen) : true;
        }
        if (seg.kind === 'globstar') {
            // `**` may be reached through a symlink loop; each real folder is expanded once per segment.
            const key = `${i}\0${folder.real}`;
            if (seen.has(key))
                return true;
            seen.add(key);
            if (!this.walk(folder, segments, i + 1, out, seen))
                return false;
        }
        const children = this.subfolders(folder);
        if (children === null)
            return false;
        for (const child of children) {
            if (!segmentMatches(seg, child.name))
                continue;
            const next = {
                abs: path$1.join(folder.abs, child.name),
                real: child.real,
                parts: [...folder.parts, child.name]
            };
            const nextIndex = seg.kind === 'globstar' ? i : i + 1;
            if (!this.walk(next, segments, nextIndex, out, seen))
                return false;
        }
        return true;
    }
    /** A named child folder, following a symlink only when it stays in the workspace. */
    enter(folder, name) {
        const abs = path$1.join(folder.abs, name);
        const resolved = resolveInside(this.ws, abs);
        if (resolved.kind !== 'inside')
            return null;
        try {
            if (!node_fs.statSync(resolved.real).isDirectory())
                return null;
        }
        catch {
            return null;
        }
        return { abs, real: resolved.real, parts: [...folder.parts, name] };
    }
    /** Child folders a wildcard may enter; null when the listing budget is spent. */
    subfolders(folder) {
        const cached = this.cache.get(folder.real);
        if (cached)
            return cached;
        if (++this.listed > MAX_FOLDERS_LISTED)
            return null;
        let entries;
        try {
            entries = node_fs.readdirSync(folder.real, { withFileTypes: true });
        }
        catch {
            entries = [];
        }
        const out = [];
        for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
            if (SKIPPED.has(entry.name))
                continue;
            if (entry.isDirectory()) {
                out.push({ name: entry.name, real: path$1.join(folder.real, entry.name) });
            }
            else if (entry.isSymbolicLink()) {
                const child = this.enter(folder, entry.name);
                if (child)
                    out.push({ name: entry.name, real: child.real });
            }
        }
        this.cache.set(folder.real, out);
        return out;
    }
}
function isTrackFolder(ws, rel) {
    const abs = rel === '.' ? ws.root : path$1.join(ws.root, ...rel.split('/'));
    const top = listNames(abs);
    if (isTrackListing(top, []))
        return true;
    if (!top.includes(REPORTS_DIR))
        return false;
    const reports = path$1.join(abs, REPORTS_DIR);
    const resolved = resolveInside(ws, reports);
    if (resolved.kind !== 'inside')
        return false;
    return isTrackListing([], listNames(resolved.real));
}
function listNames(abs) {
    try {
        return node_fs.readdirSync(abs);
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
    // 0xC0-0xFF: \u0410..\u044f in order
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
/** Some decoders (Node's `latin1`, for one) give C1 controls where Windows-1252 has `\u20ac`, `\u2014`. */
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
const fatalUtf8 = new node_util.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new node_util.TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
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
    const mojibake = detectMojibake(text, bytes);
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
    // Most files have LF line ends: a plain search finds that faster than the pattern.
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
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
/** Pages where text is mostly Latin: a lone 2-byte match there (`\u00c3\u00a9`) is already telling. */
const LONE_PAIRS_COUNT = new Set([CP1252, LATIN1]);
/**
 * Looks for runs of characters whose code-page bytes form a well-formed UTF-8
 * sequence (`\u0432\u0402\u201d` is E2 80 94, an em dash). One 3-4 byte match is evidence
 * enough. 2-byte matches also occur in genuine text (`\u00ab\u0422\u0410\u0421\u0421\u00bb` holds `\u0421\u00bb`,
 * Ukrainian `\u0412\u0456` is C2 B3), so they count only when they spell a Latin-1 or
 * modern Cyrillic letter, in Windows-1251 only when two follow each other as
 * in a double-encoded word, and it takes three of them.
 */
function detectMojibake(text, bytes) {
    if (!mayHoldMojibake(text, bytes))
        return null;
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
let pairIndex = null;
/**
 * Five ranges that hold every continuation character of the pages (a test
 * checks it). The character after a lead one is tested against them first,
 * in a few comparisons, and only one inside them against the exact class,
 * which V8 tests by a search through its many ranges: in Cyrillic text,
 * where most letters are lead characters, the next letter falls outside at
 * once (the 16 MB track's 500 such reports: 6.6 -> 1.6 ms).
 */
const CONTINUATION_RANGES = '\\u0080-\\u00bf\\u0152-\\u02dc\\u0401-\\u040f\\u0451-\\u0491\\u2013-\\u2122';
function pairs() {
    if (!pairIndex) {
        const leads = new Set();
        const continuations = new Set();
        for (const page of PAGES) {
            for (const [cp, byte] of reverseTable(page)) {
                if (cp >= 0xc0 && continuationCount(byte) > 0)
                    leads.add(cp);
                if (byte >= 0x80 && byte <= 0xbf)
                    continuations.add(cp);
            }
        }
        const utf8 = new node_util.TextEncoder();
        const firstBytes = new Set([...leads].map(cp => utf8.encode(String.fromCodePoint(cp))[0] ?? 0));
        pairIndex = {
            pattern: new RegExp(`[${charClass(leads)}](?=[${CONTINUATION_RANGES}])[${charClass(continuations)}]`),
            leadBytes: [...firstBytes]
        };
    }
    return pairIndex;
}
/**
 * Whether a lead character of some page stands right before a continuation
 * character of some page: every sequence `scan` can find starts so. Genuine
 * accented or Cyrillic text rarely does, and one pass of this pattern costs
 * less than a scan per page. Lead characters are Latin-1 and Cyrillic letters,
 * which most reports do not hold at all: a search of the file's bytes for
 * their first UTF-8 byte (three values) says so several times faster than the
 * pattern. Invalid bytes decode to U+FFFD, never to a letter, so a text can
 * hold a lead character only where its bytes hold that first byte.
 */
function mayHoldMojibake(text, bytes) {
    const { pattern, leadBytes } = pairs();
    return leadBytes.some(b => bytes.includes(b)) && pattern.test(text);
}
function charClass(codePoints) {
    return [...codePoints].map(cp => `\\u${cp.toString(16).padStart(4, '0')}`).join('');
}
function score(f) {
    return f.long * 4 + f.short;
}
const leadPatterns = new Map();
/** The characters of `page` at or above U+00C0 whose byte leads a UTF-8 sequence, as a global pattern. */
function leadPattern(page) {
    let pattern = leadPatterns.get(page);
    if (!pattern) {
        const units = [];
        for (const [cp, byte] of reverseTable(page)) {
            if (cp >= 0xc0 && continuationCount(byte) > 0) {
                units.push(`\\u${cp.toString(16).padStart(4, '0')}`);
            }
        }
        pattern = new RegExp(`[${units.join('')}]`, 'g');
        leadPatterns.set(page, pattern);
    }
    return pattern;
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
    // Only characters that stand for a lead byte can start a sequence, and text
    // that holds none (ASCII, or English with emoji and dashes) is not scanned
    // character by character: the pattern jumps from one candidate to the next.
    const leads = leadPattern(page);
    leads.lastIndex = 0;
    let counted = 0;
    for (let hit = leads.exec(text); hit !== null; hit = leads.exec(text)) {
        const i = hit.index;
        for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < i; nl = text.indexOf('\n', nl + 1)) {
            line++;
        }
        counted = i;
        const lead = byteOf(page, text.charCodeAt(i)) ?? 0;
        const need = continuationCount(lead);
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
        leads.lastIndex = prevEnd;
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
 * by side (Russian `\u0430 \u2014`, French `\u00e9 \u00bb`), which reads as a 3-byte sequence with
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
//
// The file-system calls of track/ are synchronous: a track is a folder of
// small local files and nothing else runs while they are read, so the promise
// API would add a trip through libuv's thread pool per call, and one more
// module to load at start, for no work done meanwhile.
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_REPORTS = 2000;
/** Said of every input the loader had to leave out: lost input must not pass a check. */
const UNTRUSTED = 'the verdict cannot be trusted';
/** Beyond this many stray files in reports/, one summary notice replaces the rest. */
const MAX_STRAY_NOTICES = 10;
// Long: the order of the steps is the safety of the read (the workspace is
// opened, the folder located inside it, listed, and only then are the files it
// lists read, one by one); each step is a call, and what is left is the
// bookkeeping between them.
function loadTrack(workspace, dir) {
    const opened = openWorkspace(workspace);
    if (!opened.ok)
        return opened;
    const ws = opened.value;
    const located = locate(ws, dir);
    if (!located.ok)
        return located;
    const { abs, real, rel } = located.value;
    let entries;
    try {
        entries = node_fs.readdirSync(real, { withFileTypes: true });
    }
    catch (e) {
        return { ok: false, error: `cannot read track folder ${rel}: ${errorCode(e)}` };
    }
    const diagnostics = [];
    const chosen = chooseTopFiles(entries, diagnostics);
    let reportEntries = [];
    let reportsReal = null;
    if (entries.some(e => e.name === REPORTS_DIR)) {
        const resolved = resolveInside(ws, path$1.join(real, REPORTS_DIR));
        if (resolved.kind === 'outside') {
            diagnostics.push(error(REPORTS_DIR, `could not be read: ${REPORTS_DIR}/ is a symlink that leads outside the workspace; ${UNTRUSTED}`));
        }
        else if (resolved.kind === 'inside') {
            try {
                reportEntries = node_fs.readdirSync(resolved.real, { withFileTypes: true });
                reportsReal = resolved.real;
            }
            catch (e) {
                if (errorCode(e) !== 'ENOTDIR') {
                    diagnostics.push(error(REPORTS_DIR, `could not be listed (${errorCode(e)}); ${UNTRUSTED}`));
                }
            }
        }
    }
    const reportNames = reportEntries.map(e => e.name);
    if (!isTrackListing(entries.map(e => e.name), reportNames)) {
        return { ok: false, error: `not a track folder: ${rel} (no plan.md and no reports/T##.md)` };
    }
    noteStrayReports(reportNames, diagnostics);
    let reports = reportNames.filter(isReportFile).sort(byReportId);
    if (reports.length > MAX_REPORTS) {
        diagnostics.push(error(REPORTS_DIR, `holds ${reports.length} report files; only the first ${MAX_REPORTS} by task id are read, so ${UNTRUSTED}`));
        reports = reports.slice(0, MAX_REPORTS);
    }
    // The listing says which entries are regular files: those are read without a
    // stat of their own (see readListedFile).
    const listedFiles = (list) => new Set(list.filter(e => e.isFile()).map(e => e.name));
    const topFiles = listedFiles(entries);
    const reportFiles = listedFiles(reportEntries);
    const jobs = [];
    for (const role of ['plan', 'prd', 'iosmReport']) {
        const name = chosen[role];
        if (name !== undefined) {
            jobs.push({ path: name, abs: path$1.join(real, name), listedFile: topFiles.has(name) });
        }
    }
    if (reportsReal !== null) {
        const base = reportsReal;
        for (const name of reports) {
            jobs.push({
                path: `${REPORTS_DIR}/${name}`,
                abs: listedChild(base, name),
                listedFile: reportFiles.has(name)
            });
        }
    }
    const read = jobs.map(job => readSource(ws, job.path, job.abs, job.listedFile));
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
            id: path$1.basename(abs),
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
/**
 * path.join of a real (so normalised) folder path and a name from its
 * listing, which holds no separator and is never `.` or `..`: nothing is left
 * to normalise, where path.join walked every character of 2,000 paths (about
 * 8 M instructions on the 16 MB track).
 */
function listedChild(dir, name) {
    return dir.endsWith(path$1.sep) ? dir + name : dir + path$1.sep + name;
}
/** The folder as an absolute path, its real path, and its repository-relative form. */
function locate(ws, dir) {
    const given = dir.trim().replace(/\\/g, '/');
    if (given === '')
        return { ok: false, error: 'no track folder given' };
    let abs = path$1.resolve(ws.root, given);
    if (!isInside(ws.root, abs)) {
        // An absolute path may name the workspace through its real path.
        const viaReal = path$1.isAbsolute(given) && isInside(ws.real, abs);
        if (!viaReal) {
            return {
                ok: false,
                error: `track folder is outside the workspace: ${dir} (workspace: ${ws.root})`
            };
        }
        abs = path$1.join(ws.root, path$1.relative(ws.real, abs));
    }
    const rel = toRepoRelative(ws, abs);
    const resolved = resolveInside(ws, abs);
    if (resolved.kind === 'missing')
        return { ok: false, error: `track folder not found: ${rel}` };
    if (resolved.kind === 'outside') {
        return { ok: false, error: `track folder ${rel} is a symlink that leads outside the workspace` };
    }
    try {
        if (!node_fs.statSync(resolved.real).isDirectory()) {
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
function readSource(ws, file, abs, listedFile) {
    // A report that cannot be read is reported by the parser, which also says
    // what it means for the task; every other file is reported here.
    const isReport = file.startsWith(`${REPORTS_DIR}/`);
    const skip = (reason) => ({
        file: null,
        diagnostics: isReport ? [] : [error(file, `could not be read: ${reason}; ${UNTRUSTED}`)],
        unreadable: reason
    });
    const decoded = (bytes) => {
        const text = decodeText(bytes, file);
        return {
            file: { path: file, text: text.text },
            diagnostics: text.diagnostics,
            unreadable: null
        };
    };
    try {
        if (listedFile) {
            const read = readListedFile(abs);
            if (read.kind === 'bytes')
                return decoded(read.bytes);
            if (read.kind === 'skip')
                return skip(read.reason);
            // Replaced by a symlink since the listing: read the way a symlink is.
        }
        let target = abs;
        if (node_fs.lstatSync(abs).isSymbolicLink()) {
            const resolved = resolveInside(ws, abs);
            if (resolved.kind === 'outside')
                return skip('a symlink that leads outside the workspace');
            if (resolved.kind === 'missing')
                return skip(`a broken symlink (${resolved.code})`);
            target = resolved.real;
        }
        const info = node_fs.statSync(target);
        if (!info.isFile())
            return skip('not a regular file');
        if (info.size > MAX_FILE_BYTES)
            return skip(tooLarge(info.size));
        const bytes = node_fs.readFileSync(target);
        // The file may have grown since stat.
        if (bytes.length > MAX_FILE_BYTES)
            return skip(tooLarge(bytes.length));
        return decoded(bytes);
    }
    catch (e) {
        return skip(`read error ${errorCode(e)}`);
    }
}
/**
 * O_NOFOLLOW: a symlink put in place since the listing fails to open instead
 * of being followed, and is then read the way a symlink is. O_NONBLOCK: a FIFO
 * put in place does not hang the open; it is no regular file, so it is skipped.
 * (Windows has neither flag, nor FIFOs.)
 */
const OPEN_LISTED = node_fs.constants.O_RDONLY | (node_fs.constants.O_NOFOLLOW ?? 0) | (node_fs.constants.O_NONBLOCK ?? 0);
/**
 * A file the folder listing showed as a regular file: one open, one fstat for
 * its kind and size, reads into one buffer, one close, where a stat, a
 * readFile's own open and fstat and an lstat went before.
 */
function readListedFile(abs) {
    let fd;
    try {
        fd = node_fs.openSync(abs, OPEN_LISTED);
    }
    catch (e) {
        if (errorCode(e) === 'ELOOP')
            return { kind: 'symlink' };
        throw e;
    }
    try {
        const info = node_fs.fstatSync(fd);
        if (!info.isFile())
            return { kind: 'skip', reason: 'not a regular file' };
        if (info.size > MAX_FILE_BYTES)
            return { kind: 'skip', reason: tooLarge(info.size) };
        // One byte past the size seen, so that a file that grew since is noticed.
        let buffer = Buffer.allocUnsafe(info.size + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                // It grew: read on, up to one byte past the limit.
                if (length > MAX_FILE_BYTES)
                    break;
                const bigger = Buffer.allocUnsafe(Math.min(length * 2, MAX_FILE_BYTES + 1));
                buffer.copy(bigger, 0, 0, length);
                buffer = bigger;
            }
            const n = node_fs.readSync(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > MAX_FILE_BYTES)
            return { kind: 'skip', reason: tooLarge(length) };
        return { kind: 'bytes', bytes: buffer.subarray(0, length) };
    }
    finally {
        node_fs.closeSync(fd);
    }
}
function tooLarge(size) {
    const mb = (size / (1024 * 1024)).toFixed(1);
    return `${mb} MB is over the ${MAX_FILE_BYTES / (1024 * 1024)} MB limit`;
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
        const found = discoverTracks(input.workspace, input.patterns);
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
        const files = loadTrack(input.workspace, dir);
        if (!files.ok)
            return files;
        parsed.push(await parseLoaded(files.value));
    }
    return { ok: true, value: analyzeRun(parsed, input.options, input.changed) };
}
/** Parses a track, loading the markdown parser only when a summary needs it. */
async function parseLoaded(files) {
    const pending = [];
    const track = parseTrack(files, pending);
    if (pending.length === 0)
        return track;
    const parse = await loadMarkdownParser();
    try {
        for (const summary of pending)
            summary.settle(parse);
        return track;
    }
    catch {
        // A paragraph the parser failed on: parsed again with the parser at hand,
        // that report's failure is reported like any other file's.
        return parseTrack(files);
    }
}

// The rendered document as a tree of markdown blocks. Leaves are atomic (a
// paragraph, a list item, a table row, a whole fenced block); groups join
// their children and may carry an opening and a closing part (a heading, a
// table header, `<details>` \u2026 `</details>`). Budget cuts happen between
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

// How many characters of each kind of text the report keeps: every fixed clip
// width of render/, in one place. Free text (summaries, decisions, messages)
// is clipped by the detail level instead (detail.ts's textChars).
const CLIP = {
    /** A word from a closed set that fell through its table: a status, severity, kind or candidate id. */
    word: 20,
    /** Task ids, gate targets and effort estimates. */
    short: 40,
    /** Roles, dedup keys, and a track's name in the labels of a truncation notice. */
    label: 80,
    /** Track names and ids in tables and the since block, and what a truncation notice lists. */
    name: 120,
    /** Titles of tasks, phases, plans and tracks; paths; where the full report is. */
    title: 200,
    /** Any other inline text. */
    text: 500,
    /** A node's label in the task graph. */
    graphLabel: 48,
    /** A check run's title and an annotation's title and message, within GitHub's limits. */
    checkTitle: 255,
    annotationMessage: 4000
};

// Text from plans and reports is data, never markup. Each function here makes
// one kind of untrusted string safe for one place in the rendered markdown, so
// that it cannot open or close a block, inject HTML, forge the hidden marker,
// or notify people on GitHub.
const ZWJ = '\u200d';
// Line and paragraph breaks of every flavour, including the ones JavaScript
// and some renderers treat as newlines but `\n` tests miss.
const LINE_BREAKS = /[ \t]*(?:\r\n|[\r\n\u0085\u2028\u2029\v\f])[ \t\r\n\u0085\u2028\u2029\v\f]*/g;
// C0/C1 controls and the bidirectional overrides that can make displayed text
// differ from what is stored ("trojan source").
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Cut to at most `max` code points (never splitting a surrogate pair), marking the cut with `\u2026`. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    // A code point takes at most two UTF-16 units, so this slice holds more than
    // `max` code points unless it is the whole text.
    const points = Array.from(text.slice(0, (max + 1) * 2));
    if (points.length <= max)
        return text;
    return points.slice(0, Math.max(0, max - 1)).join('') + '\u2026';
}
// Text with none of the characters the two patterns above remove or replace,
// and no space at either end for trim() to take: oneLine leaves it as is.
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|^\s|\s$/;
/** One line of plain text: breaks collapsed to a space, controls removed, clipped. */
function oneLine(text, max = CLIP.text) {
    // Most fields (paths, ids, titles) are short and plain: checked in one pass.
    if (text.length <= max && !NOT_ONE_LINE.test(text))
        return text;
    const clipped = clip(text, max + 64);
    // Every character the two patterns remove or replace is one NOT_ONE_LINE finds.
    if (!NOT_ONE_LINE.test(clipped))
        return clip(clipped, max);
    return clip(clipped.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ').trim(), max);
}
/**
 * `@user`, `@org/team`, `#12` and `owner/repo#12` are turned into links (and
 * notifications or cross-references) by GitHub after rendering. A zero-width
 * joiner after the sigil keeps the text readable and breaks the match.
 */
function neutraliseMentions(text) {
    // Most text holds neither sigil: its pattern is then neither run nor compiled
    // (docs/performance.md, "Regular expressions compiled at start").
    let s = text;
    if (s.includes('@'))
        s = s.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`);
    if (s.includes('#'))
        s = s.replace(/#(?=\d)/g, `#${ZWJ}`);
    return s;
}
function escapeHtmlChars(text) {
    return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
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
function escapeInline(text, max = CLIP.text) {
    let s = oneLine(text, max);
    if (!NEEDS_ESCAPE.test(s))
        return s;
    s = escapeHtmlChars(s);
    s = s.replace(MARKDOWN_SPECIALS, ch => `\\${ch}`);
    // Block starters that survive the escapes above: `-`, `+`, `=` (setext
    // underline) and `1.` / `1)` (ordered list).
    const first = s.charAt(0);
    if (first === '-' || first === '+' || first === '=')
        s = `\\${s}`;
    else if (first >= '0' && first <= '9' && (s.includes('.') || s.includes(')')))
        s = s.replace(/^(\d{1,9})([.)])/, '$1\\$2');
    return neutraliseMentions(s);
}
/** Untrusted text for a table cell: like inline text, never empty (an empty cell is fine, but a lone space reads better). */
function escapeCell(text, max = CLIP.text) {
    const s = escapeInline(text, max);
    return s === '' ? ' ' : s;
}
/**
 * Untrusted text inside raw HTML that markdown does not process, such as
 * `<summary>`: entities only, since backslashes would show literally.
 */
function escapeHtmlText(text, max = CLIP.text) {
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
    const max = options.max ?? CLIP.text;
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
function utf8Bytes$1(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The longest prefix of `text` within `max` bytes, never splitting a character. */
function clipBytes(text, max) {
    if (max <= 0)
        return '';
    if (utf8Bytes$1(text) <= max)
        return text;
    let out = '';
    let used = 0;
    for (const ch of text) {
        const size = utf8Bytes$1(ch);
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
        const tailCost = block.tail === null ? 0 : utf8Bytes$1(`\n\n${block.tail}`);
        const parts = block.head === null ? [] : [block.head];
        let used = block.head === null ? 0 : utf8Bytes$1(block.head);
        if (used + tailCost > avail)
            return null;
        const sepCost = utf8Bytes$1(block.sep);
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
    return utf8Bytes$1(text) <= budget ? text : clipBytes(text, budget);
}
function hintText(fullReportHint) {
    return fullReportHint === null
        ? ''
        : ` The full report is in ${escapeInline(fullReportHint, CLIP.title)}.`;
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
        const shown = omitted.slice(0, n).map(label => escapeInline(label, CLIP.name));
        const rest = omitted.length - n;
        const list = omitted.length === 0
            ? ''
            : ` Left out: ${shown.join(', ')}${rest > 0 ? `${n > 0 ? ' and ' : ''}${rest} more part${rest === 1 ? '' : 's'}` : ''}.`;
        const text = `${head}${list}${tail}`;
        if (utf8Bytes$1(text) <= max)
            return text;
    }
    return clipBytes(head, max);
}

// What every section builder is handed: the track, how much detail to write,
// the heading level of its sections, a prefix for its labels, and the facts
// derived from the track once per render.
function fact(name, compute) {
    return { key: Symbol(name), compute };
}
/** A fresh cache of derived facts for one track, for one render. */
function deriver(track) {
    const cache = new Map();
    const derive = ({ key, compute }) => {
        if (cache.has(key))
            return cache.get(key);
        const value = compute(track, derive);
        cache.set(key, value);
        return value;
    };
    return derive;
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
    complete: { emoji: '\u2705', word: 'complete' },
    partial: { emoji: '\u26a0\ufe0f', word: 'partial' },
    blocked: { emoji: '\u274c', word: 'blocked' },
    'in-progress': { emoji: '\ud83d\udd04', word: 'in progress' },
    todo: { emoji: '\u23f3', word: 'to do' },
    unknown: { emoji: '\u2753', word: 'unknown' }
};
const TRACK_STATUS = {
    complete: '\u2705 Complete',
    'in-progress': '\ud83d\udd04 In progress',
    blocked: '\u274c Blocked'
};
const GATE_STATUS = {
    pass: '\u2705 pass',
    fail: '\u274c fail',
    skip: '\u26aa skipped',
    'not-evaluated': '\u2796 not evaluated'
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
    return CHANGE_WORD[status] ?? escapeCell(status, CLIP.word);
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
    return escapeInline(id, CLIP.short);
}
function idList(ids, joiner = ', ') {
    return ids.map(idText).join(joiner);
}
function path(text, inTable = false) {
    return codeSpan(text, { inTable, max: CLIP.title });
}
function heading(level, text) {
    return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}
/** `+12 \u22123`, or an empty string when the diff gave no counts (binary files). */
function lineDelta(additions, deletions) {
    if (additions === null && deletions === null)
        return '';
    return `+${thousands(additions ?? 0)} \u2212${thousands(deletions ?? 0)}`;
}
/** The feature names the work best; plan titles are often generic ("Implementation Plan"). */
function trackName(track) {
    return track.track.feature ?? track.track.title ?? track.track.id;
}

// The closing sections of a track's report: report claims checked against the
// pull request's diff, follow-up tasks and spawn candidates, lessons learned,
// and the diagnostics found while reading the input.
/** A table of the first `max` items, then how many more there are: only the rows shown are written. */
function cappedTable(header, items, max, noun, row) {
    const shown = items.slice(0, max).map(row);
    const out = [table(header, shown)];
    if (items.length > shown.length)
        out.push(leaf(`_and ${count(items.length - shown.length, `more ${noun}`)}_`));
    return out;
}
function claimsVsDiff(ctx) {
    const diff = ctx.track.diffCheck;
    if (diff === null)
        return null;
    const children = [];
    if (diff.truncated) {
        children.push(leaf(`\u26a0\ufe0f **The diff was truncated** (GitHub lists at most ${thousands(GITHUB_FILES_CAP)} files of a pull request): files beyond it could not be checked, so findings below may be incomplete.`));
    }
    const clean = diff.unreported.length === 0 && diff.phantom.length === 0 && diff.mismatch.length === 0;
    if (clean) {
        children.push(leaf(`\u2705 All ${count(diff.files.length, 'changed file')} are claimed by a report, and every claimed file is in the diff.`));
    }
    else {
        children.push(leaf(`Changed but claimed by no report: ${thousands(diff.unreported.length)} \u00b7 claimed but not in the diff: ${thousands(diff.phantom.length)} \u00b7 claimed as the wrong kind of change: ${thousands(diff.mismatch.length)}.`), ...diffFindings(ctx, diff));
    }
    return section(`${ctx.labelPrefix}Claims vs diff`, heading(ctx.level, 'Claims vs diff'), children);
}
/** Each kind of finding as a table under a heading of its own, collapsed when long. */
function diffFindings(ctx, diff) {
    const rows = ctx.detail.rows;
    const under = (title, summary, blocks) => group(collapseIfLong(escapeHtmlText(summary), blocks, COLLAPSE_LIMITS), {
        head: heading(ctx.level + 1, title)
    });
    const out = [];
    if (diff.unreported.length > 0) {
        const byPath = new Map(diff.files.map(f => [f.path, f]));
        const blocks = cappedTable(['Path', 'Change', 'Lines'], diff.unreported, rows, 'file', p => {
            const f = byPath.get(p);
            return [
                path(p, true),
                f === undefined ? '' : changeWord(f.status),
                f === undefined ? '' : lineDelta(f.additions, f.deletions)
            ];
        });
        out.push(under('Changed but not reported', `${diff.unreported.length} unreported files`, blocks));
    }
    if (diff.phantom.length > 0) {
        const blocks = cappedTable(['Task', 'Path'], diff.phantom, rows, 'claim', p => [
            idText(p.task),
            path(p.path, true)
        ]);
        out.push(under('Claimed but not in the diff', `${diff.phantom.length} claims`, blocks));
    }
    if (diff.mismatch.length > 0) {
        const blocks = cappedTable(['Task', 'Path', 'Report says', 'Diff says'], diff.mismatch, rows, 'claim', m => [idText(m.task), path(m.path, true), m.claimed, changeWord(m.actual)]);
        out.push(under('Wrong kind of change', `${diff.mismatch.length} claims`, blocks));
    }
    return out;
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
                escapeCell(sc.id, CLIP.word),
                `${escapeCell(sc.subtask, detail.textChars)}${sc.duplicate ? ' _(duplicate)_' : ''}`,
                escapeCell(sc.severity ?? '\u2014', CLIP.word)
            ];
            if (detail.extras) {
                cells.push(sc.touches.length === 0
                    ? '\u2014'
                    : sc.touches
                        .slice(0, 5)
                        .map(t => path(t, true))
                        .join(', '), escapeCell(sc.effort ?? '\u2014', CLIP.short), sc.userInput === null ? '\u2014' : sc.userInput ? 'yes' : 'no', escapeCell(sc.dedupKey, CLIP.label));
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
    error: { rank: 0, text: '\u274c error' },
    warning: { rank: 1, text: '\u26a0\ufe0f warning' },
    notice: { rank: 2, text: '\u2139\ufe0f notice' }
};
function diagnosticsSection(ctx) {
    const { track, detail } = ctx;
    const label = `${ctx.labelPrefix}Diagnostics`;
    const title = heading(ctx.level, 'Diagnostics');
    if (track.diagnostics.length === 0)
        return section(label, title, [leaf('\u2705 The track files were read without findings.')]);
    const sorted = [...track.diagnostics].sort((a, b) => (SEVERITY[a.severity]?.rank ?? 3) - (SEVERITY[b.severity]?.rank ?? 3));
    const counts = ['error', 'warning', 'notice']
        .map(sev => [sev, track.diagnostics.filter(d => d.severity === sev).length])
        .filter(([, n]) => n > 0)
        .map(([sev, n]) => count(n, sev))
        .join(', ');
    const blocks = cappedTable(['Severity', 'Where', 'Message'], sorted, detail.rows, 'finding', d => [
        SEVERITY[d.severity]?.text ?? escapeCell(d.severity, CLIP.word),
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
/** Held dependencies a held task's reason names; the rest are counted. */
const HELD_ON_LISTED = 10;
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
            return {
                kind: 'waits',
                on: on.slice(0, HELD_ON_LISTED),
                more: Math.max(0, on.length - HELD_ON_LISTED)
            };
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
    const sorted = new Map([...sharing].map(([id, others]) => [id, sortedDistinctIds(others)]));
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
// edges dashed. Node ids are ours (n0, n1, \u2026); report text only ever appears
// inside quoted labels, encoded so it cannot end the label or the fence.
/** Above these sizes the graph is unreadable and Mermaid may refuse it. */
const MAX_GRAPH_NODES = 100;
const MAX_GRAPH_EDGES = 400;
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
 * could start a `%%{\u2026}%%` directive, which Mermaid finds anywhere in the text.
 */
function mermaidLabel(text, max = CLIP.graphLabel) {
    const s = oneLine(text, max)
        .replaceAll('#', '#35;')
        .replaceAll('"', '#quot;')
        .replaceAll('`', '#96;')
        .replaceAll('&', '#amp;')
        .replaceAll('<', '#lt;')
        .replaceAll('>', '#gt;')
        .replaceAll('%', '#37;');
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
    yes: '\u2705 Yes',
    caveats: '\u26a0\ufe0f With caveats',
    no: '\u274c No'
};
function headerBlocks(ctx) {
    const { track } = ctx;
    const info = track.track;
    // One track is the whole report; several sit under the run's own title.
    const prefix = ctx.level <= 2 ? 'Integration report: ' : '';
    const title = heading(ctx.level - 1, `${prefix}${escapeInline(trackName(track), CLIP.title)}`);
    const facts = [
        `**Status:** ${TRACK_STATUS[track.status] ?? track.status}`,
        `**Track:** ${path(info.id)}`,
        `**Folder:** ${path(info.dir)}`
    ];
    const lines = [facts.join(' \u00b7 ')];
    if (info.title !== null && info.title !== trackName(track)) {
        lines.push(`**Plan:** ${escapeInline(info.title, CLIP.title)}`);
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
        `**Integration complexity:** ${complexity.level}${complexity.because.length > 0 ? ` \u2014 ${complexity.because.join(', ')}` : ''} (${complexity.facts})`,
        `**Overall quality:** ${track.rating ?? 'n/a (no IOSM-Index)'}`,
        `**IOSM-Index:** ${indexText}`,
        `**Ready for deployment:** ${READY_TEXT[ready.level]}`
    ];
    const verdict = track.verdict.conclusion === 'success' ? '\u2705 success' : '\u274c failure';
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
        notes.push(`Thick purple edges: the critical path (${idList(track.criticalPath, ' \u2192 ')}).`);
    }
    if (track.cycles.length > 0)
        notes.push('Dashed red edges: a dependency cycle.');
    const legend = ['complete', 'partial', 'blocked', 'in-progress', 'todo', 'unknown']
        .filter(status => track.tasks.some(t => t.status === status))
        .map(status => {
        const s = taskStatus(status);
        return `${s.emoji} ${s.word}: ${STATUS_COLOUR[status]}`;
    })
        .join(' \u00b7 ');
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
    none: '\u2014'
};
function gatesSection(ctx) {
    const { track } = ctx;
    const rows = GATE_KEYS.map(g => {
        const gate = track.gates[g];
        return [
            `Gate-${g} (${GATE_NAMES$1[g]})`,
            score2(gate.score),
            `${escapeCell(gate.target, CLIP.short)} (${TARGET_SOURCE[gate.targetSource] ?? gate.targetSource})`,
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
            out.push(leaf(`\u26a0\ufe0f The analysis reports an IOSM-Index of ${track.iosmIndex.toFixed(3)}, which is not the value worked out above.`));
        }
    }
    const result = [];
    if (track.iosmIndex !== null) {
        const threshold = track.indexThreshold === null
            ? 'no threshold applies'
            : track.iosmIndex >= track.indexThreshold
                ? `\u2705 meets the threshold ${track.indexThreshold.toFixed(2)}`
                : `\u274c below the threshold ${track.indexThreshold.toFixed(2)}`;
        result.push(`**Result:** ${track.iosmIndex.toFixed(3)} (${track.rating ?? 'unrated'}), ${threshold}.`);
    }
    if (track.statedIndex !== null) {
        result.push(statedIndexDiffers(track)
            ? `\u26a0\ufe0f iosm\\_report.md states ${track.statedIndex.toFixed(3)}; recomputed from the gate scores: ${track.iosmIndex === null ? 'n/a' : track.iosmIndex.toFixed(3)}. The recomputed value is used.`
            : `iosm\\_report.md states ${track.statedIndex.toFixed(3)}, which agrees.`);
    }
    if (result.length > 0)
        out.push(leaf(result.join('  \n')));
    return out;
}
/** A one-line verdict used in summaries: `\u274c failure (2 reasons)`. */
function verdictWord(track) {
    return track.verdict.conclusion === 'success' ? '\u2705 success' : '\u274c failure';
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
        c.schedule === 'parallel' ? '\u26a0\ufe0f parallel: will need resolution' : '\u2139\ufe0f sequential',
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
const collisionsByTask = fact('forecast collisions', (track) => {
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
});
/** Parallel forecasts first, then sequential ones, each in the analysis's order. */
const orderedForecast = fact('ordered forecast', (track) => [
    ...track.forecastConflicts.filter(c => c.schedule === 'parallel'),
    ...track.forecastConflicts.filter(c => c.schedule !== 'parallel')
]);
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
/** `+180 \u22122 claimed`, `+15 claimed`, `\u221240 claimed`; '' for no claim. */
function claimText(claim) {
    if (claim === undefined)
        return '';
    const { added, removed } = claim;
    if (added === null)
        return removed === null ? '' : `\u2212${thousands(removed)} claimed`;
    return removed === null
        ? `+${thousands(added)} claimed`
        : `+${thousands(added)} \u2212${thousands(removed)} claimed`;
}
/**
 * The diff's `+a \u2212d` with the claim beside it: `, as claimed` when every count
 * the report gives matches, `\u00b7 \u26a0\ufe0f +180 claimed` when one does not. When the
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
        return `${real} \u00b7 ${claimed}`;
    const agrees = (claim.added === null || claim.added === (diff.additions ?? 0)) &&
        (claim.removed === null || claim.removed === (diff.deletions ?? 0));
    return agrees ? `${real}, as claimed` : `${real} \u00b7 \u26a0\ufe0f ${claimed}`;
}
/** The diff credits no task but these with the file, so their claims can account for all of it. */
function onlyBy(tasks, file) {
    // Claimers past the list are not known here, so `tasks` cannot be shown to cover them.
    if ((file.moreClaimedBy ?? 0) > 0)
        return false;
    return file.claimedBy.every(id => tasks.includes(id));
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
    pass: '\u2705',
    warn: '\u26a0\ufe0f',
    fail: '\u274c',
    unknown: '\u2754'
};
function taskTitleLine(task) {
    const s = taskStatus(task.status);
    const role = task.role === null ? '' : ` (${escapeInline(task.role, CLIP.label)})`;
    return `${s.emoji} ${idText(task.id)}: ${escapeInline(task.title, CLIP.title)}${role}`;
}
// Facts derived once per render (see SectionContext.derive).
const impacts = fact('task impacts', taskImpacts);
const reasonsHeld = fact('held reasons', heldReasons);
const claims = fact('claim lookup', claimLookup);
const diffByPath = fact('diff by path', (track) => new Map((track.diffCheck?.files ?? []).map(file => [file.path, file])));
/** A file as listed under a task: its path, then the diff's line counts and the task's claim. */
const fileEntries = fact('file entries', (_track, derive) => {
    const diff = derive(diffByPath);
    const claimOf = derive(claims);
    return (task, file) => {
        const d = diff.get(file);
        // A file other tasks changed too: the diff's counts hold their work as well.
        const lines = linesText(claimOf(task, file), d, d === undefined || onlyBy([task.id], d));
        return lines === '' ? path(file) : `${path(file)} (${lines})`;
    };
});
const phasesOf = fact('phases', (track) => {
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
});
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
        const name = phase.name === null ? 'Tasks outside any phase' : escapeInline(phase.name, CLIP.title);
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
const wholeLists = fact('whole file lists', (_track) => new Map());
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
        items.push(impactLine(ctx.derive(impacts)(task)));
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
            .map(b => `  - \u274c ${escapeInline(b, detail.textChars)}`);
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
/** `**Impact:** High \u2014 shares files with T04`: the level and the fact that set it. */
function impactLine(impact) {
    const shown = impact.sharesWith.slice(0, 3);
    const more = impact.sharesWith.length - shown.length;
    const why = shown.length > 0
        ? `shares files with ${idList(shown)}${more > 0 ? ` and ${thousands(more)}${impact.sharesWithCapped ? ' or' : ''} more` : ''}`
        : impact.level === 'Medium' && impact.files <= 3
            ? `changes ${impact.existing === 1 ? 'an existing file' : `${impact.existing} existing files`}`
            : count(impact.files, 'file');
    return `**Impact:** ${impact.level} \u2014 ${why}`;
}
function verificationLines(steps, max, chars) {
    const lines = steps.slice(0, max).map(step => {
        const name = escapeInline(step.name, chars);
        const result = step.result === null ? '' : `: ${escapeInline(step.result, chars)}`;
        return `${VERIFY_EMOJI[step.status] ?? '\u2754'} ${name}${result}`;
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
const claimRows = fact('claim rows', (track) => {
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
});
function claimRowCells(track, index, byId, claimOf, withClaims) {
    const diff = track.diffCheck;
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
                const where = row.path.endsWith('/') ? 'folder' : '\u2754 not in diff';
                const text = claimText(claim);
                cells.push(text === '' ? where : `${where} \u00b7 ${text}`);
            }
            else {
                // The sum is judged only when it covers every task the diff credits with the file.
                const comparable = !claims.includes(undefined) && onlyBy(row.tasks, d);
                cells.push(`${changeWord(d.status)} ${linesText(claim, d, comparable)}`.trim());
            }
        }
        else if (withClaims)
            cells.push(claimText(claim) || '\u2014');
        return cells;
    };
}
const claimsLines = fact('claims lines', (track) => track.tasks.some(task => task.claimedLines.length > 0));
function summaryOfChanges(ctx) {
    const { track, detail } = ctx;
    const files = ctx.derive(claimRows);
    const label = `${ctx.labelPrefix}Summary of changes`;
    const title = heading(ctx.level, 'Summary of changes');
    const lines = [
        `**Files claimed by the reports:** ${KIND_ORDER.filter(kind => kind !== 'touched' || files.counts[kind] > 0)
            .map(kind => `${thousands(files.counts[kind])} ${kind}`)
            .join(' \u00b7 ')}`
    ];
    const diff = track.diffCheck;
    if (diff !== null) {
        const add = diff.files.reduce((sum, f) => sum + (f.additions ?? 0), 0);
        const del = diff.files.reduce((sum, f) => sum + (f.deletions ?? 0), 0);
        lines.push(`**Pull request diff:** ${count(diff.files.length, 'file')} changed, +${thousands(add)} \u2212${thousands(del)} lines${diff.truncated ? ' (truncated)' : ''}`);
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
    const cells = claimRowCells(track, ctx.derive(diffByPath), ctx.derive(tasksById), ctx.derive(claims), withClaims);
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
        children.push(leaf(`${count(parallel, 'parallel conflict')} (no dependency orders the tasks: resolve by hand) \u00b7 ${count(ordered.length - parallel, 'sequential overlap')} (merged in dependency order: for information).`));
        const writeShared = ctx.derive(writeSharedTasks);
        const rows = ordered.slice(0, detail.rows).map(c => [
            // A hand-off note, or a write-shared task with no files, names no file: `*`.
            c.path === '*' && c.reason !== 'overlap' ? '\u2014' : path(c.path, true),
            conflictTasks(c),
            c.kind === 'parallel' ? '\u26a0\ufe0f parallel: needs resolution' : '\u2139\ufe0f sequential: informational',
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
const orderedConflicts = fact('ordered conflicts', (track) => {
    const parallel = track.conflicts.filter(c => c.kind === 'parallel');
    const ordered = [...parallel, ...track.conflicts.filter(c => c.kind !== 'parallel')];
    return { ordered, parallel: parallel.length };
});
const writeSharedTasks = fact('write-shared tasks', (track) => new Set(track.tasks.filter(t => t.concurrency === 'write-shared').map(t => t.id)));
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
        return `\ud83d\udcdd noted in a report${c.note === undefined ? '' : `: ${escapeCell(c.note, textChars)}`}`;
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
        return section(label, title, [leaf('\u2705 No blockers or issues reported.')]);
    const item = (b) => {
        const where = b.file === null ? '' : ` \u00b7 ${path(b.line === null ? b.file : `${b.file}:${b.line}`)}`;
        const kind = b.kind === 'error' && !b.resolved ? 'unresolved error' : BLOCKER_KIND[b.kind];
        return `**${idText(b.task)}** \u00b7 ${kind ?? 'issue'}: ${escapeInline(b.title, detail.textChars)}${where}`;
    };
    const groups = [
        [
            '\ud83d\udd34 Critical: must be fixed before merge',
            track.blockers.filter(b => !b.resolved && b.severity === 'critical')
        ],
        ['\u26a0\ufe0f Non-critical', track.blockers.filter(b => !b.resolved && b.severity !== 'critical')],
        ['\u2705 Resolved', track.blockers.filter(b => b.resolved)]
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
                more.push(...instructions.map(text => `- \u27a1\ufe0f ${escapeInline(text, detail.textChars)}`));
                if (task.integrationInstructions.length > instructions.length) {
                    more.push(`- and ${thousands(task.integrationInstructions.length - instructions.length)} more instructions`);
                }
                if (more.length === 0)
                    more.push('- _no verification reported_');
            }
            const line = task === undefined
                ? `**${idText(id)}** (not among the tasks)`
                : `**${idText(id)}**: ${escapeInline(task.title, CLIP.title)}${task.report === null ? '' : ` \u00b7 ${path(task.report)}`}`;
            return { line, more };
        });
        children.push(group([orderedList(items, step)], { head: heading(ctx.level + 1, `Wave ${i + 1}`) }));
        step += wave.length;
    });
    const held = track.mergeOrder.held;
    if (held.length > 0) {
        const item = heldItem(byId, ctx.derive(reasonsHeld), ctx.derive(collisionsByTask));
        const items = held.slice(0, detail.rows).map(id => item(id));
        if (held.length > items.length)
            items.push(`_and ${thousands(held.length - items.length)} more_`);
        children.push(group([bulletList(items)], { head: heading(ctx.level + 1, `Held (${held.length})`) }));
    }
    return section(label, title, children);
}
const tasksById = fact('tasks by id', (track) => new Map(track.tasks.map(t => [t.id, t])));
/** One held task as listed: status, id, title and why it is held. */
function heldItem(byId, reasonOf, collisions) {
    return (id) => {
        const task = byId.get(id);
        const name = task === undefined ? '' : `: ${escapeInline(task.title, CLIP.title)}`;
        const collide = heldCollision(collisions, id, task?.status === 'complete');
        return `${task === undefined ? '\u2753' : taskStatus(task.status).emoji} **${idText(id)}**${name} \u2014 ${heldText(reasonOf(id))}${collide === null ? '' : `; ${collide}`}`;
    };
}
function heldText(reason) {
    switch (reason.kind) {
        case 'cycle': {
            const first = reason.cycle[0];
            const loop = idList([...reason.cycle, ...(first === undefined ? [] : [first])], ' \u2192 ');
            if (reason.onCycle)
                return `on the dependency cycle ${loop}`;
            // Off the one cycle listed, but it still reaches itself through the group.
            return `depends on itself: ${idList(reason.group)} depend on each other (one cycle: ${loop})`;
        }
        case 'status':
            return `not complete (${taskStatus(reason.status).word})`;
        case 'waits':
            return `waits for held ${idList(reason.on)}${reason.more > 0 ? ` and ${thousands(reason.more)} more` : ''}`;
        case 'unscheduled':
            return 'not scheduled by the analysis';
    }
}

// A track's sections, built one way for the sticky comment and the check run:
// the context each section builder is handed, the label that names the track
// in a truncation notice, and the comment's list of sections, from which the
// check run takes its summary and its text.
/** The sections of one track, in the comment's order. */
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
// The check run's summary is what the checks list shows first; its text holds
// the rest of the comment's sections, in the comment's order.
const IN_CHECK_SUMMARY = new Set([executiveSummary, gatesSection]);
const CHECK_SUMMARY_SECTIONS = TRACK_SECTIONS.filter(build => IN_CHECK_SUMMARY.has(build));
const CHECK_TEXT_SECTIONS = TRACK_SECTIONS.filter(build => !IN_CHECK_SUMMARY.has(build));
/** Every section of one track, in the comment's order. */
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
/** A track as the labels of a truncation notice name it: one line, clipped. */
function trackLabel(track) {
    return oneLine(trackName(track), CLIP.label);
}
/** The label of a whole track's group, for a report of several tracks. */
function trackGroupLabel(track) {
    return `Track ${trackLabel(track)}`;
}
/**
 * The context of each track's sections: `##` sections for one track; for
 * several, `###` sections under each track's heading, labelled with its name.
 */
function trackContexts(tracks, derives, detail, room) {
    const several = tracks.length > 1;
    return tracks.map((track, i) => ({
        track,
        detail,
        level: several ? 3 : 2,
        labelPrefix: several ? `${trackLabel(track)} \u203a ` : '',
        derive: derives[i] ?? deriver(track),
        room
    }));
}

// The "Since the last report" block that opens the sticky comment and the
// check-run summary: what moved between the previous report and this one.
// Each kind is one bullet; a kind names at most MAX_PER_KIND items, then
// counts the rest, so the block stays short however much changed.
const MAX_PER_KIND = 10;
/** The block, or nothing when there was no previous report or nothing changed. It opens the document, so its heading is always `##`. */
function sinceBlocks(since, multi) {
    if (since === undefined || since.tracks.length === 0)
        return [];
    const head = heading(2, 'Since the last report');
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
    const parts = since.tracks.map(t => group([leaf(`**${escapeInline(t.track.id, CLIP.name)}**`), bulletList(trackLines(t))]));
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
    ids('\u2705', 'Became complete', c.becameComplete);
    ids('\u26a0\ufe0f', 'Became partial', c.becamePartial);
    ids('\ud83d\udeab', 'Became blocked', c.becameBlocked);
    const blocker = (b) => `${idText(b.task)}: ${escapeInline(b.title, CLIP.name)}`;
    items('\ud83c\udd95', 'Blockers that appeared', c.blockersAppeared.map(blocker));
    items('\u2714\ufe0f', 'Blockers resolved', c.blockersResolved.map(blocker));
    if (c.gates.length > 0) {
        lines.push(`\ud83d\udcca **Gates:** ${c.gates.map(g => `${GATE_NAMES$1[g.gate]} (${g.gate}) ${move(g)}`).join(' \u00b7 ')}`);
    }
    if (c.iosmIndex !== null)
        lines.push(`\ud83d\udcca **IOSM-Index:** ${move(c.iosmIndex)}`);
    items('\u26a0\ufe0f', 'New conflicts', c.conflictsNew.map(conflict));
    items('\u2714\ufe0f', 'Conflicts cleared', c.conflictsCleared.map(conflict));
    items('\ud83d\udd2e', 'New forecast conflicts', c.forecastNew.map(conflict));
    items('\u2714\ufe0f', 'Forecast conflicts cleared', c.forecastCleared.map(conflict));
    items('\ud83d\udd0d', 'New diff-check findings', c.findingsNew.map(finding));
    items('\u2714\ufe0f', 'Diff-check findings cleared', c.findingsCleared.map(finding));
    ids('\u2795', 'Added to the plan', c.tasksAdded);
    ids('\u2796', 'Removed from the plan', c.tasksRemoved);
    return lines;
}
/** The first MAX_PER_KIND items, then `and N more`. */
function capped(list) {
    if (list.length <= MAX_PER_KIND)
        return [...list];
    return [...list.slice(0, MAX_PER_KIND), `and ${list.length - MAX_PER_KIND} more`];
}
/**
 * `0.85 \u2192 0.96`; with 3 decimals when 2 would show no move, so an arrow
 * never points from a number to itself.
 */
function move(m) {
    const two = (x) => (x === null ? 'n/a' : x.toFixed(2));
    const three = (x) => (x === null ? 'n/a' : x.toFixed(3));
    const fine = two(m.from) === two(m.to);
    const show = fine ? three : two;
    return `${show(m.from)} \u2192 ${show(m.to)}`;
}
function conflict(c) {
    return `${path(c.path)} (${idList(c.tasks)}, ${escapeInline(c.kind, CLIP.word)})`;
}
const FINDING_WORD = {
    unreported: 'changed, claimed by no report',
    phantom: 'claimed, not in the diff',
    mismatch: 'claimed as another kind of change'
};
function finding(f) {
    return `${path(f.path)}${f.task === null ? '' : ` (${idText(f.task)})`}: ${FINDING_WORD[f.kind]}`;
}

// The integration report as GitHub-flavoured markdown: for one track, the
// seed report's sections filled from the analysed model; for several, a
// summary table first and then one section per track. The result always fits
// the byte budget it is given.
const BUDGETS = BUDGETS$1;
const FOOTER = '<sub>Produced by swarm-integration-report from the track files (plan, task reports, iosm\\_report.md). Text quoted from them is shown as plain text.</sub>';
function renderMarkdown(run, options) {
    const derives = run.tracks.map(deriver);
    return fitToBudget((detail, note, room) => reportBlocks(run, derives, detail, note, room), options.budgetBytes, options.fullReportHint);
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
    const contexts = trackContexts(run.tracks, derives, detail, room);
    const only = contexts.length === 1 ? contexts[0] : undefined;
    if (only !== undefined) {
        return [
            ...headerBlocks(only),
            ...sinceBlocks(run.since, false),
            ...notes,
            ...trackSections(only),
            leaf(FOOTER)
        ];
    }
    const blocks = [
        leaf(`# Integration report: ${count(run.tracks.length, 'track')}`),
        ...sinceBlocks(run.since, true),
        ...notes,
        leaf(`**Overall verdict:** ${run.conclusion === 'success' ? '\u2705 success' : '\u274c failure'}`),
        runSummaryTable(run.tracks)
    ];
    for (const ctx of contexts) {
        blocks.push(group([...headerBlocks(ctx), ...trackSections(ctx)], { label: trackGroupLabel(ctx.track) }));
    }
    blocks.push(leaf(FOOTER));
    return blocks;
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
        return name === where ? code : `${escapeCell(name, CLIP.name)} \u00b7 ${code}`;
    };
}

// The check run's output: a title readable in the checks list, a summary
// (executive summary and gate table of each track), the detailed report as
// text, and annotations on the track files for diagnostics and blockers.
/** GitHub takes 50 annotations per request; the publisher batches, but a run needs no more than this. */
const MAX_ANNOTATIONS = 500;
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
 * `IOSM 0.96 Excellent \u00b7 3/6 tasks \u00b7 1 blocker`: open critical blockers, then
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
    const tail = `${done}/${total} tasks \u00b7 ${stops.length > 0 ? stops.join(' \u00b7 ') : count(0, 'blocker')}${issues > 0 ? ` \u00b7 ${count(issues, 'issue')}` : ''}`;
    const only = tracks.length === 1 ? tracks[0] : undefined;
    if (only !== undefined) {
        const index = only.iosmIndex === null
            ? 'IOSM n/a'
            : `IOSM ${score2(only.iosmIndex)}${only.rating === null ? '' : ` ${only.rating}`}`;
        return clip(`${index} \u00b7 ${tail}`, CLIP.checkTitle);
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
        index = `IOSM ${low === high ? low : `${low}\u2013${high}`}${missing ? ' (some n/a)' : ''}`;
    }
    return clip(`${tracks.length} tracks \u00b7 ${index} \u00b7 ${tail}`, CLIP.checkTitle);
}
/** Blocked tasks of a track that no open critical blocker names. */
function unexplainedBlocked(track) {
    const named = new Set(track.blockers.filter(b => !b.resolved && b.severity === 'critical').map(b => b.task));
    return track.tasks.filter(t => t.status === 'blocked' && !named.has(t.id)).length;
}
function trackHeading(ctx) {
    return leaf(heading(ctx.level - 1, `${escapeInline(trackName(ctx.track), CLIP.title)} \u00b7 ${TRACK_STATUS[ctx.track.status] ?? ''}`));
}
function summaryBlocks(run, derives, detail, note, room, capNote) {
    const several = run.tracks.length > 1;
    const blocks = [...sinceBlocks(run.since, several), ...(note === null ? [] : [note])];
    if (run.tracks.length === 0)
        return [...blocks, leaf('No swarm-iosm track was found, so there is nothing to report.')];
    if (several)
        blocks.push(runSummaryTable(run.tracks));
    for (const ctx of trackContexts(run.tracks, derives, detail, room)) {
        // Both, whatever the room: two short sections, and the first thing the checks list shows.
        const parts = CHECK_SUMMARY_SECTIONS.flatMap(build => build(ctx) ?? []);
        if (several)
            blocks.push(group([trackHeading(ctx), ...parts], { label: trackGroupLabel(ctx.track) }));
        else
            blocks.push(leaf(`**Track:** ${path(ctx.track.track.id)} \u00b7 **Status:** ${TRACK_STATUS[ctx.track.status] ?? ''}`), ...parts);
    }
    if (capNote !== null)
        blocks.push(capNote);
    return blocks;
}
function textBlocks(run, derives, detail, note, room) {
    const blocks = note === null ? [] : [note];
    if (run.tracks.length === 0)
        return [...blocks, leaf(FOOTER)];
    const several = run.tracks.length > 1;
    for (const ctx of trackContexts(run.tracks, derives, detail, room)) {
        const parts = buildSections(ctx, CHECK_TEXT_SECTIONS);
        if (several)
            blocks.push(group([trackHeading(ctx), ...parts], { label: trackGroupLabel(ctx.track) }));
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
        title: clip(`Track input ${d.severity}`, CLIP.checkTitle),
        message: clip(d.message, CLIP.annotationMessage)
    }));
    for (const b of track.blockers) {
        if (b.resolved || b.file === null)
            continue;
        out.push({
            path: repoPath(track, b.file),
            startLine: line(b.line),
            endLine: line(b.line),
            level: b.severity === 'critical' ? 'failure' : 'warning',
            title: clip(`${b.severity === 'critical' ? 'Critical blocker' : 'Issue'} in ${oneLine(b.task, CLIP.short)}`, CLIP.checkTitle),
            message: clip(b.title, CLIP.annotationMessage)
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
        childProcess().execFile('git', args, {
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
        childProcess().execFile('git', ['rev-parse', '--show-toplevel'], { cwd: dir, timeout: 10000 }, (err, stdout) => {
            const top = stdout.trim();
            resolve(err || top === '' ? null : top);
        });
    });
}

const FORMAT = { markdown: 1, json: 2, check: 4 };
const REPORTS = 8;
const DIFF = 16;
const PREVIOUS = 32;
function workOf(format, run, given) {
    let work = FORMAT[format];
    if (run.tracks.some(t => t.tasks.some(task => task.report !== null)))
        work |= REPORTS;
    if (given.diff)
        work |= DIFF;
    if (given.previous)
        work |= PREVIOUS;
    return work;
}

// The CLI's output goes straight to the file descriptor. process.stdout and
// process.stderr are streams made on first use (for a pipe, a socket), and
// making one loads Node's stream modules: about 2 ms of a 45 ms run on Node 24,
// whose whole output is one write. Where the descriptor refuses the bytes (a
// full pipe its reader made non-blocking: EAGAIN), the rest of that write and
// every later one go through the stream, which waits for the reader. A reader
// that has gone (EPIPE: `swarm-report | head`) wants no more: the rest is
// dropped, and the exit status stays the verdict's, where the stream would
// have thrown. On Windows the stream is used from the start: a console needs
// its own way of writing text.
/** A writer of text to `fd`, falling back for good to `stream()` once the descriptor refuses. */
function descriptorWriter(fd, stream, write = node_fs.writeSync, direct = process.platform !== 'win32') {
    let useDescriptor = direct;
    let readerGone = false;
    return text => {
        if (readerGone)
            return;
        const bytes = utf8Bytes(text);
        let done = 0;
        if (useDescriptor) {
            try {
                for (let n = 0; done < bytes.length; done += n) {
                    n = write(fd, bytes, done);
                    if (n <= 0)
                        throw new Error(`write to descriptor ${fd} took no bytes`);
                }
                return;
            }
            catch (err) {
                if (err.code === 'EPIPE') {
                    readerGone = true;
                    return;
                }
                useDescriptor = false;
            }
        }
        stream().write(bytes.subarray(done));
    };
}
/**
 * Longest text encoded into a buffer of three bytes a character. That buffer
 * may be three times the bytes the text needs; for a longer text (48 MB of
 * buffer and more) the memory is worth Buffer.from's measuring pass.
 */
const ONE_PASS_CHARS = 1 << 24;
/**
 * The UTF-8 bytes of `text`. No UTF-16 unit takes more than three bytes (a
 * surrogate pair takes four for two units, a lone surrogate three for U+FFFD),
 * so a buffer of three a character always holds it: one encoding pass, where
 * Buffer.from measures the text in a pass of its own first (the JSON of a
 * 2,000-report track: 324 \u2192 284 million instructions, 5.0 \u2192 3.9 ms).
 */
function utf8Bytes(text) {
    if (text.length > ONE_PASS_CHARS)
        return Buffer.from(text, 'utf8');
    const buffer = Buffer.allocUnsafe(text.length * 3);
    return buffer.subarray(0, buffer.write(text, 0, 'utf8'));
}
const writeOut = descriptorWriter(1, () => process.stdout);
const writeErr = descriptorWriter(2, () => process.stderr);

// Whether standard output may be a terminal, from its fstat alone. JSON is
// indented for a person at a terminal, and asking node:tty loads Node's stream
// modules (./output.ts: about 2 ms and a fifth of a small run's instructions),
// so it is asked only where fstat leaves the question open.
/**
 * Linux's character devices of major number 1: /dev/null, /dev/zero,
 * /dev/full, /dev/random and the like, none of them a terminal. Output thrown
 * away (`> /dev/null`, a script that wants only the exit status) lands here.
 */
const LINUX_MEMORY_DEVICES = 1;
/** False where fstat rules a terminal out: not a character device, or Linux's /dev/null and its kin. */
function mayBeTerminal(info, platform) {
    if (!info.isCharacterDevice())
        return false;
    return !(platform === 'linux' && linuxMajor(info.rdev) === LINUX_MEMORY_DEVICES);
}
/** The major number of a Linux device number, read as glibc's `major()` reads it. */
function linuxMajor(rdev) {
    // `>>>` keeps the low 32 bits; the high bits are above 2^32, past JavaScript's bit operators.
    return ((rdev >>> 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & -4096);
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
                : node_fs.readFileSync(path$1.resolve(process.cwd(), args.changedFiles), 'utf8');
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
function readPrevious(file) {
    if (file === undefined)
        return { ok: true, value: null };
    let text;
    try {
        text = node_fs.readFileSync(path$1.resolve(process.cwd(), file), 'utf8');
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
/**
 * JSON is indented for a reader at a terminal (or with --pretty); piped to a
 * program or a file it is compact, which on a large track is a fraction of
 * the bytes and of the time.
 */
function format(run, fmt, pretty) {
    const indent = pretty ? 2 : undefined;
    switch (fmt) {
        case 'json':
            return JSON.stringify(run, null, indent);
        case 'check':
            return JSON.stringify(renderCheck(run, { fullReportHint: null }), null, indent);
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
        writeOut(`${USAGE}\n`);
        return 0;
    }
    if (parsed.value.kind === 'version') {
        writeOut(`swarm-report ${VERSION}\n`);
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
    const workspace = chooseWorkspace(root ?? cwd, args.dirs.map(d => path$1.resolve(cwd, d)));
    const prefix = path$1.relative(workspace, cwd).split(path$1.sep).join('/');
    const changed = await readChanged(args, workspace);
    if (!changed.ok)
        return usageError(changed.error);
    const previous = readPrevious(args.previous);
    if (!previous.ok)
        return usageError(previous.error);
    if (changed.value === null && options.value.failOn.includes('unreported')) {
        writeErr('swarm-report: warning: fail-on unreported has no diff to check; give --changed-files or --base\n');
    }
    const run = await runPipeline({
        workspace,
        // Globs are written relative to where the CLI runs.
        patterns: (args.tracks.length > 0 ? args.tracks : ['swarm/tracks/*']).map(p => prefix === '' ? p : `${prefix}/${p}`),
        dirs: args.dirs.map(d => path$1.relative(workspace, path$1.resolve(cwd, d)).split(path$1.sep).join('/') || '.'),
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
    const pretty = args.pretty || (args.format !== 'markdown' && stdoutIsTerminal());
    writeOut(`${format(run.value, args.format, pretty)}\n`);
    work = workOf(args.format, run.value, { diff: diffGiven, previous: previous.value !== null });
    return run.value.conclusion === 'success' ? 0 : 1;
}
/** Whether a person reads the output: JSON is indented for a terminal (./cli/terminal.ts). */
function stdoutIsTerminal() {
    try {
        if (!mayBeTerminal(node_fs.fstatSync(1), process.platform))
            return false;
    }
    catch {
        return false;
    }
    return tty().isatty(1);
}
/** What the run did (./cli/workload.ts), 0 before a report is printed. */
let work = 0;
/** Read by the CLI's entry when the run is over, to keep its code (./cli/entry.ts). */
function workDone() {
    return work;
}
function usageError(message) {
    writeErr(`swarm-report: ${message}\n`);
    return 2;
}
// No top-level await: the bundle is a CommonJS script (see src/cli/entry.ts),
// and the process waits for the promise anyway.
const argv = process.argv.slice(2);
void guardCrash(
// process.cwd() inside the guard: it throws when the current folder is gone.
() => main(argv, process.cwd()), argv.includes('--debug'), writeErr).then(status => {
    process.exitCode = status;
}, 
// Only if writing the crash line itself failed: still not a verdict.
() => {
    process.exitCode = EXIT_INTERNAL;
});

exports.workDone = workDone;
//# sourceMappingURL=cli-bundle.cjs.map
