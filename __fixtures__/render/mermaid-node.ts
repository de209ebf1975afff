// Mermaid's parser in node. The only thing it lacks without a browser is
// DOMPurify, which parsing does not use, so it is replaced by a pass-through.
// Call from a test module before anything imports mermaid.
import { jest } from '@jest/globals'

export async function loadMermaid(): Promise<{ parse: (text: string) => Promise<unknown> }> {
  jest.unstable_mockModule('dompurify', () => ({
    default: {
      addHook: () => undefined,
      removeHook: () => undefined,
      removeHooks: () => undefined,
      removeAllHooks: () => undefined,
      sanitize: (text: string) => text,
      isSupported: true
    }
  }))
  const { default: mermaid } = await import('mermaid')
  return mermaid
}
