// The kit's host-impl registry, as a published package ships it: declarations only.
export interface HostImpls {}
