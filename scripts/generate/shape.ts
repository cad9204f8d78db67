// How a scale becomes plan years and volume: scale 1 is one real year, scale N is N/2 years
// (ending 2026) at N/(N/2) the volume each (scale 40: 20 years at double volume).
/** Plan years and volume per year for a scale: scale 1 one year, scale N N/2 years at N/(N/2) each. */
export function shapeOf(scale: number): { years: number; perYear: number } {
  if (!(scale > 0)) throw new Error("generate: --scale phải là số dương");
  const years = Math.max(1, Math.floor(scale / 2));
  return { years, perYear: scale / years };
}
