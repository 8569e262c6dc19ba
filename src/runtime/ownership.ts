// Ownership: which instance a ResourceTable entry belongs to, so that a trap can give back what the
// trapped instance held. An entry pushed while a call into an instance runs (the guest's export, its
// synchronous host calls, a concurrent host call's `accessor.with`) is held by that instance until it
// is deleted. When the instance is poisoned it can never run again, so no guest handle reaches its
// entries any more: they are deleted, newest first (children before their parents).
//
// wasmtime does not do this: its `ResourceTable` is the embedder's, a host `Resource<T>` has no
// destructor, and an entry whose handle never reached the guest (or sat in a trapped instance's handle
// table) stays until the store's data is dropped (crates/wasmtime/src/runtime/component/resources.rs,
// "Destruction of a resource"). The kit's stores live as long as its tests, so it releases them.
//
// An entry pushed outside every call (by the host before instantiating, or from a timer or an async
// host function's continuation after its first await, which the runtime cannot attribute) belongs to
// no instance and is never released.

export class Owner {
  private readonly releases = new Set<() => void>();

  /** Records an entry this owner holds; returns the function that forgets it (when it is deleted). */
  hold(release: () => void): () => void {
    this.releases.add(release);
    return () => this.releases.delete(release);
  }

  /** The number of entries held. */
  get size(): number {
    return this.releases.size;
  }

  /** Releases every entry still held, newest first. */
  releaseAll(): void {
    const releases = [...this.releases].reverse();
    this.releases.clear();
    for (const release of releases) release();
  }
}

let current: Owner | undefined;

/** The owner of entries pushed now, if a call into an instance is running. */
export function currentOwner(): Owner | undefined {
  return current;
}

/** Runs `run` with `owner` holding what it pushes, restoring the previous owner after. */
export function runAs<R>(owner: Owner | undefined, run: () => R): R {
  const previous = current;
  current = owner;
  try {
    return run();
  } finally {
    current = previous;
  }
}
