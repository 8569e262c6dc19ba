// HttpCtx: the http interface's own state (the status to answer, a request count, and when a sent
// request's response arrives), and the resource it mints.

export class HttpCtx {
  requests = 0;
  /** `await-status` calls waiting for their response right now. */
  awaiting = 0;
  /** Resolves once `response` has arrived; by default after the event loop's next turn. */
  arrival: (response: FutureIncomingResponse) => Promise<void> = () => new Promise((resolve) => setImmediate(resolve));

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
