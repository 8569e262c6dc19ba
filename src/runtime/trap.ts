// Trap: the one error a guest call fails with, whatever went wrong inside it (a guest `unreachable`,
// a host function that threw or rejected, an out-of-bounds guest-memory access, a guest that broke the
// async ABI's rules, or a call into a poisoned instance).

export type TrapKind = "guest" | "host" | "memory" | "abi" | "poisoned";

export class Trap extends Error {
  override readonly name = "Trap";
  constructor(
    readonly kind: TrapKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Turns whatever escaped a guest call into a Trap, keeping a Trap as it is and anything else as its cause. */
export function asTrap(error: unknown, where: string): Trap {
  if (error instanceof Trap) return error;
  if (error instanceof WebAssembly.RuntimeError) {
    return new Trap("guest", `guest trapped in ${where}: ${error.message}`, { cause: error });
  }
  return new Trap("host", `host function ${where} failed: ${describe(error)}`, { cause: error });
}

/** One line for any thrown value, even one whose conversion to a string throws (a null-prototype object). */
function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}
