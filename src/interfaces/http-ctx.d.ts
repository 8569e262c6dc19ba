export declare class HttpCtx {
    status: number;
    requests: number;
    constructor(status?: number);
}
/** The resource `future-incoming-response`: a child of the stream its request was sent through. */
export declare class FutureIncomingResponse {
    readonly authority: string;
    readonly address: number;
    readonly status: number;
    constructor(authority: string, address: number, status: number);
}
