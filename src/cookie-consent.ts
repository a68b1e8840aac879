/** The ES module build: everything in index.ts, and the element registered (guarded). */
export * from './index.js';
import './define.js';
