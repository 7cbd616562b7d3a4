package org.auditor.model;

/** Which funds a quantity covers: the same label means different things under different scopes. */
public enum Scope { ALL_FUNDS, FISCAL, GENERAL_BUDGET, GOV_FUND, STATE_CAPITAL }
