package org.auditor.parse;

import java.util.List;

import org.auditor.model.Claim;
import org.auditor.model.Table;

/** What a reader of the small tables (score, budget, project, 三公 comparison) took from a document: its tables and their relations. */
record TablesRead(List<Table> tables, List<Claim> claims) {}
