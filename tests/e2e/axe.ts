import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle: a plain script that neither evals nor fetches anything. */
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

export interface AxeOptions {
  /**
   * The kiosk locks pinch-zoom on purpose (a wall-mounted touch screen must not be left zoomed
   * in for the next visitor; its text is set larger instead), so axe's `meta-viewport` rule is
   * off there and only there.
   */
  kiosk?: boolean;
}

/**
 * Runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA, and best practices) on the page as it
 * stands and returns one line per violation with its elements. The script goes in through the
 * DevTools protocol (Playwright's `evaluate`), which the page's Content-Security-Policy does not
 * govern: the policy stays on, and nothing is fetched.
 */
export async function axeViolations(
  page: Page,
  label: string,
  { kiosk = false }: AxeOptions = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (inKiosk) => {
    const { axe } = window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<AxeResult> };
    };
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      rules: inKiosk ? { 'meta-viewport': { enabled: false } } : {},
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map(
        (n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    }));
  }, kiosk);
  return violations.map(
    (v) => `[${label}] ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`,
  );
}
