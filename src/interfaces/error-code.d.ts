export declare const ErrorCode: {
    readonly nameUnresolvable: 1;
    readonly invalidHandle: 2;
    readonly hasChildren: 3;
    readonly tableFull: 4;
};
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
export declare class HostError extends Error {
    readonly code: ErrorCode;
    readonly name = "HostError";
    constructor(code: ErrorCode, message: string);
}
/** The error code for something a host method threw, or undefined when it must trap instead. */
export declare function errorCodeOf(error: unknown): ErrorCode | undefined;
