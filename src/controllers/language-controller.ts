import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, messagesIfLoaded, resolveLanguage, type Language, type Messages } from '../i18n/index.js';

/**
 * The widget's language and its strings. Languages other than German are
 * loaded on first use; until they arrive `messages` is undefined and the
 * element shows nothing rather than a flash of the wrong language.
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

  hostUpdate() {
    const language = resolveLanguage(this.requested(), document.documentElement.lang);
    if (language === this.language && this.messages) return;
    this.language = language;
    this.messages = messagesIfLoaded(language);
    if (!this.messages) {
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
        },
      );
    }
  }
}
