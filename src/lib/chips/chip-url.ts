import type { ChipMarket } from '../../schemas/chip.ts';

/**
 * Where a chip's card lives: Nvidia parts (global and China variants) on the chips page,
 * Chinese domestic parts on the alternatives page. `/en/alternatives/#chip-ascend-910c`.
 */
export function chipPath(lang: string, chip: { id: string; market: ChipMarket }): string {
  const page = chip.market === 'china-domestic' ? 'alternatives' : 'chips';
  return `/${lang}/${page}/#chip-${chip.id}`;
}
