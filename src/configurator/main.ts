/**
 * The configurator (dist/configurator.html): an editor enters a feed, sees at
 * once what is wrong with it and what that means for residents, chooses how
 * the calendar looks, watches the preview, and copies the code to paste.
 *
 * Built into one file of its own (dist/configurator.js, never part of the
 * widget's bundles), so that it starts even when the chunks/ folder beside it
 * is missing, and can say so. The preview is the widget next to this page,
 * loaded by relative URL exactly as the pasted code loads it.
 */
import { html, render } from 'lit';
import { finding } from '../data/check/finding.js';
import { renderStatic } from '../cli/render.js';
import type { CheckMessages } from '../i18n/check-messages.js';
import type { ConfiguratorMessages } from '../i18n/configurator-messages.js';
import { loadCheckMessages, loadConfiguratorMessages, loadMessages, resolveLanguage, type Language, type Messages } from '../i18n/index.js';
import { missingProgramFiles } from './dist-files.js';
import { checkAddress, checkFile, type LoadedSource } from './load-source.js';
import { Preview, type PreviewError } from './preview.js';
import { calendarAttributes, snippetHtml, type Settings } from './snippet.js';
import { initialState, type State } from './state.js';
import { feedStep } from './view-feed.js';
import { resultsStep } from './view-results.js';
import { settingsStep } from './view-settings.js';
import { snippetStep } from './view-snippet.js';

/** The widget's ES module in this page's folder: what the pasted code loads. */
const WIDGET = new URL('./participation-calendar.js', import.meta.url);
const STATIC_LIST_MONTHS = 3;

interface Words {
  m: Messages;
  check: CheckMessages;
  page: ConfiguratorMessages;
}

const wordsOf = async (language: Language): Promise<Words> => {
  const [m, check, page] = await Promise.all([loadMessages(language), loadCheckMessages(language), loadConfiguratorMessages(language)]);
  return { m, check, page };
};

class Configurator {
  private state: State;
  private words!: Words;
  private readonly preview = new Preview((error) => this.previewFailed(error));
  /** Only the latest check may write its result (an editor may type on while one runs). */
  private run = 0;

  constructor(private readonly root: HTMLElement, ui: Language, address: string) {
    this.state = initialState(ui, address);
  }

  async start() {
    this.words = await wordsOf(this.state.ui);
    // The page's own text is for a browser where this script does not run (see configurator.html).
    this.root.replaceChildren();
    this.update();
    // The preview's widget, and whether every file it may need is there, while the editor types.
    import(/* @vite-ignore */ WIDGET.href).catch(() => this.addInstallation(finding('missing-file', [{ detail: WIDGET.href }], { file: WIDGET.href })));
    missingProgramFiles(WIDGET).then((missing) => missing && this.addInstallation(missing), () => {});
    if (this.state.address) this.checkAddress();
  }

  private set(change: Partial<State>) {
    this.state = { ...this.state, ...change };
    this.update();
  }

  private setSettings(change: Partial<Settings>) {
    const langChanged = change.lang !== undefined && change.lang !== this.state.settings.lang;
    this.set({ settings: { ...this.state.settings, ...change }, copyResult: null });
    if (langChanged) void this.renderStaticList();
  }

  private addInstallation(missing: ReturnType<typeof finding>) {
    const known = new Set(this.state.installation.flatMap((f) => f.items.map((i) => i.detail)));
    const items = missing.items.filter((i) => !known.has(i.detail));
    if (!items.length) return;
    const all = [...this.state.installation.flatMap((f) => f.items), ...items];
    this.set({ installation: [finding('missing-file', all, { file: all[0].detail! })] });
  }

  /** The preview's widget could not load a program file: the same finding as the start's scan. */
  private previewFailed(error: PreviewError) {
    if (error.kind !== 'chunk') return;
    const file = /\w+:\/\/\S+/.exec(error.message)?.[0] ?? new URL('./chunks/', WIDGET).href;
    this.addInstallation(finding('missing-file', [{ detail: file }], { file }));
  }

  private checkAddress() {
    const address = this.state.address.trim();
    if (!address) return;
    let url: URL | null = null;
    try {
      url = new URL(address);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol)) return this.set({ addressInvalid: true });
    this.set({ addressInvalid: false, fileName: null });
    void this.runCheck(() => checkAddress(url.href, { now: Date.now() }));
  }

  private checkFile(file: File) {
    this.set({ fileName: file.name });
    void this.runCheck(() => checkFile(file, { now: Date.now() }));
  }

  private async runCheck(load: () => Promise<LoadedSource>) {
    const run = ++this.run;
    this.set({ checking: true, copyResult: null });
    const { check, preview } = await load();
    if (run !== this.run) return;
    // Presets name values of the feed checked before: only those this feed has stay chosen.
    this.set({ check, preview, checking: false, settings: keepPresets(this.state.settings, check.feed?.events ?? []) });
    await this.renderStaticList();
  }

  /** The static list (the CLI's `render` output) for the feed checked and the calendar's language. */
  private async renderStaticList() {
    const feed = this.state.check?.feed;
    let staticHtml = '';
    if (feed && this.state.check!.usable > 0) {
      const lang = this.state.settings.lang || this.state.ui;
      staticHtml = (await renderStatic(feed, { lang, months: STATIC_LIST_MONTHS, now: Date.now() })).html;
    }
    this.set({ staticHtml });
  }

  private async setUi(ui: Language) {
    this.words = await wordsOf(ui);
    document.documentElement.lang = this.words.page.tag;
    this.set({ ui });
    // "As the page" lists in the page's language.
    if (!this.state.settings.lang) await this.renderStaticList();
  }

  private async copy(code: string, textarea: HTMLTextAreaElement) {
    let copied = false;
    try {
      await navigator.clipboard.writeText(code);
      copied = true;
    } catch {
      // No clipboard API outside secure contexts (an http: intranet page): the selection and the old command.
      textarea.focus();
      textarea.select();
      copied = document.execCommand('copy');
    }
    this.set({ copyResult: copied ? 'copied' : 'failed' });
  }

  private snippet(): string {
    const { state } = this;
    const address = state.fileName !== null && !state.address.trim() ? this.words.page.snippet.placeholder : state.address.trim();
    return snippetHtml({
      scriptUrl: WIDGET.href,
      attributes: calendarAttributes(state.settings, address),
      inner: state.staticList ? state.staticHtml : '',
    });
  }

  private update() {
    const { state, words } = this;
    const { m, check, page } = words;
    document.title = page.title;
    if (state.preview) this.preview.show(state.preview, state.settings);
    render(html`
      <header class="page-header">
        <h1>${page.title}</h1>
        <button type="button" class="language" lang=${page.otherLanguage.lang} @click=${() => this.setUi(page.otherLanguage.lang)}>${page.otherLanguage.label}</button>
      </header>
      <p class="intro">${page.intro}</p>
      ${feedStep(state, page, {
        setAddress: (address) => this.set({ address, addressInvalid: false }),
        checkAddress: () => this.checkAddress(),
        checkFile: (file) => this.checkFile(file),
      })}
      ${resultsStep(state, m, check, page)}
      <div class="columns">
        ${settingsStep(state, m, page, { set: (change) => this.setSettings(change), setAccent: (accent) => this.setSettings({ accent }) })}
        <section class="step preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">${page.preview.heading}</h2>
          <p class="hint">${state.preview ? page.preview.hint : page.preview.empty}</p>
          <div class="preview-frame">${state.preview ? this.preview.element : ''}</div>
        </section>
      </div>
      ${snippetStep(state, this.snippet(), WIDGET.href, page, {
        setTarget: (target) => this.set({ target, copyResult: null }),
        setStaticList: (staticList) => this.set({ staticList, copyResult: null }),
        copy: (code, textarea) => void this.copy(code, textarea),
      })}
    `, this.root);
  }
}

/** Presets the new feed still has; the rest would filter for values it never names. */
function keepPresets(settings: Settings, events: readonly { categories: string[]; district?: string; format?: string }[]): Settings {
  const categories = new Set(events.flatMap((e) => e.categories));
  const districts = new Set(events.flatMap((e) => (e.district === undefined ? [] : [e.district])));
  const formats = new Set(events.flatMap((e) => (e.format === undefined ? [] : [e.format])));
  return {
    ...settings,
    categories: settings.categories.filter((v) => categories.has(v)),
    districts: settings.districts.filter((v) => districts.has(v)),
    formats: settings.formats.filter((v) => formats.has(v)),
  };
}

const params = new URLSearchParams(location.search);
const root = document.querySelector<HTMLElement>('#app')!;
const ui = resolveLanguage(params.get('lang'), document.documentElement.lang);
document.documentElement.lang = ui;
void new Configurator(root, ui, params.get('feed') ?? '').start();
