// rustc: E0119 for type `Box<(dyn View + 'static)>`
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! `dyn View` is a View: the object candidate
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

impl<T: ?Sized + View> Host for Box<T> {}
impl Host for Box<dyn View> {}
