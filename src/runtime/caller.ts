// Caller<T>: what a host function receives first, as in wasmtime: the store data and the calling
// instance's memory. Every guest-memory access is bounds-checked; out of bounds is a Trap.

import { Trap } from "./trap.ts";

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();

export class Caller<T> {
  private guestMemory: WebAssembly.Memory | undefined;
  /** A view of the memory's buffer and its size, renewed when an access finds it detached or too small. */
  private view = new DataView(new ArrayBuffer(0));
  private size = 0;

  constructor(private readonly store: { data: T }) {}

  get data(): T {
    return this.store.data;
  }

  get memory(): WebAssembly.Memory | undefined {
    return this.guestMemory;
  }

  /** Set by `Linker.instantiate` once the guest's exported memory exists. */
  set memory(memory: WebAssembly.Memory | undefined) {
    this.guestMemory = memory;
    if (memory !== undefined) this.renew();
  }

  readBytes(ptr: number, len: number): Uint8Array {
    return this.access(ptr, len, (view, at) => new Uint8Array(view.buffer, at, len).slice());
  }

  writeBytes(ptr: number, bytes: Uint8Array): void {
    this.access(ptr, bytes.length, (view, at) => new Uint8Array(view.buffer, at, bytes.length).set(bytes));
  }

  readString(ptr: number, len: number): string {
    const bytes = this.access(ptr, len, (view, at) => new Uint8Array(view.buffer, at, len));
    try {
      return utf8Decoder.decode(bytes);
    } catch (error) {
      throw new Trap("memory", `guest string at ${ptr}+${len} is not valid UTF-8`, { cause: error });
    }
  }

  /** Writes the UTF-8 bytes of `text` at `ptr` and returns how many were written. */
  writeString(ptr: number, text: string): number {
    const bytes = utf8Encoder.encode(text);
    this.writeBytes(ptr, bytes);
    return bytes.length;
  }

  writeU32(ptr: number, value: number): void {
    this.access(ptr, 4, (view, at) => view.setUint32(at, value, true));
  }

  /** Writes two little-endian u32s at `ptr`, both or (out of bounds) neither. */
  writeU32Pair(ptr: number, first: number, second: number): void {
    this.access(ptr, 8, (view, at) => {
      view.setUint32(at, first, true);
      view.setUint32(at + 4, second, true);
    });
  }

  readU32(ptr: number): number {
    return this.access(ptr, 4, (view, at) => view.getUint32(at, true));
  }

  /**
   * Runs `use` on the memory once `ptr..ptr+len` is known to be inside it. Checking the buffer for
   * detachment on every access costs more than the call itself, so a grown memory is noticed lazily:
   * by an access past the known size, or by the TypeError a detached buffer throws.
   */
  private access<R>(ptr: number, len: number, use: (view: DataView, at: number) => R): R {
    const at = ptr >>> 0;
    const end = at + (len >>> 0);
    if (end > this.size) {
      this.renew();
      if (end > this.size) {
        throw new Trap("memory", `guest memory access ${at}+${len >>> 0} is out of bounds (memory is ${this.size} bytes)`);
      }
    }
    try {
      return use(this.view, at);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      this.renew();
      return use(this.view, at);
    }
  }

  private renew(): void {
    if (this.guestMemory === undefined) throw new Trap("memory", 'the guest exports no memory named "memory"');
    this.view = new DataView(this.guestMemory.buffer);
    this.size = this.view.byteLength;
  }
}
