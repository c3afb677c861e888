package org.teamaround.security.fuzz;

import org.teamaround.security.matrix.Call;

/** One generated request: a valid request with one thing broken, and what was broken (for a readable failure). */
record FuzzRequest(String what, Call call) {}
