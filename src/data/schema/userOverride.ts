/** A negotiated rate the user typed is cited as this pseudo-source, dated the day it was entered. */
export const USER_OVERRIDE = "user override";
