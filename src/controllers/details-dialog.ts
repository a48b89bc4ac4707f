import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Occurrence } from '../data/event.js';
import { onDemand } from '../data/load/on-demand.js';

type DetailsView = typeof import('../views/details/event-details.js');

const detailsView = onDemand(() => import('../views/details/event-details.js'));

/**
 * The details dialog's state and focus: opens the element's native modal
 * `<dialog>` for an occurrence (focus moves in, Escape closes) and, when it
 * closes, gives focus back to the event that opened it. The details view
 * is loaded on the first opening: a visit that opens no event never pays for it.
 */
export class DetailsDialogController implements ReactiveController {
  selected: Occurrence | null = null;
  /** The details template, once loaded. */
  view: DetailsView | undefined;
  /** Settles when the details view has arrived (see the element's getUpdateComplete). */
  loading: Promise<void> | null = null;
  private returnFocusTo: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** Adds the dialog's styles, which come with its view, to the element's. */
    private readonly adoptStyles: (styles: CSSResult) => void,
  ) {
    host.addController(this);
  }

  /** Without a trigger (opened from the URL), focus returns to the occurrence's event, if shown. */
  open(occ: Occurrence, trigger: HTMLElement | null) {
    this.returnFocusTo = trigger;
    this.selected = occ;
    this.loading ??= detailsView.load().then(
      (view) => {
        this.view = view;
        this.adoptStyles(view.eventDetailsStyles);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // The next opening asks again.
        this.loading = null;
        console.error('participation-calendar: could not load the details view:', error);
      },
    );
    this.host.requestUpdate();
  }

  close() {
    this.dialog?.close();
  }

  hostUpdated() {
    const dialog = this.dialog;
    if (this.selected && this.view && dialog && !dialog.open) dialog.showModal();
  }

  /**
   * Tab and Shift+Tab go round inside the open dialog: a modal <dialog> keeps
   * the page inert, but browsers still tab out of it into their own interface
   * and the page's <body>.
   */
  onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    const dialog = e.currentTarget as HTMLDialogElement;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, [tabindex="0"]')];
    if (!focusable.length) return;
    const first = focusable[0], last = focusable[focusable.length - 1];
    const at = (this.host.renderRoot as ShadowRoot).activeElement;
    if (e.shiftKey ? at === first || at === dialog : at === last) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  };

  /** A click on the backdrop lands on the dialog element itself. */
  onClick = (e: MouseEvent) => {
    if (e.target === e.currentTarget) this.close();
  };

  onClosed = () => {
    const key = this.selected?.key ?? '';
    this.selected = null;
    this.host.requestUpdate();
    // The trigger may have been re-rendered away; its occurrence's key finds its successor.
    const back = this.returnFocusTo?.isConnected
      ? this.returnFocusTo
      : this.host.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    back?.focus();
    this.returnFocusTo = null;
  };

  private get dialog() {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.details');
  }
}
