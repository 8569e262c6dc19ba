// expect: compiles
//! `WasiImpl(d)` and `WasiHttpImpl(d)`: each drop reaches the library's `impl<T: View> HostX for
//! WasiImpl<T>`.

#[macro_use]
#[path = "../../designs/wasi-impl.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{http_getter, sockets_getter, WasiHttpImpl, WasiImpl};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut KitData| WasiImpl(d)))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut KitData| WasiHttpImpl(d)))
}

/// The guest's drops, the child first: each reaches the host the design's getter returns (the
/// resource's `HostX::drop`), and the table is empty afterwards.
pub fn drop_everything(data: &mut KitData) -> Result<usize, LinkError> {
    let mut linker = Linker::new();
    link(&mut linker)?;
    if let Ok(stream) = linker.call(data, kit::sockets::INTERFACE, "resolve-addresses", String::from("localhost"))? {
        if let Ok(response) = linker.call(data, kit::http::INTERFACE, "handle", (String::from("example.com"), stream))? {
            linker.call(data, kit::http::INTERFACE, "[resource-drop]future-incoming-response", response)?;
        }
        linker.call(data, kit::sockets::INTERFACE, "[resource-drop]resolve-address-stream", stream)?;
    }
    Ok(data.table.len())
}
