// @web/test-runner-visual-regression 0.10's index.d.ts re-exports './browser/commands.mjs', whose
// types (commands.d.ts) TypeScript does not find under that name: this adds them back.
export {};
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
