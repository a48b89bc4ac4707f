// Code loaded on demand: a program file that does not arrive is said to be missing,
// never mistaken for a feed the server failed to deliver.
import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/data/load/feed-error.js';
import { onDemand } from '../../../src/data/load/on-demand.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

describe('onDemand', () => {
  it("reports a file that is not on the server as FeedError 'chunk', naming it where the browser does", async () => {
    const missing = new URL('/chunks/not-there-1234.js', location.href).href;
    const code = onDemand(() => import(/* @vite-ignore */ missing));
    const error = await rejection(code.load());
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('chunk');
    // WebKit's message is only "Importing a module script failed."
    if (!/Importing a module script failed/.test((error as FeedError).message)) {
      expect((error as FeedError).message).to.include(missing);
    }
  });

  it('tries again on the next call after a failure', async () => {
    let calls = 0;
    const code = onDemand(() => (++calls === 1 ? Promise.reject(new TypeError('dropped')) : Promise.resolve('here')));
    await rejection(code.load());
    expect(await code.load()).to.equal('here');
    expect(code.value).to.equal('here');
  });

  it("passes a FeedError on unchanged (a chunk's own failure keeps its kind)", async () => {
    const own = new FeedError('network', 'own');
    const error = await rejection(onDemand(() => Promise.reject(own)).load());
    expect(error).to.equal(own);
  });
});
