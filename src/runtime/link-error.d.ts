export declare class LinkError extends Error {
    readonly name = "LinkError";
}
