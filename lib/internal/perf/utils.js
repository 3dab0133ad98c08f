'use strict';
// The clock of the `performance` global and perf_hooks: milliseconds since the runtime
// started (the time origin), from internalBinding('performance'). Small on purpose: modules
// that only need a timestamp (Event#timeStamp) load this, not perf_hooks.

const binding = internalBinding('performance');

/** Milliseconds since the time origin, with sub-millisecond precision. */
const now = binding.now;

// Milestone names in the order of binding.getMilestones(), each ms since the time origin
// or -1 while not reached.
const milestoneNames = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete',
  'loopStart', 'loopExit'];

/** Returns the milestone `name` (one of milestoneNames). */
function getMilestone(name) {
  return binding.getMilestones()[milestoneNames.indexOf(name)];
}

module.exports = {
  binding,
  getMilestone,
  milestoneNames,
  now,
  timeOrigin: binding.timeOrigin,
};
