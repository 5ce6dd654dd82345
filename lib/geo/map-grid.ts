// The grid the public map counts projects in when there are too many to draw one by one.
// Cells are squares in degrees, a whole number of cells per degree at each level, so a cell
// is three integers in the URL and the database finds its projects with floor(): no float
// rounding can put a project in two cells, or in none.

// Level 0 is about 20 km across, each next level a quarter of that.
export const GRID_PER_DEGREE = [5, 20, 80] as const;
export const DEEPEST_LEVEL = GRID_PER_DEGREE.length - 1;

export type GridCell = { level: number; ix: number; iy: number };
export type LngLatBounds = { west: number; south: number; east: number; north: number };

// Shandong with a margin. Cells outside it can hold nothing, so a link to one is refused
// rather than queried (and cached) for every number someone types in.
const REGION: LngLatBounds = { west: 114, south: 34, east: 123.5, north: 39 };

export function cellOf(level: number, [lng, lat]: [number, number]): GridCell {
  const perDegree = GRID_PER_DEGREE[level];
  return { level, ix: Math.floor(lng * perDegree), iy: Math.floor(lat * perDegree) };
}

export function cellBounds({ level, ix, iy }: GridCell): LngLatBounds {
  const perDegree = GRID_PER_DEGREE[level];
  return { west: ix / perDegree, south: iy / perDegree, east: (ix + 1) / perDegree, north: (iy + 1) / perDegree };
}

export function formatCell({ level, ix, iy }: GridCell): string {
  return `${level}-${ix}-${iy}`;
}

export function parseCell(text: string): GridCell | null {
  const match = /^(\d)-(\d{1,5})-(\d{1,5})$/.exec(text);
  if (!match) return null;
  const [level, ix, iy] = match.slice(1).map(Number);
  if (level > DEEPEST_LEVEL) return null;
  const { west, south, east, north } = cellBounds({ level, ix, iy });
  if (east <= REGION.west || west >= REGION.east || north <= REGION.south || south >= REGION.north) return null;
  return { level, ix, iy };
}

// The cell one level coarser that holds this one, or null for a cell of the coarsest level.
export function parentCell({ level, ix, iy }: GridCell): GridCell | null {
  if (level === 0) return null;
  const ratio = GRID_PER_DEGREE[level] / GRID_PER_DEGREE[level - 1];
  return { level: level - 1, ix: Math.floor(ix / ratio), iy: Math.floor(iy / ratio) };
}

// The level to count in inside a cell (or, without one, inside a city), or null when the
// cell is already the finest and its projects are drawn, capped, instead.
export function nextLevel(cell: GridCell | null): number | null {
  if (!cell) return 0;
  return cell.level < DEEPEST_LEVEL ? cell.level + 1 : null;
}
