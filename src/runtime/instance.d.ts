export type WasmValue = number | bigint;
export type GuestFunc = (...args: WasmValue[]) => WasmValue | undefined;
export declare class Instance {
    private readonly raw;
    readonly memory: WebAssembly.Memory | undefined;
    private poisonedBy;
    private readonly funcs;
    constructor(raw: WebAssembly.Instance, memory: WebAssembly.Memory | undefined);
    /** The exported function `name`; an unknown name is a LinkError listing what is exported. */
    func(name: string): GuestFunc;
    /** Calls the exported function `name` with wasm arguments. */
    call(name: string, ...args: WasmValue[]): WasmValue | undefined;
    get poisoned(): boolean;
    /** The raw WebAssembly exports, for baselines that bypass the kit (benchmarks). */
    get exports(): WebAssembly.Exports;
    private guard;
}
