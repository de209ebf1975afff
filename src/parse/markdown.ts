// Loads the markdown parser on first need. Most summaries are plain prose,
// read without it, so a run that never needs it never compiles it.

import type { paragraphText } from './markdown-parser.js'

export type ParagraphText = typeof paragraphText

let loaded: ParagraphText | null = null

export async function loadMarkdownParser(): Promise<ParagraphText> {
  loaded ??= (await import('./markdown-parser.js')).paragraphText
  return loaded
}

/** The parser when it has been loaded, else null: the caller defers the paragraph. */
export function markdownParser(): ParagraphText | null {
  return loaded
}

/** A Summary paragraph that waits for the parser: `settle` reads it into its report. */
export interface PendingSummary {
  settle: (parse: ParagraphText) => void
}
