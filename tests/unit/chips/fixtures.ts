import { type Chip, type ChipInput, chipSchema } from '../../../src/schemas/chip.ts';

type Figures = Partial<
  Record<
    'fp16' | 'fp8' | 'int8' | 'fp4' | 'die' | 'link' | 'pcie' | 'bw',
    number | { value: number; estimate?: boolean; halvedFromSparse?: boolean }
  >
>;

const fig = (v: Figures[keyof Figures]) =>
  v === undefined ? {} : typeof v === 'number' ? { value: v, sources: ['test-source'] } : { sources: ['test-source'], ...v };

/** A valid chip with only the figures a test cares about; everything else is "not disclosed". */
export function makeChip(figures: Figures, extra: Partial<ChipInput> = {}): Chip {
  return chipSchema.parse({
    id: 'test-chip',
    name: 'Test chip',
    maker: 'test',
    family: 'Test',
    market: 'global',
    blurb: { en: 'A test chip.', fr: 'Une puce de test.' },
    announced: {},
    shipped: {},
    process: {},
    dieAreaMm2: fig(figures.die),
    memoryType: {},
    memoryGb: {},
    memoryBandwidthTBs: fig(figures.bw),
    fp16DenseTflops: fig(figures.fp16),
    fp8DenseTflops: fig(figures.fp8),
    int8DenseTops: fig(figures.int8),
    fp4DenseTflops: fig(figures.fp4),
    interconnectGBs: fig(figures.link),
    pcieGBs: fig(figures.pcie),
    tdpW: {},
    ...extra,
  });
}
