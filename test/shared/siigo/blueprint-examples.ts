// Extracts the JSON examples of the Siigo API Blueprint (`test/fixtures/siigo-api/*.md`) so that tests can
// check them against our schemas. Two kinds of example exist:
// - payload bodies: the `+ Body` block of a `+ Request` or `+ Response NNN` (most are empty, the
//   shapes being given by `+ Attributes`), kind 'request' or 'response';
// - documentation examples: JSON written in the prose of an action, before its payloads (fenced
//   ```json blocks or indented blocks starting with `{`, `[`, `"` or `]`), often a fragment such
//   as `"customer": {...}`, kind 'doc'.
import { readFileSync, readdirSync } from 'node:fs';

export const blueprintDir = new URL('../../fixtures/siigo-api/', import.meta.url);
export const seedsDir = new URL('../../fixtures/seeds/', import.meta.url);

export type ExampleKind = 'request' | 'response' | 'doc';

export interface BlueprintExample {
  file: string;
  line: number;
  section: string;
  method: string;
  path: string;
  kind: ExampleKind;
  status?: number;
  /** Nearest bold text before a documentation example. */
  title?: string;
  text: string;
  /** True when the text only parsed after wrapping it in `{}`. */
  fragment: boolean;
  json?: unknown;
  jsonError?: string;
  /** Readable, stable identifier used in test names and exception lists. */
  key: string;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

function dedent(lines: string[]): string {
  const indents = lines.filter((l) => l.trim() !== '').map(indentOf);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines
    .map((l) => l.slice(common))
    .join('\n')
    .trim();
}

export function parseExampleJson(text: string): Pick<BlueprintExample, 'json' | 'jsonError' | 'fragment'> {
  try {
    return { json: JSON.parse(text), fragment: false };
  } catch (error) {
    if (text.startsWith('"')) {
      try {
        return { json: JSON.parse(`{${text}}`), fragment: true };
      } catch {
        // fall through to the original error
      }
    }
    return { jsonError: (error as Error).message, fragment: false };
  }
}

export function extractExamples(markdown: string, file: string): BlueprintExample[] {
  const lines = markdown.split('\n');
  const examples: BlueprintExample[] = [];
  let section = '';
  let method = '';
  let path = '';
  let kind: 'request' | 'response' | undefined;
  let status: number | undefined;
  let lastBold: string | undefined;

  const push = (startLine: number, body: string[], exampleKind: ExampleKind): void => {
    const text = dedent(body);
    if (text === '') return;
    const title = exampleKind === 'doc' ? lastBold : undefined;
    const statusPart = exampleKind === 'response' && status !== undefined ? ` ${status}` : '';
    const titlePart = title ? ` «${title}»` : '';
    examples.push({
      file,
      line: startLine + 1,
      section,
      method,
      path,
      kind: exampleKind,
      status: exampleKind === 'response' ? status : undefined,
      title,
      text,
      ...parseExampleJson(text),
      key: `${file.slice(0, 2)} ${method} ${path} ${exampleKind}${statusPart}${titlePart}`,
    });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = /^##\s+(.+?)\s*\[(\w+)\s+([^\]]+)\]/.exec(line);
    if (heading) {
      section = heading[1] ?? '';
      method = heading[2] ?? '';
      path = heading[3] ?? '';
      kind = undefined;
      status = undefined;
      lastBold = undefined;
      continue;
    }
    if (/^#/.test(line)) continue;
    const payload = /^\+ (Request|Response)(?:\s+(\d{3}))?/.exec(line);
    if (payload) {
      kind = payload[1] === 'Request' ? 'request' : 'response';
      status = payload[2] === undefined ? undefined : Number(payload[2]);
      continue;
    }
    const bodyMatch = /^(\s*)\+ Body\s*$/.exec(line);
    if (bodyMatch && kind) {
      const bodyIndent = (bodyMatch[1] ?? '').length;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j] ?? '';
        if (next.trim() !== '' && indentOf(next) <= bodyIndent) break;
        body.push(next);
      }
      push(i + 1, body, kind);
      i = j - 1;
      continue;
    }
    if (kind) continue; // inside the payload part of an action: only `+ Body` carries examples
    const bold = /\*\*([^*]+)\*\*/.exec(line);
    if (bold) lastBold = (bold[1] ?? '').trim();
    if (/^```json/.test(line.trim())) {
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !/^```/.test((lines[j] ?? '').trim()); j++) body.push(lines[j] ?? '');
      push(i + 1, body, 'doc');
      i = j;
      continue;
    }
    if (indentOf(line) >= 2 && /^[{["\]]/.test(line.trim())) {
      const body: string[] = [];
      let j = i;
      for (; j < lines.length; j++) {
        const next = lines[j] ?? '';
        if (next.trim() !== '' && indentOf(next) === 0) break;
        body.push(next);
      }
      push(i, body, 'doc');
      i = j - 1;
    }
  }
  return examples;
}

/** Examples of the resource files `03-…` to `14-…`. */
export function loadResourceExamples(): BlueprintExample[] {
  const files = readdirSync(blueprintDir)
    .filter((name) => /^(0[3-9]|1[0-4])-.*\.md$/.test(name))
    .sort();
  return files.flatMap((name) => extractExamples(readFileSync(new URL(name, blueprintDir), 'utf8'), name));
}

/** The first complete JSON object in `text` after `marker` (seed pages mix prose and JSON). */
export function extractJsonAfter(text: string, marker: string): unknown {
  const from = text.indexOf(marker);
  if (from < 0) throw new Error(`marker not found: ${marker}`);
  const start = text.indexOf('{', from);
  if (start < 0) throw new Error(`no JSON after ${marker}`);
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  throw new Error(`unterminated JSON after ${marker}`);
}

export function readSeed(name: string): string {
  return readFileSync(new URL(name, seedsDir), 'utf8');
}
