/** Resolves after `ms` milliseconds (a timer: at once for zero or less, after pending tasks). */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
