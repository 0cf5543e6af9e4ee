#!/usr/bin/env node
// The command's entry. It is committed, not built, so that a package manager can link the bin
// before dist/ exists (a workspace install on a clean clone links bins before the build runs).
import '../dist/main.js';
