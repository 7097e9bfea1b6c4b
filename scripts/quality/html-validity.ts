import { HtmlValidate, type ConfigData } from 'html-validate';

/** html-validate's recommended rules, with each exception explained. */
export const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  // Astro hoists island styles into <style> elements in the body; browsers accept them there.
  elements: ['html5', { style: { flow: true } }],
  rules: {
    // Astro writes <input>, React's server renderer <input/> and selected=""; both are valid HTML.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // React 19 writes colSpan on <td>; HTML attribute names are case-insensitive.
    'attr-case': 'off',
    // A checkbox group shares one name, like a radio group.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Pair titles name both engines in full.
    'long-title': ['error', { maxlength: 100 }],
    // Source ids may contain dots (release-v0.5.21), which HTML5 allows in ids.
    'valid-id': ['error', { relaxed: true }],
  },
};

const validator = new HtmlValidate(HTML_RULES);

/** Error messages for one HTML document, as "line:column rule: message". */
export async function htmlErrors(html: string, file = 'page.html'): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity === 2)
      .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector}]`),
  );
}
