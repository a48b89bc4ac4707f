// The code the configurator writes: only what differs from the widget's defaults,
// every value escaped, and the same attributes the preview gets.
import { expect } from '@open-wc/testing';
import { DEFAULT_SETTINGS, calendarAttributes, snippetHtml } from '../../../src/configurator/snippet.js';

const SCRIPT = 'https://www.musterstadt.de/assets/pc/participation-calendar.js';

describe('configurator snippet', () => {
  it('writes only src and lang for the defaults', () => {
    const code = snippetHtml({ scriptUrl: SCRIPT, attributes: calendarAttributes(DEFAULT_SETTINGS, 'https://www.musterstadt.de/termine.json'), inner: '' });
    expect(code).to.equal(`<script type="module" src="${SCRIPT}"></script>\n`
      + '<participation-calendar src="https://www.musterstadt.de/termine.json" lang="de"></participation-calendar>\n');
  });

  it('writes every choice that differs, presets comma-separated, url-state without a value', () => {
    const attributes = calendarAttributes({
      ...DEFAULT_SETTINGS, lang: '', view: 'list', filters: 'none', running: 'none', categories: ['Mobilität', 'Jugend'],
      districts: ['Nord'], formats: ['online'], theme: 'dark', accent: '#8ab4f8', urlState: true,
    }, 'feed.json');
    expect(attributes).to.deep.equal([
      ['src', 'feed.json'], ['view', 'list'], ['filters', 'none'], ['running', 'none'], ['categories', 'Mobilität, Jugend'],
      ['districts', 'Nord'], ['formats', 'online'], ['theme', 'dark'], ['style', '--pc-accent: #8ab4f8'], ['url-state', ''],
    ]);
    expect(snippetHtml({ scriptUrl: SCRIPT, attributes, inner: '' })).to.contain(' style="--pc-accent: #8ab4f8" url-state>');
  });

  it('leaves out a preset value holding a comma (the widget would split it)', () => {
    const attributes = calendarAttributes({ ...DEFAULT_SETTINGS, categories: ['Umwelt, Klima', 'Jugend'] }, 'f.json');
    expect(attributes).to.deep.include(['categories', 'Jugend']);
  });

  it('escapes what a feed or an editor typed', () => {
    const code = snippetHtml({ scriptUrl: SCRIPT, attributes: calendarAttributes({ ...DEFAULT_SETTINGS, districts: ['"><script>'] }, 'a.json?x=1&y=2'), inner: '' });
    expect(code).to.contain('src="a.json?x=1&amp;y=2"');
    expect(code).to.contain('districts="&quot;&gt;&lt;script&gt;"');
  });

  it('puts the static list inside the tag', () => {
    const code = snippetHtml({ scriptUrl: SCRIPT, attributes: [['src', 'f.json']], inner: '  <section>…</section>\n' });
    expect(code).to.match(/<participation-calendar src="f.json">\n<section>…<\/section>\n<\/participation-calendar>\n$/);
  });
});
