// expect: compiles
//! `add_to_linker::<_, WasiSockets>(linker, |d| d.sockets_view())`, linked once; the `fn` pointers
//! capture nothing, and `await-status`'s accessor is made from the store each call runs in, so no
//! store's state can ride along in the linker.

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
