// expect: compiles
//! `|d| d`: each `[resource-drop]` calls `HostX::drop` on `get(data)`, the libraries' blanket impls on
//! the store data (wasmtime-wasi 20's `impl<T: WasiView> HostResolveAddressStream for T`).

#[macro_use]
#[path = "../../designs/field-ref.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker(linker, |d| d)?;
    http::add_to_linker(linker, |d| d)
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
