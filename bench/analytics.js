// The gated analytics stand-in for `npm run bench`: it only records when it ran.
window.analyticsRanAt = performance.now();
