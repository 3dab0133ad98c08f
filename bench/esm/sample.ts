// A sample of everyday TypeScript for the transform benchmark (repeated with renamed
// identifiers by transform.sh to build a large file).
import type { Readable } from 'node:stream';
import { EventEmitter } from 'node:events';

export interface Options<T = unknown> {
  readonly name: string;
  retries?: number;
  timeout: number | null;
  transform?: (value: T, index: number) => T | Promise<T>;
  [extra: string]: unknown;
}

export type Result<T, E extends Error = Error> =
  | { ok: true; value: T }
  | { ok: false; error: E };

type Keys<T> = { [K in keyof T]-?: T[K] extends Function ? never : K }[keyof T];

export abstract class Store<K extends string, V> extends EventEmitter {
  protected readonly entries = new Map<K, V>();
  private hits: number = 0;
  declare debugName: string;
  static instances: number = 0;

  constructor(private readonly limit?: number) {
    super();
    Store.instances++;
  }

  abstract load(key: K): Promise<V | undefined>;

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  async get(key: K, fallback?: () => Promise<V>): Promise<V | undefined> {
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.hits++;
      return cached;
    }
    const loaded = (await this.load(key)) ?? (fallback ? await fallback() : undefined);
    if (loaded !== undefined) this.set(key, loaded!);
    return loaded;
  }

  set(key: K, value: V): this {
    this.entries.set(key, value as V);
    this.emit('set', key, value);
    return this;
  }
}

export function isResult<T>(value: unknown): value is Result<T> {
  return typeof value === 'object' && value !== null && 'ok' in (value as object);
}

export const retry = async <T,>(fn: () => Promise<T>, options: Options<T>): Promise<Result<T>> => {
  let lastError: Error | undefined;
  for (let attempt = 0; attempt <= (options.retries ?? 3); attempt++) {
    try {
      const value = await fn();
      return { ok: true, value: options.transform ? await options.transform(value, attempt) : value };
    } catch (err: unknown) {
      lastError = err instanceof Error ? err : new Error(String(err));
      await new Promise<void>((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
    }
  }
  return { ok: false, error: lastError as Error };
};

function sum(values: readonly number[], start: number = 0): number {
  return values.reduce((total: number, v: number) => total + v, start);
}

export function collect(stream: Readable, limit = 1 << 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise<Buffer>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) reject(new RangeError(`limit ${limit} exceeded: ${size} / ${sum([size, limit])}`));
      else chunks.push(chunk);
    });
    stream.once('end', () => resolve(Buffer.concat(chunks, size)));
    stream.once('error', reject);
  });
}

export const handlers: Record<string, (input: string) => number> = {
  length: (input) => input.length,
  words: (input) => input.split(/\s+/).filter(Boolean).length,
  lines: (input) => input.split('\n').length / 1,
};

export default class MemoryStore<V = string> extends Store<string, V> {
  override async load(key: string): Promise<V | undefined> {
    return (globalThis as any)[key] satisfies unknown as V | undefined;
  }
}
