// What a call throws, for tests that assert on the error itself (its class, kind, message, cause).

/** The error `run` throws; a call that returns normally fails the test. */
export function failure(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}
