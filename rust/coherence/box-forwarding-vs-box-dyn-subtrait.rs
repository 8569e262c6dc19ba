// rustc: E0119 for type `Box<(dyn SubView + 'static)>`
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! Box forwarding beside a host on `Box<dyn SubView>`, which the forwarding covers
#![allow(dead_code, unused_imports)]

use std::fmt::Display;
use std::pin::Pin;
trait Host {}
trait View {}
trait Other {}
trait SubView: Host {}
trait Convert<T> {}
struct MyHost;
struct KitData;
struct WasiImpl<T>(T);
impl View for KitData {}

impl<T: Host + ?Sized> Host for Box<T> {}
impl Host for Box<dyn SubView> {}
