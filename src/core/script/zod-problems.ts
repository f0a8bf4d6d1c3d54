/** Turns zod's issues into curator-readable problems (expected vs found). */
import type { z } from 'zod';
import { describeValue, formatPath, type SceneProblem } from './scene-error.ts';

type Issue = z.core.$ZodIssue;

export function problemsFromZod(issues: readonly Issue[]): SceneProblem[] {
  return issues.flatMap((issue): SceneProblem[] => {
    const path = formatPath(issue.path);
    const found = describeValue(issue.input);
    switch (issue.code) {
      case 'invalid_type':
        return [{ path, message: `expected ${article(issue.expected)}, found ${found}` }];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: 'unknown key (not part of the scene format; check its spelling)',
        }));
      case 'invalid_value':
        return [
          {
            path,
            message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${found}`,
          },
        ];
      case 'too_small':
        return [{ path, message: tooSmall(issue, found) }];
      case 'too_big':
        return [{ path, message: `expected at most ${String(issue.maximum)}, found ${found}` }];
      case 'invalid_format':
        return [{ path, message: `${issue.message}, found ${found}` }];
      case 'invalid_union':
        return unionProblems(issue, path, found);
      default:
        return [{ path, message: `expected ${issue.message.toLowerCase()}, found ${found}` }];
    }
  });
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, found: string): string {
  if (issue.origin === 'array')
    return `expected at least ${String(issue.minimum)} item(s), found ${found === 'a list' ? 'fewer' : found}`;
  if (issue.origin === 'string') return `expected a non-empty text, found ${found}`;
  const bound = issue.inclusive === false ? 'more than' : 'at least';
  return `expected ${bound} ${String(issue.minimum)}, found ${found}`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * A value that fits none of a union's forms: the branch it came closest to (fewest problems)
 * says what is wrong; a discriminated union whose tag matches no form names the tag.
 */
function unionProblems(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: string,
  found: string,
): SceneProblem[] {
  const branches = issue.errors.filter((errors) => errors.length > 0);
  if (branches.length > 0) {
    const closest = branches.reduce((a, b) => (b.length < a.length ? b : a));
    return problemsFromZod(
      closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue),
    );
  }
  const tag = (issue as { discriminator?: string }).discriminator;
  if (tag) {
    const input = issue.input as Record<string, unknown> | null | undefined;
    const value = input !== null && typeof input === 'object' ? input[tag] : undefined;
    return [
      {
        path: path ? `${path}.${tag}` : tag,
        message: `expected a known "${tag}" (see scenes/schema.json), found ${describeValue(value)}`,
      },
    ];
  }
  return [{ path, message: `expected one of the allowed forms, found ${found}` }];
}
