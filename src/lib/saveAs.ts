/** Has the browser save `href` (a blob: URL, or a same-origin link) as a file named `name`. */
export function saveAs(href: string, name: string) {
  const a = document.createElement('a')
  a.href = href
  a.download = name
  a.click()
}
