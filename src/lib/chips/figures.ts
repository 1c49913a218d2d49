import type { Chip } from '../../schemas/chip.ts';
import { figureKeys, textFigureKeys } from '../compare/columns.ts';

/** The sourced figures of a chip that prose may render with `<ChipFigure chip field>`. */
export const proseFigureKeys = [...figureKeys, ...textFigureKeys] as const;
export type ProseFigureKey = (typeof proseFigureKeys)[number];

/** Narrows a field name to a prose figure key, or undefined. */
export function asFigureKey(field: string): ProseFigureKey | undefined {
  return proseFigureKeys.find((key) => key === field);
}

/** A chip's sourced figure by key (value null = not disclosed). */
export function chipFigure(chip: Chip, key: ProseFigureKey): Chip[ProseFigureKey] {
  return chip[key];
}

/** The source ids behind `chip.field`, for citation numbering; unknown chips or fields have none. */
export function figureSourcesIn(chips: ReadonlyMap<string, Chip>): (chip: string, field: string) => readonly string[] {
  return (chipId, field) => {
    const chip = chips.get(chipId);
    const key = asFigureKey(field);
    return chip && key ? chipFigure(chip, key).sources : [];
  };
}
