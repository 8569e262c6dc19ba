// Store<T>: owns the host state `T` that every host function reaches through its accessor, as
// `wasmtime::Store<T>` does. Instances created in a store share its data.

export class Store<T> {
  constructor(public data: T) {}
}
