// Compares what GitHub says about a repository with the engine's `status`. A mismatch is
// reported for a person to judge, never applied: "no push for a year" can be a stable project.
import type { Status } from '../../registry/attributes.ts';

/** The fields of `GET /repos/{owner}/{repo}` the check reads. */
export interface RepositoryMetadata {
  archived: boolean;
  pushed_at: string;
}

/** A project with no push for this long while rated `active` is reported. */
const QUIET_DAYS = 365;

/** Why the recorded status may be wrong, or undefined when GitHub agrees with it. */
export function statusMismatch(
  status: Status,
  meta: RepositoryMetadata,
  today: Date,
): string | undefined {
  if (meta.archived && status !== 'archived')
    return `the repository is archived on GitHub, but status is "${status}"`;
  if (!meta.archived && status === 'archived')
    return 'status is "archived", but the repository is not archived on GitHub';
  const quietDays = Math.floor((today.getTime() - Date.parse(meta.pushed_at)) / 86_400_000);
  if (status === 'active' && quietDays > QUIET_DAYS)
    return `status is "active", but nothing was pushed for ${quietDays} days (last push ${meta.pushed_at.slice(0, 10)})`;
  return undefined;
}
