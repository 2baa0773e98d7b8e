/** Commission above 50% is never real; it almost always means a percent typed as a whole number. */
export const MAX_COMMISSION = 0.5;
export const MAX_PAYMENT_FEE = 0.1;
