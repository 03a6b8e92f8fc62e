// Which hidden numbers a set of published sums gives away: the fairness report's audit
// (./fairness-suppression.ts) and its attacker test solve the sums as a linear system, as anyone holding
// every view could.

const PRIME = 1_000_003;
const mod = (value: number) => ((value % PRIME) + PRIME) % PRIME;
function inverse(value: number): number {
  let result = 1;
  for (let base = value % PRIME, exponent = PRIME - 2; exponent > 0; exponent >>= 1, base = (base * base) % PRIME) if (exponent & 1) result = (result * base) % PRIME;
  return result;
}

/**
 * Which unknowns a set of linear equations (each a list of [unknown, coefficient]; the known terms do not
 * matter) determines on its own. Exact arithmetic in integers modulo a prime, on sparse rows: the system is
 * brought to echelon form, then two solutions of its homogeneous part are drawn (free unknowns at random,
 * from a fixed seed so the same numbers always give the same plan). An unknown that is 0 in both is
 * determined (an undetermined one is 0 in a random solution with probability 1 in 1,000,003: such a
 * mistake only hides one number more).
 */
export function determinedUnknowns(equations: readonly (readonly (readonly [number, number])[])[], unknowns: number): Set<number> {
  const pivots: [number, Map<number, number>][] = [];
  const pivotOf = new Map<number, Map<number, number>>();
  const pivotIndex = new Map<number, number>();
  const occurrences = new Array<number>(unknowns).fill(0);
  for (const equation of equations) for (const [col] of equation) occurrences[col]!++;
  for (const equation of equations) {
    const row = new Map<number, number>();
    for (const [col, coefficient] of equation) {
      const value = mod((row.get(col) ?? 0) + coefficient);
      if (value === 0) row.delete(col);
      else row.set(col, value);
    }
    if (row.size === 0) continue;
    // Each pivot row holds no earlier pivot's column, so clearing the row's pivot columns in pivot order
    // (a heap, since clearing one can bring in a later one) clears them all.
    const queue = new MinHeap();
    for (const col of row.keys()) if (pivotIndex.has(col)) queue.push(pivotIndex.get(col)!);
    while (queue.size > 0) {
      const [col, pivot] = pivots[queue.pop()]!;
      const factor = row.get(col);
      if (factor === undefined) continue;
      for (const [c, v] of pivot) {
        const had = row.has(c);
        const next = mod((row.get(c) ?? 0) - factor * v);
        if (next === 0) row.delete(c);
        else {
          row.set(c, next);
          if (!had && pivotIndex.has(c)) queue.push(pivotIndex.get(c)!);
        }
      }
    }
    if (row.size === 0) continue;
    // Pivot on the unknown in the fewest equations: the least fill-in for the rows still to come.
    let col = -1;
    for (const c of row.keys()) if (col < 0 || occurrences[c]! < occurrences[col]!) col = c;
    const scale = inverse(row.get(col)!);
    for (const [c, v] of row) row.set(c, (v * scale) % PRIME);
    pivotIndex.set(col, pivots.length);
    pivots.push([col, row]);
    pivotOf.set(col, row);
  }
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return 1 + ((seed >>> 0) % (PRIME - 1));
  };
  const zeroInBoth = new Set(Array.from({ length: unknowns }, (_, i) => i));
  for (let draw = 0; draw < 2; draw++) {
    const x = new Map<number, number>();
    for (let i = 0; i < unknowns; i++) if (!pivotOf.has(i)) x.set(i, random());
    for (let k = pivots.length - 1; k >= 0; k--) {
      const [col, row] = pivots[k]!;
      let sum = 0;
      for (const [c, v] of row) if (c !== col) sum = (sum + v * (x.get(c) ?? 0)) % PRIME;
      x.set(col, mod(-sum));
    }
    for (const [i, value] of x) if (value !== 0) zeroInBoth.delete(i);
  }
  return zeroInBoth;
}

/** A binary min-heap of numbers (pivot indices); a number pushed twice is popped twice, and skipped once cleared. */
class MinHeap {
  private items: number[] = [];
  get size() {
    return this.items.length;
  }
  push(value: number) {
    const items = this.items;
    items.push(value);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= items[i]!) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left]! < items[smallest]!) smallest = left;
        if (right < items.length && items[right]! < items[smallest]!) smallest = right;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i]!, items[smallest]!];
        i = smallest;
      }
    }
    return top;
  }
}
