/** IPv4 addresses are u32s in network order: 127.0.0.1 is 0x7f000001. */
export declare function ipv4(text: string): number;
export declare class SocketsCtx {
    readonly names: Map<string, number[]>;
    constructor(names?: Record<string, string[]>);
}
/** The resource `resolve-address-stream`: the addresses of one name, read one at a time. */
export declare class ResolveAddressStream {
    readonly name: string;
    readonly addresses: readonly number[];
    private next;
    constructor(name: string, addresses: readonly number[]);
    /** The next address, or 0 when the stream is done. */
    read(): number;
}
