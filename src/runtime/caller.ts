// Caller<T>: what a host function receives first, as in wasmtime: the store data and the calling
// instance's memory. Every guest-memory access is bounds-checked; out of bounds is a Trap.

import { Trap } from "./trap.ts";

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();

export class Caller<T> {
  /** Set by `Linker.instantiate` once the guest's exported memory exists. */
  memory: WebAssembly.Memory | undefined;

  constructor(private readonly store: { data: T }) {}

  get data(): T {
    return this.store.data;
  }

  readBytes(ptr: number, len: number): Uint8Array {
    return this.view(ptr, len).slice();
  }

  writeBytes(ptr: number, bytes: Uint8Array): void {
    this.view(ptr, bytes.length).set(bytes);
  }

  readString(ptr: number, len: number): string {
    try {
      return utf8Decoder.decode(this.view(ptr, len));
    } catch (error) {
      if (error instanceof Trap) throw error;
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
    new DataView(this.buffer()).setUint32(this.checked(ptr, 4), value, true);
  }

  readU32(ptr: number): number {
    return new DataView(this.buffer()).getUint32(this.checked(ptr, 4), true);
  }

  private view(ptr: number, len: number): Uint8Array {
    return new Uint8Array(this.buffer(), this.checked(ptr, len), len);
  }

  private buffer(): ArrayBuffer {
    if (this.memory === undefined) throw new Trap("memory", "the guest exports no memory named \"memory\"");
    return this.memory.buffer;
  }

  private checked(ptr: number, len: number): number {
    const size = this.buffer().byteLength;
    const start = ptr >>> 0;
    const length = len >>> 0;
    if (start + length > size) {
      throw new Trap("memory", `guest memory access ${start}+${length} is out of bounds (memory is ${size} bytes)`);
    }
    return start;
  }
}
