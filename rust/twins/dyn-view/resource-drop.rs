// expect: compiles
//! `sockets_getter(|d: &mut KitData| d)`: each drop reaches `impl HostX for dyn View + '_` on the coerced
//! store data.

#[macro_use]
#[path = "../../designs/dyn-view.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{http_getter, sockets_getter};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker_get_host(linker, sockets_getter(|d: &mut KitData| d))?;
    http::add_to_linker_get_host(linker, http_getter(|d: &mut KitData| d))
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
