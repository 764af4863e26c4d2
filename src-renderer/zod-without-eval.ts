import { z } from 'zod';

// The window's CSP has no 'unsafe-eval', so zod's compiled parsers (built with `new Function`)
// can never run here: zod probes, is refused, and falls back to its interpreter, leaving a CSP
// violation in the console at every start. Saying so up front skips the probe. Imported first by
// each entry point of the window (main.tsx and the first-sync worker).
z.config({ jitless: true });
