// The options of a choice in the learning module's forms: an optional empty first choice ("any", "none",
// "choose ..."), then one option per item with its label.
import type { ReactNode } from 'react';

export function Options<T>(props: {
  /** The first, empty choice; left out when not given. */
  empty?: string | undefined;
  items: readonly T[];
  label: (item: T) => ReactNode;
  /** The value of an item; the item itself for a list of words. */
  value?: (item: T) => string;
}) {
  const { empty, items, label, value = String } = props;
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((item) => (
        <option key={value(item)} value={value(item)}>
          {label(item)}
        </option>
      ))}
    </>
  );
}
