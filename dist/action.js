import { createRequire as __createRequire } from 'node:module'; const __require = __createRequire(import.meta.url); const os = __require("os");
const os__default = __require("os"); const { EOL } = __require("os");
const crypto = __require("crypto");
const fs = __require("fs");
const { promises, constants } = __require("fs");
const { realpathSync, statSync, readdirSync, constants: constants$1, lstatSync, readFileSync, openSync, fstatSync, readSync, closeSync } = __require("node:fs");
const { stat: stat$1, readFile, mkdir: mkdir$1, writeFile: writeFile$1 } = __require("node:fs/promises");
const { tmpdir } = __require("node:os");
const path$1 = __require("node:path"); const { join } = __require("node:path");
const { TextDecoder, TextEncoder } = __require("node:util");
const { createRequire } = __require("node:module");
const { createHash } = __require("node:crypto");
import { c as commonjsGlobal, g as getDefaultExportFromCjs } from './action-helpers.js';

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}

function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, constants.R_OK | constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
const summary = _summary;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
// export const {open} = 'fs'
process.platform === 'win32';
fs.constants.O_RDONLY;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
process.platform === 'win32';

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
os__default.platform();
os__default.arch();

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return val.trim();
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error$1(message);
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error$1(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice$1(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + os.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}

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

// What changed between the previous report and this one, from their compact
// states: tasks that became complete, partial or blocked, blockers that
// appeared or were resolved, gates and index that moved, conflicts and
// diff-check findings new or cleared, and tasks added to or removed from the
// plan. Tracks are matched by folder; one only in either report is left out,
// since the tracks in scope change with the files a push touches.
/**
 * The block for a run whose previous report kept `previous` (null: none, or
 * unreadable). When nothing changed since that report but it showed a block,
 * the same block is shown again, worked out against the same base: a re-run
 * then writes the comment it found.
 */
function sinceLastReport(previous, current) {
    const fresh = { ...current, base: null };
    if (previous === null)
        return { since: null, kept: fresh };
    const since = compareTracks(previous.tracks, current.tracks);
    if (since !== null)
        return { since, kept: { ...current, base: previous.tracks } };
    if (previous.base === null)
        return { since: null, kept: fresh };
    const again = compareTracks(previous.base, current.tracks);
    return again === null
        ? { since: null, kept: fresh }
        : { since: again, kept: { ...current, base: previous.base } };
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

// Numbers in words, for the sentences the analysis and the report write.
function count$3(n, singular, pluralForm = `${singular}s`) {
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
        const mean = (num$1(range[1]) + num$1(range[2])) / 2;
        candidates.push({ at: range.index, minutes: mean * unitMinutes(range[3]) });
    }
    // `1h 30m` needs an `h` before an `m`: most estimates name one unit, and the pattern is then
    // not compiled (docs/performance.md, "Regular expressions compiled at start").
    const lower = text.toLowerCase();
    const h = lower.indexOf('h');
    const hm = h !== -1 && lower.includes('m', h) ? HOURS_AND_MINUTES.exec(text) : null;
    if (hm)
        candidates.push({ at: hm.index, minutes: num$1(hm[1]) * 60 + num$1(hm[2]) });
    const single = SINGLE.exec(text);
    if (single)
        candidates.push({ at: single.index, minutes: num$1(single[1]) * unitMinutes(single[2]) });
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
function num$1(s) {
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
    loaded ??= (await import('./action-markdown-parser.js')).paragraphText;
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
const STATUSES$2 = merged(l => l.statuses);
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
    return (two !== null ? STATUSES$2.get(two) : undefined) ?? STATUSES$2.get(one) ?? null;
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
        const opens = count$2(t, '(');
        const closes = count$2(t, ')');
        if (t.startsWith('(') && (t.endsWith(')') || opens > closes))
            t = t.slice(1);
        else if (t.endsWith(')') && closes > opens)
            t = t.slice(0, -1);
        else
            break;
        if (t.endsWith(')') && count$2(t, ')') > count$2(t, '('))
            t = t.slice(0, -1);
        t = trimChars(t, SEPARATORS);
    }
    return t.trim();
}
function count$2(text, ch) {
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

// What a caught value says, for a message a person reads: anything may be
// thrown, and only an Error carries a message.
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
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
        const real = realpathSync.native(root);
        if (!statSync(real).isDirectory()) {
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
        const real = realpathSync.native(abs);
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
            if (!statSync(resolved.real).isDirectory())
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
            entries = readdirSync(folder.real, { withFileTypes: true });
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
        return readdirSync(abs);
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
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
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
        const utf8 = new TextEncoder();
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
        entries = readdirSync(real, { withFileTypes: true });
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
                reportEntries = readdirSync(resolved.real, { withFileTypes: true });
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
        if (!statSync(resolved.real).isDirectory()) {
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
        if (lstatSync(abs).isSymbolicLink()) {
            const resolved = resolveInside(ws, abs);
            if (resolved.kind === 'outside')
                return skip('a symlink that leads outside the workspace');
            if (resolved.kind === 'missing')
                return skip(`a broken symlink (${resolved.code})`);
            target = resolved.real;
        }
        const info = statSync(target);
        if (!info.isFile())
            return skip('not a regular file');
        if (info.size > MAX_FILE_BYTES)
            return skip(tooLarge(info.size));
        const bytes = readFileSync(target);
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
const OPEN_LISTED = constants$1.O_RDONLY | (constants$1.O_NOFOLLOW ?? 0) | (constants$1.O_NONBLOCK ?? 0);
/**
 * A file the folder listing showed as a regular file: one open, one fstat for
 * its kind and size, reads into one buffer, one close, where a stat, a
 * readFile's own open and fstat and an lstat went before.
 */
function readListedFile(abs) {
    let fd;
    try {
        fd = openSync(abs, OPEN_LISTED);
    }
    catch (e) {
        if (errorCode(e) === 'ELOOP')
            return { kind: 'symlink' };
        throw e;
    }
    try {
        const info = fstatSync(fd);
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
            const n = readSync(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > MAX_FILE_BYTES)
            return { kind: 'skip', reason: tooLarge(length) };
        return { kind: 'bytes', bytes: buffer.subarray(0, length) };
    }
    finally {
        closeSync(fd);
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
/** Tracks whose folder holds a changed file; all of them when none does (the `changed-only` input). */
function selectChangedTracks(dirs, changed) {
    const touched = dirs.filter(dir => {
        const prefix = dir.endsWith('/') ? dir : `${dir}/`;
        return changed.files.some(f => f.path.startsWith(prefix) || (f.previousPath?.startsWith(prefix) ?? false));
    });
    return touched.length > 0 ? touched : dirs;
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
function group$1(children, options = {}) {
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
    return group$1(children, { label, head: heading });
}
/**
 * A collapsed block. The blank line after `<summary>` lets GitHub parse the
 * content as markdown; the summary itself is raw HTML, so its text must be
 * HTML-escaped, not markdown-escaped.
 */
function details(summaryHtml, children, label = null) {
    return group$1(children, {
        label,
        head: `<details>\n<summary>${summaryHtml}</summary>`,
        tail: '</details>'
    });
}
/** A GFM table; rows are already-escaped cell strings. */
function table(header, rows, label = null) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return group$1(rows.map(cells => leaf(line(cells))), { label, head: `${line(header)}\n${line(header.map(() => '---'))}`, sep: '\n' });
}
/** A tight bullet list; each item may hold indented continuation lines. */
function bulletList(items, label = null) {
    return group$1(items.map(item => leaf(`- ${item}`)), { label, sep: '\n' });
}
/** A tight ordered list starting at `start`; continuation lines are indented to fit the marker. */
function orderedList(items, start) {
    return group$1(items.map((item, i) => {
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
    comment: 65536,
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
    const got = take(group$1([...blocks]), budget - 1);
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
        if (utf8Bytes(text) <= max)
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
        out.push(leaf(`_and ${count$3(items.length - shown.length, `more ${noun}`)}_`));
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
        children.push(leaf(`\u2705 All ${count$3(diff.files.length, 'changed file')} are claimed by a report, and every claimed file is in the diff.`));
    }
    else {
        children.push(leaf(`Changed but claimed by no report: ${thousands(diff.unreported.length)} \u00b7 claimed but not in the diff: ${thousands(diff.phantom.length)} \u00b7 claimed as the wrong kind of change: ${thousands(diff.mismatch.length)}.`), ...diffFindings(ctx, diff));
    }
    return section(`${ctx.labelPrefix}Claims vs diff`, heading(ctx.level, 'Claims vs diff'), children);
}
/** Each kind of finding as a table under a heading of its own, collapsed when long. */
function diffFindings(ctx, diff) {
    const rows = ctx.detail.rows;
    const under = (title, summary, blocks) => group$1(collapseIfLong(escapeHtmlText(summary), blocks, COLLAPSE_LIMITS), {
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
        children.push(group$1([bulletList(items)], { head: heading(ctx.level + 1, `${name} (${list.length})`) }));
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
        children.push(group$1(collapseIfLong(escapeHtmlText(`${track.spawnCandidates.length} spawn candidates`), blocks, COLLAPSE_LIMITS), {
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
        .map(([sev, n]) => count$3(n, sev))
        .join(', ');
    const blocks = cappedTable(['Severity', 'Where', 'Message'], sorted, detail.rows, 'finding', d => [
        SEVERITY[d.severity]?.text ?? escapeCell(d.severity, CLIP.word),
        path(`${d.file}:${d.line}`, true),
        escapeCell(d.message, detail.textChars)
    ]);
    return section(label, title, [
        leaf(`${counts}. Paths are relative to ${path(track.track.dir)}.`),
        ...collapseIfLong(escapeHtmlText(`All ${count$3(sorted.length, 'finding')}`), blocks, {
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
                [cycles > 0, count$3(cycles, 'dependency cycle')],
                [parallel >= 3, count$3(parallel, 'parallel conflict')],
                [tasks > 20, count$3(tasks, 'task')]
            ]
        },
        {
            level: 'High',
            tests: [
                [parallel >= 1, count$3(parallel, 'parallel conflict')],
                [waves >= 5, count$3(waves, 'merge wave')],
                [tasks > 10, count$3(tasks, 'task')],
                [held >= 3, count$3(held, 'held task')]
            ]
        },
        {
            level: 'Medium',
            tests: [
                [sequential >= 1, count$3(sequential, 'sequential overlap')],
                [waves >= 3, count$3(waves, 'merge wave')],
                [tasks > 4, count$3(tasks, 'task')],
                [unplanned >= 1, count$3(unplanned, 'unplanned touch', 'unplanned touches')]
            ]
        }
    ];
    const facts = [
        `${count$3(tasks, 'task')} in ${count$3(waves, 'wave')}`,
        held > 0 ? `${held} held` : '',
        parallel + sequential > 0
            ? `${parallel} parallel and ${sequential} sequential file overlaps`
            : 'no file overlaps',
        cycles > 0 ? count$3(cycles, 'cycle') : ''
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
        caveats.push(`${count$3(open.length, 'unresolved issue')} (see Blockers and issues)`);
    const held = track.mergeOrder.held.length;
    if (held > 0)
        caveats.push(`${count$3(held, 'task is', 'tasks are')} held back from the merge order`);
    const notEvaluated = Object.keys(track.gates).filter(gate => track.gates[gate].status === 'not-evaluated');
    if (track.iosmIndex === null)
        caveats.push('no IOSM-Index could be computed');
    else if (notEvaluated.length > 0)
        caveats.push(`gates not evaluated: ${notEvaluated.map(g => `Gate-${g}`).join(', ')}`);
    const parallel = track.conflicts.filter(c => c.kind === 'parallel').length;
    if (parallel > 0)
        caveats.push(`${count$3(parallel, 'parallel file conflict')} to resolve by hand`);
    if (track.unplannedTouches.length > 0) {
        caveats.push(`${count$3(track.unplannedTouches.length, 'file')} touched outside the plan`);
    }
    const diff = track.diffCheck;
    if (diff !== null) {
        if (diff.unreported.length > 0)
            caveats.push(`${count$3(diff.unreported.length, 'changed file')} no report mentions`);
        if (diff.phantom.length > 0)
            caveats.push(`${count$3(diff.phantom.length, 'claimed file')} not in the diff`);
        if (diff.mismatch.length > 0)
            caveats.push(`${count$3(diff.mismatch.length, 'claim')} with the wrong kind of change`);
        if (diff.truncated)
            caveats.push('the diff was truncated, so the claims were checked only in part');
    }
    if (statedIndexDiffers(track))
        caveats.push('the stated IOSM-Index differs from the recomputed one');
    const errors = track.diagnostics.filter(d => d.severity === 'error').length;
    if (errors > 0)
        caveats.push(`${count$3(errors, 'input error')} (see Diagnostics)`);
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
    const collapsed = collapseIfLong(`Task graph (${count$3(track.tasks.length, 'task')})`, body, {
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
        : `mean of ${count$3(counted.length, 'evaluated gate')}`;
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
        blocks.push(leaf(`_and ${count$3(ordered.length - rows.length, 'more forecast conflict')}_`));
    return [
        leaf(`**Still to come:** ${count$3(list.length, 'forecast conflict')} from the plan's Touches of tasks not yet complete${parallel > 0 ? ` (${parallel} parallel: no dependency orders the tasks)` : ''}. For scheduling the remaining work; they do not fail the verdict.`),
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
        body.push(group$1(entries, { head: heading(ctx.level + 1, name) }));
    }
    const label = `${ctx.labelPrefix}What changed`;
    const title = heading(ctx.level, 'What changed');
    if (body.length === 0)
        return section(label, title, [leaf('_The track has no tasks._')]);
    const summary = `What changed: ${count$3(track.tasks.length, 'task')} in ${count$3(phases.length, 'phase')}`;
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
    return group$1([bulletList(items)], {
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
            : count$3(impact.files, 'file');
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
        lines.push(`**Pull request diff:** ${count$3(diff.files.length, 'file')} changed, +${thousands(add)} \u2212${thousands(del)} lines${diff.truncated ? ' (truncated)' : ''}`);
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
        rowsBlock.push(leaf(`_and ${count$3(files.total - shown.length, 'more file')}_`));
    children.push(...collapseIfLong(escapeHtmlText(`All ${count$3(files.total, 'file')}`), rowsBlock, COLLAPSE_LIMITS));
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
        children.push(leaf(`${count$3(parallel, 'parallel conflict')} (no dependency orders the tasks: resolve by hand) \u00b7 ${count$3(ordered.length - parallel, 'sequential overlap')} (merged in dependency order: for information).`));
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
            blocks.push(leaf(`_and ${count$3(ordered.length - rows.length, 'more conflict')}_`));
        children.push(...collapseIfLong(escapeHtmlText(`All ${count$3(ordered.length, 'conflict')}`), blocks, COLLAPSE_LIMITS));
    }
    children.push(...forecastBlocks(ctx));
    if (track.unplannedTouches.length > 0) {
        const touches = track.unplannedTouches;
        const rows = touches.slice(0, detail.rows).map(t => [idText(t.task), path(t.path, true)]);
        const blocks = [table(['Task', 'Path'], rows)];
        if (touches.length > rows.length)
            blocks.push(leaf(`_and ${count$3(touches.length - rows.length, 'more')}_`));
        children.push(leaf(`**Touched outside the plan:** ${count$3(touches.length, 'file')} that the plan's Touches did not list.`));
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
        children.push(group$1([bulletList(shown)], { head: heading(ctx.level + 1, `${name} (${list.length})`) }));
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
        children.push(leaf(`Merge in this order: ${count$3(waves.length, 'wave')}, ${count$3(waves.reduce((n, w) => n + w.length, 0), 'step')}. Tasks in one wave neither depend on each other nor touch the same files; after each step, run its checks.`));
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
        children.push(group$1([orderedList(items, step)], { head: heading(ctx.level + 1, `Wave ${i + 1}`) }));
        step += wave.length;
    });
    const held = track.mergeOrder.held;
    if (held.length > 0) {
        const item = heldItem(byId, ctx.derive(reasonsHeld), ctx.derive(collisionsByTask));
        const items = held.slice(0, detail.rows).map(id => item(id));
        if (held.length > items.length)
            items.push(`_and ${thousands(held.length - items.length)} more_`);
        children.push(group$1([bulletList(items)], { head: heading(ctx.level + 1, `Held (${held.length})`) }));
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
                group$1([bulletList(trackLines$1(only))], {
                    head,
                    label: 'Since the last report',
                    atomic: true
                })
            ];
    }
    const parts = since.tracks.map(t => group$1([leaf(`**${escapeInline(t.track.id, CLIP.name)}**`), bulletList(trackLines$1(t))]));
    return [group$1(parts, { head, label: 'Since the last report', atomic: true })];
}
function trackLines$1(c) {
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
        leaf(`# Integration report: ${count$3(run.tracks.length, 'track')}`),
        ...sinceBlocks(run.since, true),
        ...notes,
        leaf(`**Overall verdict:** ${run.conclusion === 'success' ? '\u2705 success' : '\u274c failure'}`),
        runSummaryTable(run.tracks)
    ];
    for (const ctx of contexts) {
        blocks.push(group$1([...headerBlocks(ctx), ...trackSections(ctx)], { label: trackGroupLabel(ctx.track) }));
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
        ? leaf(`_${count$3(all.length, 'finding')} would be annotated; the ${MAX_ANNOTATIONS} most severe are. The rest are listed under Diagnostics and Blockers._`)
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
        blockers > 0 ? count$3(blockers, 'blocker') : '',
        cycles > 0 ? count$3(cycles, 'cycle') : '',
        blockedTasks > 0 ? count$3(blockedTasks, 'blocked task') : ''
    ].filter(part => part !== '');
    const tail = `${done}/${total} tasks \u00b7 ${stops.length > 0 ? stops.join(' \u00b7 ') : count$3(0, 'blocker')}${issues > 0 ? ` \u00b7 ${count$3(issues, 'issue')}` : ''}`;
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
            blocks.push(group$1([trackHeading(ctx), ...parts], { label: trackGroupLabel(ctx.track) }));
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
            blocks.push(group$1([trackHeading(ctx), ...parts], { label: trackGroupLabel(ctx.track) }));
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

// Node built-ins that only some runs use, loaded on first use. Each costs a few
// milliseconds of start-up on Node 24 (zlib \u2248 3 ms with the stream modules it
// brings, child_process \u2248 2 ms, as much as the rest of a small CLI run's
// set-up), and a plain CLI run needs none: zlib packs the state kept in a
// comment, child_process runs git for --changed-files, tty tells whether JSON
// is printed for a person. Node caches a loaded module, so later calls cost a
// lookup.
const load$1 = createRequire(import.meta.url);
const zlib = () => load$1('node:zlib');

// A compact, versioned summary of one result, kept in the hidden part of the
// sticky comment so that the next run can say what changed since: task ids and
// statuses, gate scores and the index, and the keys of blockers, conflicts and
// diff-check findings. Kilobytes, not the whole result: deflated, in base64,
// under a hard cap. Anything that does not decode cleanly is no state at all.
const STATE_VERSION = 1;
/** The encoded state never takes more of the comment than this. */
const MAX_STATE_CHARS = 8192;
/** What a decoded state may inflate to: a guard against a crafted payload. */
const MAX_INFLATED_BYTES = 512 * 1024;
/** Text kept per blocker title: enough to name it, not to carry it. */
const TITLE_CHARS = 120;
const OPEN$1 = '<!-- swarm-integration-report:state v1 ';
const CLOSE$1 = ' -->';
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
/** The lists given up first when the state is too large, the least telling first. */
const SHEDDABLE = ['findings', 'forecast', 'conflicts', 'blockers'];
/**
 * The hidden line `<!-- swarm-integration-report:state v1 \u2026 -->`, within
 * MAX_STATE_CHARS: over it, whole lists are dropped (and marked as not kept)
 * until it fits; null when even the task statuses do not fit.
 */
function encodeState(state) {
    let current = state;
    let text = pack(current);
    // The base only keeps a block steady across re-runs: it goes first.
    if (text.length > MAX_STATE_CHARS && current.base !== null) {
        current = { ...current, base: null };
        text = pack(current);
    }
    for (const key of SHEDDABLE) {
        if (text.length <= MAX_STATE_CHARS)
            break;
        current = { ...current, tracks: current.tracks.map(t => ({ ...t, [key]: null })) };
        text = pack(current);
    }
    return text.length <= MAX_STATE_CHARS ? `${OPEN$1}${text}${CLOSE$1}` : null;
}
function pack(state) {
    return zlib()
        .deflateRawSync(Buffer.from(JSON.stringify(state), 'utf8'))
        .toString('base64');
}
/**
 * The state kept in a comment body: the hidden line right after the marker
 * line (or at the start of `text`). Missing, foreign, corrupt or oversized:
 * null, which means "no previous report".
 */
function readState(body) {
    const lineEnd = body.startsWith(OPEN$1) ? -1 : body.indexOf('\n');
    const start = lineEnd + 1;
    if (!body.startsWith(OPEN$1, start))
        return null;
    const from = start + OPEN$1.length;
    // Looked for no further than the cap allows: an unclosed line is not read to the end.
    const end = body.indexOf(CLOSE$1, from);
    if (end === -1 || end - from > MAX_STATE_CHARS)
        return null;
    return decodeState(body.slice(from, end));
}
function decodeState(text) {
    if (text.length === 0 || text.length > MAX_STATE_CHARS)
        return null;
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text))
        return null;
    let value;
    try {
        const raw = zlib().inflateRawSync(Buffer.from(text, 'base64'), {
            maxOutputLength: MAX_INFLATED_BYTES
        });
        value = JSON.parse(raw.toString('utf8'));
    }
    catch {
        return null;
    }
    return asState$1(value);
}
const isObj = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x) => typeof x === 'string';
const isScore = (x) => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1);
const STATUSES$1 = TASK_STATUSES;
const FINDING_KINDS = ['unreported', 'phantom', 'mismatch'];
function asState$1(value) {
    if (!isObj(value) || value.v !== STATE_VERSION)
        return null;
    const tracks = asTracks(value.tracks);
    if (tracks === null)
        return null;
    if (value.base === null || value.base === undefined)
        return { v: STATE_VERSION, tracks, base: null };
    const base = asTracks(value.base);
    return base === null ? null : { v: STATE_VERSION, tracks, base };
}
function asTracks(value) {
    if (!Array.isArray(value))
        return null;
    const tracks = [];
    for (const t of value) {
        const track = asTrack(t);
        if (track === null)
            return null;
        tracks.push(track);
    }
    return tracks;
}
function asTrack(t) {
    if (!isObj(t) || !isStr(t.id) || !isStr(t.dir) || !isScore(t.index))
        return null;
    if (!Array.isArray(t.tasks) || !isObj(t.gates))
        return null;
    const tasks = [];
    for (const x of t.tasks) {
        if (!isObj(x) || !isStr(x.id))
            return null;
        const status = STATUSES$1.find(s => s === x.status);
        if (status === undefined)
            return null;
        tasks.push({ id: x.id, status });
    }
    const gates = {};
    for (const g of GATE_KEYS) {
        const score = t.gates[g];
        if (!isScore(score))
            return null;
        gates[g] = score;
    }
    const blockers = listOf(t.blockers, b => isObj(b) && isStr(b.task) && isStr(b.title) ? { task: b.task, title: b.title } : null);
    const conflicts = listOf(t.conflicts, asConflict);
    const forecast = listOf(t.forecast, asConflict);
    const findings = listOf(t.findings, f => {
        if (!isObj(f) || !isStr(f.path) || !(f.task === null || isStr(f.task)))
            return null;
        const kind = FINDING_KINDS.find(k => k === f.kind);
        return kind === undefined ? null : { kind, task: f.task, path: f.path };
    });
    if (blockers === undefined || conflicts === undefined)
        return null;
    if (forecast === undefined || findings === undefined)
        return null;
    return {
        id: t.id,
        dir: t.dir,
        tasks,
        gates,
        index: t.index,
        blockers,
        conflicts,
        forecast,
        findings
    };
}
function asConflict(c) {
    if (!isObj(c) || !isStr(c.path) || !isStr(c.kind) || !Array.isArray(c.tasks))
        return null;
    if (!c.tasks.every(isStr))
        return null;
    return { path: c.path, tasks: c.tasks, kind: c.kind };
}
/** The list, null when it was not kept, undefined when anything in it is malformed. */
function listOf(value, item) {
    if (value === null)
        return null;
    if (!Array.isArray(value))
        return undefined;
    const out = [];
    for (const x of value) {
        const v = item(x);
        if (v === null)
            return undefined;
        out.push(v);
    }
    return out;
}

// The hidden marker at the very start of the sticky comment: an HTML comment
// naming the check and carrying JSON state (head SHA, run, hash of the body),
// so a later run can find its own comment and tell whether it changed.
const MARKER_NAME = 'swarm-integration-report';
const OPEN = `<!-- ${MARKER_NAME} `;
const CLOSE = ' -->';
/**
 * `<!-- swarm-integration-report {"check":\u2026} -->`. `<`, `>` and `&` are
 * written as JSON escapes, so no value (a check name is user input) can end
 * the comment early; so are U+2028/U+2029, so the marker stays on one line.
 */
function buildMarker(state) {
    const ordered = {
        check: state.check,
        headSha: state.headSha,
        runId: state.runId,
        runAttempt: state.runAttempt,
        bodyHash: state.bodyHash,
        ...(state.createdAt === undefined ? {} : { createdAt: state.createdAt })
    };
    const json = JSON.stringify(ordered)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        // Valid raw in JSON, but line breaks to some readers (U+2028, U+2029, NEL): keep the marker one line.
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029')
        .replace(/\u0085/g, '\\u0085');
    return `${OPEN}${json}${CLOSE}`;
}
/** The marker's state when `body` starts with a well-formed marker; null otherwise. */
function readMarker(body) {
    if (!body.startsWith(OPEN))
        return null;
    const end = body.indexOf(CLOSE, OPEN.length);
    if (end === -1)
        return null;
    let value;
    try {
        value = JSON.parse(body.slice(OPEN.length, end));
    }
    catch {
        return null;
    }
    return asState(value);
}
function asState(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return null;
    const v = value;
    const nullableString = (x) => x === null || typeof x === 'string';
    const nullableCount = (x) => x === null || (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0);
    if (typeof v.check !== 'string' || typeof v.bodyHash !== 'string')
        return null;
    if (!nullableString(v.headSha) || !nullableCount(v.runId) || !nullableCount(v.runAttempt))
        return null;
    if (v.createdAt !== undefined && typeof v.createdAt !== 'string')
        return null;
    const state = {
        check: v.check,
        headSha: v.headSha,
        runId: v.runId,
        runAttempt: v.runAttempt,
        bodyHash: v.bodyHash
    };
    if (typeof v.createdAt === 'string')
        state.createdAt = v.createdAt;
    return state;
}
/** A comment this action wrote for this check: our marker at its start, and our identity as author. */
function isOurComment(comment, check, author) {
    const login = comment.user?.login;
    if (typeof login !== 'string' || login !== author)
        return false;
    const state = readMarker(comment.body ?? '');
    return state !== null && state.check === check;
}
/** A stable hash of a report body (without its marker). */
function bodyHash(markdown) {
    return createHash('sha256').update(markdown, 'utf8').digest('hex');
}

// The sticky comment: marker first, then the hidden state of this result (for
// the next run's "Since the last report"), then the report, within the comment
// budget. The marker carries the hash of everything after it, and the report
// is sized for the exact marker and state lengths, so the parts never disagree.
function renderComment(run, options) {
    const budget = options.budgetBytes ?? BUDGETS.comment;
    // Every hash has the same length, so a placeholder sizes the marker exactly.
    const probe = buildMarker({ ...options.state, bodyHash: bodyHash('') });
    const kept = encodeState(options.keep ?? summarizeRun(run));
    // The state serves the next run; on a budget too small for it the report comes first.
    const hidden = kept === null || (utf8Bytes(kept) + 1) * 4 > budget ? '' : `${kept}\n`;
    const report = renderMarkdown(run, {
        budgetBytes: Math.max(0, budget - utf8Bytes(probe) - 1 - utf8Bytes(hidden)),
        fullReportHint: options.fullReportHint
    });
    const after = hidden + report;
    const hash = bodyHash(after);
    const state = { ...options.state, bodyHash: hash };
    return { body: `${buildMarker(state)}\n${after}`, bodyHash: hash, state };
}

// Turns a failed GitHub request into a sentence a person can act on: what the
// action was doing, what GitHub answered, and for a refusal the permission the
// workflow's token lacks.
/** The HTTP status of an octokit RequestError, or null for anything else. */
function httpStatus(err) {
    if (typeof err !== 'object' || err === null || !('status' in err))
        return null;
    const status = err.status;
    return typeof status === 'number' ? status : null;
}
function githubMessage(err) {
    if (typeof err !== 'object' || err === null)
        return String(err);
    const data = err.response?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const message = data.message;
        if (typeof message === 'string' && message !== '')
            return message;
    }
    return err instanceof Error ? (err.message.split(' - ')[0] ?? err.message) : String(err);
}
/**
 * `could not create the pull-request comment: GitHub answered 403 (Resource not
 * accessible by integration). The token needs `pull-requests: write` ...`
 */
function explain(err, doing, scope = null) {
    const status = httpStatus(err);
    const answer = status === null ? githubMessage(err) : `GitHub answered ${status} (${githubMessage(err)})`;
    let advice = '';
    if (status === 401) {
        advice = ' The token is invalid or expired: check the github-token input.';
    }
    else if (status === 403 && /rate limit/i.test(githubMessage(err))) {
        advice = ' GitHub kept rate-limiting the request; re-run the job later.';
    }
    else if ((status === 403 || status === 404) && scope !== null) {
        advice = ` The token needs \`${scope}\`: add it to the workflow's \`permissions:\` block${status === 404 ? ' (GitHub answers 404 when the token cannot see the resource)' : ''}.`;
    }
    else if (status !== null && status >= 500) {
        advice = ' GitHub failed after retries; re-run the job.';
    }
    return `could not ${doing}: ${answer}.${advice}`;
}
/**
 * A write refused because the token lacks the permission: GitHub's answer to a
 * GITHUB_TOKEN whose `permissions:` leave the scope out. The run is then
 * treated as read-only, as a fork's is, instead of failing on it.
 */
function isNotAccessible(err) {
    return (httpStatus(err) === 403 && /resource not accessible by integration/i.test(githubMessage(err)));
}

// Which of two workflow runs is the newer: run ids grow with every new run in
// a repository, and a re-run keeps its id with a higher attempt number.
/** True only when both runs are known and `a` started after `b`. */
function isNewerRun(a, b) {
    if (a.runId === null || b.runId === null)
        return false;
    if (a.runId !== b.runId)
        return a.runId > b.runId;
    return (a.runAttempt ?? 1) > (b.runAttempt ?? 1);
}

const ANNOTATIONS_PER_REQUEST = 50;
const SCOPE$1 = 'checks: write';
const EXTERNAL_ID = /^swarm-integration-report run=(\d+) attempt=(\d+)$/;
/** Marks our check runs and says which workflow run wrote them. */
function externalId(run) {
    return `swarm-integration-report run=${run.runId ?? 0} attempt=${run.runAttempt ?? 1}`;
}
function readExternalId(value) {
    const m = EXTERNAL_ID.exec(value ?? '');
    if (!m)
        return null;
    const runId = Number(m[1]);
    return { runId: runId === 0 ? null : runId, runAttempt: Number(m[2]) };
}
async function publishCheckRun(client, request) {
    let doing = `read the check runs of ${request.headSha.slice(0, 7)}`;
    try {
        const existing = await findOurs(client, request);
        if (existing) {
            const stamp = readExternalId(existing.external_id);
            if (stamp !== null && isNewerRun(stamp, request.run)) {
                return { ok: true, value: outcome('kept-newer', existing) };
            }
            if (sameReport(existing, request))
                return { ok: true, value: outcome('unchanged', existing) };
        }
        // GitHub appends the annotations of every update to the ones a run already
        // has, so a run that carries annotations is replaced by a new one (the
        // checks list shows the newest run of a name) rather than updated.
        const reuse = existing !== null && existing.output.annotations_count === 0;
        doing = `${reuse ? 'update' : 'create'} the check run '${request.name}'`;
        const [first = [], ...rest] = batches(request.output.annotations);
        const body = {
            owner: request.owner,
            repo: request.repo,
            status: 'completed',
            conclusion: request.conclusion,
            completed_at: new Date().toISOString(),
            external_id: externalId(request.run),
            ...(request.detailsUrl === null ? {} : { details_url: request.detailsUrl }),
            output: { ...textOf(request.output), annotations: first.map(toApi) }
        };
        const written = reuse
            ? await client.rest.checks.update({ ...body, check_run_id: existing.id })
            : await client.rest.checks.create({ ...body, name: request.name, head_sha: request.headSha });
        doing = `add annotations to the check run '${request.name}'`;
        for (const batch of rest) {
            await client.rest.checks.update({
                owner: request.owner,
                repo: request.repo,
                check_run_id: written.data.id,
                output: { ...textOf(request.output), annotations: batch.map(toApi) }
            });
        }
        return { ok: true, value: outcome(reuse ? 'updated' : 'created', written.data) };
    }
    catch (err) {
        return { ok: false, error: explain(err, doing, SCOPE$1), denied: isNotAccessible(err) };
    }
}
async function findOurs(client, request) {
    const response = await client.rest.checks.listForRef({
        owner: request.owner,
        repo: request.repo,
        ref: request.headSha,
        check_name: request.name,
        filter: 'latest',
        per_page: 100
    });
    const ours = response.data.check_runs
        .filter(r => r.name === request.name && readExternalId(r.external_id) !== null)
        .sort((a, b) => b.id - a.id);
    return ours[0] ?? null;
}
function sameReport(existing, request) {
    const out = request.output;
    return (existing.status === 'completed' &&
        existing.conclusion === request.conclusion &&
        existing.output.title === out.title &&
        existing.output.summary === out.summary &&
        (existing.output.text ?? '') === out.text &&
        existing.output.annotations_count === out.annotations.length);
}
function outcome(action, run) {
    return { action, id: run.id, url: run.html_url ?? run.url };
}
function textOf(output) {
    return output.text === ''
        ? { title: output.title, summary: output.summary }
        : { title: output.title, summary: output.summary, text: output.text };
}
function batches(annotations) {
    const out = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        out.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    return out;
}
function toApi(a) {
    return {
        path: a.path,
        start_line: a.startLine,
        end_line: a.endLine,
        annotation_level: a.level,
        title: a.title,
        message: a.message
    };
}

function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

// @ts-check


// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

var Hook = { Collection };

// pkg/dist-src/defaults.js

// pkg/dist-src/version.js
var VERSION$7 = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION$7} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject$1(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject$1(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse$1(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse$1(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults$2(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults$2.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse$1
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults$2(null, DEFAULTS);

/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Parse a `Content-Type` header.
 */
function parse(header, options) {
    const stopFlags = SEMI_FLAG | (0);
    const len = header.length;
    let valueStart = 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}

const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {

      if (!node.first && space) ;

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" \u2192 "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) ;

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) ;

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  return value;
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    return value;
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed);
    }

    throw error;
  }
};

class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$6 = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION$6} ${getUserAgent()}`
  }
};

// pkg/dist-src/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop$2 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop$2);
  }
  const mimetype = parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter \u2014 see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop$2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function withDefaults$1(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults$1.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults$1.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = withDefaults$1(endpoint, defaults_default);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$5 = "0.0.0-development";

// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION$5} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
/* v8 ignore if -- @preserve */

// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

const VERSION$4 = "7.0.8";

const noop$1 = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop$1;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop$1;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${VERSION$4} ${getUserAgent()}`;
class Octokit {
  static VERSION = VERSION$4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new Hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}

// pkg/dist-src/version.js
var VERSION$3 = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
Object.assign(paginate, {
  iterator
});

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION$3;

const VERSION$2 = "17.0.0";

const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION$2;

var light$1 = {exports: {}};

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
var light = light$1.exports;

var hasRequiredLight;

function requireLight () {
	if (hasRequiredLight) return light$1.exports;
	hasRequiredLight = 1;
	(function (module, exports) {
		(function (global, factory) {
			module.exports = factory() ;
		}(light, (function () {
			var commonjsGlobal$1 = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof commonjsGlobal !== 'undefined' ? commonjsGlobal : typeof self !== 'undefined' ? self : {};

			function getCjsExportFromNamespace (n) {
				return n && n['default'] || n;
			}

			var load = function(received, defaults, onto = {}) {
			  var k, ref, v;
			  for (k in defaults) {
			    v = defaults[k];
			    onto[k] = (ref = received[k]) != null ? ref : v;
			  }
			  return onto;
			};

			var overwrite = function(received, defaults, onto = {}) {
			  var k, v;
			  for (k in received) {
			    v = received[k];
			    if (defaults[k] !== void 0) {
			      onto[k] = v;
			    }
			  }
			  return onto;
			};

			var parser = {
				load: load,
				overwrite: overwrite
			};

			var DLList;

			DLList = class DLList {
			  constructor(incr, decr) {
			    this.incr = incr;
			    this.decr = decr;
			    this._first = null;
			    this._last = null;
			    this.length = 0;
			  }

			  push(value) {
			    var node;
			    this.length++;
			    if (typeof this.incr === "function") {
			      this.incr();
			    }
			    node = {
			      value,
			      prev: this._last,
			      next: null
			    };
			    if (this._last != null) {
			      this._last.next = node;
			      this._last = node;
			    } else {
			      this._first = this._last = node;
			    }
			    return void 0;
			  }

			  shift() {
			    var value;
			    if (this._first == null) {
			      return;
			    } else {
			      this.length--;
			      if (typeof this.decr === "function") {
			        this.decr();
			      }
			    }
			    value = this._first.value;
			    if ((this._first = this._first.next) != null) {
			      this._first.prev = null;
			    } else {
			      this._last = null;
			    }
			    return value;
			  }

			  first() {
			    if (this._first != null) {
			      return this._first.value;
			    }
			  }

			  getArray() {
			    var node, ref, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, ref.value));
			    }
			    return results;
			  }

			  forEachShift(cb) {
			    var node;
			    node = this.shift();
			    while (node != null) {
			      (cb(node), node = this.shift());
			    }
			    return void 0;
			  }

			  debug() {
			    var node, ref, ref1, ref2, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, {
			        value: ref.value,
			        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
			        next: (ref2 = ref.next) != null ? ref2.value : void 0
			      }));
			    }
			    return results;
			  }

			};

			var DLList_1 = DLList;

			var Events;

			Events = class Events {
			  constructor(instance) {
			    this.instance = instance;
			    this._events = {};
			    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
			      throw new Error("An Emitter already exists for this object");
			    }
			    this.instance.on = (name, cb) => {
			      return this._addListener(name, "many", cb);
			    };
			    this.instance.once = (name, cb) => {
			      return this._addListener(name, "once", cb);
			    };
			    this.instance.removeAllListeners = (name = null) => {
			      if (name != null) {
			        return delete this._events[name];
			      } else {
			        return this._events = {};
			      }
			    };
			  }

			  _addListener(name, status, cb) {
			    var base;
			    if ((base = this._events)[name] == null) {
			      base[name] = [];
			    }
			    this._events[name].push({cb, status});
			    return this.instance;
			  }

			  listenerCount(name) {
			    if (this._events[name] != null) {
			      return this._events[name].length;
			    } else {
			      return 0;
			    }
			  }

			  async trigger(name, ...args) {
			    var e, promises;
			    try {
			      if (name !== "debug") {
			        this.trigger("debug", `Event triggered: ${name}`, args);
			      }
			      if (this._events[name] == null) {
			        return;
			      }
			      this._events[name] = this._events[name].filter(function(listener) {
			        return listener.status !== "none";
			      });
			      promises = this._events[name].map(async(listener) => {
			        var e, returned;
			        if (listener.status === "none") {
			          return;
			        }
			        if (listener.status === "once") {
			          listener.status = "none";
			        }
			        try {
			          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
			          if (typeof (returned != null ? returned.then : void 0) === "function") {
			            return (await returned);
			          } else {
			            return returned;
			          }
			        } catch (error) {
			          e = error;
			          {
			            this.trigger("error", e);
			          }
			          return null;
			        }
			      });
			      return ((await Promise.all(promises))).find(function(x) {
			        return x != null;
			      });
			    } catch (error) {
			      e = error;
			      {
			        this.trigger("error", e);
			      }
			      return null;
			    }
			  }

			};

			var Events_1 = Events;

			var DLList$1, Events$1, Queues;

			DLList$1 = DLList_1;

			Events$1 = Events_1;

			Queues = class Queues {
			  constructor(num_priorities) {
			    this.Events = new Events$1(this);
			    this._length = 0;
			    this._lists = (function() {
			      var j, ref, results;
			      results = [];
			      for (j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); 1 <= ref ? ++j : --j) {
			        results.push(new DLList$1((() => {
			          return this.incr();
			        }), (() => {
			          return this.decr();
			        })));
			      }
			      return results;
			    }).call(this);
			  }

			  incr() {
			    if (this._length++ === 0) {
			      return this.Events.trigger("leftzero");
			    }
			  }

			  decr() {
			    if (--this._length === 0) {
			      return this.Events.trigger("zero");
			    }
			  }

			  push(job) {
			    return this._lists[job.options.priority].push(job);
			  }

			  queued(priority) {
			    if (priority != null) {
			      return this._lists[priority].length;
			    } else {
			      return this._length;
			    }
			  }

			  shiftAll(fn) {
			    return this._lists.forEach(function(list) {
			      return list.forEachShift(fn);
			    });
			  }

			  getFirst(arr = this._lists) {
			    var j, len, list;
			    for (j = 0, len = arr.length; j < len; j++) {
			      list = arr[j];
			      if (list.length > 0) {
			        return list;
			      }
			    }
			    return [];
			  }

			  shiftLastFrom(priority) {
			    return this.getFirst(this._lists.slice(priority).reverse()).shift();
			  }

			};

			var Queues_1 = Queues;

			var BottleneckError;

			BottleneckError = class BottleneckError extends Error {};

			var BottleneckError_1 = BottleneckError;

			var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

			NUM_PRIORITIES = 10;

			DEFAULT_PRIORITY = 5;

			parser$1 = parser;

			BottleneckError$1 = BottleneckError_1;

			Job = class Job {
			  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
			    this.task = task;
			    this.args = args;
			    this.rejectOnDrop = rejectOnDrop;
			    this.Events = Events;
			    this._states = _states;
			    this.Promise = Promise;
			    this.options = parser$1.load(options, jobDefaults);
			    this.options.priority = this._sanitizePriority(this.options.priority);
			    if (this.options.id === jobDefaults.id) {
			      this.options.id = `${this.options.id}-${this._randomIndex()}`;
			    }
			    this.promise = new this.Promise((_resolve, _reject) => {
			      this._resolve = _resolve;
			      this._reject = _reject;
			    });
			    this.retryCount = 0;
			  }

			  _sanitizePriority(priority) {
			    var sProperty;
			    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
			    if (sProperty < 0) {
			      return 0;
			    } else if (sProperty > NUM_PRIORITIES - 1) {
			      return NUM_PRIORITIES - 1;
			    } else {
			      return sProperty;
			    }
			  }

			  _randomIndex() {
			    return Math.random().toString(36).slice(2);
			  }

			  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
			    if (this._states.remove(this.options.id)) {
			      if (this.rejectOnDrop) {
			        this._reject(error != null ? error : new BottleneckError$1(message));
			      }
			      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
			      return true;
			    } else {
			      return false;
			    }
			  }

			  _assertStatus(expected) {
			    var status;
			    status = this._states.jobStatus(this.options.id);
			    if (!(status === expected || (expected === "DONE" && status === null))) {
			      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
			    }
			  }

			  doReceive() {
			    this._states.start(this.options.id);
			    return this.Events.trigger("received", {args: this.args, options: this.options});
			  }

			  doQueue(reachedHWM, blocked) {
			    this._assertStatus("RECEIVED");
			    this._states.next(this.options.id);
			    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
			  }

			  doRun() {
			    if (this.retryCount === 0) {
			      this._assertStatus("QUEUED");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
			  }

			  async doExecute(chained, clearGlobalState, run, free) {
			    var error, eventInfo, passed;
			    if (this.retryCount === 0) {
			      this._assertStatus("RUNNING");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    this.Events.trigger("executing", eventInfo);
			    try {
			      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
			      if (clearGlobalState()) {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._resolve(passed);
			      }
			    } catch (error1) {
			      error = error1;
			      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			    }
			  }

			  doExpire(clearGlobalState, run, free) {
			    var error, eventInfo;
			    if (this._states.jobStatus(this.options.id === "RUNNING")) {
			      this._states.next(this.options.id);
			    }
			    this._assertStatus("EXECUTING");
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
			    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			  }

			  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
			    var retry, retryAfter;
			    if (clearGlobalState()) {
			      retry = (await this.Events.trigger("failed", error, eventInfo));
			      if (retry != null) {
			        retryAfter = ~~retry;
			        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
			        this.retryCount++;
			        return run(retryAfter);
			      } else {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._reject(error);
			      }
			    }
			  }

			  doDone(eventInfo) {
			    this._assertStatus("EXECUTING");
			    this._states.next(this.options.id);
			    return this.Events.trigger("done", eventInfo);
			  }

			};

			var Job_1 = Job;

			var BottleneckError$2, LocalDatastore, parser$2;

			parser$2 = parser;

			BottleneckError$2 = BottleneckError_1;

			LocalDatastore = class LocalDatastore {
			  constructor(instance, storeOptions, storeInstanceOptions) {
			    this.instance = instance;
			    this.storeOptions = storeOptions;
			    this.clientId = this.instance._randomIndex();
			    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
			    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
			    this._running = 0;
			    this._done = 0;
			    this._unblockTime = 0;
			    this.ready = this.Promise.resolve();
			    this.clients = {};
			    this._startHeartbeat();
			  }

			  _startHeartbeat() {
			    var base;
			    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
			      return typeof (base = (this.heartbeat = setInterval(() => {
			        var amount, incr, maximum, now, reservoir;
			        now = Date.now();
			        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
			          this._lastReservoirRefresh = now;
			          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
			          this.instance._drainAll(this.computeCapacity());
			        }
			        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
			          ({
			            reservoirIncreaseAmount: amount,
			            reservoirIncreaseMaximum: maximum,
			            reservoir
			          } = this.storeOptions);
			          this._lastReservoirIncrease = now;
			          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
			          if (incr > 0) {
			            this.storeOptions.reservoir += incr;
			            return this.instance._drainAll(this.computeCapacity());
			          }
			        }
			      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
			    } else {
			      return clearInterval(this.heartbeat);
			    }
			  }

			  async __publish__(message) {
			    await this.yieldLoop();
			    return this.instance.Events.trigger("message", message.toString());
			  }

			  async __disconnect__(flush) {
			    await this.yieldLoop();
			    clearInterval(this.heartbeat);
			    return this.Promise.resolve();
			  }

			  yieldLoop(t = 0) {
			    return new this.Promise(function(resolve, reject) {
			      return setTimeout(resolve, t);
			    });
			  }

			  computePenalty() {
			    var ref;
			    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
			  }

			  async __updateSettings__(options) {
			    await this.yieldLoop();
			    parser$2.overwrite(options, options, this.storeOptions);
			    this._startHeartbeat();
			    this.instance._drainAll(this.computeCapacity());
			    return true;
			  }

			  async __running__() {
			    await this.yieldLoop();
			    return this._running;
			  }

			  async __queued__() {
			    await this.yieldLoop();
			    return this.instance.queued();
			  }

			  async __done__() {
			    await this.yieldLoop();
			    return this._done;
			  }

			  async __groupCheck__(time) {
			    await this.yieldLoop();
			    return (this._nextRequest + this.timeout) < time;
			  }

			  computeCapacity() {
			    var maxConcurrent, reservoir;
			    ({maxConcurrent, reservoir} = this.storeOptions);
			    if ((maxConcurrent != null) && (reservoir != null)) {
			      return Math.min(maxConcurrent - this._running, reservoir);
			    } else if (maxConcurrent != null) {
			      return maxConcurrent - this._running;
			    } else if (reservoir != null) {
			      return reservoir;
			    } else {
			      return null;
			    }
			  }

			  conditionsCheck(weight) {
			    var capacity;
			    capacity = this.computeCapacity();
			    return (capacity == null) || weight <= capacity;
			  }

			  async __incrementReservoir__(incr) {
			    var reservoir;
			    await this.yieldLoop();
			    reservoir = this.storeOptions.reservoir += incr;
			    this.instance._drainAll(this.computeCapacity());
			    return reservoir;
			  }

			  async __currentReservoir__() {
			    await this.yieldLoop();
			    return this.storeOptions.reservoir;
			  }

			  isBlocked(now) {
			    return this._unblockTime >= now;
			  }

			  check(weight, now) {
			    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
			  }

			  async __check__(weight) {
			    var now;
			    await this.yieldLoop();
			    now = Date.now();
			    return this.check(weight, now);
			  }

			  async __register__(index, weight, expiration) {
			    var now, wait;
			    await this.yieldLoop();
			    now = Date.now();
			    if (this.conditionsCheck(weight)) {
			      this._running += weight;
			      if (this.storeOptions.reservoir != null) {
			        this.storeOptions.reservoir -= weight;
			      }
			      wait = Math.max(this._nextRequest - now, 0);
			      this._nextRequest = now + wait + this.storeOptions.minTime;
			      return {
			        success: true,
			        wait,
			        reservoir: this.storeOptions.reservoir
			      };
			    } else {
			      return {
			        success: false
			      };
			    }
			  }

			  strategyIsBlock() {
			    return this.storeOptions.strategy === 3;
			  }

			  async __submit__(queueLength, weight) {
			    var blocked, now, reachedHWM;
			    await this.yieldLoop();
			    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
			      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
			    }
			    now = Date.now();
			    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
			    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
			    if (blocked) {
			      this._unblockTime = now + this.computePenalty();
			      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
			      this.instance._dropAllQueued();
			    }
			    return {
			      reachedHWM,
			      blocked,
			      strategy: this.storeOptions.strategy
			    };
			  }

			  async __free__(index, weight) {
			    await this.yieldLoop();
			    this._running -= weight;
			    this._done += weight;
			    this.instance._drainAll(this.computeCapacity());
			    return {
			      running: this._running
			    };
			  }

			};

			var LocalDatastore_1 = LocalDatastore;

			var BottleneckError$3, States;

			BottleneckError$3 = BottleneckError_1;

			States = class States {
			  constructor(status1) {
			    this.status = status1;
			    this._jobs = {};
			    this.counts = this.status.map(function() {
			      return 0;
			    });
			  }

			  next(id) {
			    var current, next;
			    current = this._jobs[id];
			    next = current + 1;
			    if ((current != null) && next < this.status.length) {
			      this.counts[current]--;
			      this.counts[next]++;
			      return this._jobs[id]++;
			    } else if (current != null) {
			      this.counts[current]--;
			      return delete this._jobs[id];
			    }
			  }

			  start(id) {
			    var initial;
			    initial = 0;
			    this._jobs[id] = initial;
			    return this.counts[initial]++;
			  }

			  remove(id) {
			    var current;
			    current = this._jobs[id];
			    if (current != null) {
			      this.counts[current]--;
			      delete this._jobs[id];
			    }
			    return current != null;
			  }

			  jobStatus(id) {
			    var ref;
			    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
			  }

			  statusJobs(status) {
			    var k, pos, ref, results, v;
			    if (status != null) {
			      pos = this.status.indexOf(status);
			      if (pos < 0) {
			        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
			      }
			      ref = this._jobs;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        if (v === pos) {
			          results.push(k);
			        }
			      }
			      return results;
			    } else {
			      return Object.keys(this._jobs);
			    }
			  }

			  statusCounts() {
			    return this.counts.reduce(((acc, v, i) => {
			      acc[this.status[i]] = v;
			      return acc;
			    }), {});
			  }

			};

			var States_1 = States;

			var DLList$2, Sync;

			DLList$2 = DLList_1;

			Sync = class Sync {
			  constructor(name, Promise) {
			    this.schedule = this.schedule.bind(this);
			    this.name = name;
			    this.Promise = Promise;
			    this._running = 0;
			    this._queue = new DLList$2();
			  }

			  isEmpty() {
			    return this._queue.length === 0;
			  }

			  async _tryToRun() {
			    var args, cb, error, reject, resolve, returned, task;
			    if ((this._running < 1) && this._queue.length > 0) {
			      this._running++;
			      ({task, args, resolve, reject} = this._queue.shift());
			      cb = (await (async function() {
			        try {
			          returned = (await task(...args));
			          return function() {
			            return resolve(returned);
			          };
			        } catch (error1) {
			          error = error1;
			          return function() {
			            return reject(error);
			          };
			        }
			      })());
			      this._running--;
			      this._tryToRun();
			      return cb();
			    }
			  }

			  schedule(task, ...args) {
			    var promise, reject, resolve;
			    resolve = reject = null;
			    promise = new this.Promise(function(_resolve, _reject) {
			      resolve = _resolve;
			      return reject = _reject;
			    });
			    this._queue.push({task, args, resolve, reject});
			    this._tryToRun();
			    return promise;
			  }

			};

			var Sync_1 = Sync;

			var version = "2.19.5";
			var version$1 = {
				version: version
			};

			var version$2 = /*#__PURE__*/Object.freeze({
				version: version,
				default: version$1
			});

			var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

			parser$3 = parser;

			Events$2 = Events_1;

			RedisConnection$1 = require$$2;

			IORedisConnection$1 = require$$3;

			Scripts$1 = require$$4;

			Group = (function() {
			  class Group {
			    constructor(limiterOptions = {}) {
			      this.deleteKey = this.deleteKey.bind(this);
			      this.limiterOptions = limiterOptions;
			      parser$3.load(this.limiterOptions, this.defaults, this);
			      this.Events = new Events$2(this);
			      this.instances = {};
			      this.Bottleneck = Bottleneck_1;
			      this._startAutoCleanup();
			      this.sharedConnection = this.connection != null;
			      if (this.connection == null) {
			        if (this.limiterOptions.datastore === "redis") {
			          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        } else if (this.limiterOptions.datastore === "ioredis") {
			          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        }
			      }
			    }

			    key(key = "") {
			      var ref;
			      return (ref = this.instances[key]) != null ? ref : (() => {
			        var limiter;
			        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
			          id: `${this.id}-${key}`,
			          timeout: this.timeout,
			          connection: this.connection
			        }));
			        this.Events.trigger("created", limiter, key);
			        return limiter;
			      })();
			    }

			    async deleteKey(key = "") {
			      var deleted, instance;
			      instance = this.instances[key];
			      if (this.connection) {
			        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
			      }
			      if (instance != null) {
			        delete this.instances[key];
			        await instance.disconnect();
			      }
			      return (instance != null) || deleted > 0;
			    }

			    limiters() {
			      var k, ref, results, v;
			      ref = this.instances;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        results.push({
			          key: k,
			          limiter: v
			        });
			      }
			      return results;
			    }

			    keys() {
			      return Object.keys(this.instances);
			    }

			    async clusterKeys() {
			      var cursor, end, found, i, k, keys, len, next, start;
			      if (this.connection == null) {
			        return this.Promise.resolve(this.keys());
			      }
			      keys = [];
			      cursor = null;
			      start = `b_${this.id}-`.length;
			      end = "_settings".length;
			      while (cursor !== 0) {
			        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
			        cursor = ~~next;
			        for (i = 0, len = found.length; i < len; i++) {
			          k = found[i];
			          keys.push(k.slice(start, -end));
			        }
			      }
			      return keys;
			    }

			    _startAutoCleanup() {
			      var base;
			      clearInterval(this.interval);
			      return typeof (base = (this.interval = setInterval(async() => {
			        var e, k, ref, results, time, v;
			        time = Date.now();
			        ref = this.instances;
			        results = [];
			        for (k in ref) {
			          v = ref[k];
			          try {
			            if ((await v._store.__groupCheck__(time))) {
			              results.push(this.deleteKey(k));
			            } else {
			              results.push(void 0);
			            }
			          } catch (error) {
			            e = error;
			            results.push(v.Events.trigger("error", e));
			          }
			        }
			        return results;
			      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
			    }

			    updateSettings(options = {}) {
			      parser$3.overwrite(options, this.defaults, this);
			      parser$3.overwrite(options, options, this.limiterOptions);
			      if (options.timeout != null) {
			        return this._startAutoCleanup();
			      }
			    }

			    disconnect(flush = true) {
			      var ref;
			      if (!this.sharedConnection) {
			        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
			      }
			    }

			  }
			  Group.prototype.defaults = {
			    timeout: 1000 * 60 * 5,
			    connection: null,
			    Promise: Promise,
			    id: "group-key"
			  };

			  return Group;

			}).call(commonjsGlobal$1);

			var Group_1 = Group;

			var Batcher, Events$3, parser$4;

			parser$4 = parser;

			Events$3 = Events_1;

			Batcher = (function() {
			  class Batcher {
			    constructor(options = {}) {
			      this.options = options;
			      parser$4.load(this.options, this.defaults, this);
			      this.Events = new Events$3(this);
			      this._arr = [];
			      this._resetPromise();
			      this._lastFlush = Date.now();
			    }

			    _resetPromise() {
			      return this._promise = new this.Promise((res, rej) => {
			        return this._resolve = res;
			      });
			    }

			    _flush() {
			      clearTimeout(this._timeout);
			      this._lastFlush = Date.now();
			      this._resolve();
			      this.Events.trigger("batch", this._arr);
			      this._arr = [];
			      return this._resetPromise();
			    }

			    add(data) {
			      var ret;
			      this._arr.push(data);
			      ret = this._promise;
			      if (this._arr.length === this.maxSize) {
			        this._flush();
			      } else if ((this.maxTime != null) && this._arr.length === 1) {
			        this._timeout = setTimeout(() => {
			          return this._flush();
			        }, this.maxTime);
			      }
			      return ret;
			    }

			  }
			  Batcher.prototype.defaults = {
			    maxTime: null,
			    maxSize: null,
			    Promise: Promise
			  };

			  return Batcher;

			}).call(commonjsGlobal$1);

			var Batcher_1 = Batcher;

			var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$8 = getCjsExportFromNamespace(version$2);

			var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
			  splice = [].splice;

			NUM_PRIORITIES$1 = 10;

			DEFAULT_PRIORITY$1 = 5;

			parser$5 = parser;

			Queues$1 = Queues_1;

			Job$1 = Job_1;

			LocalDatastore$1 = LocalDatastore_1;

			RedisDatastore$1 = require$$4$1;

			Events$4 = Events_1;

			States$1 = States_1;

			Sync$1 = Sync_1;

			Bottleneck = (function() {
			  class Bottleneck {
			    constructor(options = {}, ...invalid) {
			      var storeInstanceOptions, storeOptions;
			      this._addToQueue = this._addToQueue.bind(this);
			      this._validateOptions(options, invalid);
			      parser$5.load(options, this.instanceDefaults, this);
			      this._queues = new Queues$1(NUM_PRIORITIES$1);
			      this._scheduled = {};
			      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
			      this._limiter = null;
			      this.Events = new Events$4(this);
			      this._submitLock = new Sync$1("submit", this.Promise);
			      this._registerLock = new Sync$1("register", this.Promise);
			      storeOptions = parser$5.load(options, this.storeDefaults, {});
			      this._store = (function() {
			        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
			          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
			          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else if (this.datastore === "local") {
			          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
			          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else {
			          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
			        }
			      }).call(this);
			      this._queues.on("leftzero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
			      });
			      this._queues.on("zero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
			      });
			    }

			    _validateOptions(options, invalid) {
			      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
			        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
			      }
			    }

			    ready() {
			      return this._store.ready;
			    }

			    clients() {
			      return this._store.clients;
			    }

			    channel() {
			      return `b_${this.id}`;
			    }

			    channel_client() {
			      return `b_${this.id}_${this._store.clientId}`;
			    }

			    publish(message) {
			      return this._store.__publish__(message);
			    }

			    disconnect(flush = true) {
			      return this._store.__disconnect__(flush);
			    }

			    chain(_limiter) {
			      this._limiter = _limiter;
			      return this;
			    }

			    queued(priority) {
			      return this._queues.queued(priority);
			    }

			    clusterQueued() {
			      return this._store.__queued__();
			    }

			    empty() {
			      return this.queued() === 0 && this._submitLock.isEmpty();
			    }

			    running() {
			      return this._store.__running__();
			    }

			    done() {
			      return this._store.__done__();
			    }

			    jobStatus(id) {
			      return this._states.jobStatus(id);
			    }

			    jobs(status) {
			      return this._states.statusJobs(status);
			    }

			    counts() {
			      return this._states.statusCounts();
			    }

			    _randomIndex() {
			      return Math.random().toString(36).slice(2);
			    }

			    check(weight = 1) {
			      return this._store.__check__(weight);
			    }

			    _clearGlobalState(index) {
			      if (this._scheduled[index] != null) {
			        clearTimeout(this._scheduled[index].expiration);
			        delete this._scheduled[index];
			        return true;
			      } else {
			        return false;
			      }
			    }

			    async _free(index, job, options, eventInfo) {
			      var e, running;
			      try {
			        ({running} = (await this._store.__free__(index, options.weight)));
			        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
			        if (running === 0 && this.empty()) {
			          return this.Events.trigger("idle");
			        }
			      } catch (error1) {
			        e = error1;
			        return this.Events.trigger("error", e);
			      }
			    }

			    _run(index, job, wait) {
			      var clearGlobalState, free, run;
			      job.doRun();
			      clearGlobalState = this._clearGlobalState.bind(this, index);
			      run = this._run.bind(this, index, job);
			      free = this._free.bind(this, index, job);
			      return this._scheduled[index] = {
			        timeout: setTimeout(() => {
			          return job.doExecute(this._limiter, clearGlobalState, run, free);
			        }, wait),
			        expiration: job.options.expiration != null ? setTimeout(function() {
			          return job.doExpire(clearGlobalState, run, free);
			        }, wait + job.options.expiration) : void 0,
			        job: job
			      };
			    }

			    _drainOne(capacity) {
			      return this._registerLock.schedule(() => {
			        var args, index, next, options, queue;
			        if (this.queued() === 0) {
			          return this.Promise.resolve(null);
			        }
			        queue = this._queues.getFirst();
			        ({options, args} = next = queue.first());
			        if ((capacity != null) && options.weight > capacity) {
			          return this.Promise.resolve(null);
			        }
			        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
			        index = this._randomIndex();
			        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
			          var empty;
			          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
			          if (success) {
			            queue.shift();
			            empty = this.empty();
			            if (empty) {
			              this.Events.trigger("empty");
			            }
			            if (reservoir === 0) {
			              this.Events.trigger("depleted", empty);
			            }
			            this._run(index, next, wait);
			            return this.Promise.resolve(options.weight);
			          } else {
			            return this.Promise.resolve(null);
			          }
			        });
			      });
			    }

			    _drainAll(capacity, total = 0) {
			      return this._drainOne(capacity).then((drained) => {
			        var newCapacity;
			        if (drained != null) {
			          newCapacity = capacity != null ? capacity - drained : capacity;
			          return this._drainAll(newCapacity, total + drained);
			        } else {
			          return this.Promise.resolve(total);
			        }
			      }).catch((e) => {
			        return this.Events.trigger("error", e);
			      });
			    }

			    _dropAllQueued(message) {
			      return this._queues.shiftAll(function(job) {
			        return job.doDrop({message});
			      });
			    }

			    stop(options = {}) {
			      var done, waitForExecuting;
			      options = parser$5.load(options, this.stopDefaults);
			      waitForExecuting = (at) => {
			        var finished;
			        finished = () => {
			          var counts;
			          counts = this._states.counts;
			          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
			        };
			        return new this.Promise((resolve, reject) => {
			          if (finished()) {
			            return resolve();
			          } else {
			            return this.on("done", () => {
			              if (finished()) {
			                this.removeAllListeners("done");
			                return resolve();
			              }
			            });
			          }
			        });
			      };
			      done = options.dropWaitingJobs ? (this._run = function(index, next) {
			        return next.doDrop({
			          message: options.dropErrorMessage
			        });
			      }, this._drainOne = () => {
			        return this.Promise.resolve(null);
			      }, this._registerLock.schedule(() => {
			        return this._submitLock.schedule(() => {
			          var k, ref, v;
			          ref = this._scheduled;
			          for (k in ref) {
			            v = ref[k];
			            if (this.jobStatus(v.job.options.id) === "RUNNING") {
			              clearTimeout(v.timeout);
			              clearTimeout(v.expiration);
			              v.job.doDrop({
			                message: options.dropErrorMessage
			              });
			            }
			          }
			          this._dropAllQueued(options.dropErrorMessage);
			          return waitForExecuting(0);
			        });
			      })) : this.schedule({
			        priority: NUM_PRIORITIES$1 - 1,
			        weight: 0
			      }, () => {
			        return waitForExecuting(1);
			      });
			      this._receive = function(job) {
			        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
			      };
			      this.stop = () => {
			        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
			      };
			      return done;
			    }

			    async _addToQueue(job) {
			      var args, blocked, error, options, reachedHWM, shifted, strategy;
			      ({args, options} = job);
			      try {
			        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
			      } catch (error1) {
			        error = error1;
			        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
			        job.doDrop({error});
			        return false;
			      }
			      if (blocked) {
			        job.doDrop();
			        return true;
			      } else if (reachedHWM) {
			        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
			        if (shifted != null) {
			          shifted.doDrop();
			        }
			        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
			          if (shifted == null) {
			            job.doDrop();
			          }
			          return reachedHWM;
			        }
			      }
			      job.doQueue(reachedHWM, blocked);
			      this._queues.push(job);
			      await this._drainAll();
			      return reachedHWM;
			    }

			    _receive(job) {
			      if (this._states.jobStatus(job.options.id) != null) {
			        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
			        return false;
			      } else {
			        job.doReceive();
			        return this._submitLock.schedule(this._addToQueue, job);
			      }
			    }

			    submit(...args) {
			      var cb, fn, job, options, ref, ref1, task;
			      if (typeof args[0] === "function") {
			        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
			        options = parser$5.load({}, this.jobDefaults);
			      } else {
			        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
			        options = parser$5.load(options, this.jobDefaults);
			      }
			      task = (...args) => {
			        return new this.Promise(function(resolve, reject) {
			          return fn(...args, function(...args) {
			            return (args[0] != null ? reject : resolve)(args);
			          });
			        });
			      };
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      job.promise.then(function(args) {
			        return typeof cb === "function" ? cb(...args) : void 0;
			      }).catch(function(args) {
			        if (Array.isArray(args)) {
			          return typeof cb === "function" ? cb(...args) : void 0;
			        } else {
			          return typeof cb === "function" ? cb(args) : void 0;
			        }
			      });
			      return this._receive(job);
			    }

			    schedule(...args) {
			      var job, options, task;
			      if (typeof args[0] === "function") {
			        [task, ...args] = args;
			        options = {};
			      } else {
			        [options, task, ...args] = args;
			      }
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      this._receive(job);
			      return job.promise;
			    }

			    wrap(fn) {
			      var schedule, wrapped;
			      schedule = this.schedule.bind(this);
			      wrapped = function(...args) {
			        return schedule(fn.bind(this), ...args);
			      };
			      wrapped.withOptions = function(options, ...args) {
			        return schedule(options, fn, ...args);
			      };
			      return wrapped;
			    }

			    async updateSettings(options = {}) {
			      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
			      parser$5.overwrite(options, this.instanceDefaults, this);
			      return this;
			    }

			    currentReservoir() {
			      return this._store.__currentReservoir__();
			    }

			    incrementReservoir(incr = 0) {
			      return this._store.__incrementReservoir__(incr);
			    }

			  }
			  Bottleneck.default = Bottleneck;

			  Bottleneck.Events = Events$4;

			  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

			  Bottleneck.strategy = Bottleneck.prototype.strategy = {
			    LEAK: 1,
			    OVERFLOW: 2,
			    OVERFLOW_PRIORITY: 4,
			    BLOCK: 3
			  };

			  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

			  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

			  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

			  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

			  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

			  Bottleneck.prototype.jobDefaults = {
			    priority: DEFAULT_PRIORITY$1,
			    weight: 1,
			    expiration: null,
			    id: "<no-id>"
			  };

			  Bottleneck.prototype.storeDefaults = {
			    maxConcurrent: null,
			    minTime: 0,
			    highWater: null,
			    strategy: Bottleneck.prototype.strategy.LEAK,
			    penalty: null,
			    reservoir: null,
			    reservoirRefreshInterval: null,
			    reservoirRefreshAmount: null,
			    reservoirIncreaseInterval: null,
			    reservoirIncreaseAmount: null,
			    reservoirIncreaseMaximum: null
			  };

			  Bottleneck.prototype.localStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 250
			  };

			  Bottleneck.prototype.redisStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 5000,
			    clientTimeout: 10000,
			    Redis: null,
			    clientOptions: {},
			    clusterNodes: null,
			    clearDatastore: false,
			    connection: null
			  };

			  Bottleneck.prototype.instanceDefaults = {
			    datastore: "local",
			    connection: null,
			    id: "<no-id>",
			    rejectOnDrop: true,
			    trackDoneStatus: false,
			    Promise: Promise
			  };

			  Bottleneck.prototype.stopDefaults = {
			    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
			    dropWaitingJobs: true,
			    dropErrorMessage: "This limiter has been stopped."
			  };

			  return Bottleneck;

			}).call(commonjsGlobal$1);

			var Bottleneck_1 = Bottleneck;

			var lib = Bottleneck_1;

			return lib;

		}))); 
	} (light$1));
	return light$1.exports;
}

var lightExports = requireLight();
var BottleneckLight = /*@__PURE__*/getDefaultExportFromCjs(lightExports);

// pkg/dist-src/version.js
var VERSION$1 = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest$1(state, octokit, request, options) {
  const limiter = new BottleneckLight();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest$1.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION$1;

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = BottleneckLight,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

const load = createRequire(import.meta.url);
/** Header names in lower case; repeated headers joined with `, `, as fetch joins them. */
class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw)) {
            if (value !== undefined)
                this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** How long a request may go without a byte from the server; undici's own limit. */
const IDLE_MS = 300_000;
/**
 * Fails as fetch fails, a TypeError whose cause is the network error; its
 * message is the cause's, which octokit puts in the error it throws.
 */
function failed(cause) {
    return new TypeError(cause.message, { cause });
}
const nodeFetch = (url, init = {}) => send(new URL(url), init, 0);
async function send(url, init, redirects) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw failed(new Error(`cannot fetch ${url.protocol} URLs`));
    }
    const http = load(url.protocol === 'https:' ? 'node:https' : 'node:http');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = { ...init.headers };
    const body = init.body ?? null;
    if (body !== null)
        headers['content-length'] = Buffer.byteLength(body);
    const answer = await new Promise((resolve, reject) => {
        const request = http.request(url, { method, headers, timeout: IDLE_MS, ...(init.signal ? { signal: init.signal } : {}) }, resolve);
        request.on('error', err => reject(err.name === 'AbortError' ? err : failed(err)));
        request.on('timeout', () => request.destroy(new Error(`no answer from ${url.host} in ${IDLE_MS / 1000} s`)));
        request.end(body ?? undefined);
    });
    const status = answer.statusCode ?? 0;
    const location = answer.headers.location;
    if (REDIRECTS.has(status) && location && init.redirect !== 'manual') {
        answer.resume();
        if (init.redirect === 'error')
            throw failed(new Error(`redirected to ${location}`));
        if (redirects >= MAX_REDIRECTS)
            throw failed(new Error(`more than ${MAX_REDIRECTS} redirects`));
        return send(new URL(location, url), redirected(url, new URL(location, url), status, init), redirects + 1);
    }
    const chunks = [];
    try {
        for await (const chunk of answer)
            chunks.push(chunk);
    }
    catch (err) {
        throw failed(err instanceof Error ? err : new Error(String(err)));
    }
    const bytes = Buffer.concat(chunks);
    return {
        status,
        statusText: answer.statusMessage ?? '',
        url: url.href,
        headers: new ResponseHeaders(answer.headers),
        text: () => Promise.resolve(bytes.toString('utf8')),
        arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
    };
}
/**
 * The next request of a redirect, by fetch's rules: 303, and 301/302 after a
 * POST, become a GET without a body; credentials are not sent to another origin.
 */
function redirected(from, to, status, init) {
    const method = (init.method ?? 'GET').toUpperCase();
    const asGet = status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST';
    const headers = { ...init.headers };
    if (asGet) {
        for (const name of Object.keys(headers)) {
            if (/^content-/i.test(name))
                delete headers[name];
        }
    }
    if (to.origin !== from.origin) {
        for (const name of Object.keys(headers)) {
            if (/^(authorization|cookie)$/i.test(name))
                delete headers[name];
        }
    }
    return { ...init, headers, ...(asGet ? { method: 'GET', body: null } : {}) };
}

// The octokit the action talks to GitHub with: retries on 5xx, waits out rate
// limits within a bounded total, and is handed to every github/ function as a
// parameter so the tests can point it at a local emulator.
//
// It is assembled here rather than taken from @actions/github, which sends
// every request through a bundled copy of undici: loading that costs each run
// tens of milliseconds before its first line. The requests go over node:http
// and node:https instead (node-fetch.ts), and undici is loaded only when a
// proxy applies (below).
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest);
/** Environment variable that turns on `unthrottled`; for the test suite only. */
const UNTHROTTLED_ENV = 'SWARM_REPORT_UNTHROTTLED';
// GitHub answers 4xx for requests that will fail the same way again. The list
// replaces the plugin's default one, so it repeats it; 429 is added because the
// throttling plugin owns rate-limit answers.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const RETRIES = 3;
const RETRY_BASE_MS = 1000;
const RETRY_BASE_MS_UNTHROTTLED = 20;
/** How many retries the retry plugin has made of this request so far. */
function retriesSoFar(route) {
    const request = route['request'];
    if (typeof request !== 'object' || request === null)
        return 0;
    const count = request.retryCount;
    return typeof count === 'number' ? count : 0;
}
/** `POST /repos/acme/rocket/issues/12/comments`: the template filled in, host and query left out. */
function describeRequest(options) {
    const path = options.url.replace(/\{([^}]+)\}/g, (whole, name) => {
        const value = options[name];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
    });
    // Pagination follows the `link` header, whose URLs are absolute: keep the path.
    const relative = /^https?:\/\//.test(path) ? new URL(path).pathname : path;
    return `${options.method} ${relative.split('?')[0] ?? relative}`;
}
/** `4 s`, `1.5 s`, `20 ms`: a delay as the log shows it. */
function seconds(ms) {
    return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
/**
 * The retry plugin decides a 5xx retry inside its hooks and says nothing; this
 * plugin goes first, so its hook is the innermost and sees every attempt's
 * answer. It logs each request (debug), each retry the retry plugin is about to
 * make (same rule and back-off as the plugin), and remembers the status of a
 * rate-limited answer for the throttling callbacks, which are not given it.
 */
function attemptLog(options) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, route) => {
            const what = describeRequest(route);
            try {
                const response = await request(route);
                options.debug(`${what}: ${response.status}`);
                return response;
            }
            catch (err) {
                const status = httpStatus(err);
                options.debug(`${what}: ${status ?? errorText(err)}`);
                if (status !== null)
                    options.lastStatus.set(route, status);
                if (status !== null && status >= 400 && !DO_NOT_RETRY.includes(status)) {
                    const done = retriesSoFar(route);
                    options.log(done < RETRIES
                        ? `GitHub answered ${status} to ${what}; retry ${done + 1} of ${RETRIES} in ${seconds((done + 1) ** 2 * options.retryBaseMs)}`
                        : `GitHub answered ${status} to ${what}; giving up after ${RETRIES} retries`);
                }
                throw err;
            }
        });
    };
}
/** Runs every job at once; stands in for the plugin's spaced write queues. */
function passThroughLimiter() {
    const job = {
        schedule: (...args) => {
            const [first, ...rest] = args;
            const [fn, ...fnArgs] = typeof first === 'function' ? [first, ...rest] : rest;
            return Promise.resolve(fn(...fnArgs));
        }
    };
    return { key: () => job };
}
function createClient(token, options = {}) {
    const maxRetries = options.maxRateLimitRetries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const log = options.log ?? (() => undefined);
    const debug = options.debug ?? (() => undefined);
    const lastStatus = new WeakMap();
    const retryBaseMs = options.unthrottled ? RETRY_BASE_MS_UNTHROTTLED : RETRY_BASE_MS;
    let waited = 0;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const answered = `GitHub answered ${lastStatus.get(request) ?? 'a rate limit'} (${kind}) to ${describeRequest(request)}`;
        if (retryCount >= maxRetries) {
            log(`${answered}; giving up after ${retryCount} retries`);
            return false;
        }
        if (waited + retryAfter > maxWait) {
            log(`${answered}; waiting ${retryAfter} s would exceed the ${maxWait} s allowed for rate limits, so no retry`);
            return false;
        }
        waited += retryAfter;
        log(`${answered}; retry ${retryCount + 1} of ${maxRetries} in ${retryAfter} s`);
        return true;
    };
    const throttle = {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(options.unthrottled
            ? { write: passThroughLimiter(), notifications: passThroughLimiter() }
            : {})
    };
    const env = options.env ?? process.env;
    const baseUrl = options.baseUrl || env['GITHUB_API_URL'] || 'https://api.github.com';
    const userAgent = orchestrationTag(env['ACTIONS_ORCHESTRATION_ID']);
    const fetch = proxiedFetch(baseUrl) ?? nodeFetch;
    const Client = GitHub.plugin(attemptLog({ log, debug, retryBaseMs, lastStatus }), retry, throttling);
    return new Client({
        baseUrl,
        auth: `token ${token}`,
        ...(userAgent ? { userAgent } : {}),
        request: { fetch },
        retry: { doNotRetry: DO_NOT_RETRY, retries: RETRIES, retryAfterBaseValue: retryBaseMs },
        throttle
    });
}
/**
 * The runner's orchestration id as a user-agent word, as the Actions toolkit
 * sends it, so that GitHub can tie the requests to the job.
 */
function orchestrationTag(id) {
    const trimmed = id?.trim();
    return trimmed ? `actions_orchestration_id/${trimmed.replace(/[^a-z0-9_.-]/gi, '_')}` : null;
}
/**
 * A fetch through the proxy the runner's variables name for this URL
 * (HTTPS_PROXY or HTTP_PROXY, unless NO_PROXY matches; the rules of the Actions
 * toolkit), or null when none applies and the request goes direct. Node's
 * fetch honours those variables only when the process starts with
 * NODE_USE_ENV_PROXY, which an action cannot set, so a proxied request goes
 * through undici's ProxyAgent; undici is a chunk of its own, loaded by the
 * first request that needs it.
 */
function proxiedFetch(url) {
    const proxy = getProxyUrl(new URL(url));
    if (!proxy?.hostname)
        return null;
    let loaded = null;
    const load = async () => {
        const undici = await import('./action-proxy.js').then(function (n) { return n.i; });
        const user = proxy.username || proxy.password;
        // As the toolkit builds it: one request per connection, credentials from the URL.
        const dispatcher = new undici.ProxyAgent({
            uri: proxy.href,
            pipelining: 0,
            ...(user
                ? {
                    token: `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')}`
                }
                : {})
        });
        return (input, init) => undici.fetch(input, { ...init, dispatcher });
    };
    return async (input, init) => (await (loaded ??= load()))(input, init);
}

const SCOPE = 'pull-requests: write';
async function upsertStickyComment(client, comment) {
    try {
        return { ok: true, value: await upsert(client, comment) };
    }
    catch (err) {
        return {
            ok: false,
            error: explain(err, `write the comment on pull request #${comment.issueNumber}`, SCOPE),
            denied: isNotAccessible(err)
        };
    }
}
/**
 * This action's comments for this check on the pull request, oldest first:
 * the first is the one kept. Listing is the request upsertStickyComment starts
 * with; handing its answer on saves it.
 */
async function listStickyComments(client, where) {
    try {
        return { ok: true, value: await listOurs(client, where) };
    }
    catch (err) {
        return {
            ok: false,
            error: explain(err, `read the comments of pull request #${where.issueNumber}`, SCOPE)
        };
    }
}
async function upsert(client, comment) {
    const ours = comment.listed ?? (await listOurs(client, comment));
    if (ours.length === 0)
        return createThenSettle(client, comment);
    const [keep, ...extra] = ours;
    if (!keep)
        throw new Error('unreachable: a non-empty list has a first element');
    const deleted = await deleteAll(client, comment, extra);
    const outcome = await refresh(client, comment, keep);
    return { ...outcome, deleted };
}
/** Every comment on the issue that this action wrote for this check, oldest first. */
async function listOurs(client, c) {
    const all = await client.paginate(client.rest.issues.listComments, {
        owner: c.owner,
        repo: c.repo,
        issue_number: c.issueNumber,
        per_page: 100
    });
    return all
        .filter(x => isOurComment(x, c.check, c.author))
        .map(x => ({ id: x.id, url: x.html_url, state: readMarker(x.body ?? ''), body: x.body ?? '' }))
        .sort((a, b) => a.id - b.id);
}
/** Brings the kept comment up to date unless it already is, or a newer run wrote it. */
async function refresh(client, c, keep) {
    if (keep.state?.bodyHash === c.state.bodyHash) {
        return { action: 'unchanged', id: keep.id, url: keep.url };
    }
    if (keep.state !== null && isNewerRun(keep.state, c.state)) {
        return { action: 'kept-newer', id: keep.id, url: keep.url };
    }
    const updated = await client.rest.issues.updateComment({
        owner: c.owner,
        repo: c.repo,
        comment_id: keep.id,
        body: c.body
    });
    return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
}
/**
 * Creates the comment, then lists again: when another run created one at the
 * same time, the oldest survives and the others of ours are deleted.
 */
async function createThenSettle(client, c) {
    const created = await client.rest.issues.createComment({
        owner: c.owner,
        repo: c.repo,
        issue_number: c.issueNumber,
        body: c.body
    });
    const mine = {
        id: created.data.id,
        url: created.data.html_url,
        state: c.state};
    const ours = await listOurs(client, c);
    const keep = ours[0] ?? mine;
    const deleted = await deleteAll(client, c, ours.filter(x => x.id !== keep.id));
    if (keep.id === mine.id)
        return { action: 'created', id: mine.id, url: mine.url, deleted };
    const outcome = await refresh(client, c, keep);
    return { ...outcome, deleted };
}
async function deleteAll(client, c, list) {
    const deleted = [];
    for (const x of list) {
        try {
            await client.rest.issues.deleteComment({ owner: c.owner, repo: c.repo, comment_id: x.id });
            deleted.push(x.id);
        }
        catch (err) {
            // A racing run may have deleted it first: that is the outcome wanted.
            if (httpStatus(err) !== 404)
                throw err;
        }
    }
    return deleted;
}

/**
 * The event that started the run: GITHUB_EVENT_NAME and the webhook payload in
 * the file GITHUB_EVENT_PATH names. As in the Actions toolkit, no variable or
 * a missing file is an empty payload; a file that is not a JSON object is an
 * error, since every later step would misread the run.
 */
function readEvent(env, read) {
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const path = env['GITHUB_EVENT_PATH'];
    if (!path)
        return { ok: true, value: { eventName, payload: {}, note: null } };
    let text;
    try {
        text = read(path);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            const note = `GITHUB_EVENT_PATH ${path} does not exist: the event payload is empty`;
            return { ok: true, value: { eventName, payload: {}, note } };
        }
        const why = errorText(err);
        return {
            ok: false,
            error: `cannot read the event payload GITHUB_EVENT_PATH names (${path}): ${why}`
        };
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (err) {
        const why = errorText(err);
        return { ok: false, error: `the event payload ${path} (GITHUB_EVENT_PATH) is not JSON: ${why}` };
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        return {
            ok: false,
            error: `the event payload ${path} (GITHUB_EVENT_PATH) is not a JSON object`
        };
    }
    return { ok: true, value: { eventName, payload: payload, note: null } };
}
/** Reads the runner's environment; fails only when the repository cannot be known. */
function readRunEnvironment(env, eventName, payload) {
    const repository = env['GITHUB_REPOSITORY'] || str(field(payload, 'repository', 'full_name'));
    const [owner, repo, ...rest] = (repository ?? '').split('/');
    if (!owner || !repo || rest.length > 0) {
        return {
            ok: false,
            error: 'GITHUB_REPOSITORY is not set to owner/name: run this action as a step of a GitHub Actions workflow'
        };
    }
    return {
        ok: true,
        value: {
            eventName,
            payload,
            owner,
            repo,
            sha: env['GITHUB_SHA'] ?? '',
            ref: env['GITHUB_REF'] ?? '',
            runId: count$1(env['GITHUB_RUN_ID']),
            runAttempt: count$1(env['GITHUB_RUN_ATTEMPT']),
            serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
            actor: env['GITHUB_ACTOR'] || null
        }
    };
}
/** The workflow run's page, where its job summary is shown. */
function runUrl(run) {
    if (run.runId === null)
        return null;
    const base = `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}`;
    return run.runAttempt !== null && run.runAttempt > 1 ? `${base}/attempts/${run.runAttempt}` : base;
}
async function resolveTarget(client, run, prNumber) {
    const payload = run.payload;
    switch (run.eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = pullFromJson(payload['pull_request']);
            if (!pr)
                return { ok: false, error: `the ${run.eventName} event payload has no pull request` };
            // GITHUB_SHA is the test merge commit here; the checks belong on the head.
            return found(pr, pr.headSha, `from the ${run.eventName} event payload`);
        }
        case 'merge_group': {
            const sha = str(field(payload, 'merge_group', 'head_sha')) ?? run.sha;
            return {
                ok: true,
                value: {
                    headSha: sha,
                    pullRequest: null,
                    commentAllowed: false,
                    notice: null,
                    how: 'none: a merge_group run reports on the merge group commit, with no conversation to comment on'
                }
            };
        }
        case 'workflow_run':
            return fromWorkflowRun(client, run, prNumber);
        default:
            return fromBranch(client, run, prNumber);
    }
}
function found(pr, headSha, how) {
    return {
        ok: true,
        value: { headSha, pullRequest: pr, commentAllowed: true, notice: null, how }
    };
}
function none(headSha, notice) {
    return {
        ok: true,
        value: { headSha, pullRequest: null, commentAllowed: true, notice, how: `none: ${notice}` }
    };
}
const NO_PR_TAIL = 'publishing the check run and the job summary only (the pr-number input names one)';
/** push, workflow_dispatch and anything else run on a branch. */
async function fromBranch(client, run, prNumber) {
    if (prNumber !== null)
        return byNumber(client, run, prNumber, 'from the pr-number input');
    const sha = (run.eventName === 'push' ? str(run.payload['after']) : null) ?? run.sha;
    const ref = (run.eventName === 'push' ? str(run.payload['ref']) : null) ?? run.ref;
    if (!ref.startsWith('refs/heads/')) {
        return none(sha, `${ref || 'this ref'} is not a branch, so it has no pull request; ${NO_PR_TAIL}`);
    }
    const branch = ref.slice('refs/heads/'.length);
    const pr = await byBranch(client, run, run.owner, branch);
    if (!pr.ok)
        return none(sha, `${pr.error}; ${NO_PR_TAIL}`);
    if (!pr.value)
        return none(sha, `no open pull request has ${run.owner}:${branch} as its head; ${NO_PR_TAIL}`);
    return found(pr.value, sha, `by branch lookup: the open pull request with head ${run.owner}:${branch}`);
}
/**
 * workflow_run: the pull requests GitHub lists in the payload (empty for forks),
 * else the open pull request whose head is the run's commit, else its branch.
 */
async function fromWorkflowRun(client, run, prNumber) {
    const wr = run.payload['workflow_run'];
    const sha = str(field(wr, 'head_sha')) ?? run.sha;
    if (prNumber !== null)
        return byNumber(client, run, prNumber, 'from the pr-number input');
    const listed = field(wr, 'pull_requests');
    if (Array.isArray(listed)) {
        const entry = listed.find(p => str(field(p, 'head', 'sha')) === sha) ?? listed[0];
        const number = num(field(entry, 'number'));
        if (number !== null) {
            const pr = await byNumber(client, run, number, 'from the workflow_run event payload');
            if (pr.ok)
                return { ok: true, value: { ...pr.value, headSha: sha } };
        }
    }
    try {
        const response = await client.rest.repos.listPullRequestsAssociatedWithCommit({
            owner: run.owner,
            repo: run.repo,
            commit_sha: sha,
            per_page: 100
        });
        const open = response.data.filter(p => p.state === 'open');
        const pr = pullFromJson(open.find(p => p.head.sha === sha) ?? open[0]);
        if (pr)
            return found(pr, sha, `by commit lookup: the open pull request with head ${sha.slice(0, 7)}`);
    }
    catch (err) {
        // A commit only in a fork is unknown to the base repository: fall through to the branch.
        if (httpStatus(err) !== 404 && httpStatus(err) !== 422) {
            return none(sha, `${explain(err, `find the pull request of ${sha.slice(0, 7)}`)}; ${NO_PR_TAIL}`);
        }
    }
    const branch = str(field(wr, 'head_branch'));
    const headOwner = str(field(wr, 'head_repository', 'owner', 'login')) ?? run.owner;
    if (branch) {
        const pr = await byBranch(client, run, headOwner, branch);
        if (!pr.ok)
            return none(sha, `${pr.error}; ${NO_PR_TAIL}`);
        if (pr.value) {
            return found(pr.value, sha, `by branch lookup: the open pull request with head ${headOwner}:${branch}`);
        }
    }
    return none(sha, `no open pull request has commit ${sha.slice(0, 7)} as its head; ${NO_PR_TAIL}`);
}
async function byNumber(client, run, number, how) {
    try {
        const response = await client.rest.pulls.get({
            owner: run.owner,
            repo: run.repo,
            pull_number: number
        });
        const pr = pullFromJson(response.data);
        if (!pr)
            return { ok: false, error: `pull request #${number} came back without a head commit` };
        return found(pr, pr.headSha, how);
    }
    catch (err) {
        if (httpStatus(err) === 404) {
            return {
                ok: false,
                error: `pr-number: ${run.owner}/${run.repo} has no pull request #${number} (or the token cannot see it)`
            };
        }
        return { ok: false, error: explain(err, `read pull request #${number}`, 'pull-requests: read') };
    }
}
async function byBranch(client, run, headOwner, branch) {
    try {
        const response = await client.rest.pulls.list({
            owner: run.owner,
            repo: run.repo,
            state: 'open',
            head: `${headOwner}:${branch}`,
            per_page: 10
        });
        return { ok: true, value: pullFromJson(response.data[0]) };
    }
    catch (err) {
        return {
            ok: false,
            error: explain(err, `find the pull request of branch ${branch}`, 'pull-requests: read')
        };
    }
}
/** A pull request from a webhook payload or a REST answer (same shape). */
function pullFromJson(value) {
    const number = num(field(value, 'number'));
    const headSha = str(field(value, 'head', 'sha'));
    const baseRepo = str(field(value, 'base', 'repo', 'full_name'));
    if (number === null || !headSha || !baseRepo)
        return null;
    return {
        number,
        headSha,
        headRef: str(field(value, 'head', 'ref')) ?? '',
        headRepo: str(field(value, 'head', 'repo', 'full_name')),
        baseRepo,
        changedFiles: num(field(value, 'changed_files'))
    };
}
function field(value, ...keys) {
    let node = value;
    for (const key of keys) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[key];
    }
    return node;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
function num(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}
function count$1(text) {
    if (text === undefined || !/^\d+$/.test(text))
        return null;
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : null;
}

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

// The action's inputs (action.yml), read through a getter so the rules can be
// tested without a runner. A bad value is an error naming the input and what
// it accepts; an empty value takes the default action.yml documents.
const DEFAULT_TRACKS = 'swarm/tracks/*';
const DEFAULT_CHECK_NAME = 'IOSM integration';
const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';
/** `get` returns the raw value, '' when unset (as @actions/core's getInput does). */
function readInputs(get) {
    const raw = (name) => get(name).trim();
    const flags = {};
    const defaults = [
        ['changed-only', true],
        ['comment', true],
        ['check-run', true],
        ['job-summary', true],
        ['diff-check', true],
        ['fail-job', true]
    ];
    for (const [name, fallback] of defaults) {
        const value = bool(name, raw(name), fallback);
        if (!value.ok)
            return value;
        flags[name] = value.value;
    }
    const token = raw('github-token');
    if (token === '') {
        return {
            ok: false,
            error: 'github-token: empty; pass `github-token: ${{ github.token }}` (the default) or a token that can write comments and check runs'
        };
    }
    const checkName = raw('check-name') || DEFAULT_CHECK_NAME;
    if (/[\r\n]/.test(checkName)) {
        return { ok: false, error: 'check-name: must be one line' };
    }
    const prNumber = pullNumber(raw('pr-number'));
    if (!prNumber.ok)
        return prNumber;
    const analyze = parseAnalyzeOptions({
        failOn: raw('fail-on'),
        profile: raw('profile'),
        indexThreshold: raw('index-threshold'),
        naPolicy: raw('na-policy')
    });
    if (!analyze.ok)
        return analyze;
    const tracks = get('tracks')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
    return {
        ok: true,
        value: {
            token,
            tracks: tracks.length > 0 ? tracks : [DEFAULT_TRACKS],
            changedOnly: flags['changed-only'] ?? true,
            checkName,
            comment: flags['comment'] ?? true,
            checkRun: flags['check-run'] ?? true,
            jobSummary: flags['job-summary'] ?? true,
            analyze: analyze.value,
            prNumber: prNumber.value,
            diffCheck: flags['diff-check'] ?? true,
            failJob: flags['fail-job'] ?? true,
            commentAuthor: raw('comment-author') || DEFAULT_COMMENT_AUTHOR,
            publishResult: raw('publish-result') || null
        }
    };
}
// The spellings the YAML 1.2 core schema reads as booleans, as @actions/core accepts them.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
function bool(name, text, fallback) {
    if (text === '')
        return { ok: true, value: fallback };
    if (TRUE.has(text))
        return { ok: true, value: true };
    if (FALSE.has(text))
        return { ok: true, value: false };
    return { ok: false, error: `${name}: '${text}' is not a boolean; allowed: true, false` };
}
function pullNumber(text) {
    if (text === '')
        return { ok: true, value: null };
    const digits = text.startsWith('#') ? text.slice(1) : text;
    const n = Number(digits);
    if (!/^\d+$/.test(digits) || !Number.isSafeInteger(n) || n < 1) {
        return {
            ok: false,
            error: `pr-number: '${text}' is not a pull request number; allowed: a whole number from 1, or empty`
        };
    }
    return { ok: true, value: n };
}

const FORK_RECIPE = 'publish from a workflow_run workflow, which gets a write token (see "Pull requests from forks" in docs/publishing.md)';
/** Why this run's token is read-only, or null when it should be able to write. */
function readOnlyReason(run, target) {
    if (run.eventName !== 'pull_request')
        return null;
    const pr = target.pullRequest;
    if (pr && pr.headRepo !== pr.baseRepo) {
        const from = pr.headRepo === null ? 'a deleted fork' : `the fork ${pr.headRepo}`;
        return `pull request #${pr.number} comes from ${from}, and GitHub gives pull_request workflows from forks a read-only token`;
    }
    if (run.actor === 'dependabot[bot]') {
        return 'GitHub gives pull_request workflows started by Dependabot a read-only token';
    }
    return null;
}
/** The permissions the enabled outputs need. */
function neededScopes(wants) {
    const scopes = [];
    if (wants.comment)
        scopes.push('pull-requests: write');
    if (wants.checkRun)
        scopes.push('checks: write');
    return scopes;
}
function readOnlyWarning(reason, scopes) {
    const list = scopes.map(s => `\`${s}\``).join(' and ');
    return (`The report is in the job summary only: ${reason}, so it lacks ${list}. ` +
        `The verdict still decides this step. To publish the comment and check run, ${FORK_RECIPE}.`);
}
/**
 * The token of a same-repository run was refused a write: its workflow's
 * `permissions:` leave the scope out. Said once, like the fork case.
 */
function deniedWarning(refusal, scopes) {
    const list = scopes.map(s => `\`${s}\``).join(' and ');
    return (`The report is in the job summary only: the token was refused a write (${refusal}), so it lacks ${list}. ` +
        `The verdict still decides this step. To publish the comment and check run, add ${list} to the workflow's \`permissions:\` block.`);
}

// The pull request's changed files, for the diff check and for choosing the
// tracks in scope. GitHub lists at most 3,000 files of a pull request; past
// that the list is marked truncated rather than silently short.
const STATUSES = [
    'added',
    'modified',
    'removed',
    'renamed',
    'copied',
    'changed',
    'unchanged'
];
async function listPullFiles(client, request) {
    const files = [];
    try {
        await client.paginate(client.rest.pulls.listFiles, { owner: request.owner, repo: request.repo, pull_number: request.pullNumber, per_page: 100 }, (response, done) => {
            for (const f of response.data)
                files.push(toChangedFile(f));
            if (files.length >= GITHUB_FILES_CAP)
                done();
            return [];
        });
    }
    catch (err) {
        return {
            ok: false,
            error: explain(err, `list the files of pull request #${request.pullNumber}`, 'pull-requests: read')
        };
    }
    const kept = files.slice(0, GITHUB_FILES_CAP);
    const truncated = request.changedFiles !== null
        ? request.changedFiles > kept.length
        : kept.length >= GITHUB_FILES_CAP;
    return {
        ok: true,
        value: { files: kept, truncated, source: `pull request #${request.pullNumber}` }
    };
}
function toChangedFile(f) {
    const status = STATUSES.find(s => s === f.status) ?? 'modified';
    // GitHub gives a binary file no patch and zero counts: the counts are unknown, not zero.
    const binary = f.patch === undefined &&
        f.additions === 0 &&
        f.deletions === 0 &&
        (status === 'added' || status === 'modified' || status === 'removed');
    return {
        path: f.filename,
        status,
        previousPath: f.previous_filename ?? null,
        additions: binary ? null : f.additions,
        deletions: binary ? null : f.deletions
    };
}

const onOff = (value) => (value ? 'true' : 'false');
/** The effective inputs, after defaults; the token is never shown. */
function inputLines(inputs) {
    const a = inputs.analyze;
    return [
        `tracks: ${inputs.tracks.join(', ')}`,
        `publish-result: ${inputs.publishResult ?? '(none: the tracks are read)'}`,
        `changed-only: ${onOff(inputs.changedOnly)}`,
        `diff-check: ${onOff(inputs.diffCheck)}`,
        `check-name: ${inputs.checkName}`,
        `comment: ${onOff(inputs.comment)}, check-run: ${onOff(inputs.checkRun)}, job-summary: ${onOff(inputs.jobSummary)}`,
        `fail-on: ${a.failOn.join(',') || '(nothing)'}`,
        `profile: ${a.profile}, index-threshold: ${a.indexThreshold ?? "(the profile's)"}, na-policy: ${a.naPolicy}`,
        `pr-number: ${inputs.prNumber ?? '(none)'}`,
        `fail-job: ${onOff(inputs.failJob)}`,
        `comment-author: ${inputs.commentAuthor}`
    ];
}
function targetLines(target) {
    const pr = target.pullRequest;
    if (!pr)
        return [`Pull request: ${target.how}`, `Check run commit: ${target.headSha}`];
    const from = pr.headRepo !== null && pr.headRepo !== pr.baseRepo ? ` (from ${pr.headRepo})` : '';
    return [
        `Pull request #${pr.number}${from}, found ${target.how}`,
        `Head: ${pr.headRef || '(unknown branch)'} at ${target.headSha}`,
        ...(pr.changedFiles === null ? [] : [`GitHub counts ${count(pr.changedFiles, 'changed file')}`])
    ];
}
function trackLines(found) {
    return [`Found ${count(found.length, 'track')}:`, ...found.map(dir => `  ${dir}`)];
}
/** Changed files, and which tracks they select when changed-only is on. */
function changedLines(inputs, target, changed, found, reported) {
    const lines = [];
    if (!inputs.diffCheck && !inputs.changedOnly) {
        lines.push('Changed files not read: diff-check and changed-only are both false');
    }
    else if (!target.pullRequest) {
        lines.push('Changed files not read: no pull request to read them from');
    }
    else if (!changed) {
        lines.push('Changed files could not be read (see the warning above)');
    }
    else {
        const cap = changed.truncated ? ' (GitHub lists no more: the diff is larger)' : '';
        lines.push(`${count(changed.files.length, 'changed file')} from ${changed.source}${cap}`);
    }
    lines.push(changed === null
        ? 'Diff check: off (no changed files)'
        : `Diff check: ${inputs.diffCheck ? 'on' : 'off (diff-check: false)'}`);
    const all = found.length === 1 ? 'the only track' : `all ${found.length} tracks`;
    if (!inputs.changedOnly) {
        lines.push(`Reporting ${all} (changed-only: false)`);
    }
    else if (changed === null) {
        lines.push(`Reporting ${all}: no changed files to select by`);
    }
    else if (reported.length === found.length) {
        const touched = found.every(dir => touches(dir, changed));
        const why = touched
            ? 'changed-only: each has changed files'
            : 'changed-only found none with changed files, and then reports all';
        lines.push(`Reporting ${all} (${why})`);
    }
    else {
        lines.push(`Reporting ${reported.length} of ${count(found.length, 'track')}, those with changed files (changed-only):`, ...reported.map(dir => `  ${dir}`));
    }
    return lines;
}
function touches(dir, changed) {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    return changed.files.some(f => f.path.startsWith(prefix));
}
/** Per track: the verdict and why, its tasks and index, and the diff check's findings. */
function verdictLines(result) {
    const lines = result.tracks.flatMap(trackVerdict);
    lines.push(`Overall verdict: ${result.conclusion}`);
    return lines;
}
function trackVerdict(t) {
    const done = t.tasks.filter(task => task.status === 'complete').length;
    const index = t.iosmIndex === null ? 'undefined' : t.iosmIndex.toFixed(3);
    const lines = [
        `${t.track.id}: ${t.verdict.conclusion} (${done}/${t.tasks.length} tasks complete, IOSM-Index ${index}${t.rating ? `, ${t.rating}` : ''})`
    ];
    if (t.verdict.reasons.length === 0)
        lines.push('  no fail-on condition met');
    for (const reason of t.verdict.reasons)
        lines.push(`  - ${reason}`);
    const d = t.diffCheck;
    if (d) {
        lines.push(`  diff check: ${count(d.files.length, 'changed file')}, ${d.unreported.length} claimed by no report, ${d.phantom.length} claimed but unchanged, ${d.mismatch.length} with another change than claimed`);
    }
    return lines;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// A JSON result (schemaVersion 1) handed back to be published: the report a
// fork's read-only job computed. It crossed a trust boundary (the fork's job
// made it), so its shape is checked before anything renders it; what it says
// is escaped by the renderers like any report text.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = v => typeof v === 'string';
const isArray = v => Array.isArray(v);
const arrayOf = (item) => v => Array.isArray(v) && v.every(item);
const nullable = (check) => v => v === null || check(v);
const isNumber = v => typeof v === 'number' && Number.isFinite(v);
const oneOf = (...values) => v => typeof v === 'string' && values.includes(v);
/** The fields every renderer reads, with their types; extra fields are allowed. */
const TRACK_FIELDS = {
    status: oneOf('complete', 'in-progress', 'blocked'),
    tasks: arrayOf(t => isObject(t) && isString(t['id']) && isString(t['title']) && isString(t['status'])),
    mergeOrder: m => isObject(m) && arrayOf(arrayOf(isString))(m['waves']) && isArray(m['held']),
    criticalPath: arrayOf(isString),
    cycles: arrayOf(arrayOf(isString)),
    cycleGroups: arrayOf(arrayOf(isString)),
    conflicts: arrayOf(isObject),
    unplannedTouches: arrayOf(isObject),
    blockers: arrayOf(isObject),
    gates: g => isObject(g) && GATE_KEYS.every(k => isObject(g[k]) && isString(g[k]['status'])),
    iosmIndex: nullable(isNumber),
    statedIndex: nullable(isNumber),
    rating: nullable(isString),
    indexThreshold: nullable(isNumber),
    naPolicy: isString,
    diffCheck: nullable(isObject),
    spawnCandidates: arrayOf(isObject),
    followUps: arrayOf(isObject),
    lessons: arrayOf(isObject),
    verdict: v => isObject(v) && oneOf('success', 'failure')(v['conclusion']) && arrayOf(isString)(v['reasons']),
    diagnostics: arrayOf(isObject)
};
function parseRunResult(text, source) {
    const fail = (why) => ({
        ok: false,
        error: `${source}: ${why}; pass the report-json file the action wrote (schemaVersion ${SCHEMA_VERSION})`
    });
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        return fail(`not JSON (${errorText(err)})`);
    }
    if (!isObject(value))
        return fail('not a JSON object');
    if (value['schemaVersion'] !== SCHEMA_VERSION) {
        return fail(`schemaVersion is ${JSON.stringify(value['schemaVersion'])}, not ${SCHEMA_VERSION}`);
    }
    if (!oneOf('success', 'failure')(value['conclusion'])) {
        return fail('conclusion is neither "success" nor "failure"');
    }
    const tracks = value['tracks'];
    if (!Array.isArray(tracks))
        return fail('tracks is not a list');
    for (const [i, track] of tracks.entries()) {
        if (!isObject(track))
            return fail(`tracks[${i}] is not an object`);
        const info = track['track'];
        if (!isObject(info) || !isString(info['id']) || !isString(info['dir'])) {
            return fail(`tracks[${i}].track has no id and dir`);
        }
        for (const [field, check] of Object.entries(TRACK_FIELDS)) {
            if (!check(track[field]))
                return fail(`tracks[${i}].${field} is missing or malformed`);
        }
    }
    // The checks above cover every field the renderers read.
    return { ok: true, value: value };
}

// Reads the JSON result named by the publish-result input: a file the workflow
// downloaded (a fork job's artifact), read within a size limit. Its text is
// checked by parse/run-result.ts; main.ts joins the two.
/** Far above any real result; a larger file is refused rather than parsed. */
const MAX_RESULT_BYTES = 50 * 1024 * 1024;
/** The label that names the file in every message about it. */
function resultFileLabel(file) {
    return `publish-result: ${file}`;
}
async function readResultFile(workspace, file) {
    const full = path$1.resolve(workspace, file);
    const label = resultFileLabel(file);
    try {
        const info = await stat$1(full);
        if (!info.isFile())
            return { ok: false, error: `${label} is not a file` };
        if (info.size > MAX_RESULT_BYTES) {
            return {
                ok: false,
                error: `${label} is ${info.size} bytes, over the ${MAX_RESULT_BYTES} allowed`
            };
        }
        return { ok: true, value: await readFile(full, 'utf8') };
    }
    catch (err) {
        const code = err.code;
        return {
            ok: false,
            error: code === 'ENOENT'
                ? `${label} does not exist: download the result artifact into the workspace first`
                : `${label} could not be read: ${errorText(err)}`
        };
    }
}

// The action: read the inputs, find what to report on, run the pipeline, and
// publish the report as the sticky comment, the check run and the job summary.
// Each step lives in its own module; this file only wires them together.
async function run() {
    try {
        await act();
    }
    catch (err) {
        setFailed(`swarm-integration-report: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
}
async function act() {
    const inputs = readInputs(name => getInput(name));
    if (!inputs.ok)
        return setFailed(inputs.error);
    group('Inputs', inputLines(inputs.value));
    const event = readEvent(process.env, path => readFileSync(path, 'utf8'));
    if (!event.ok)
        return setFailed(event.error);
    if (event.value.note)
        info(event.value.note);
    const env = readRunEnvironment(process.env, event.value.eventName, event.value.payload);
    if (!env.ok)
        return setFailed(env.error);
    const runEnv = env.value;
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const client = createClient(inputs.value.token, {
        unthrottled: process.env[UNTHROTTLED_ENV] === '1',
        log: message => info(message),
        debug: message => debug(message)
    });
    startGroup('Pull request');
    const target = await resolveTarget(client, runEnv, inputs.value.prNumber);
    if (target.ok)
        for (const line of targetLines(target.value))
            info(line);
    endGroup();
    if (!target.ok)
        return setFailed(target.error);
    if (target.value.notice)
        notice$1(target.value.notice);
    if (inputs.value.publishResult !== null) {
        const text = await readResultFile(workspace, inputs.value.publishResult);
        if (!text.ok)
            return setFailed(text.error);
        const given = parseRunResult(text.value, resultFileLabel(inputs.value.publishResult));
        if (!given.ok)
            return setFailed(given.error);
        group('Verdict', [`From ${inputs.value.publishResult}:`, ...verdictLines(given.value)]);
        return publishRun(client, runEnv, target.value, inputs.value, given.value);
    }
    const found = discoverTracks(workspace, inputs.value.tracks);
    if (!found.ok)
        return setFailed(found.error);
    group('Tracks', trackLines(found.value));
    // Decision: a repository (or branch) without tracks is not a failure of the
    // pull request. A notice says so, no comment is written, and the check run
    // is neutral, so that a required check does not wait forever.
    if (found.value.length === 0)
        return reportNoTracks(client, runEnv, target.value, inputs.value);
    startGroup('Changed files');
    const changed = await changedFiles(client, runEnv, target.value, inputs.value);
    let dirs = found.value;
    if (inputs.value.changedOnly && changed)
        dirs = selectChangedTracks(dirs, changed);
    for (const line of changedLines(inputs.value, target.value, changed, found.value, dirs)) {
        info(line);
    }
    endGroup();
    const result = await runPipeline({
        workspace,
        patterns: inputs.value.tracks,
        dirs,
        options: inputs.value.analyze,
        changed: inputs.value.diffCheck ? changed : null
    });
    if (!result.ok)
        return setFailed(result.error);
    group('Verdict', verdictLines(result.value));
    await publishRun(client, runEnv, target.value, inputs.value, result.value);
}
/** A group of the step log, folded by default in the run's page. */
function group(title, lines) {
    startGroup(title);
    for (const line of lines)
        info(line);
    endGroup();
}
async function changedFiles(client, run, target, inputs) {
    const pr = target.pullRequest;
    if (!pr || !(inputs.diffCheck || inputs.changedOnly))
        return null;
    const files = await listPullFiles(client, {
        owner: run.owner,
        repo: run.repo,
        pullNumber: pr.number,
        changedFiles: pr.changedFiles
    });
    if (!files.ok) {
        warning(`${files.error}. The diff check and changed-only are skipped for this run.`);
        return null;
    }
    if (files.value.truncated) {
        warning(`Pull request #${pr.number} changes more files than GitHub lists (${thousands(GITHUB_FILES_CAP)}): the diff check covers the first ${files.value.files.length} only.`);
    }
    return files.value;
}
async function publishRun(client, run, target, inputs, result) {
    const url = runUrl(run);
    const hint = url
        ? `the job summary of workflow run ${run.runId} (${url})`
        : 'the job summary of this workflow run';
    startGroup('Publish');
    const withSince = (since) => since === null ? result : { ...result, since };
    const published = await publish(client, run, target, inputs, {
        conclusion: result.conclusion,
        since: body => sinceLastReport(readState(body), summarizeRun(result)),
        comment: prior => renderComment(withSince(prior?.since ?? null), {
            state: {
                check: inputs.checkName,
                headSha: target.headSha,
                runId: run.runId,
                runAttempt: run.runAttempt
            },
            fullReportHint: hint,
            ...(prior ? { keep: prior.kept } : {})
        }),
        check: since => renderCheck(withSince(since), { fullReportHint: hint })
    });
    // Written after the comment was read, so that the job summary and the JSON
    // file carry the same "since the last report" block as the comment.
    const final = withSince(published.since);
    const full = renderMarkdown(final, {
        budgetBytes: BUDGETS.jobSummary,
        fullReportHint: 'the report-markdown file of this step'
    });
    const files = await writeReportFiles(inputs.checkName, final, full);
    if (inputs.jobSummary)
        await writeJobSummary(full);
    if (files)
        info(`JSON result: ${files.json}; full report: ${files.markdown}`);
    endGroup();
    const first = result.tracks[0];
    const tasks = result.tracks.flatMap(t => t.tasks);
    setOutputs({
        conclusion: result.conclusion,
        'iosm-index': first?.iosmIndex == null ? '' : first.iosmIndex.toFixed(3),
        rating: first?.rating ?? '',
        'tasks-complete': String(tasks.filter(t => t.status === 'complete').length),
        'tasks-total': String(tasks.length),
        'report-json': files?.json ?? '',
        'report-markdown': files?.markdown ?? '',
        ...publishedOutputs(published)
    });
    if (published.errors.length > 0) {
        setFailed(published.errors.join('\n'));
    }
    else if (result.conclusion === 'failure' && inputs.failJob) {
        setFailed(verdictMessage(result));
    }
}
// Long: the comment is written before the check run, and what the first write
// learns (the previous report, a token that cannot write) decides the second.
/** The comment and the check run, unless the token is known not to be able to write them. */
async function publish(client, run, target, inputs, render) {
    const out = {
        commentId: null,
        commentUrl: null,
        checkRunId: null,
        checkRunUrl: null,
        errors: [],
        since: null
    };
    const noComment = whyNoComment(inputs, target, render);
    const wantComment = noComment === null;
    const wantCheck = inputs.checkRun;
    if (noComment !== null)
        info(`No comment: ${noComment}`);
    if (!wantCheck)
        info('No check run: check-run is false');
    if (!wantComment && !wantCheck)
        return out;
    const scopes = neededScopes({ comment: wantComment, checkRun: wantCheck });
    const readOnly = readOnlyReason(run, target);
    if (readOnly !== null) {
        warning(readOnlyWarning(readOnly, scopes));
        return out;
    }
    if (wantComment && render.comment && target.pullRequest) {
        const where = {
            owner: run.owner,
            repo: run.repo,
            issueNumber: target.pullRequest.number,
            check: inputs.checkName,
            author: inputs.commentAuthor
        };
        // The listing the write begins with, done first: the kept comment holds
        // the previous report's state, and the write is handed the list.
        const listed = await listStickyComments(client, where);
        const kept = listed.ok ? listed.value[0] : undefined;
        const prior = kept !== undefined && render.since ? render.since(kept.body) : null;
        out.since = prior?.since ?? null;
        const rendered = render.comment(prior);
        debug(`Comment marker state: ${JSON.stringify(rendered.state)}`);
        const written = await upsertStickyComment(client, {
            ...where,
            body: rendered.body,
            state: rendered.state,
            ...(listed.ok ? { listed: listed.value } : {})
        });
        if (written.ok) {
            out.commentId = written.value.id;
            out.commentUrl = written.value.url;
            info(`Comment ${commentActionText(written.value.action)}: ${written.value.url}`);
            if (written.value.deleted.length > 0) {
                info(`Removed duplicate comments of a concurrent run: ${written.value.deleted.join(', ')}`);
            }
        }
        else if (written.denied) {
            // The first refusal settles it: the other write would be refused too.
            warning(deniedWarning(written.error, scopes));
            return out;
        }
        else {
            out.errors.push(written.error);
        }
    }
    if (wantCheck) {
        const written = await publishCheckRun(client, {
            owner: run.owner,
            repo: run.repo,
            name: inputs.checkName,
            headSha: target.headSha,
            conclusion: render.conclusion,
            output: render.check(out.since),
            detailsUrl: runUrl(run),
            run: { runId: run.runId, runAttempt: run.runAttempt }
        });
        if (written.ok) {
            out.checkRunId = written.value.id;
            out.checkRunUrl = written.value.url;
            info(`Check run ${commentActionText(written.value.action)}: ${written.value.url}`);
        }
        else if (written.denied) {
            // With the comment written, only the check run's permission is missing.
            warning(deniedWarning(written.error, wantComment ? ['checks: write'] : scopes));
        }
        else {
            out.errors.push(written.error);
        }
    }
    return out;
}
/** Why this run writes no comment, or null when it should write one. */
function whyNoComment(inputs, target, render) {
    if (!inputs.comment)
        return 'comment is false';
    if (render.comment === null)
        return 'there is no report to comment with';
    if (!target.commentAllowed)
        return 'a merge group has no conversation to comment on';
    if (target.pullRequest === null)
        return 'no pull request was found (see "Pull request" above)';
    return null;
}
function commentActionText(action) {
    switch (action) {
        case 'unchanged':
            return 'unchanged (it already shows this report, so it was not written)';
        case 'kept-newer':
            return 'left alone (a newer workflow run wrote it)';
        default:
            return action;
    }
}
async function reportNoTracks(client, run, target, inputs) {
    const text = `No swarm-iosm track matched ${inputs.tracks.map(t => `\`${t}\``).join(', ')} (a track is a folder with plan.md or reports/T##.md), so there is nothing to report.`;
    notice$1(text);
    startGroup('Publish');
    if (inputs.jobSummary)
        await writeJobSummary(`# Integration report\n\n${text}\n`);
    const published = await publish(client, run, target, inputs, {
        conclusion: 'neutral',
        comment: null,
        check: () => ({ title: 'No swarm-iosm tracks', summary: text, text: '', annotations: [] })
    });
    endGroup();
    setOutputs({
        conclusion: 'neutral',
        'iosm-index': '',
        rating: '',
        'tasks-complete': '0',
        'tasks-total': '0',
        'report-json': '',
        'report-markdown': '',
        ...publishedOutputs(published)
    });
    if (published.errors.length > 0)
        setFailed(published.errors.join('\n'));
}
function publishedOutputs(p) {
    return {
        'comment-id': p.commentId === null ? '' : String(p.commentId),
        'comment-url': p.commentUrl ?? '',
        'check-run-id': p.checkRunId === null ? '' : String(p.checkRunId),
        'check-run-url': p.checkRunUrl ?? ''
    };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, value);
}
function verdictMessage(result) {
    const reasons = result.tracks.flatMap(t => t.verdict.reasons.map(r => (result.tracks.length > 1 ? `${t.track.id}: ${r}` : r)));
    const shown = reasons.slice(0, 5);
    const more = reasons.length > shown.length ? ` (and ${reasons.length - shown.length} more)` : '';
    return `Integration verdict: failure. ${shown.join(' ')}${more}`;
}
async function writeJobSummary(markdown) {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        info('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    try {
        await summary.addRaw(markdown, true).write();
        info('Job summary written');
    }
    catch (err) {
        warning(`could not write the job summary: ${errorText(err)}`);
    }
}
/** The JSON result and the full markdown, for later steps (report-json, report-markdown). */
async function writeReportFiles(checkName, result, markdown) {
    const slug = checkName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'report';
    const dir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'swarm-integration-report', slug);
    const paths = { json: join(dir, 'report.json'), markdown: join(dir, 'report.md') };
    try {
        await mkdir$1(dir, { recursive: true });
        await writeFile$1(paths.json, `${JSON.stringify(result, null, 2)}\n`);
        await writeFile$1(paths.markdown, markdown);
        return paths;
    }
    catch (err) {
        warning(`could not write the report files under ${dir}: ${errorText(err)}`);
        return null;
    }
}

await run();
//# sourceMappingURL=action.js.map
