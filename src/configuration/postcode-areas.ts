/** A 4-digit postcode area "7401" or a range "7401-7409", as numbers (both ends included). */
export interface PostcodeRange { from: number; to: number }

export const postcodeAreaPattern = /^[1-9]\d{3}(-[1-9]\d{3})?$/;

export function postcodeRange(area: string): PostcodeRange | null {
  if (!postcodeAreaPattern.test(area)) return null;
  const [from, to = from] = area.split('-').map(Number) as [number, number?];
  return { from, to };
}

/** A single area, or a range whose first postcode is lower than the second. */
export function isAscending(area: string): boolean {
  const range = postcodeRange(area);
  return !range || area.length === 4 || range.from < range.to;
}

export function overlaps(a: PostcodeRange, b: PostcodeRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}
