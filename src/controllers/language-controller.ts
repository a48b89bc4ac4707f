import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, messagesIfLoaded, resolveLanguage, type Language, type Messages } from '../i18n/index.js';

/**
 * The widget's language and its strings. Languages other than German are
 * loaded on first use. On the first render `messages` stays undefined until
 * they arrive, and the element shows nothing rather than a flash of the wrong
 * language; a later switch keeps the old language until the new one is here.
 */
export class LanguageController implements ReactiveController {
  language: Language = 'de';
  messages: Messages | undefined = messagesIfLoaded('de');
  /** Settles when a language being fetched has arrived (or failed). */
  loading: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly requested: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Whether the host has rendered in some language yet. */
  private shown = false;

  hostUpdated() {
    if (this.messages) this.shown = true;
  }

  hostUpdate() {
    const language = resolveLanguage(this.requested(), document.documentElement.lang);
    if (language === this.language && this.messages) return;
    this.language = language;
    const cached = messagesIfLoaded(language);
    // Switching languages keeps showing the old one until the new one is here: no flash, no lost focus.
    if (cached) this.messages = cached;
    else {
      if (!this.shown) this.messages = undefined;
      this.loading = loadMessages(language).then(
        (messages) => {
          if (this.language !== language) return;
          this.messages = messages;
          this.loading = null;
          this.host.requestUpdate();
        },
        (error) => {
          this.loading = null;
          console.error(`participation-calendar: could not load the language '${language}':`, error);
          // A language that cannot come (its file is missing): German, which is always here,
          // rather than an empty widget; it can then say what else is missing.
          if (this.language === language && !this.messages) {
            this.messages = messagesIfLoaded('de');
            this.host.requestUpdate();
          }
        },
      );
    }
  }
}
