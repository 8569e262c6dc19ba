// expect: error E0499
//! D2a's async bindings (`bindgen!({ async: true })`, wasmtime 20's async bounds) define every function
//! with `func_wrap_async`, whose future holds the store data (`StoreContextMut<'a, T>`), and the host
//! the getter made of it, until the call completes: the second `await-status` started while the first
//! is in flight borrows the store data again, E0499. The getter is shared-table's `|d| d`. wasmtime
//! never lets a guest get there: such a call blocks the guest until it completes (`store.block_on`,
//! v36.0.0:crates/wasmtime/src/runtime/component/linker.rs:487); only `func_wrap_concurrent`'s
//! `&Accessor`, which lends the store inside `with` alone (PRs #10844 and #11238), lets two be in
//! flight.

#[macro_use]
#[path = "../../designs/borrow-host.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({ async: true });
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d)?;
    http::add_to_linker(linker, |d| d)
}

/// What guests/concurrent.wat's `fetch-both` has the runtime do: two `await-status` calls started
/// on one store, both in flight before either is awaited.
pub async fn fetch_both(
    linker: &Linker<KitData>,
    store: &mut kit::Store<KitData>,
    first: u32,
    second: u32,
) -> Result<(kit::Outcome, kit::Outcome), LinkError> {
    let first = http::start_call(linker, store, "await-status", first)?;
    let second = http::start_call(linker, store, "await-status", second)?;
    Ok(kit::join(first, second).await)
}
