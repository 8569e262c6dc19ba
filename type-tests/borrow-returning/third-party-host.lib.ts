// A third party's http getter (a support module, not a cell), written for the kit's KitData, a
// store type it does not own: it lends a host over the store data through AsMut, counting loans.
import { HttpViewHost, type KitData, type OutgoingHandlerHost } from "accessor-kit";
import { asMut, type BorrowHost } from "../../designs/borrow-returning.ts";

export class HttpLender {
  loans = 0;

  readonly get: BorrowHost<KitData, OutgoingHandlerHost> = (data) => ({
    [asMut]: () => {
      this.loans++;
      return new HttpViewHost(data);
    },
  });
}
