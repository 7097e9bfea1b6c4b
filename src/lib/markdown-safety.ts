import { readFileSync } from 'node:fs';

/**
 * Engine, capability, model and evidence bodies are plain Markdown written by contributors:
 * raw HTML (a `<meta http-equiv="refresh">`, a `<script>`) or a `javascript:` link would reach
 * the page, so the build refuses them, naming the file and the line. Code spans and fenced
 * code blocks may show HTML as text.
 */
export function unsafeMarkdown(body: string): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) {
      fence = fence ? undefined : fenceMark;
      return;
    }
    if (fence) return;
    const text = raw.replace(/(`+)[\s\S]*?\1/g, ''); // inline code shows text as text
    const tag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>|<!--|<\?|<!\[CDATA\[/.exec(text);
    if (tag) problems.push({ line: index + 1, problem: `raw HTML "${tag[0].slice(0, 40)}"` });
    if (
      /\]\(\s*<?\s*(?:javascript|vbscript|data):|<\s*(?:javascript|vbscript|data):|^\s*\[[^\]]+\]:\s*<?\s*(?:javascript|vbscript|data):/i.test(
        text,
      )
    )
      problems.push({ line: index + 1, problem: 'a javascript:, vbscript: or data: link' });
  });
  return problems;
}

/**
 * Throws naming the file and every line (counted in the whole file) that holds raw HTML or a
 * script link. `entry` is a content collection entry: its body and the path of its file.
 */
export function assertSafeMarkdown(entry: {
  body?: string | undefined;
  filePath?: string | undefined;
}): void {
  const body = entry.body ?? '';
  const problems = unsafeMarkdown(body);
  if (!problems.length) return;
  const file = entry.filePath ?? 'a content file';
  // Count lines in the whole file when it can be read (the build's working directory is the
  // project root, which filePath is relative to), else in the body.
  let offset = 0;
  let where = 'line';
  try {
    const text = readFileSync(file, 'utf8');
    offset = Math.max(0, text.slice(0, text.indexOf(body)).split('\n').length - 1);
  } catch {
    where = 'body line';
  }
  throw new Error(
    `${file}: ${problems.map(({ line, problem }) => `${where} ${line + offset}: ${problem}`).join('; ')} — bodies are plain Markdown; write the text without HTML`,
  );
}
