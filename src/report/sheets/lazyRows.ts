import type { CellValue, LazyRows, PlainValue } from "../workbookSpec";

/**
 * A table's rows built as a writer reads them, one per item: `cells` gives a row's cells, `values` its values alone
 * (no formulas, for sizing columns). Every pass walks `items()` afresh, so a row reads the same however often it is built.
 */
export function lazyRows<T>(length: number, items: () => Iterable<T>, values: (item: T) => PlainValue[], cells: (item: T) => CellValue[]): LazyRows {
  function* pass<R>(build: (item: T) => R): Generator<R> {
    let count = 0;
    for (const item of items()) {
      count += 1;
      yield build(item);
    }
    if (count !== length) throw new Error(`lazy rows out of step: ${count} rows built, ${length} laid out`);
  }
  return { length, [Symbol.iterator]: () => pass(cells), plainRows: () => pass(values) };
}
