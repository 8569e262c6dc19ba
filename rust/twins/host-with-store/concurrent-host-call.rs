// expect: compiles
//! `bindgen!({})`, no option: `await-status`, a WIT `async func`, is `WasiHttp`'s `http::HostWithStore`
//! function, and `http::start_call` starts it with `func_wrap_concurrent`: its future holds a handle
//! on the store data and reaches it only inside `Accessor::with`, so the two calls in flight borrow
//! nothing of the store at once.

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttp, WasiSockets};
bindgen!({  });
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| d.sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| d.http_view())
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
