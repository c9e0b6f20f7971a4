package org.reliefdesk.billing;

/** Why a fee invoice was raised: the location's policy that caused it. */
public enum FeeReason {
    NO_SHOW_FEE, LATE_CANCEL_FEE
}
