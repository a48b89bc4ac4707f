import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the element's own width (not the viewport's): the widget may sit in a
 * narrow sidebar on a wide screen, and must switch to its compact layout there too.
 */
export class WidthController implements ReactiveController {
  width = Infinity;
  private frame = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    // Measured once at once, so the first render already has the right layout
    // (the observer reports only after the first paint). Styles are adopted by now.
    this.width = this.host.getBoundingClientRect().width || Infinity;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1].contentRect.width;
      if (width > 0 && width !== this.width) {
        this.width = width;
        // Re-render in the next frame: changing our own size inside the observer's
        // callback would make the browser report a ResizeObserver loop error.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
  }
}
