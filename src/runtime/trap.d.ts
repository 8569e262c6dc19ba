export type TrapKind = "guest" | "host" | "memory" | "poisoned";
export declare class Trap extends Error {
    readonly kind: TrapKind;
    readonly name = "Trap";
    constructor(kind: TrapKind, message: string, options?: {
        cause?: unknown;
    });
}
/** Turns whatever escaped a guest call into a Trap, keeping a Trap as it is. */
export declare function asTrap(error: unknown, where: string): Trap;
