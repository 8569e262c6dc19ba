// HttpCtx: the http interface's own state (the status to answer, and a request count), and the
// resource it mints.

export class HttpCtx {
  requests = 0;

  constructor(public status = 200) {}
}

/** The resource `future-incoming-response`: a child of the stream its request was sent through. */
export class FutureIncomingResponse {
  constructor(
    readonly authority: string,
    readonly address: number,
    readonly status: number,
  ) {}
}
