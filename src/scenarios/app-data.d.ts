import { KitData } from "../interfaces/view.ts";
export declare class AppData {
    readonly kit: KitData;
    readonly tenants: Readonly<Record<string, KitData>>;
}
