'use strict';
// node:cluster — one module for the primary, another in a worker. A worker is a process
// forked by the primary with NODE_UNIQUE_ID set; internal/main/run sets it up at start-up
// (before the variable is removed from the environment), so the choice below is made then.

module.exports = process.env.NODE_UNIQUE_ID !== undefined ?
  require('internal/cluster/child') : require('internal/cluster/primary');
