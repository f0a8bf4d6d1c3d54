/** Small root finders for the scene solver: secant in one unknown, Newton in a few. */

/** Secant iteration on f(x) = 0; throws if |f| stays above `tolerance`. */
export function secant(
  f: (x: number) => number,
  x0: number,
  x1: number,
  tolerance: number,
  what: string,
): number {
  let [a, fa] = [x0, f(x0)];
  let [b, fb] = [x1, f(x1)];
  for (let i = 0; i < 30 && Math.abs(fb) > tolerance; i++) {
    if (fb === fa) break;
    const c = b - (fb * (b - a)) / (fb - fa);
    [a, fa] = [b, fb];
    [b, fb] = [c, f(c)];
  }
  if (!(Math.abs(fb) <= tolerance)) throw new Error(`${what}: the solver did not converge`);
  return b;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting. */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-15) throw new Error('the unknowns do not change the goals (singular)');
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Newton's method with a forward-difference Jacobian: finds x with |goals(x)_i| ≤ tolerances_i.
 * `steps` are the difference steps, one per unknown.
 */
export function newton(
  goals: (x: readonly number[]) => number[],
  start: readonly number[],
  steps: readonly number[],
  tolerances: readonly number[],
  what: string,
): number[] {
  let x = [...start];
  for (let iteration = 0; iteration < 12; iteration++) {
    const f = goals(x);
    if (f.every((v, i) => Math.abs(v) <= tolerances[i]!)) return x;
    // jacobian[i][k] = ∂goal_i/∂x_k
    const columns = x.map((_, k) => {
      const moved = x.map((v, j) => (j === k ? v + steps[k]! : v));
      return goals(moved).map((g, i) => (g - f[i]!) / steps[k]!);
    });
    const jacobian = f.map((_, i) => columns.map((column) => column[i]!));
    const dx = solveLinear(jacobian, f);
    x = x.map((v, k) => v - dx[k]!);
  }
  const f = goals(x);
  if (f.every((v, i) => Math.abs(v) <= tolerances[i]!)) return x;
  throw new Error(
    `${what}: the solver did not converge (misses ${f.map((v) => v.toFixed(3)).join(', ')})`,
  );
}
