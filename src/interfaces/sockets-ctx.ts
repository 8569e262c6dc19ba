// SocketsCtx: the sockets interface's own state (a name table), and the resource it mints.

/** IPv4 addresses are u32s in network order: 127.0.0.1 is 0x7f000001. */
export function ipv4(text: string): number {
  const parts = text.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    throw new RangeError(`not an IPv4 address: "${text}"`);
  }
  return parts.reduce((acc, p) => acc * 256 + p, 0);
}

export class SocketsCtx {
  readonly names: Map<string, number[]>;

  constructor(names: Record<string, string[]> = { localhost: ["127.0.0.1"] }) {
    this.names = new Map(Object.entries(names).map(([name, addresses]) => [name, addresses.map(ipv4)]));
  }
}

/** The resource `resolve-address-stream`: the addresses of one name, read one at a time. */
export class ResolveAddressStream {
  private next = 0;

  constructor(
    readonly name: string,
    readonly addresses: readonly number[],
  ) {}

  /** The next address, or 0 when the stream is done. */
  read(): number {
    return this.addresses[this.next++] ?? 0;
  }
}
