/**
 * One derived value per input object (a rate card, a reference data set), built on first use.
 * The last object asked for is checked first: formula cells ask about the same card many times in a row.
 */
export function memoPerObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as V;
    let value = cache.get(key);
    if (value === undefined) {
      value = derive(key);
      cache.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value;
  };
}
