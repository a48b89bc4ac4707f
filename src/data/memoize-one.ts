/**
 * Remembers the last result of `fn` for arguments equal (===) to the last ones.
 * A render can run many times for one period (focus moves, the list grows
 * frame by frame, a dialog opens); the period's occurrences, filtered and
 * grouped, are computed once.
 */
export function memoizeOne<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((arg, i) => arg !== lastArgs![i])) {
      lastResult = fn(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
