// The host-impl registry the coherence findings augment: a stand-in for a kit that lets host
// packages register "the Host of interface K for the kit's store data", the way a Rust crate writes
// `impl ip_name_lookup::Host for KitData`. Each key is one concrete (trait, type) pair; a package
// registers by module augmentation (`declare module ... { interface HostImpls { ... } }`).

export interface HostImpls {}

/** The Host registered for interface `K`. */
export type RegisteredHost<K extends keyof HostImpls> = HostImpls[K];
