import type { Calculator } from "../calc/calculator";

/**
 * The shipping one order on a platform costs the brand, for either backend: the product's own per-order shipping (its
 * parcel to the buyer) × the platform's delivery share (costs: deliveryShare; 1 where the brand ships every order,
 * less where it ships in bulk to the platform's warehouses and the platform delivers).
 */
export const platformShipping = <T>(c: Calculator<T>, x: { shipping: T; deliveryShare: T }): T => c.multiply(x.shipping, x.deliveryShare);
