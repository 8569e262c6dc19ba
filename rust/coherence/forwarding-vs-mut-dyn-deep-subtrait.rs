// rustc: E0119 for type `&mut dyn Deep`
// Generated from src/coherence/corpus.ts by `npx tsx src/coherence/twins.ts`: edit the corpus, not this file.
//! supertraits are followed transitively: Deep's supertrait SubView has the supertrait Host
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
trait Deep: SubView {}

impl<_T: Host + ?Sized> Host for &mut _T {}
impl Host for &mut dyn Deep {}
