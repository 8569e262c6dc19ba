// expect: compiles
//! `add_to_linker::<_, WasiSockets>(..)`: the drops are synchronous, so they stay on `Host`; each is
//! `HostX::drop(&mut host_getter(data), rep)` with `for<'a> D::Data<'a>: Host` and `Host: HostX`, as
//! at D7 (v34.0.0:crates/component-macro/tests/expanded/resources-import.rs).

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{WasiHttp, WasiSockets};
bindgen!({});
libraries!();

pub fn link(linker: &mut Linker<KitData>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| d.sockets_view())?;
    http::add_to_linker::<_, WasiHttp>(linker, |d| d.http_view())
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
