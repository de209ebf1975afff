// What a caught value says, for a message a person reads: anything may be
// thrown, and only an Error carries a message.
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
