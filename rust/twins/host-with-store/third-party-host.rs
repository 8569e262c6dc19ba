// expect: compiles
//! `add_to_linker::<_, WasiSockets>` and `add_to_linker::<_, HasSelf<_>>(linker, |d| &mut d.audited)`,
//! with the embedder's `impl http::HostWithStore for HasSelf<AuditedHttp<KitData>>`.

#[macro_use]
#[path = "../../designs/host-with-store.rs"]
mod design;
use design::kit;
use design::kit::{KitData, LinkError, Linker};
use design::{HasSelf, WasiSockets};
bindgen!({});
libraries!();

#[path = "../../common/audited_http.rs"]
mod audited_http;
use audited_http::AuditedHttp;

pub struct App {
    pub audited: AuditedHttp<KitData>,
}

pub fn link(linker: &mut Linker<App>) -> Result<(), LinkError> {
    sockets::add_to_linker::<_, WasiSockets>(linker, |d| d.audited.view.sockets_view())?;
    http::add_to_linker::<_, HasSelf<_>>(linker, |d| &mut d.audited)
}

/// The async function needs the third party's host behind a marker with a HostWithStore: written here.
impl http::HostWithStore for HasSelf<AuditedHttp<KitData>> {
    fn await_status<T: 'static>(
        accessor: &design::Accessor<T, Self>,
        response: kit::Resource<kit::FutureIncomingResponse>,
    ) -> impl std::future::Future<Output = kit::Outcome> + Send {
        async move { accessor.with(|mut access| Ok(access.get().view.table.get(&response)?.status)) }
    }
}
