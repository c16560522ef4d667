import type { Backend } from '../../src/lib/storage';

/**
 * A storage backend in memory, like localStorage: optionally pre-filled, and optionally with a
 * quota (in characters) past which a write throws QuotaExceededError, as a full browser store does.
 */
export function memoryBackend(
  entries: Record<string, string> = {},
  { quota }: { quota?: number } = {},
): Backend & { data: Map<string, string> } {
  const data = new Map(Object.entries(entries));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...data.entries()].filter(([key]) => key !== k).reduce((sum, [, value]) => sum + value.length, 0);
      if (quota !== undefined && used + v.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}
