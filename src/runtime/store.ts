// Store<T>: owns the host state `T` that every host function reaches through its accessor, as
// `wasmtime::Store<T>` does. Instances created in a store share its data.
//
// The store also counts the host calls its data is lent to. In wasmtime an async host function
// holds the `StoreContextMut<'a, T>` it was given until its future completes, and a concurrent one
// (an Accessor's) holds the data only inside `with`; two loans alive at once would be two mutable
// borrows of the data, which Rust's borrow checker refuses (E0499). The runtime lets them happen
// and records how many there were at once, so a check can say where a design would be refused.

export class Store<T> {
  #lent = 0;
  #mostLent = 0;

  constructor(public data: T) {}

  /**
   * Lends the data to one host call: an async one (`funcWrapAsync`) from its start until its promise
   * settles, a concurrent one for each `accessor.with`. Returns what ends the loan (once; a second
   * call does nothing). Synchronous calls are not counted: nothing else runs while they do.
   */
  lend(): () => void {
    this.#lent++;
    this.#mostLent = Math.max(this.#mostLent, this.#lent);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#lent--;
    };
  }

  /** The host calls the data is lent to right now. */
  get lent(): number {
    return this.#lent;
  }

  /** The most host calls the data was lent to at once since the store was made. */
  get mostLent(): number {
    return this.#mostLent;
  }
}
