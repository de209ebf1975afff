// Windows single-byte code pages, upper half (bytes 0x80-0xFF), as the WHATWG
// Encoding Standard defines them (bytes the vendor table leaves undefined map
// to the C1 control of the same value). Used to undo text that was written as
// UTF-8, read back in one of these code pages, and saved again as UTF-8.

export interface CodePage {
  name: string
  /** Code point of each byte 0x80 + i. */
  high: readonly number[]
}

const CP1251_HIGH: readonly number[] = [
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
]

const CP1252_HIGH: readonly number[] = [
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
]

export const CP1251: CodePage = { name: 'Windows-1251', high: CP1251_HIGH }
export const CP1252: CodePage = { name: 'Windows-1252', high: CP1252_HIGH }
/** Some decoders (Node's `latin1`, for one) give C1 controls where Windows-1252 has `€`, `—`. */
export const LATIN1: CodePage = {
  name: 'ISO-8859-1',
  high: Array.from({ length: 128 }, (_, i) => 0x80 + i)
}

const reverseCache = new Map<CodePage, Map<number, number>>()

/** Code point -> byte for the upper half of a code page. */
export function reverseTable(page: CodePage): Map<number, number> {
  let table = reverseCache.get(page)
  if (!table) {
    table = new Map(page.high.map((cp, i) => [cp, 0x80 + i]))
    reverseCache.set(page, table)
  }
  return table
}

/** The byte a code point takes in the code page, or null when it has none. */
export function byteOf(page: CodePage, codePoint: number): number | null {
  if (codePoint < 0x80) return codePoint
  return reverseTable(page).get(codePoint) ?? null
}
