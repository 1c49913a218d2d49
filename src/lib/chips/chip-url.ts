import type { ChipForm, ChipMarket } from '../../schemas/chip.ts';

/**
 * Where a chip's card lives: Nvidia parts (global and China variants) on the chips page,
 * Chinese domestic parts on the alternatives page. `/en/alternatives/#chip-ascend-910c`.
 */
export function chipPath(lang: string, chip: { id: string; market: ChipMarket }): string {
  const page = chip.market === 'china-domestic' ? 'alternatives' : 'chips';
  return `/${lang}/${page}/#chip-${chip.id}`;
}

/** Anchor of a chip's row in the rule explorer's table: `rules-row-h20`. */
export function explorerRowAnchor(id: string): string {
  return `rules-row-${id}`;
}

/**
 * A chip's row in the rule explorer, followed on its map: `/en/rules/?chip=h20#rules-row-h20`.
 * Null for chips China makes (not US exports: the table has no row for them) and for systems.
 */
export function explorerRowPath(lang: string, chip: { id: string; market: ChipMarket; form: ChipForm }): string | null {
  if (chip.market === 'china-domestic' || chip.form === 'system') return null;
  return `/${lang}/rules/?chip=${encodeURIComponent(chip.id)}#${explorerRowAnchor(chip.id)}`;
}
