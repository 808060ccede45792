/**
 * How much of a relay's own words is kept or shown. A relay may send a megabyte of text in a
 * field meant for a sentence; kept as it is, five such answers fill localStorage.
 */
const RELAY_TEXT_MAX = 2000

/**
 * At most `max` characters; a longer text ends in "… (+N)", N being the characters left out.
 * A text already cut is left as it is (stored text is read through here again at each start).
 */
export function capText(text: string, max = RELAY_TEXT_MAX): string {
  if (text.length <= max) return text
  const cut = /… \(\+\d{1,15}\)$/.exec(text)
  if (cut && cut.index === max) return text
  return `${text.slice(0, max)}… (+${text.length - max})`
}

/** The secret taken out of a text, wherever it stands in it. */
export const scrubSecret = (text: string, secret: string) =>
  secret && text.includes(secret) ? text.split(secret).join('•••') : text

/**
 * Every string in a parsed answer with the key taken out: a relay may echo it with JSON escapes
 * (`\u0073k-…`) that a scrub of the raw text cannot see. Iterative, so no nesting depth can
 * overflow the stack; returns the same value with its strings replaced.
 */
export function scrubDeep(value: unknown, secret: string): unknown {
  if (!secret) return value
  const scrub = (s: string) => scrubSecret(s, secret)
  if (typeof value === 'string') return scrub(value)
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : Object.entries(node)
    for (const [k, v] of entries) {
      // defineProperty, not assignment: a "__proto__" key parsed from JSON is an own property.
      if (typeof v === 'string')
        Object.defineProperty(node, k, {
          value: scrub(v),
          writable: true,
          enumerable: true,
          configurable: true,
        })
      else if (typeof v === 'object' && v !== null) stack.push(v)
    }
  }
  return value
}
