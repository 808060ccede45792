/**
 * `data:` URLs without FileReader: the worker knows an image's data-URL length from its byte
 * count alone (so it can decide before encoding anything), and builds the URL from bytes in
 * chunks so no giant intermediate string or argument list is made.
 */

function dataUrlPrefix(type: string): string {
  return `data:${type};base64,`
}

/** Exact length of the base64 data URL of `byteLength` bytes of `type`. */
export function dataUrlChars(type: string, byteLength: number): number {
  return dataUrlPrefix(type).length + 4 * Math.ceil(byteLength / 3)
}

// A multiple of 3, so each chunk's base64 ends without padding and the chunks can be joined.
const CHUNK = 3 * 8 * 1024

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK))))
  }
  return parts.join('')
}

export function toDataUrl(type: string, bytes: Uint8Array): string {
  return dataUrlPrefix(type) + bytesToBase64(bytes)
}
