// expect: compiles
//! `sockets_getter(|d: &mut KitData| d)`, linked once: each call coerces its own store's data to `&mut dyn View`.

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

/// The linker built once, then used for two stores whose data differ: each call reaches the store
/// data it is given, so each store's table holds only the stream resolved through it.
pub fn serve_two_stores() -> Result<[usize; 2], LinkError> {
    let mut linker = Linker::new();
    link(&mut linker)?;
    let mut stores = [KitData::default(), KitData::default()];
    stores[1].http.status = 503;
    for data in &mut stores {
        linker.call(data, kit::sockets::INTERFACE, "resolve-addresses", String::from("localhost"))?;
    }
    Ok(stores.map(|data| data.table.len()))
}
