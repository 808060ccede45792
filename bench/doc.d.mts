/** Writes one section of docs/benchmarks.md between its markers (see doc.mjs). */
export function writeSection(id: string, body: string): Promise<void>
