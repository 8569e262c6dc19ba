export declare class Caller<T> {
    private readonly store;
    private guestMemory;
    /** A view of the memory's buffer and its size, renewed when an access finds it detached or too small. */
    private view;
    private size;
    constructor(store: {
        data: T;
    });
    get data(): T;
    get memory(): WebAssembly.Memory | undefined;
    /** Set by `Linker.instantiate` once the guest's exported memory exists. */
    set memory(memory: WebAssembly.Memory | undefined);
    readBytes(ptr: number, len: number): Uint8Array;
    writeBytes(ptr: number, bytes: Uint8Array): void;
    readString(ptr: number, len: number): string;
    /** Writes the UTF-8 bytes of `text` at `ptr` and returns how many were written. */
    writeString(ptr: number, text: string): number;
    writeU32(ptr: number, value: number): void;
    readU32(ptr: number): number;
    /**
     * Runs `use` on the memory once `ptr..ptr+len` is known to be inside it. Checking the buffer for
     * detachment on every access costs more than the call itself, so a grown memory is noticed lazily:
     * by an access past the known size, or by the TypeError a detached buffer throws.
     */
    private access;
    private renew;
}
