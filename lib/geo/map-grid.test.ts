import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellBounds, cellOf, DEEPEST_LEVEL, formatCell, nextLevel, parentCell, parseCell } from './map-grid';

describe('the map grid', () => {
  it('puts a point in the cell whose bounds hold it, at every level', () => {
    const point = fc.tuple(
      fc.double({ min: 114.5, max: 122.9, noNaN: true }),
      fc.double({ min: 34.5, max: 38.4, noNaN: true }),
    );
    fc.assert(
      fc.property(point, fc.integer({ min: 0, max: DEEPEST_LEVEL }), ([lng, lat], level) => {
        const b = cellBounds(cellOf(level, [lng, lat]));
        expect(lng).toBeGreaterThanOrEqual(b.west - 1e-9);
        expect(lng).toBeLessThan(b.east + 1e-9);
        expect(lat).toBeGreaterThanOrEqual(b.south - 1e-9);
        expect(lat).toBeLessThan(b.north + 1e-9);
      }),
    );
  });

  it('nests each cell in its parent', () => {
    const cell = cellOf(2, [117.123, 36.651]);
    const parent = parentCell(cell)!;
    expect(parent).toEqual(cellOf(1, [117.123, 36.651]));
    expect(parentCell(parent)).toEqual(cellOf(0, [117.123, 36.651]));
    expect(parentCell(cellOf(0, [117.123, 36.651]))).toBeNull();
  });

  it('reads back what it writes, and refuses cells outside Shandong or below the finest level', () => {
    const cell = cellOf(1, [117.05, 36.65]);
    expect(parseCell(formatCell(cell))).toEqual(cell);
    expect(parseCell('0-10-10')).toBeNull();
    expect(parseCell(`${DEEPEST_LEVEL + 1}-9000-3000`)).toBeNull();
    expect(parseCell('0-585')).toBeNull();
    expect(parseCell('-0-585-183')).toBeNull();
  });

  it('counts one level finer inside a cell, and not below the finest', () => {
    expect(nextLevel(null)).toBe(0);
    expect(nextLevel(cellOf(0, [117, 36]))).toBe(1);
    expect(nextLevel(cellOf(DEEPEST_LEVEL, [117, 36]))).toBeNull();
  });
});
