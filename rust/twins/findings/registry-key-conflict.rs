// expect: error E0119
//! Two packages each implement the hosts for the same store data. Package a gives KitData the
//! kit's view hosts; package b gives it the same http host again and a sockets host of its own that
//! answers from a fixed list. Coherence holds across modules (and crates): both of package b's
//! impls conflict with package a's (E0119), the token-for-token identical http impl included.

#[path = "../../common/kit.rs"]
#[macro_use]
mod kit;

mod package_a {
    use super::kit::{self, KitData};

    host_over_view!(sockets, [] KitData, |this| this);
    host_over_view!(http, [] KitData, |this| this);
}

mod package_b {
    use super::kit::{self, sockets, ErrorCode, KitData, Resource, ResolveAddressStream};

    host_over_view!(http, [] KitData, |this| this);

    impl sockets::Host for KitData {
        fn resolve_addresses(&mut self, name: String) -> Result<Resource<ResolveAddressStream>, ErrorCode> {
            let addresses = if name == "localhost" { vec![0x7f00_0001] } else { vec![] };
            Ok(self.table.push(ResolveAddressStream { addresses }))
        }
    }
}
