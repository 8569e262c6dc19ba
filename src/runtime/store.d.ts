export declare class Store<T> {
    data: T;
    constructor(data: T);
}
