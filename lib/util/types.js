'use strict';

// The public `util/types` module: the predicates of util.types.
module.exports = { ...require('internal/util/types') };
