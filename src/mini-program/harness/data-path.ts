/**
 * setData's data paths (`'list[0].name'`, `'a.b.c'`) and how they write into `this.data`, as WeChat's
 * component framework does it (rule SETDATA-PATHS): missing objects and arrays on the way are created, a
 * field of something that is not an object replaces it with one, an index into something that is not an
 * array replaces it with one, and an index that is not a number is an error.
 */

/** A path's steps: a field name, or an array index. */
export type PathStep = string | number

/** The steps of a data path; throws the framework's error for an index that is not a number. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = []
  let field = ''
  let i = 0
  const endField = (): void => {
    if (field !== '') steps.push(field)
    field = ''
  }
  while (i < path.length) {
    const char = path[i]!
    if (char === '.') {
      endField()
      i++
    } else if (char === '[') {
      endField()
      let digits = ''
      i++
      while (i < path.length && path[i] !== ']') {
        if (path[i]! < '0' || path[i]! > '9') throw new Error(`data path descriptor "${path}" is illegal at char ${i} (illegal index)`)
        digits += path[i]
        i++
      }
      if (digits === '' || i === path.length) throw new Error(`data path descriptor "${path}" is illegal at char ${i} (illegal index)`)
      // A leading index names a field of `data` itself ('[0]' sets data['0']).
      steps.push(steps.length === 0 ? digits : Number(digits))
      i++
    } else {
      field += char
      i++
    }
  }
  endField()
  return steps
}

const isObject = (value: unknown): value is Record<string | number, unknown> => typeof value === 'object' && value !== null

/** Writes `value` at `steps` inside `data`, creating or replacing what is on the way. */
export function writePath(data: Record<string, unknown>, steps: readonly PathStep[], value: unknown): void {
  let target: Record<string | number, unknown> = data
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i]!
    const nextIsIndex = typeof steps[i + 1] === 'number'
    let next = target[step]
    if (nextIsIndex ? !Array.isArray(next) : !isObject(next) || Array.isArray(next)) {
      next = nextIsIndex ? [] : {}
      target[step] = next
    }
    target = next as Record<string | number, unknown>
  }
  target[steps[steps.length - 1]!] = value
}

/** The value at `steps` inside `data`, or undefined when the path does not exist. */
export function readPath(data: unknown, steps: readonly PathStep[]): unknown {
  let value = data
  for (const step of steps) {
    if (!isObject(value)) return undefined
    value = value[step]
  }
  return value
}

/**
 * A copy of plain data, as WeChat copies a page's definition for each page it opens: objects and arrays are
 * copied, everything else (functions, class instances, dates) is shared.
 */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T
  if (isObject(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) out[key] = copyData(value[key])
    return out as T
  }
  return value
}
