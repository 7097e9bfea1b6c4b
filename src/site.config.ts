/** Project-wide settings that are not data. */
const SITE = {
  /** Where this project's source lives; "Edit this page" links point here. */
  repository: 'https://github.com/inference-engine-atlas/inference-engine-atlas',
  branch: 'main',
} as const;

export const editUrl = (path: string) => `${SITE.repository}/edit/${SITE.branch}/${path}`;
export const commitUrl = (sha: string) => `${SITE.repository}/commit/${sha}`;

/**
 * A new issue on the "Wrong or outdated fact" form (.github/ISSUE_TEMPLATE/wrong-fact.yml)
 * with its fields filled in: GitHub pre-fills issue-form fields from query parameters named
 * after their ids.
 */
export function reportUrl(fields: { engine: string; attribute: string; current: string }) {
  const query = new URLSearchParams({
    template: 'wrong-fact.yml',
    title: `[fact] ${fields.engine}: ${fields.attribute}`,
    ...fields,
  });
  return `${SITE.repository}/issues/new?${query}`;
}

/** A file of this project on GitHub (docs, forms). */
export const repoFileUrl = (path: string) => `${SITE.repository}/blob/${SITE.branch}/${path}`;
export const newIssueUrl = (template: string) =>
  `${SITE.repository}/issues/new?template=${encodeURIComponent(template)}`;
