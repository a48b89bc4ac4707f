// The mocha globals the browser test runner provides, declared here instead of
// adding @types/mocha as a dependency. Only what the tests use.
type MochaDone = (error?: unknown) => void;
declare namespace Mocha {
  interface Context {
    timeout(ms: number): void;
    skip(): never;
  }
}
type MochaFn = (this: Mocha.Context, done: MochaDone) => void | Promise<unknown>;
type MochaHook = (fn: MochaFn) => void;

declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn?: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare const beforeEach: MochaHook;
declare const afterEach: MochaHook;
