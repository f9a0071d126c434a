// Filter choices for an enum, labelled in the interface language, in the scale's order.
import "server-only";
import type { FilterOption } from "@/components/data/filter-spec";
import type { EnumName, EnumValue } from "@/lib/format/enums";
import type { Format } from "@/lib/format";

export function enumOptions<E extends EnumName>(format: Format, name: E, values: readonly EnumValue<E>[]): FilterOption[] {
  return values.map((value) => ({ value, label: format.enumLabel(name, value) }));
}
