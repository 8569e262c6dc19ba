// expect: compiles
//! The embedder's marker `Shared` (`type Data<'a> = SharedKit`) names the owned host, and its
//! `impl http::HostWithStore` writes `await_status` again over the accessor; the closure coerces to
//! the `fn` pointer.

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{LinkError, Linker, SharedKit};
bindgen!({});
libraries!();

pub struct App {
    pub shared: SharedKit,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, Shared>(linker, |d| d.shared.clone())?;
    http::add_to_linker::<_, Shared>(linker, |d| d.shared.clone())
}

/// The marker this getter needs, one per projection, and its HostWithStore: the async function
/// written again as the marker's own.
pub struct Shared;

impl design::HasData for Shared {
    type Data<'a> = SharedKit;
}

impl http::HostWithStore for Shared {
    fn await_status<T: 'static>(
        accessor: &design::Accessor<T, Self>,
        response: kit::Resource<kit::FutureIncomingResponse>,
    ) -> impl std::future::Future<Output = kit::Outcome> + Send {
        async move { accessor.with(|mut access| Ok(access.get().0.lock().unwrap().table.get(&response)?.status)) }
    }
}
