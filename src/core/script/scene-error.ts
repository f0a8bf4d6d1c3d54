/** Errors a curator can act on: which file, where inside it, what was expected and found. */
export interface SceneProblem {
  /** JSON path inside the file, like `captions[3].quote`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

export class SceneError extends Error {
  readonly file: string;
  readonly problems: readonly SceneProblem[];

  constructor(file: string, problems: readonly SceneProblem[]) {
    super(problems.map((p) => formatProblem(file, p)).join('\n'));
    this.name = 'SceneError';
    this.file = file;
    this.problems = problems;
  }
}

export function formatProblem(file: string, problem: SceneProblem): string {
  return problem.path
    ? `${file}: ${problem.path}: ${problem.message}`
    : `${file}: ${problem.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** Short description of a found value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return `${typeof value} ${String(value)}`;
}
