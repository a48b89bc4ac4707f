/**
 * Cooperative time slicing. Loading a feed of 10,000–50,000 events is hundreds
 * of milliseconds of work; done in one go it freezes the page (no typing, no
 * scrolling, no screen-reader feedback). Long loops ask `due()` now and then and,
 * when their slice is used up, `await pause()` to let the browser breathe.
 */
export interface Slicer {
  /** True when the current slice has run for its budget. Cheap: call it often. */
  due(): boolean;
  /** Yields to the event loop and starts a new slice; rejects once the signal aborts. */
  pause(): Promise<void>;
}

type Scheduler = {
  postTask?: (task: () => void, options: { priority: 'background' | 'user-visible' }) => Promise<void>;
};

/**
 * Gives the event loop a turn without setTimeout's 4 ms clamp where the
 * platform allows. A load continues as an ordinary task, behind what is
 * already queued: `scheduler.yield` would resume it first, and the loading of
 * the series code it waits for then starved until validation ended (~20 ms
 * idle on the critical path at 10,000 events). A `background` job also lets
 * frames be painted first.
 */
function yieldToEventLoop(background: boolean): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: background ? 'background' : 'user-visible' });
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Slices of `budgetMs` (default 8 ms: well inside a 50 ms long task, half a 60 Hz frame). */
export function timeSlicer(budgetMs = 8, signal?: AbortSignal, background = false): Slicer {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart >= budgetMs,
    async pause() {
      await yieldToEventLoop(background);
      signal?.throwIfAborted();
      sliceStart = performance.now();
    },
  };
}

/**
 * Runs a generator of work steps to the end, pausing whenever the slicer says
 * so; a step that yields a promise (code still loading) waits for it.
 */
export async function runSliced<T>(steps: Generator<unknown, T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value instanceof Promise) {
      await step.value;
      // A new pause: it stops here when the load was aborted while waiting.
      await slicer.pause();
    } else if (slicer.due()) await slicer.pause();
  }
}

/** Runs a generator of work steps to the end at once. */
export function runAtOnce<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
