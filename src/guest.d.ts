import type { Instance } from "./runtime/instance.ts";
export type GuestName = "fetch" | "loop";
export declare function loadGuest(name: GuestName): Promise<WebAssembly.Module>;
/** Writes `text` into the guest's input area and returns the (ptr, len) pair to pass it by. */
export declare function guestString(instance: Instance, text: string): [ptr: number, len: number];
