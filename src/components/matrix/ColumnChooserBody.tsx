import { COLUMN_GROUPS, OPTIONAL_COLUMNS } from '../../lib/matrix/columns';
import { CheckboxGroup } from '../island-shared/CheckboxGroup';
import { capabilityPathOf } from '../../lib/urls';
import { parentOf, parseCapabilityId } from '../../lib/capabilities';

/** A column that is a sub-feature of another capability (indented under it). */
const isSubFeature = (id: string) => {
  const capability = parseCapabilityId(id);
  return capability !== undefined && parentOf(capability.group, capability.key) !== undefined;
};
import type { ColumnControlsProps } from './ColumnControls';

/** The column chooser's content: loaded when the chooser is first opened. */
export default function ColumnChooserBody({ state, update, labels, chosen }: ColumnControlsProps) {
  const { t } = labels;
  const chosenIds = chosen.map((c) => c.id);
  return (
    <div className="matrix-panel">
      {state.cols && (
        <button
          type="button"
          className="matrix-link-button col-span-full justify-self-start"
          onClick={() => update({ cols: null })}
        >
          {t('matrix.defaultColumns')}
        </button>
      )}
      {COLUMN_GROUPS.map((group) => (
        <CheckboxGroup
          key={group}
          name={`cols-${group}`}
          legend={labels.group(group)}
          options={OPTIONAL_COLUMNS.filter((c) => c.group === group).map((c) => ({
            value: c.id,
            label: labels.column(c.id),
            href: capabilityPathOf(c.id, labels.locale),
            nested: isSubFeature(c.id),
          }))}
          linkLabel={(label) => t('capability.about', { name: label })}
          checked={chosenIds}
          onChange={(ids) => {
            const otherGroups = chosen
              .filter((c) => !c.rowHeader && c.group !== group)
              .map((c) => c.id);
            update({ cols: [...otherGroups, ...ids] });
          }}
        />
      ))}
    </div>
  );
}
