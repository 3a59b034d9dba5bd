/**
 * Where each field of an upgraded document came from, so that errors name the field as the document spelled it
 * (`versioncreated`, `renditions.main.width`) rather than as the 3.x intermediate does.
 */
export class FieldOrigins {
  private readonly origins = new Map<string, string>()

  /** @param prefix put before every original path, e.g. `data.item.` for an item inside an API envelope */
  constructor(private readonly prefix = '') {}

  /** Records that `upgraded` came from `original`, itself a path in the shape before this upgrade step. */
  record(upgraded: string, original: string): void {
    this.origins.set(upgraded, this.translate(original))
  }

  /** The document's own path for a path in the upgraded shape, by the longest recorded prefix. */
  original(path: string): string {
    return this.prefix + this.translate(path)
  }

  private translate(path: string): string {
    for (let head = path; head;) {
      const origin = this.origins.get(head)
      if (origin !== undefined) return origin + path.slice(head.length)
      const cut = Math.max(head.lastIndexOf('.'), head.lastIndexOf('['))
      if (cut <= 0) break
      head = head.slice(0, cut)
    }
    return path
  }
}

/** `['headlines', 0, 'value']` as `headlines[0].value`. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${String(s)}`)).join('')
}
