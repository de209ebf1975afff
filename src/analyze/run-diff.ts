// One pull request can carry several tracks. Each track's diff check sees the
// changes that are its own or nobody's: a file another track claims, or one
// inside another track's folder, is that track's business, not an unreported
// change of this one.
import type { ChangedFile, ChangedFiles, ParsedTrack } from '../model.js'
import { FolderIds } from '../paths.js'

interface Claims {
  folder: string
  paths: Set<string>
  /** The claimed folders, by number (one FolderIds for every track). */
  folders: Set<number>
}

function claimsOf(track: ParsedTrack, ids: FolderIds): Claims {
  const paths = new Set<string>()
  const folders = new Set<number>()
  for (const r of track.reports) {
    const f = r.files
    for (const list of [f.created, f.modified, f.deleted, f.touched]) {
      for (const c of list) {
        paths.add(c.path)
        const folder = ids.folder(c.path, true)
        if (folder !== undefined) folders.add(folder)
      }
    }
  }
  return { folder: `${track.dir.replace(/\/+$/, '')}/`, paths, folders }
}

function holds(c: Claims, ids: FolderIds, file: ChangedFile): boolean {
  const sides = file.previousPath ? [file.path, file.previousPath] : [file.path]
  return sides.some(
    p => p.startsWith(c.folder) || c.paths.has(p) || ids.known(p).some(f => c.folders.has(f))
  )
}

/** The changed files each track's diff check should see, in track order. */
export function splitChangesByTrack(
  tracks: readonly ParsedTrack[],
  changed: ChangedFiles
): ChangedFiles[] {
  if (tracks.length < 2) return tracks.map(() => changed)
  const ids = new FolderIds()
  const claims = tracks.map(t => claimsOf(t, ids))
  return claims.map((own, i) => ({
    ...changed,
    files: changed.files.filter(
      f => holds(own, ids, f) || !claims.some((other, j) => j !== i && holds(other, ids, f))
    )
  }))
}
