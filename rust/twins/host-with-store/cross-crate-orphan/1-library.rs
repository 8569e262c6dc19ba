//! The library crate: the bindings its bindgen! generates for the two interfaces and the Host
//! impls it carries (wasmtime, wasmtime-wasi and wasmtime-wasi-http in one crate), the design's
//! types (markers, wrappers, annotation helpers) re-exported at its root.

#[macro_use]
#[path = "../../../designs/host-with-store.rs"]
pub mod design;
pub use design::*;
bindgen!({});
libraries!();
