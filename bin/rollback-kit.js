#!/usr/bin/env node
// The break-glass command: the committed bundle, so a clone works without npm install.
import '../dist/cli/index.js'
