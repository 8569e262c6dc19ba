export declare class WatError extends Error {
    readonly line: number;
    readonly column: number;
    readonly name = "WatError";
    constructor(line: number, column: number, message: string);
}
/** Compiles WebAssembly text; a syntax or validation error is one WatError naming line:column. */
export declare function wat(source: string, filename?: string): Promise<Uint8Array<ArrayBuffer>>;
