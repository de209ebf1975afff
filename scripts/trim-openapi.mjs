#!/usr/bin/env node
// Cuts GitHub's REST description (the `@octokit/openapi` package, ~385 MB) down
// to the operations the action calls and the components they reference, so the
// end-to-end emulator can validate every request and response without the
// package installed. Regenerate after adding a call:
//
//   npm install --prefix /tmp/oa @octokit/openapi
//   node scripts/trim-openapi.mjs /tmp/oa/node_modules/@octokit/openapi
//
// Optional second argument: the output path
// (default __fixtures__/openapi/github-trimmed.json).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Every REST operation the action makes, as `METHOD path`. */
export const OPERATIONS = [
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'
]

// Prose and examples make up most of the description and validate nothing.
const DROPPED_KEYS = new Set(['description', 'examples', 'example', 'externalDocs', 'x-github'])

// `kind` says what the keys of `node` are: field names (`properties`), status
// codes (`responses`), or ordinary keywords.
function strip(node, kind = 'keywords') {
  if (Array.isArray(node)) return node.map(n => strip(n))
  if (node === null || typeof node !== 'object') return node
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (kind === 'properties' || kind === 'responses') {
      // A field may be called `description`; a Response Object must keep its description.
      out[key] = kind === 'responses' ? stripResponse(value) : strip(value)
      continue
    }
    if (DROPPED_KEYS.has(key)) continue
    out[key] = strip(value, key === 'properties' || key === 'responses' ? key : 'keywords')
  }
  // GitHub sends null for nullable enums (a check run's `conclusion`); OpenAPI
  // 3.0.3 says such an enum must then list null, which GitHub's description omits.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...out.enum, null]
  }
  return out
}

function stripResponse(response) {
  const out = strip(response)
  if (response && typeof response === 'object' && !('$ref' in response)) {
    out.description = response.description ?? ''
  }
  return out
}

function collectRefs(node, found) {
  if (Array.isArray(node)) {
    for (const n of node) collectRefs(n, found)
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.add(value)
      else collectRefs(value, found)
    }
  }
}

function lookup(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`)
  let node = spec
  for (const part of ref.slice(2).split('/')) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  if (node === undefined) throw new Error(`dangling $ref: ${ref}`)
  return node
}

export function trim(spec, operations = OPERATIONS) {
  const paths = {}
  for (const op of operations) {
    const [method, path] = op.split(' ')
    const operation = spec.paths?.[path]?.[method.toLowerCase()]
    if (!operation) throw new Error(`operation not in the description: ${op}`)
    paths[path] ??= {}
    if (spec.paths[path].parameters) paths[path].parameters = spec.paths[path].parameters
    paths[path][method.toLowerCase()] = operation
  }
  const out = {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    servers: spec.servers,
    paths: strip(paths),
    components: {}
  }
  // Follow $refs until no new component is reached.
  const seen = new Set()
  let pending = new Set()
  collectRefs(out.paths, pending)
  while (pending.size > 0) {
    const next = new Set()
    for (const ref of pending) {
      if (seen.has(ref)) continue
      seen.add(ref)
      const [, , kind, name] = ref.split('/')
      const component =
        kind === 'responses' ? stripResponse(lookup(spec, ref)) : strip(lookup(spec, ref))
      out.components[kind] ??= {}
      out.components[kind][name] = component
      collectRefs(component, next)
    }
    pending = next
  }
  for (const kind of Object.keys(out.components)) {
    out.components[kind] = Object.fromEntries(
      Object.entries(out.components[kind]).sort(([a], [b]) => a.localeCompare(b))
    )
  }
  return out
}

function main() {
  const pkg = process.argv[2]
  if (!pkg) {
    process.stderr.write(
      'usage: node scripts/trim-openapi.mjs <path of @octokit/openapi> [output]\n'
    )
    process.exit(2)
  }
  const here = dirname(fileURLToPath(import.meta.url))
  const output = resolve(
    process.argv[3] ?? join(here, '..', '__fixtures__', 'openapi', 'github-trimmed.json')
  )
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version
  const spec = JSON.parse(readFileSync(join(pkg, 'generated', 'api.github.com.json'), 'utf8'))
  const trimmed = trim(spec)
  trimmed.info['x-trimmed-from'] = `@octokit/openapi@${version} generated/api.github.com.json`
  writeFileSync(output, `${JSON.stringify(trimmed, null, 1)}\n`)
  const size = Buffer.byteLength(JSON.stringify(trimmed))
  process.stdout.write(
    `${output}: ${Object.keys(trimmed.paths).length} paths, ${seen(trimmed)} components, ${size} bytes\n`
  )
}

function seen(trimmed) {
  return Object.values(trimmed.components).reduce((n, group) => n + Object.keys(group).length, 0)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
