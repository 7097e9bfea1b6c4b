/** Project-wide settings that are not data. */
const SITE = {
  /** Where this project's source lives; "Edit this page" links point here. */
  repository: 'https://github.com/inference-engine-atlas/inference-engine-atlas',
  branch: 'main',
} as const;

export const editUrl = (path: string) => `${SITE.repository}/edit/${SITE.branch}/${path}`;
