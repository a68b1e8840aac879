import type { ConsentStorage } from '../core/consent.js';

/** An in-memory store for tests and for pages where cookies are blocked. */
export function memoryStorage(initial?: string): ConsentStorage & { value: string | undefined } {
  return {
    value: initial,
    read() {
      return this.value;
    },
    write(value) {
      this.value = value;
      return true;
    },
    clear() {
      this.value = undefined;
    },
  };
}
