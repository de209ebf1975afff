// Path rules shared by every layer: repository-relative, forward slashes, no
// leading `./`, folders keep their trailing `/` so that a folder and a file of
// the same name stay distinguishable. Case is kept: git is case-sensitive.

export function isFolder(path: string): boolean {
  return path.endsWith('/')
}

/** True when `outer` equals `inner`, or `outer` is a folder that holds `inner`. */
function covers(outer: string, inner: string): boolean {
  if (outer === inner) return true
  if (!isFolder(outer)) return false
  return inner.startsWith(outer)
}

/** True when either path covers the other. */
export function overlaps(a: string, b: string): boolean {
  return covers(a, b) || covers(b, a)
}

/** Every folder prefix of a path, shortest first: `a/b/c.ts` -> [`a/`, `a/b/`]. */
export function folderPrefixes(path: string): string[] {
  const out: string[] = []
  let i = path.indexOf('/')
  while (i !== -1 && i < path.length - 1) {
    out.push(path.slice(0, i + 1))
    i = path.indexOf('/', i + 1)
  }
  return out
}
