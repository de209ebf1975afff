// Gate scores and the IOSM-Index are shown and compared at 3 decimals.

/** Round to 3 decimals, halves away from zero. */
export function round3(x: number): number {
  // toPrecision first absorbs binary noise such as 0.9625 * 1000 = 962.4999…
  const scaled = Number((Math.abs(x) * 1000).toPrecision(12))
  return (Math.sign(x) * Math.round(scaled)) / 1000 || 0
}

/** `x` held to [0, 1], where a stated score past its maximum (`120%`) is read as full marks. */
export function clampToUnit(x: number): number {
  return Math.min(1, Math.max(0, x))
}
