// ErrorCode: the error results the example interfaces return to the guest (an error result is data
// the guest handles; it is not a trap). A host method throws a HostError to return one; a
// ResourceTableError (a forged or stale handle from the guest) becomes one too.

import { ResourceTableError, type ResourceTableErrorKind } from "../runtime/resource-table.ts";

export const ErrorCode = {
  nameUnresolvable: 1,
  invalidHandle: 2,
  hasChildren: 3,
  tableFull: 4,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class HostError extends Error {
  override readonly name = "HostError";
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const tableErrorCodes: Record<ResourceTableErrorKind, ErrorCode> = {
  "not-present": ErrorCode.invalidHandle,
  "wrong-type": ErrorCode.invalidHandle,
  "has-children": ErrorCode.hasChildren,
  full: ErrorCode.tableFull,
};

/** The error code for something a host method threw, or undefined when it must trap instead. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  if (error instanceof HostError) return error.code;
  if (error instanceof ResourceTableError) return tableErrorCodes[error.kind];
  return undefined;
}
